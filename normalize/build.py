"""Stage 6, build: labelled, corrected segments to a canonical Document with its audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from .classify import BODY_ROLES, Classified, Label
from .correct import Applied, Context, Settings, correct_text, survey
from .model import (
    Audit,
    Block,
    Correction,
    Document,
    Emphasis,
    Event,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Metadata,
    Paragraph,
    PublicationDate,
    Quote,
    Removal,
    Source,
    UnknownInline,
    plain_text,
)
from .segment import Segment, heading_level
from .vietnamese import guess_language
from .vocabulary import CREDIT_ALONE


@dataclass(frozen=True)
class BodyPart:
    """One body segment after correction: its role, its content, and the corrections made to it."""

    segment: Segment
    role: str
    id: str
    inlines: tuple[Inline, ...]
    applied: tuple[Applied, ...]


def correct_segment(seg: Segment, context: Context | None
                    ) -> tuple[tuple[Inline, ...], tuple[Applied, ...]]:
    """Correct a segment's text; with inline markup, each text run is corrected on its own."""
    inlines = seg.inlines if seg.inlines is not None else (seg.text,)
    if context is None:
        return inlines, ()
    applied: list[Applied] = []
    offset = [0]

    def fix(nodes: tuple[Inline, ...]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for node in nodes:
            if isinstance(node, str):
                result = correct_text(node, context)
                applied.extend(Applied(a.at + offset[0], a.original, a.replacement, a.rule,
                                       a.confidence) for a in result.applied)
                offset[0] += len(result.text)
                out.append(result.text)
            elif isinstance(node, LineBreak):
                offset[0] += 1
                out.append(node)
            elif isinstance(node, Link):
                out.append(Link(node.href, fix(node.children)))
            elif isinstance(node, Emphasis):
                out.append(Emphasis(fix(node.children), node.strong))
            else:
                out.append(UnknownInline(node.tag, fix(node.children)))
        return tuple(out)

    return fix(inlines), tuple(applied)


def build(classified: Classified, source: Source, events: tuple[Event, ...], *,
          settings: Settings | None = None, language: str = "") -> Document:
    """Return the canonical document: body blocks, metadata, removals, corrections and events.

    With `settings`, body text is corrected, after a survey of the whole body (its tone style,
    its word pairs); without, it is kept as it is.
    """
    parts: list[BodyPart] = []
    removals: list[Removal] = []
    body = [s.text for s, lab in zip(classified.segments, classified.labels, strict=True)
            if lab.role in BODY_ROLES]
    language = language or guess_language(" ".join(body[:200]))
    # the corrector knows Vietnamese only: other languages are left as they are
    vietnamese_text = language.split("-")[0] == "vi"
    context = Context(settings, survey(body)) if settings is not None and vietnamese_text else None
    photo = ""  # the address of the image just above, whose caption may follow
    for seg, label in zip(classified.segments, classified.labels, strict=True):
        if label.role in BODY_ROLES:
            inlines, applied = correct_segment(seg, context)
            if label.role == "caption" and photo and "src" not in seg.attrs:
                seg = replace(seg, attrs={**seg.attrs, "src": photo})
            part = BodyPart(seg, label.role, f"b{len(parts) + 1}", inlines, applied)
            if source.kind == "text" and parts and _credit_under_caption(parts[-1], part):
                parts[-1] = _with_credit(parts[-1], part)
            else:
                parts.append(part)
        else:
            removals.append(Removal(_reason(label), seg.lines, seg.raw))
        photo = seg.attrs.get("src", "") if seg.tag == "img" else ""
    corrections = tuple(Correction(p.id, a.at, a.original, a.replacement, a.rule, a.confidence)
                        for p in parts for a in p.applied)
    found = classified.meta
    return Document(
        meta=Metadata(
            source=source,
            title=found.title,
            authors=found.authors,
            date=PublicationDate(*found.date) if found.date else None,
            section=found.section,
            language=language,
        ),
        blocks=tuple(_blocks(parts)),
        audit=Audit(tuple(removals), corrections, events),
    )


def _credit_under_caption(caption: BodyPart, part: BodyPart) -> bool:
    """Whether a dump's caption `part` is a photo's credit alone on the line just under the
    caption before it ("Người dân mua xăng …" over "ẢNH: NHẬT THỊNH"): one caption, as a page's
    <figcaption> holding both is."""
    return caption.role == part.role == "caption" and part.segment.start == caption.segment.end + 1 \
        and bool(CREDIT_ALONE.match(part.segment.text.lower()))


def _with_credit(caption: BodyPart, credit: BodyPart) -> BodyPart:
    """The caption with its credit as its last line: its lines span both, the credit's
    corrections moved past the caption's text and the line break."""
    shift = len(plain_text(caption.inlines)) + 1
    moved = tuple(replace(a, at=a.at + shift) for a in credit.applied)
    segment = replace(caption.segment, end=credit.segment.end,
                      raw=f"{caption.segment.raw}\n{credit.segment.raw}",
                      text=f"{caption.segment.text}\n{credit.segment.text}")
    return replace(caption, segment=segment, inlines=(*caption.inlines, LineBreak(), *credit.inlines),
                   applied=caption.applied + moved)


def _reason(label: Label) -> str:
    return label.reason if label.role == "chrome" else f"meta-{label.role}"


def _blocks(parts: list[BodyPart]) -> Iterator[Block]:
    """Group consecutive list items and quotes; the rest map one part to one block."""
    i = 0
    while i < len(parts):
        part = parts[i]
        if part.role in ("li", "quote"):
            j = i
            while j < len(parts) and parts[j].role == part.role:
                j += 1
            group = parts[i:j]
            if part.role == "li":
                items = tuple(ListItem(p.inlines, p.id, p.segment.lines) for p in group)
                yield ListBlock(part.segment.attrs.get("ordered") == "true", items)
            else:
                yield Quote(tuple(Paragraph(p.inlines, p.id, p.segment.lines) for p in group))
            i = j
            continue
        yield _single(part)
        i += 1


def _single(part: BodyPart) -> Block:
    lines = part.segment.lines
    if part.role == "h":
        level = max(1, (heading_level(part.segment.tag) or 1) - 1)  # <h1> is the title's
        return Heading(level, part.inlines, part.id, lines)
    if part.role == "caption":
        return Figure(part.inlines, src=part.segment.attrs.get("src", ""), id=part.id, lines=lines)
    return Paragraph(part.inlines, part.id, lines)
