"""The one frozen configuration object of a cleaning run."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from .correct import Settings

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    """What the user chose for a run; `digest()` tells whether an old output is still current."""

    kind: str | None = None  # "html" or "text"; None decides by file name
    correct: bool = True
    disabled: frozenset[str] = field(default_factory=frozenset)  # rule or stage names
    max_bytes: int = DEFAULT_MAX_BYTES
    write_text: bool = False
    threshold: float = 0.9  # typo corrections below this confidence are not made
    tone_style: str = "document"  # the document's dominant style, or "old"/"new" everywhere
    protected: frozenset[str] = field(default_factory=frozenset)  # the user's dictionary
    replacements: tuple[tuple[str, str], ...] = ()  # the user's wrong -> right list
    site_lines: frozenset[str] = field(default_factory=frozenset)  # its site's pages repeat them

    def digest(self) -> str:
        """Return a short stable digest of the options that change an output's content."""
        return _digest(self)

    def correction_settings(self) -> Settings:
        """The typo stage's share of the options."""
        return Settings(self.disabled, self.threshold, self.protected, self.replacements,
                        self.tone_style)


@lru_cache(maxsize=8)
def _digest(options: Options) -> str:
    """Cached: a batch asks once per file, and the site lines of a big batch are many."""
    data = {f.name: getattr(options, f.name) for f in fields(options) if f.name != "max_bytes"}
    for name in ("disabled", "protected", "site_lines"):
        data[name] = sorted(data[name])
    blob = json.dumps(data, sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:12]


def read_word_list(path: str) -> frozenset[str]:
    """A user dictionary: one word or phrase a line; blank lines and # comments skipped."""
    lines = Path(path).read_text("utf-8").splitlines()
    return frozenset(unicodedata.normalize("NFC", line.strip()) for line in lines
                     if line.strip() and not line.lstrip().startswith("#"))


def read_replacements(path: str) -> tuple[tuple[str, str], ...]:
    """A user replacement list: "wrong<TAB>right" a line; blank lines and # comments skipped."""
    pairs = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        wrong, tab, right = line.partition("\t")
        if not tab or not wrong.strip():
            raise ValueError(f"{path}:{number}: expected 'wrong<TAB>right'")
        pairs.append((unicodedata.normalize("NFC", wrong.strip()),
                      unicodedata.normalize("NFC", right.strip())))
    return tuple(pairs)
