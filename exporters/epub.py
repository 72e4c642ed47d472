"""EPUB 3 books with ebooklib: one XHTML file per article, nav and NCX, metadata, CSS, cover."""

from __future__ import annotations

import io
import mimetypes
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from ebooklib import epub

from normalize.model import (
    Block,
    Document,
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

from .base import (
    Compilation,
    Exporter,
    article_title,
    attribution,
    fixed_zip,
    followable,
    marked,
    unfollowed,
)
from .fonts import FAMILY

CSS = """\
body { font-family: "%(family)s", serif; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 0.3em; }
h2 { font-size: 1.3em; }
h3 { font-size: 1.1em; }
p { margin: 0 0 0.6em; text-align: justify; }
p.attribution { font-style: italic; font-size: 0.9em; margin-bottom: 1.2em; }
figure { margin: 0.6em 1em; }
figcaption { font-style: italic; font-size: 0.9em; }
blockquote { margin: 0.6em 2em; font-style: italic; }
ul.marked, ol.marked { list-style: none; }
.titlepage { text-align: center; margin-top: 30%%; }
.titlepage h1 { font-size: 2.2em; }
.part { text-align: center; margin-top: 30%%; }
"""


class EpubExporter(Exporter):
    """An EPUB 3 that passes EPUBCheck: nav document and NCX, language, metadata, CSS."""

    name = "epub"
    suffix = ".epub"
    media_type = "application/epub+zip"

    def write(self, compilation: Compilation, out: BinaryIO) -> list[str]:
        warnings: list[str] = []
        book = _book(compilation)
        style = epub.EpubItem(uid="style", file_name="style.css", media_type="text/css",
                              content=(CSS % {"family": FAMILY}).encode())
        book.add_item(style)
        pages, toc = [_title_page(compilation, style)], []
        article_no = 0
        for part_no, section in enumerate(compilation.sections, 1):
            chapters = []
            for article in section.articles:
                article_no += 1
                chapter = _chapter(article.document, article.key, article_no, style, warnings)
                chapters.append(chapter)
            if section.title:
                part = _part_page(section.title, part_no, compilation.book.language, style)
                pages.append(part)
                toc.append((epub.Section(section.title, part.file_name), chapters))
            else:
                toc.extend(chapters)
            pages.extend(chapters)
        for page in pages:
            book.add_item(page)
        book.toc = toc
        book.add_item(epub.EpubNcx())
        nav = epub.EpubNav(title=compilation.book.labels["contents"])
        nav.add_item(style)
        book.add_item(nav)
        book.spine = [pages[0], nav, *pages[1:]]
        buffer = io.BytesIO()
        epub.write_epub(buffer, book, {"mtime": compilation.built.replace(tzinfo=None),
                                       "epub3_pages": False, "play_order": {"enabled": True}})
        out.write(fixed_zip(buffer.getvalue(), compilation.built, stored=("mimetype",)))
        return warnings


def _book(compilation: Compilation) -> epub.EpubBook:
    settings = compilation.book
    book = epub.EpubBook()
    book.set_identifier(settings.identifier)
    book.set_title(settings.title)
    book.set_language(settings.language)
    for n, author in enumerate(settings.authors):
        book.add_author(author, uid=f"author{n}", role="aut")
    for n, editor in enumerate(settings.editors):
        book.add_author(editor, uid=f"editor{n}", role="edt")
    for name, value in (("publisher", settings.publisher), ("date", settings.date),
                        ("description", settings.description)):
        if value:
            book.add_metadata("DC", name, value)
    if settings.cover:
        path = settings.path(settings.cover)
        media = mimetypes.guess_type(path.name)[0] or ""
        if not media.startswith("image/"):
            from .errors import ExportError
            raise ExportError(f"book.cover: {path.name} is not an image file")
        book.set_cover(f"cover{path.suffix.lower()}", path.read_bytes())
    return book


def _page(title: str, name: str, lang: str, body: str, style: epub.EpubItem) -> epub.EpubHtml:
    page = epub.EpubHtml(title=title, file_name=name, lang=lang)
    page.content = f"<html><head><title>{escape(title)}</title></head><body>{body}</body></html>"
    page.add_item(style)
    return page


def _title_page(compilation: Compilation, style: epub.EpubItem) -> epub.EpubHtml:
    book = compilation.book
    lines = [f"<h1>{escape(book.title)}</h1>"]
    if book.subtitle:
        lines.append(f"<p><em>{escape(book.subtitle)}</em></p>")
    for line in (", ".join(book.authors), ", ".join(book.editors), book.publisher, book.date):
        if line:
            lines.append(f"<p>{escape(line)}</p>")
    body = f'<section class="titlepage">{"".join(lines)}</section>'
    return _page(book.title, "title.xhtml", book.language, body, style)


def _part_page(title: str, number: int, lang: str, style: epub.EpubItem) -> epub.EpubHtml:
    body = f'<section class="part"><h1>{escape(title)}</h1></section>'
    return _page(title, f"part-{number:03d}.xhtml", lang, body, style)


def _chapter(document: Document, key: str, number: int, style: epub.EpubItem,
             warnings: list[str]) -> epub.EpubHtml:
    title = article_title(document, key)
    parts = [f"<h1>{escape(title)}</h1>"]
    line = attribution(document)
    if line:
        parts.append(f'<p class="attribution">{escape(line)}</p>')
    renderer = _Html(warnings, key)
    parts.extend(renderer.block(block) for block in document.blocks)
    warnings.extend(unfollowed(key, renderer.unfollowed))
    warnings.extend(f"{key}: {w}" for w in document.warnings)
    lang = document.meta.language if document.meta.language != "und" else "vi"
    return _page(title, f"article-{number:04d}.xhtml", lang, "".join(parts), style)


class _Html:
    """Canonical blocks to XHTML; what it cannot render safely it reports."""

    def __init__(self, warnings: list[str], key: str) -> None:
        self.warnings, self.key = warnings, key
        self.unfollowed: list[str] = []  # links printed as their text

    def block(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            return f"<p>{self.inlines(block.inlines)}</p>"
        if isinstance(block, Heading):
            level = min(block.level + 1, 6)
            return f"<h{level}>{self.inlines(block.inlines)}</h{level}>"
        if isinstance(block, Quote):
            inner = "".join(self.block(b) if isinstance(b, Paragraph)
                            else f"<p>{escape(block_text(b))}</p>" for b in block.blocks)
            return f"<blockquote>{inner}</blockquote>"
        if isinstance(block, ListBlock):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{self.inlines(i.inlines)}</li>" for i in block.items)
            own = ' class="marked"' if marked(block) else ""  # items keep their own markers
            return f"<{tag}{own}>{items}</{tag}>"
        if isinstance(block, Figure):
            return f"<figure><figcaption>{self.inlines(block.caption)}</figcaption></figure>"
        if isinstance(block, UnknownBlock):
            self.warnings.append(f"{self.key}: <{block.tag}> rendered as a plain paragraph")
            return f"<p>{escape(block.text)}</p>"
        return ""

    def inlines(self, inlines: tuple[Inline, ...]) -> str:
        out = []
        for node in inlines:
            if isinstance(node, str):
                out.append(escape(node))
            elif isinstance(node, LineBreak):
                out.append("<br/>")
            elif isinstance(node, Emphasis):
                tag = "strong" if node.strong else "em"
                out.append(f"<{tag}>{self.inlines(node.children)}</{tag}>")
            elif isinstance(node, Link):
                inner = self.inlines(node.children)
                if followable(node.href):
                    out.append(f"<a href={quoteattr(node.href)}>{inner}</a>")
                else:
                    self.unfollowed += [node.href] if node.href else []
                    out.append(inner)
            elif isinstance(node, UnknownInline):
                out.append(self.inlines(node.children))
        return "".join(out)
