"""The one frozen configuration object of a cleaning run."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    """What the user chose for a run; `digest()` tells whether an old output is still current."""

    kind: str | None = None  # "html" or "text"; None decides by file name
    correct: bool = True
    disabled: frozenset[str] = field(default_factory=frozenset)  # rule or stage names
    max_bytes: int = DEFAULT_MAX_BYTES
    write_text: bool = False

    def digest(self) -> str:
        """Return a short stable digest of the options that change an output's content."""
        data = asdict(self)
        data["disabled"] = sorted(self.disabled)
        data.pop("max_bytes")
        blob = json.dumps(data, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]
