"""Counts over every block of a page at once — characters by class, words, capitalised and
short words — from the page's code points with numpy. Counting character by character in
Python, block by block, was the cleaner's largest cost."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

UPPER, LETTER, DIGIT, PUNCT, SPACE, WIDE, VIETNAMESE = 1, 2, 4, 8, 16, 32, 64
# the letters Vietnamese has and other Latin scripts hardly use
VIETNAMESE_LETTERS = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_BEYOND = 0x10000  # one class slot for every code point outside the Basic Multilingual Plane
# the scripts written without spaces between words: CJK and Hangul
WIDE_RANGES = ((0x2E80, 0xA000), (0xAC00, 0xD7B0))
WIDE_RUN = re.compile("[" + "".join(f"{chr(a)}-{chr(b - 1)}" for a, b in WIDE_RANGES) + "]+")


def is_caps(text: str) -> bool:
    """Whether `text` is written in capitals: at least three letters, none in lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


@cache
def _class_table() -> np.ndarray:
    """The class bits of every BMP code point, and of one slot standing for all beyond it."""
    points = np.arange(_BEYOND, dtype=np.uint32)
    points[0xD800:0xE000] = 0xFFFD  # lone surrogates cannot be decoded; count them as symbols
    chars = points.tobytes().decode("utf-32-le")

    def bits(test) -> np.ndarray:
        return np.frombuffer(bytes(map(test, chars)), np.uint8).astype(bool)

    alnum, digit = bits(str.isalnum), bits(str.isdecimal)
    table = (UPPER * bits(str.isupper) | LETTER * (alnum & ~digit) | DIGIT * digit
             | SPACE * bits(str.isspace)).astype(np.uint8)
    table |= (PUNCT * (~alnum & ~bits(str.isspace) & (points != ord("_")))).astype(np.uint8)
    wide = np.zeros(len(chars), bool)
    for start, end in WIDE_RANGES:
        wide[start:end] = True
    table |= (WIDE * wide).astype(np.uint8)
    table[[ord(c) for c in VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()]] |= VIETNAMESE
    return np.append(table, np.uint8(PUNCT))  # beyond the BMP: mostly emoji and other symbols


@dataclass(frozen=True)
class Counts:
    """Per-block counts, each an array with one entry per block, in block order."""

    chars: np.ndarray
    upper: np.ndarray
    letters: np.ndarray
    digits: np.ndarray
    punct: np.ndarray
    wide: np.ndarray
    vietnamese: np.ndarray
    words: np.ndarray  # white-space separated tokens, as str.split() finds them
    capitalised: np.ndarray  # tokens whose first character is a capital
    short: np.ndarray  # tokens of at most three characters


def count(texts: Sequence[str]) -> Counts:
    """Count the character classes and tokens of every text in `texts` (the blocks of a page)."""
    n = len(texts)
    if not n:
        none = np.zeros(0)
        return Counts(none, none, none, none, none, none, none, none, none, none)
    # each block is followed by a line end: no token spans two blocks, and none is empty
    classes = _classes("\n".join(texts) + "\n")
    lengths = np.fromiter(map(len, texts), np.int64, count=n)
    starts = np.cumsum(lengths + 1) - lengths - 1
    sums = _sums_by_bit(classes, starts)
    space = (classes & SPACE) != 0
    begins = ~space & np.concatenate(([True], space[:-1]))
    ends = ~space & np.concatenate((space[1:], [True]))
    first, last = np.flatnonzero(begins), np.flatnonzero(ends)
    owners = np.searchsorted(starts, first, side="right") - 1  # the block of each token

    def per_block(weights: np.ndarray) -> np.ndarray:
        return np.bincount(owners, weights=weights, minlength=n)

    return Counts(
        chars=lengths.astype(float),
        upper=sums[:, _BIT[UPPER]],
        letters=sums[:, _BIT[LETTER]],
        digits=sums[:, _BIT[DIGIT]],
        punct=sums[:, _BIT[PUNCT]],
        wide=sums[:, _BIT[WIDE]],
        vietnamese=sums[:, _BIT[VIETNAMESE]],
        words=per_block(np.ones(len(first))),
        capitalised=per_block((classes[first] & UPPER) != 0),
        short=per_block(last - first < 3),
    )


_BIT = {flag: flag.bit_length() - 1 for flag in (UPPER, LETTER, DIGIT, PUNCT, SPACE, WIDE, VIETNAMESE)}


def _classes(text: str) -> np.ndarray:
    """The class bits of every character of `text`."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    return _class_table()[np.minimum(points, _BEYOND)]


def _sums_by_bit(classes: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """For each block (from `starts` on), how many of its characters have each class bit: a
    column per bit, in one pass over the page rather than one per class."""
    bits = np.unpackbits(classes[:, None], axis=1, bitorder="little")
    return np.add.reduceat(bits, starts, axis=0, dtype=np.float64)


def letter_counts(text: str) -> tuple[float, float]:
    """How many letters `text` holds, and how many of them only Vietnamese uses much."""
    classes = _classes(text)
    return float(np.count_nonzero(classes & LETTER)), float(np.count_nonzero(classes & VIETNAMESE))


def controls(text: str) -> tuple[int, int]:
    """How many characters of `text` are controls (but tab and line ends) or U+FFFD, and how
    many of those are C1 controls (U+0080-U+009F)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    low = points < 0x20
    bad = low & (points != 0x09) & (points != 0x0A) & (points != 0x0D)
    c1 = (points >= 0x80) & (points <= 0x9F)
    return int(np.count_nonzero(bad | c1 | (points == 0x7F) | (points == 0xFFFD))), \
        int(np.count_nonzero(c1))
