"""The cleaner: decode → repair → segment → classify → correct → build, each a pure stage."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import canonical
from .build import build
from .classify import classify, site_key
from .decode import Decoded, decode
from .errors import InputError
from .html import drop_scripts, segment_html, short_blocks, text_between_tags
from .inputs import check_text_like, kind_for
from .model import Document, Figure, Generator, Source, block_text
from .options import Options
from .repair import Repaired, repair
from .segment import segment_text, source_lines
from .version import __version__
from .vocabulary import SITE_REPEAT_MAX_WORDS

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
    """Decode and repair only: the text as UTF-8 NFC, line breaks and spacing untouched."""
    check_text_like(data)
    decoded = decode(data, kind, options.disabled)
    repaired = repair(decoded.text, options.disabled)
    return DecodedText(repaired.text, decoded.encoding, decoded.evidence,
                       tuple(e.rule for e in repaired.events))


def clean(data: bytes, name: str, options: Options = DEFAULTS) -> Cleaned:
    """Return the canonical document for the bytes of the file called `name`.

    Raises InputError (with a one-line reason) for input that cannot be cleaned.
    """
    kind, decoded, repaired = _prepare(data, name, options)
    segmented = segment_html(repaired.text) if kind == "html" else segment_text(repaired.text)
    classified = classify(segmented, kind, options.disabled, options.site_lines)
    source = Source(file=Path(name).name, sha256=hashlib.sha256(data).hexdigest(), kind=kind,
                    encoding=decoded.encoding, evidence=decoded.evidence,
                    site=segmented.head.get("site", ""), url=segmented.head.get("url", ""))
    events = decoded.events + repaired.events + segmented.events
    settings = options.correction_settings() if options.correct else None
    document = build(classified, source, events, settings=settings,
                     language=str(segmented.head.get("lang", "")))
    document = Document(document.meta, document.blocks, document.audit,
                        generator=Generator("docnorm", __version__, options.digest()))
    return Cleaned(document, canonical.write(document))


def _prepare(data: bytes, name: str, options: Options) -> tuple[str, Decoded, Repaired]:
    """The file's kind, its decoding, and the repaired text the later stages read (an HTML
    page without its scripts)."""
    check_text_like(data)
    kind = options.kind or kind_for(Path(name))
    if kind not in ("html", "text"):
        raise InputError(f"unknown input kind {kind!r}")
    decoded = decode(data, kind, options.disabled)
    text = drop_scripts(decoded.text) if kind == "html" else decoded.text
    return kind, decoded, _repair(text, kind, options.disabled)


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


def block_keys(data: bytes, name: str, options: Options = DEFAULTS) -> set[str]:
    """The short blocks of a file, as `site_repeat` compares them: for the batch pre-pass. They
    are read from the same repaired text `clean` segments, or a batch of mis-decoded pages of
    one site would compare its mojibake against repaired blocks."""
    kind, _, repaired = _prepare(data, name, options)
    if kind == "html":
        return {site_key(t) for t in short_blocks(repaired.text, SITE_REPEAT_MAX_WORDS)}
    # a dump's short blocks are its short lines: no need to segment it all
    return {site_key(line) for line in source_lines(repaired.text)
            if 0 < len(line.split()) <= SITE_REPEAT_MAX_WORDS}


def body_text(document: Document) -> str:
    """The article's running text: one block per line, no title, no metadata, and no photo
    captions (they belong to images a text file cannot show; the XML keeps them)."""
    lines = [block_text(block) for block in document.blocks if not isinstance(block, Figure)]
    return "".join(line + "\n" for line in lines if line)
