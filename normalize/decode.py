"""Stage 1, decode: bytes to text, with the encoding and the evidence for it."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

import chardet

from . import charsets, repair, textstats
from .errors import InputError
from .model import Event
from .rules import RuleTable

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""")
DETECT_BYTES = 64 * 1024  # chardet is slow: a sample this big decides as well as the whole file
MAX_UNPRINTABLE = 0.02
MAX_BROKEN_UTF8 = 0.05  # broken sequences per character above ASCII that UTF-8 text may hold
LEGACY_MIN_SCORE = 0.6  # a right decoding of Vietnamese scores near 1, wrong ones far lower


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the codec name, and why that codec was chosen."""

    text: str
    encoding: str
    evidence: str
    events: tuple[Event, ...] = ()


Detector = Callable[[bytes, str], Decoded | None]


def from_bom(data: bytes, kind: str) -> Decoded | None:
    """A byte-order mark names its encoding unambiguously."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], name)
            if text is not None:
                return Decoded(text, name, f"byte-order mark {name}")
    return None


def from_declaration(data: bytes, kind: str) -> Decoded | None:
    """An HTML meta charset or XML declaration is trusted only when the bytes decode under it."""
    head = data[:4096]
    match = _XML_DECL.search(head) or (_META_CHARSET.search(head) if kind == "html" else None)
    if not match:
        return None
    declared = match[1].decode("ascii").lower()
    name = _codec_name(declared)
    if name is None:
        return None
    if name != "utf-8" and not data.isascii() and _strict(data, "utf-8") is not None:
        return None  # saved as UTF-8 under a meta left from before: a single-byte charset
        #              reads any bytes, but text in another charset is next to never UTF-8
    text = _strict(data, name)
    if text is None:
        return None
    return Decoded(text, name, f"declared charset {declared} verified")


def from_utf8(data: bytes, kind: str) -> Decoded | None:
    """Bytes that are valid UTF-8 and not pure ASCII are UTF-8: other encodings rarely validate."""
    text = _strict(data, "utf-8")
    if text is None:
        return None
    return Decoded(text, "utf-8", "valid UTF-8" if not text.isascii() else "ASCII only")


def from_utf8_with_errors(data: bytes, kind: str) -> Decoded | None:
    """Bytes that are UTF-8 but for a few broken sequences (a page cut inside a character, a
    stray byte) are UTF-8, the broken bytes replaced by U+FFFD and counted in the evidence:
    read as Windows-1252, every other letter of the page would be mojibake. Text in a legacy
    charset breaks on nearly every byte above ASCII, so it never passes."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", "ignore")) - broken  # characters above ASCII
    if not broken or broken > MAX_BROKEN_UTF8 * valid:
        return None
    return Decoded(text, "utf-8", f"UTF-8 but for {broken} broken byte sequence(s), replaced "
                                  f"by U+FFFD ({valid} characters above ASCII read)")


def from_legacy(data: bytes, kind: str) -> Decoded | None:
    """Bytes that are not UTF-8: the legacy Vietnamese charset whose text reads most Vietnamese.

    Each charset decodes a sample; the share of valid syllables among words with diacritics
    tells the right one (near 1) from the wrong ones (mis-decoded words are not syllables).
    Text that reads as no Vietnamese at all is left to chardet.
    """
    reading = charsets.most_vietnamese(data[:DETECT_BYTES])
    name, best, scores = reading.name, reading.score, reading.scores
    if best < LEGACY_MIN_SCORE:
        return None
    others = ", ".join(f"{other} {value:.2f}" for value, other in scores if other != name)
    evidence = f"{name}: Vietnamese syllable score {best:.2f} (others: {others})"
    if name in charsets.LOSSY:
        evidence += f"; lossy: {charsets.LOSSY[name]}"
    return Decoded(charsets.decode(data, name), name, evidence)


def from_chardet(data: bytes, kind: str) -> Decoded | None:
    """chardet's statistical guess, taken when it decodes the bytes without error."""
    guess = chardet.detect(data[:DETECT_BYTES])
    name = _codec_name(guess.get("encoding") or "")
    if name is None:
        return None
    text = _strict(data, name)
    if text is None:
        return None
    confidence = guess.get("confidence") or 0.0
    return Decoded(text, name, f"chardet guess {name} (confidence {confidence:.2f})")


def from_fallback(data: bytes, kind: str) -> Decoded | None:
    """Windows-1252 maps almost every byte, so it is the last resort; the text is checked after."""
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252",
                   "fallback: no other decoding fitted")


DETECTORS: RuleTable[Detector] = RuleTable("decode", [
    ("bom", from_bom),
    ("declared", from_declaration),
    ("utf8", from_utf8),
    ("utf8-with-errors", from_utf8_with_errors),
    ("legacy", from_legacy),
    ("chardet", from_chardet),
    ("fallback", from_fallback),
])


def decode(data: bytes, kind: str, disabled: frozenset[str] = frozenset()) -> Decoded:
    """Return the text of `data` by the first detector that fits; raise InputError if it is garbage."""
    for rule in DETECTORS.active(disabled):
        decoded = rule.func(data, kind)
        if decoded is not None:
            _check_printable(decoded)
            return Decoded(decoded.text, decoded.encoding, decoded.evidence,
                           (Event("decode", rule.name.split(".", 1)[1], decoded.evidence),))
    raise InputError("undecodable: no decoder is enabled that fits these bytes")


def _check_printable(decoded: Decoded) -> None:
    text = decoded.text
    bad, c1 = textstats.controls(text)
    if decoded.encoding.startswith("utf"):
        # C1 controls in valid UTF-8 are the mark of text once read as Latin-1, and U+FFFD
        # after a lead byte of text read as Windows-1252 by a strict decoder: repairable
        bad -= c1 + (len(repair.LOST_BYTE.findall(text)) if "\ufffd" in text else 0)
    if text and bad / len(text) > MAX_UNPRINTABLE:
        raise InputError(f"undecodable: {bad} of {len(text)} characters are control or invalid "
                         f"characters under the best guess ({decoded.encoding})")


def _strict(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _codec_name(label: str) -> str | None:
    """Return Python's canonical codec name for a charset label, or None if Python has no such codec."""
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
