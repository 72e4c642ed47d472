"""Stage 5, correct: conservative typo fixes, each an edit recorded with its rule and confidence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .rules import RuleTable


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement`, by `rule`, with `confidence` in [0, 1]."""

    start: int
    end: int
    replacement: str
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Applied:
    """A correction as it stands in the corrected text: at offset `at`, `original` became `replacement`."""

    at: int
    original: str
    replacement: str
    rule: str
    confidence: float


@dataclass(frozen=True)
class Corrected:
    """Corrected text and the corrections applied, in text order."""

    text: str
    applied: tuple[Applied, ...]


_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
_SPACE_PUNCT = re.compile(r"(?<=\w) +(?=[,;:!?](\s|$)|\.(\s|$))")


def fix_double_space(text: str) -> list[Edit]:
    """Runs of spaces between words are typing slips; one space is meant.

    >>> [e.replacement for e in fix_double_space("hưởng  ứng")]
    [' ']
    """
    return [Edit(m.start(), m.end(), " ", confidence=0.99) for m in _DOUBLE_SPACE.finditer(text)]


def fix_space_before_punct(text: str) -> list[Edit]:
    """Vietnamese, like English, sets no space before , ; : ! ? or a full stop.

    An ellipsis ("và ...") and a lone dot in a number are left alone.

    >>> fix_space_before_punct("Thứ nhất , các cấp")[0].start
    8
    """
    return [Edit(m.start(), m.end(), "", confidence=0.97) for m in _SPACE_PUNCT.finditer(text)]


Fixer = Callable[[str], list[Edit]]

CORRECTORS: RuleTable[Fixer] = RuleTable("correct", [
    ("double-space", fix_double_space),
    ("space-before-punct", fix_space_before_punct),
])


def correct_text(text: str, disabled: frozenset[str] = frozenset(),
                 threshold: float = 0.9) -> Corrected:
    """Return `text` with every enabled rule's edits at or above `threshold` confidence applied."""
    edits: list[Edit] = []
    for rule in CORRECTORS.active(disabled):
        for edit in rule.func(text):
            if edit.confidence >= threshold:
                edits.append(Edit(edit.start, edit.end, edit.replacement,
                                  rule.name.split(".", 1)[1], edit.confidence))
    return apply_edits(text, edits)


def apply_edits(text: str, edits: list[Edit]) -> Corrected:
    """Apply non-overlapping edits (the earliest rule wins an overlap) and say where each landed."""
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: e.start):
        if chosen and edit.start < chosen[-1].end:
            continue
        if text[edit.start:edit.end] != edit.replacement:
            chosen.append(edit)
    out: list[str] = []
    applied: list[Applied] = []
    pos = 0
    length = 0
    for edit in chosen:
        out.append(text[pos:edit.start])
        length += edit.start - pos
        applied.append(Applied(length, text[edit.start:edit.end], edit.replacement, edit.rule,
                               edit.confidence))
        out.append(edit.replacement)
        length += len(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return Corrected("".join(out), tuple(applied))
