"""Markdown compilations: one CommonMark file with a title block, a linked TOC and every article.

Markdown is what users ask for to publish a compilation on a static site or keep it under
version control: plain text that diffs well, renders on any forge, and converts onward with pandoc.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from exporters import Compilation, Exporter, attribution
from exporters.base import article_title, marked
from normalize.model import (
    Block,
    Emphasis,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    UnknownBlock,
    UnknownInline,
    block_text,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_LINE_START = re.compile(r"^(\s*)([-+>=]|\d+[.)])(?=\s|$)")


class MarkdownExporter(Exporter):
    """The book as one Markdown file; `toc = false` in [markdown] leaves the contents out."""

    name = "markdown"
    suffix = ".md"
    media_type = "text/markdown"
    settings = {"toc": True}

    def write(self, compilation: Compilation, out: BinaryIO) -> list[str]:
        warnings: list[str] = []
        book = compilation.book
        lines = [f"# {escape(book.title)}", ""]
        if book.subtitle:
            lines += [f"*{escape(book.subtitle)}*", ""]
        byline = ", ".join(book.authors or book.editors)
        lines += [escape(x) + "  " for x in (byline, book.publisher, book.date) if x] + [""]
        anchors = _Anchors()
        if compilation.settings["toc"]:
            lines += [f"## {escape(book.labels['contents'])}", ""]
            for section in compilation.sections:
                indent = "  " if section.title else ""
                if section.title:
                    lines.append(f"- [{escape(section.title)}](#{anchors.peek(section.title)})")
                for article in section.articles:
                    title = article_title(article.document, article.key)
                    lines.append(f"{indent}- [{escape(title)}](#{anchors.peek(title)})")
            lines.append("")
        for section in compilation.sections:
            if section.title:
                anchors.take(section.title)
                lines += [f"## {escape(section.title)}", ""]
            level = 3 if section.title else 2
            for article in section.articles:
                document, key = article.document, article.key
                title = article_title(document, key)
                anchors.take(title)
                lines += [f"{'#' * level} {escape(title)}", ""]
                if attribution(document):
                    lines += [f"*{escape(attribution(document))}*", ""]
                for block in document.blocks:
                    lines += _block(block, level, warnings, key) + [""]
                warnings += [f"{key}: {w}" for w in document.warnings]
        out.write(("\n".join(lines).rstrip() + "\n").encode("utf-8"))
        return warnings


def escape(text: str) -> str:
    """Backslash-escape what Markdown would read as markup, so text stays text."""
    return _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", text))


def _inlines(nodes: tuple[Inline, ...]) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(escape(node))
        elif isinstance(node, LineBreak):
            out.append("\\\n")
        elif isinstance(node, Emphasis):
            mark = "**" if node.strong else "*"
            out.append(f"{mark}{_inlines(node.children)}{mark}")
        elif isinstance(node, Link):
            href = node.href.replace(" ", "%20").replace(")", "%29")
            out.append(f"[{_inlines(node.children)}]({href})" if href else _inlines(node.children))
        elif isinstance(node, UnknownInline):
            out.append(_inlines(node.children))
    return "".join(out)


def _block(block: Block, level: int, warnings: list[str], key: str) -> list[str]:
    if isinstance(block, Paragraph):
        return [_inlines(block.inlines)]
    if isinstance(block, Heading):
        return [f"{'#' * min(level + block.level, 6)} {_inlines(block.inlines)}"]
    if isinstance(block, Quote):
        quoted: list[str] = []
        for inner in block.blocks:
            text = _inlines(inner.inlines) if isinstance(inner, Paragraph) else block_text(inner)
            quoted += [f"> {line}" for line in text.split("\n")] + [">"]
        return quoted[:-1]
    if isinstance(block, ListBlock):
        if marked(block):  # items with their own marker, escaped: a line each, as they stand
            return [_inlines(i.inlines) + "  " for i in block.items]
        return [f"{n}. " + _inlines(i.inlines) if block.ordered else "- " + _inlines(i.inlines)
                for n, i in enumerate(block.items, 1)]
    if isinstance(block, Figure):
        caption = _inlines(block.caption)
        return [f"![{caption}]({block.src})" if block.src else f"*{caption}*"]
    if isinstance(block, UnknownBlock):
        warnings.append(f"{key}: <{block.tag}> rendered as a plain paragraph")
        return [escape(block.text)]
    return []


class _Anchors:
    """GitHub-style heading anchors, numbered when a heading text repeats."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.planned: dict[str, int] = {}

    @staticmethod
    def _slug(text: str) -> str:
        return re.sub(r"[^\w\- ]", "", text.lower()).strip().replace(" ", "-")

    def peek(self, text: str) -> str:
        slug = self._slug(text)
        n = self.planned.get(slug, 0)
        self.planned[slug] = n + 1
        return slug if n == 0 else f"{slug}-{n}"

    def take(self, text: str) -> str:
        slug = self._slug(text)
        n = self.seen.get(slug, 0)
        self.seen[slug] = n + 1
        return slug if n == 0 else f"{slug}-{n}"
