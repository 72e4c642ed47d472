"""Stage 2, repair: named fixes to decoded text, applied until nothing changes, each recorded."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from .model import Event
from .rules import RuleTable

MAX_ROUNDS = 4


@dataclass(frozen=True)
class Repaired:
    """Repaired text and the repair events, in the order they applied."""

    text: str
    events: tuple[Event, ...]


def fix_nfd(text: str) -> str:
    """Compose decomposed letters (NFD, Unikey's "Unicode tổ hợp") into NFC.

    Safe: NFC is canonical equivalence, so the text reads the same; only its code points change.

    >>> fix_nfd("Vie\u0302\u0323t") == "Việt"
    True
    """
    return unicodedata.normalize("NFC", text)


REPAIRS: RuleTable[Callable[[str], str]] = RuleTable("repair", [
    ("nfc", fix_nfd),
])


def repair(text: str, disabled: frozenset[str] = frozenset()) -> Repaired:
    """Return `text` with every enabled repair applied until a round changes nothing."""
    events: list[Event] = []
    for _ in range(MAX_ROUNDS):
        changed = False
        for rule in REPAIRS.active(disabled):
            fixed = rule.func(text)
            if fixed != text:
                events.append(Event("repair", rule.name.split(".", 1)[1], _describe(text, fixed)))
                text, changed = fixed, True
        if not changed:
            break
    return Repaired(text, tuple(events))


def _describe(before: str, after: str) -> str:
    return f"{len(before)} -> {len(after)} characters"
