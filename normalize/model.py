"""The typed, read-only view of a canonical document that exporters use instead of XPath."""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------- inlines

@dataclass(frozen=True)
class Emphasis:
    """Emphasised text; `strong` distinguishes bold-like from italic-like emphasis."""

    children: tuple[Inline, ...]
    strong: bool = False


@dataclass(frozen=True)
class Link:
    """A hyperlink with its visible text."""

    href: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class LineBreak:
    """A hard line break inside a block."""


@dataclass(frozen=True)
class UnknownInline:
    """An inline element from a newer minor version: its text is kept, its meaning is not."""

    tag: str
    children: tuple[Inline, ...]


Inline = str | Emphasis | Link | LineBreak | UnknownInline


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """Return the text of inline content, a line break as a newline."""
    out: list[str] = []
    for node in inlines:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, LineBreak):
            out.append("\n")
        else:
            out.append(plain_text(node.children))
    return "".join(out)


def sole_emphasis(inlines: tuple[Inline, ...] | None) -> Emphasis | None:
    """The emphasis a block's inline content is all set in ("<b>…</b>", "<em>…</em>"), or None:
    how a page sets a line apart without a heading's tag (an old page's headline, a caption)."""
    if inlines and len(inlines) == 1 and type(inlines[0]) is Emphasis:
        return inlines[0]
    return None


# ---------------------------------------------------------------- blocks

@dataclass(frozen=True)
class Heading:
    """A heading inside the article body; level 1 is the highest inside the article."""

    level: int
    inlines: tuple[Inline, ...]
    id: str = ""
    lines: str = ""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text."""

    inlines: tuple[Inline, ...]
    id: str = ""
    lines: str = ""


@dataclass(frozen=True)
class ListItem:
    """One item of a list."""

    inlines: tuple[Inline, ...]
    id: str = ""
    lines: str = ""


@dataclass(frozen=True)
class ListBlock:
    """An ordered or unordered list."""

    ordered: bool
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class Quote:
    """A block quotation holding paragraphs."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Figure:
    """An image reference (possibly absent in text dumps) with its caption."""

    caption: tuple[Inline, ...]
    src: str = ""
    alt: str = ""
    id: str = ""
    lines: str = ""


@dataclass(frozen=True)
class UnknownBlock:
    """A block element from a newer minor version: exporters render its text as a paragraph."""

    tag: str
    text: str


Block = Heading | Paragraph | ListBlock | Quote | Figure | UnknownBlock


def block_text(block: Block) -> str:
    """Return the plain text of a block, nested blocks separated by newlines."""
    if isinstance(block, (Heading, Paragraph)):
        return plain_text(block.inlines)
    if isinstance(block, Figure):
        return plain_text(block.caption)
    if isinstance(block, ListBlock):
        return "\n".join(plain_text(item.inlines) for item in block.items)
    if isinstance(block, Quote):
        return "\n".join(block_text(b) for b in block.blocks)
    return block.text


# ---------------------------------------------------------------- metadata

@dataclass(frozen=True)
class PublicationDate:
    """A publication date: ISO 8601 value plus the wording the source used."""

    value: str
    wording: str = ""


@dataclass(frozen=True)
class Source:
    """Where the document came from and how its bytes were decoded."""

    file: str
    sha256: str
    kind: str  # "html" or "text"
    encoding: str
    evidence: str = ""
    site: str = ""  # the publishing site's name, when known
    url: str = ""  # the article's address, when known


@dataclass(frozen=True)
class Metadata:
    """Article metadata; every field but `source` and `language` may be empty."""

    source: Source
    title: str = ""
    authors: tuple[str, ...] = ()
    date: PublicationDate | None = None
    section: str = ""
    language: str = "vi"


# ---------------------------------------------------------------- audit trail

@dataclass(frozen=True)
class Removal:
    """A span of source text the cleaner took out of the body, and why."""

    reason: str
    lines: str
    text: str


@dataclass(frozen=True)
class Correction:
    """A change to body text: `original` was replaced by `replacement` at offset `at` of block `block`."""

    block: str
    at: int
    original: str
    replacement: str
    rule: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Event:
    """A whole-text step a stage took (an encoding repair, a normalisation), for the record."""

    stage: str
    rule: str
    detail: str = ""


@dataclass(frozen=True)
class Audit:
    """Everything the cleaner removed, corrected or repaired."""

    removals: tuple[Removal, ...] = ()
    corrections: tuple[Correction, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Generator:
    """Which docnorm made the document, with a digest of the options that matter to the output."""

    name: str = "docnorm"
    version: str = ""
    options: str = ""


@dataclass(frozen=True)
class Document:
    """A canonical document: metadata, body blocks and the audit trail."""

    meta: Metadata
    blocks: tuple[Block, ...]
    audit: Audit = field(default_factory=Audit)
    version: str = "1.0"
    generator: Generator = field(default_factory=Generator)
    warnings: tuple[str, ...] = ()
