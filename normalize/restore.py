"""Rebuilding the source text from a canonical document alone: body, removals, undone corrections."""

from __future__ import annotations

from collections.abc import Iterator

from .errors import CanonicalError
from .model import (
    Block,
    Correction,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    plain_text,
)


def restore(doc: Document) -> str:
    """Return the source text (after decoding) that `doc` was cleaned from, line for line.

    Every body block and every removed span names its source lines; corrections are undone.
    White space inside a line is folded, as the cleaner folded it. The lines of a page of HTML
    are its blocks: a block with line breaks (<br>, <pre>) is one source line however many
    lines its text shows.
    """
    blockwise = doc.meta.source.kind == "html"
    undo: dict[str, list[Correction]] = {}
    for c in doc.audit.corrections:
        undo.setdefault(c.block, []).append(c)
    pieces = list(_body_pieces(doc.blocks, undo)) + [(r.lines, r.text) for r in doc.audit.removals]
    out: list[str] = []
    line = 1  # the source line the next piece of output stands on
    for span, text in sorted(pieces, key=lambda piece: _span(piece[0])):
        start, end = _span(span)
        if start < line:
            raise CanonicalError(f"two pieces claim source line {start}")
        out.extend([""] * (start - line))
        out.append(text)
        line = start + (0 if blockwise else text.count("\n")) + 1
        out.extend([""] * (end + 1 - line))  # a joined paragraph keeps its lines' numbers
        line = max(line, end + 1)
    return "\n".join(out) + "\n" if out else ""


def _span(span: str) -> tuple[int, int]:
    try:
        first, _, last = span.partition("-")
        return int(first), int(last or first)
    except ValueError:
        raise CanonicalError(f"malformed line span {span!r}") from None


def _body_pieces(blocks: tuple[Block, ...], undo: dict[str, list[Correction]]
                 ) -> Iterator[tuple[str, str]]:
    for block in blocks:
        if isinstance(block, (Paragraph, Heading)) and block.lines:
            yield block.lines, _undo(plain_text(block.inlines), undo.get(block.id, []))
        elif isinstance(block, Figure) and block.lines:
            yield block.lines, _undo(plain_text(block.caption), undo.get(block.id, []))
        elif isinstance(block, ListBlock):
            for item in block.items:
                if item.lines:
                    yield item.lines, _undo(plain_text(item.inlines), undo.get(item.id, []))
        elif isinstance(block, Quote):
            yield from _body_pieces(block.blocks, undo)


def _undo(text: str, corrections: list[Correction]) -> str:
    """Put each correction's original back, last first so earlier offsets stay true."""
    for c in sorted(corrections, key=lambda c: c.at, reverse=True):
        if text[c.at:c.at + len(c.replacement)] != c.replacement:
            raise CanonicalError(f"correction {c.rule} at {c.at} of {c.block} does not match the text")
        text = text[:c.at] + c.original + text[c.at + len(c.replacement):]
    return text
