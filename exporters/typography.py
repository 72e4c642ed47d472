"""Print typography: how a book sets what the articles typed ("..." as an ellipsis), never what
they say. The canonical XML keeps the text as the source had it; only the compilation changes.

A typesetter (and pandoc, and every word processor's autocorrect) sets three full stops as one
ellipsis and two or three hyphens as a dash. The book config's `layout.typography` says where:
"titles" (the default) sets the articles' titles so, which the contents, the outline and the
headings show, and prints the text of every article as its source typed it (an archive's copy
of an official text keeps its characters); "all" sets the text too; "verbatim" sets nothing.
"""

from __future__ import annotations

from dataclasses import replace

from normalize.model import (
    Block,
    Document,
    Emphasis,
    Figure,
    Heading,
    Inline,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    UnknownBlock,
    UnknownInline,
)

TYPOGRAPHIES = ("titles", "all", "verbatim")
# In this order: "---" is an em dash before "--" can be taken for an en dash.
TYPESET = (("...", "\u2026"), ("---", "\u2014"), ("--", "\u2013"))


def typeset_text(text: str) -> str:
    """`text` as a book sets it ("Ngày 1--3/8..." -> "Ngày 1–3/8…")."""
    for typed, printed in TYPESET:
        if typed in text:
            text = text.replace(typed, printed)
    return text


def typeset(document: Document, scope: str) -> Document:
    """The document as a book sets it, by `scope` (one of TYPOGRAPHIES): its title, or also its
    section and every block's text (addresses, ids, image sources and the audit trail stay as
    they are), or nothing."""
    if scope == "verbatim":
        return document
    meta = replace(document.meta, title=typeset_text(document.meta.title))
    if scope == "titles":
        return replace(document, meta=meta)
    meta = replace(meta, section=typeset_text(meta.section))
    return replace(document, meta=meta, blocks=tuple(_block(b) for b in document.blocks))


def _block(block: Block) -> Block:
    """A body block with its text typeset, nested blocks and inlines included."""
    if isinstance(block, (Heading, Paragraph)):
        return replace(block, inlines=_inlines(block.inlines))
    if isinstance(block, ListBlock):
        return replace(block, items=tuple(replace(item, inlines=_inlines(item.inlines))
                                          for item in block.items))
    if isinstance(block, Quote):
        return replace(block, blocks=tuple(_block(b) for b in block.blocks))
    if isinstance(block, Figure):
        return replace(block, caption=_inlines(block.caption))
    if isinstance(block, UnknownBlock):
        return replace(block, text=typeset_text(block.text))
    return block


def _inlines(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    return tuple(_inline(node) for node in inlines)


def _inline(node: Inline) -> Inline:
    """An inline with its text typeset: a link's address stays as it is, its text does not."""
    if isinstance(node, str):
        return typeset_text(node)
    if isinstance(node, (Emphasis, Link, UnknownInline)):
        return replace(node, children=_inlines(node.children))
    return node  # a line break
