"""Reading publication dates from the wording sites use, into ISO 8601."""

from __future__ import annotations

import re

_DMY = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")
_YMD = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})", re.I)
_TIME = re.compile(r"\b(\d{1,2})\s*[:h]\s*(\d{2})\b")


def parse_date(wording: str) -> str | None:
    """Return the ISO 8601 date (with time when given) that `wording` states, or None.

    >>> parse_date("Cập nhật lúc 10:47 ngày 13/08/2021")
    '2021-08-13T10:47'
    >>> parse_date("Thứ Hai, 14 Tháng 7, 2025") is None
    True
    """
    iso = _YMD.search(wording)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
        hour_min = (int(iso[4]), int(iso[5])) if iso[4] else None
    else:
        match = _DMY.search(wording) or _WORDS.search(wording)
        if not match:
            return None
        day, month, year = int(match[1]), int(match[2]), int(match[3])
        rest = wording[:match.start()] + " " + wording[match.end():]
        clock = _TIME.search(rest)
        hour_min = (int(clock[1]), int(clock[2])) if clock else None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if hour_min and hour_min[0] < 24 and hour_min[1] < 60:
        out += f"T{hour_min[0]:02d}:{hour_min[1]:02d}"
    return out
