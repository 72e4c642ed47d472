"""The legacy Vietnamese charsets: byte tables from normalize/data, and fast decoders for them."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files
from typing import NamedTuple

# Font encodings keep Windows-1252 glyphs where they define nothing; the standards define all.
_WINDOWS_BASE = ("tcvn3", "vni-windows", "vps")
LEGACY = ("tcvn3", "vni-windows", "viscii", "vps", "tcvn5712-1", "cp1258")
LOSSY = {"tcvn3": "TCVN3 has no toned capitals: they come back in lower case",
         "vps": "VPS folds some toned capitals into lower case"}


@cache
def table(name: str) -> dict[bytes, str]:
    """The byte table of charset `name` (a file in normalize/data), without the base layer."""
    out: dict[bytes, str] = {}
    text = files("normalize").joinpath(f"data/{name}.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            encoded, points = line.split("\t")
            out[bytes.fromhex(encoded)] = "".join(chr(int(p, 16)) for p in points.split())
    return out


def _windows_1252(byte: int) -> str:
    """What Windows-1252 (as browsers read it, WHATWG) shows for one byte."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five undefined bytes come through as C1 controls


@cache
def _single_byte_map(name: str) -> dict[int, str]:
    base = {b: _windows_1252(b) if name in _WINDOWS_BASE else chr(b) for b in range(256)}
    base.update({key[0]: value for key, value in table(name).items() if len(key) == 1})
    return {b: c for b, c in base.items() if c != chr(b)}


@cache
def _pairs(name: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """VNI's two-byte letters as a regex over the Latin-1 view of the bytes, and their values."""
    pairs = {key.decode("latin-1"): value for key, value in table(name).items() if len(key) == 2}
    if not pairs:
        return None
    pattern = "|".join(sorted(map(re.escape, pairs), key=len, reverse=True))
    return re.compile(pattern), pairs


def decode(data: bytes, name: str) -> str:
    """Decode `data` in the legacy charset `name` (one of LEGACY); never raises."""
    if name == "cp1258":
        return data.decode("cp1258", errors="replace")
    text = data.decode("latin-1")  # one character per byte, so tables apply to characters
    pairs = _pairs(name)
    if pairs is None:
        return text.translate(_single_byte_map(name))
    pattern, values = pairs
    single = _single_byte_map(name)
    pieces = pattern.split(text)
    found = pattern.findall(text)
    out = [pieces[0].translate(single)]
    for pair, rest in zip(found, pieces[1:], strict=True):
        out.append(values[pair])
        out.append(rest.translate(single))
    return "".join(out)


@lru_cache(maxsize=1)
def _reverse_1252() -> dict[int, str]:
    """Windows-1252's punctuation -> the Latin-1 character of its byte (the rest is Latin-1)."""
    return {ord(_windows_1252(b)): chr(b) for b in range(0x80, 0xA0) if ord(_windows_1252(b)) > 0xFF}


# the characters above U+00FF that Windows-1252 shows for bytes 0x80-0x9F (€ ‚ ƒ „ … ™ …)
WINDOWS_1252_HIGH = "".join(sorted(map(chr, _reverse_1252())))


def as_1252_bytes(text: str) -> bytes | None:
    """The bytes `text` came from if it was decoded as Windows-1252/Latin-1, or None if it cannot
    have been (it holds a character neither maps to)."""
    try:
        return text.translate(_reverse_1252()).encode("latin-1")
    except UnicodeEncodeError:
        return None


class Reading(NamedTuple):
    """How a legacy charset reads some bytes best (see most_vietnamese)."""

    name: str  # the charset
    text: str  # its NFC text
    score: float  # how Vietnamese the text reads (vietnamese.Tally.score)
    scores: list[tuple[float, str]]  # every charset's score, best first
    alike: tuple[str, ...]  # the other charsets that read the bytes to the same text


def most_vietnamese(data: bytes) -> Reading:
    """Decode `data` with every legacy charset; return the reading of the one that reads most
    like Vietnamese: the fewest words that are not syllables.

    LEGACY is ordered by how common a charset is, and breaks ties: TCVN3 and VN1 agree on
    lower case, and TCVN3's Windows dashes and quotes would read as VN1's capitals.
    """
    from .vietnamese import tally

    ranked = []
    for rank, name in enumerate(LEGACY):
        text = unicodedata.normalize("NFC", decode(data, name))
        counts = tally(text)
        ranked.append((counts.invalid, rank, name, text, counts.score(len(text))))
    ranked.sort()
    _, _, name, text, best = ranked[0]
    return Reading(name, text, best, sorted(((r[4], r[2]) for r in ranked), reverse=True),
                   tuple(r[2] for r in ranked[1:] if r[3] == text))
