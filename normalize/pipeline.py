"""The cleaner: decode → repair → segment → classify → correct → build, each a pure stage."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from . import canonical
from .build import build
from .classify import classify, site_key, words
from .decode import decode
from .errors import InputError
from .html import drop_scripts, segment_html, text_between_tags
from .inputs import check_text_like, kind_for, shown
from .model import Document, Event, Figure, Generator, Source, block_text
from .options import Options
from .repair import Repaired, repair
from .segment import Segmented, declared_title, segment_text
from .version import __version__
from .vocabulary import PARAGRAPH_END, SITE_REPEAT_MAX_WORDS

DEFAULTS = Options()


@dataclass(frozen=True)
class Cleaned:
    """A cleaned document, its canonical XML, and its body as plain text (one block per line)."""

    document: Document
    xml: bytes

    @property
    def text(self) -> str:
        return body_text(self.document)


@dataclass(frozen=True)
class DecodedText:
    """The text `docnorm decode` writes, the encoding, and the repairs made."""

    text: str
    encoding: str
    evidence: str
    repairs: tuple[str, ...]


def decode_bytes(data: bytes, kind: str = "text", options: Options = DEFAULTS) -> DecodedText:
    """Decode and repair only: the text as UTF-8 NFC, line breaks and spacing untouched (an
    HTML page repaired as `clean` repairs it: its character references left to the parser)."""
    check_text_like(data)
    decoded = decode(data, kind, options.disabled)
    repaired = _repair(decoded.text, kind, options.disabled)
    return DecodedText(repaired.text, decoded.encoding, decoded.evidence,
                       tuple(e.rule for e in repaired.events))


@dataclass(frozen=True)
class Prepared:
    """A file read as far as its segments: decoded, repaired and cut into blocks.

    What the batch pre-pass keeps of a file so that cleaning it does not read, decode and
    parse it a second time (that was a quarter of a batch's time on HTML). It holds no copy of
    the page's text: a batch keeps many of them."""

    kind: str
    sha256: str
    encoding: str
    evidence: str
    segmented: Segmented
    events: tuple[Event, ...]  # decoding's, repair's and segmentation's, in that order


def prepare(data: bytes, name: str, options: Options = DEFAULTS) -> Prepared:
    """Decode, repair and segment the bytes of the file called `name`.

    Raises InputError (with a one-line reason) for input that cannot be cleaned."""
    check_text_like(data)
    kind = options.kind or kind_for(Path(name))
    if kind not in ("html", "text"):
        raise InputError(f"unknown input kind {kind!r}")
    decoded = decode(data, kind, options.disabled)
    text = drop_scripts(decoded.text) if kind == "html" else decoded.text
    repaired = _repair(text, kind, options.disabled)
    segmented = segment_html(repaired.text) if kind == "html" else segment_text(repaired.text)
    return Prepared(kind, hashlib.sha256(data).hexdigest(), decoded.encoding, decoded.evidence,
                    segmented, decoded.events + repaired.events + segmented.events)


def clean(data: bytes, name: str, options: Options = DEFAULTS) -> Cleaned:
    """Return the canonical document for the bytes of the file called `name`.

    Raises InputError (with a one-line reason) for input that cannot be cleaned.
    """
    return clean_prepared(prepare(data, name, options), name, options)


def clean_prepared(prepared: Prepared, name: str, options: Options = DEFAULTS) -> Cleaned:
    """Return the canonical document for a file `prepare` has read: classify its blocks and
    build the document."""
    segmented = prepared.segmented
    classified = classify(segmented, prepared.kind, options.disabled, options.site_lines)
    source = Source(file=shown(Path(name).name), sha256=prepared.sha256, kind=prepared.kind,
                    encoding=prepared.encoding, evidence=prepared.evidence,
                    site=segmented.head.get("site", ""), url=segmented.head.get("url", ""))
    settings = options.correction_settings() if options.correct else None
    document = build(classified, source, prepared.events, settings=settings,
                     language=str(segmented.head.get("lang", "")))
    document = Document(document.meta, document.blocks, document.audit,
                        generator=Generator("docnorm", __version__, options.digest()))
    return Cleaned(document, canonical.write(document))


def _repair(text: str, kind: str, disabled: frozenset[str]) -> Repaired:
    """Repair the text; a page of HTML only when its character data needs it (checking the
    markup line by line costs more than the rest of the cleaning). Character references are
    HTML's own, which the parser reads: unescaping them in the markup would turn an escaped
    "&lt;b&gt;" into a tag."""
    if kind != "html":
        return repair(text, disabled)
    disabled = disabled | {"repair.html-entities"}
    if not repair(text_between_tags(text), disabled).events:
        return Repaired(text, ())
    return repair(text, disabled)


class BlockKeys(NamedTuple):
    """What the batch pre-pass compares of a file's blocks, as `site_repeat` compares them."""

    short: set[str]  # its short blocks: menus, footers, share bars, headlines
    long: set[str]  # its long ones: its article's paragraphs, or an "About us" every page has
    title: str  # the title an HTML page declares, case folded ("" for none: a text dump)
    ends: list[tuple[str, str]]  # each long block's opening and close (see paragraph_ends)
    heads: set[str]  # the openings, and
    tails: set[str]  # the closes, for looking them up


def paragraph_ends(key: str) -> tuple[str, str]:
    """How a paragraph is known again after an edit: by its first or its last PARAGRAPH_END
    characters (of its site_key). An update that adds a sentence, or rewords one, keeps the
    other end. Characters, not words, so that scripts without spaces are compared alike."""
    return key[:PARAGRAPH_END], key[-PARAGRAPH_END:]


def block_keys(prepared: Prepared | None) -> BlockKeys:
    """A file's blocks as the batch pre-pass compares them (see BlockKeys); none for a file
    that could not be read (None)."""
    short: set[str] = set()
    long: set[str] = set()
    if prepared is None:
        return BlockKeys(short, long, "", [], set(), set())
    for seg in prepared.segmented.segments:
        (short if words(seg.text) <= SITE_REPEAT_MAX_WORDS else long).add(site_key(seg.text))
    head = prepared.segmented.head
    ends = [paragraph_ends(key) for key in long]
    return BlockKeys(short, long, site_key(declared_title(head)), ends,
                     {opening for opening, _ in ends}, {close for _, close in ends})


def body_text(document: Document) -> str:
    """The article's running text: one block per line, no title, no metadata, and no photo
    captions (they belong to images a text file cannot show; the XML keeps them)."""
    lines = [block_text(block) for block in document.blocks if not isinstance(block, Figure)]
    return "".join(line + "\n" for line in lines if line)
