"""The exporter interface: one object in (the compilation), one stream out, warnings back."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO, ClassVar

from normalize.model import Document, ListBlock, plain_text
from normalize.segment import list_marker

from .book import Article, Book, Section


@dataclass(frozen=True)
class Compilation:
    """What an exporter writes: the book settings, the articles in order (grouped into parts),
    the moment the build claims (for deterministic timestamps), and this exporter's settings."""

    book: Book
    sections: tuple[Section, ...]
    built: datetime
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for s in self.sections for a in s.articles)

    @property
    def documents(self) -> tuple[Document, ...]:
        return tuple(a.document for a in self.articles)


class Exporter:
    """Base of an exporter. Subclasses set the class attributes and implement `write`.

    `settings` declares the exporter's own options and their defaults; values come from the
    book config's `[name]` table and `--option key=value`, checked against these defaults.
    """

    name: ClassVar[str] = ""
    suffix: ClassVar[str] = ""
    media_type: ClassVar[str] = "application/octet-stream"
    schema_major: ClassVar[int] = 1
    settings: ClassVar[Mapping[str, Any]] = {}

    def write(self, compilation: Compilation, out: BinaryIO) -> list[str]:
        """Write the whole compilation to `out`; return warnings (what could not be rendered)."""
        raise NotImplementedError


# ---------------------------------------------------------------- shared helpers

def attribution(document: Document) -> str:
    """The line under an article's title: authors — date — section — site or address."""
    meta = document.meta
    parts = [", ".join(meta.authors), meta.date.value[:10] if meta.date else "", meta.section,
             meta.source.site, meta.source.url]
    return " — ".join(p for p in parts if p)


def marked(block: ListBlock) -> bool:
    """Whether every item of a list opens with its own marker ("- Như trên;", "1. Theo dõi …"), as
    a text dump's lists do (their text is the source's): the book prints them as they stand,
    with no bullet or number of its own, which would show twice ("• - Như trên;")."""
    return all(list_marker(plain_text(item.inlines).strip()) for item in block.items)


_FOLLOWABLE = re.compile(r"^(https?://[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?([/?#][^\s<>\"]*)?"
                         r"|mailto:[^\s<>\"]+)$", re.I)


def followable(href: str) -> bool:
    """Whether a book's reader can follow the link: an absolute web address with a host name
    (EPUBCheck warns of any other) or a mail address. A page's relative link ("server",
    "/tag/news") leads nowhere outside its site; its text is kept."""
    return bool(_FOLLOWABLE.match(href))


def unfollowed(key: str, hrefs: list[str]) -> list[str]:
    """The warning for the links of an article printed as their text (see followable): one
    line however many there are (a page holds dozens of relative links)."""
    if not hrefs:
        return []
    shown = ", ".join(repr(href[:40]) for href in hrefs[:3]) + (" …" if len(hrefs) > 3 else "")
    return [f"{key}: {len(hrefs)} link{'s' * (len(hrefs) != 1)} printed as text, not being "
            f"web or mail addresses: {shown}"]


def article_title(document: Document, key: str) -> str:
    """The article's title, or its file name when the cleaner found none."""
    return document.meta.title or key


def fixed_zip(data: bytes, when: datetime, stored: Sequence[str] = ()) -> bytes:
    """Rewrite a ZIP with every timestamp set to `when` (ZIP's 1980 floor) and fixed metadata.

    Writers like python-docx and ebooklib stamp "now"; this makes their output reproducible.
    Members named in `stored` (an EPUB's mimetype) are kept uncompressed.
    """
    stamp = max((when.year, when.month, when.day, when.hour, when.minute, when.second),
                (1980, 1, 1, 0, 0, 0))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_STORED if info.filename in stored \
                else zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 3
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def check_settings(exporter: type[Exporter] | Exporter, given: Mapping[str, Any],
                   where: str) -> dict[str, Any]:
    """Merge given settings over the exporter's defaults; unknown names or wrong types raise."""
    from .errors import ExportError

    declared = dict(exporter.settings)
    unknown = sorted(set(given) - set(declared))
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise ExportError(f"{where}: unknown option {unknown[0]!r} for format "
                          f"{exporter.name!r} (it has: {known})")
    merged = dict(declared)
    for key, value in given.items():
        default = declared[key]
        if isinstance(value, str) and not isinstance(default, str):
            value = _coerce(value, default, key, where)
        elif default is not None and not isinstance(value, type(default)):
            raise ExportError(f"{where}: option {key!r} must be a {type(default).__name__}")
        merged[key] = value
    return merged


def _coerce(text: str, default: Any, key: str, where: str) -> Any:
    from .errors import ExportError

    try:
        if isinstance(default, bool):
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(text)
        return type(default)(text)
    except (TypeError, ValueError):
        raise ExportError(f"{where}: option {key!r} must be a {type(default).__name__}, "
                          f"not {text!r}") from None
