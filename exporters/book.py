"""Book settings from a TOML file, every one with a default, and how articles are ordered."""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from normalize.model import Document

from .errors import ExportError
from .typography import TYPOGRAPHIES

PAPER_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "LETTER": (215.9, 279.4)}
CHAPTER_STARTS = ("new-page", "right-page", "continue")
ORDERS = ("file", "date", "title")
# Words of the book's furniture, by language; other languages get English.
LABELS = {
    "vi": {"contents": "Mục lục", "source": "Nguồn", "page": "Trang"},
    "en": {"contents": "Contents", "source": "Source", "page": "Page"},
    "fr": {"contents": "Table des matières", "source": "Source", "page": "Page"},
    "de": {"contents": "Inhalt", "source": "Quelle", "page": "Seite"},
}


@dataclass(frozen=True)
class Part:
    """A titled group of consecutive articles."""

    title: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Fonts:
    """User font files; any left empty falls back to the bundled Noto Serif."""

    regular: str = ""
    bold: str = ""
    italic: str = ""
    bold_italic: str = ""


@dataclass(frozen=True)
class Book:
    """Everything about a compilation that is not an article; every field has a default."""

    title: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    publisher: str = ""
    date: str = ""
    language: str = "vi"
    description: str = ""
    identifier: str = ""
    cover: str = ""
    order: str | tuple[str, ...] = "file"
    parts: tuple[Part, ...] = ()
    paper: str = "A4"
    margins_mm: tuple[float, float, float, float] = (20.0, 20.0, 20.0, 20.0)  # top right bottom left
    font_size: float = 11.0
    fonts: Fonts = field(default_factory=Fonts)
    chapter_start: str = "new-page"
    running_header: str = ""
    typography: str = "titles"  # see exporters.typography
    plugins: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    base_dir: str = "."  # relative paths in the config are relative to the config's folder

    @property
    def labels(self) -> dict[str, str]:
        return LABELS.get(self.language.split("-")[0], LABELS["en"])

    @property
    def paper_mm(self) -> tuple[float, float]:
        return PAPER_MM[self.paper.upper()]

    @property
    def header_text(self) -> str:
        return self.running_header or self.title

    def path(self, value: str) -> Path:
        """Resolve a path from the config against the config's folder."""
        return (Path(self.base_dir) / value).resolve() if value else Path()

    def settings_for(self, plugin: str) -> Mapping[str, Any]:
        """The `[plugin]` table of the config: that exporter's own settings."""
        return self.plugins.get(plugin, {})


# ---------------------------------------------------------------- loading

_SECTIONS = {
    "book": ("title", "subtitle", "authors", "editors", "publisher", "date", "language",
             "description", "identifier", "cover"),
    "contents": ("order", "parts"),
    "layout": ("paper", "margins", "font_size", "chapter_start", "running_header",
               "typography"),
    "fonts": ("regular", "bold", "italic", "bold_italic"),
    "correct": ("dictionary", "replacements", "tone_style", "threshold"),
}


def load_book(path: Path | None, plugin_names: Sequence[str] = ()) -> Book:
    """Return the book settings in the TOML file at `path` (None: all defaults).

    Unknown tables and keys are errors that name them; `[NAME]` tables of known exporters
    (`plugin_names`) are handed to those exporters.
    """
    if path is None:
        return Book()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ExportError(f"{path}: cannot read the book config: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ExportError(f"{path}: not valid TOML: {exc}") from None
    return parse_book(data, str(path.parent), plugin_names, where=str(path))


def parse_book(data: Mapping[str, Any], base_dir: str = ".", plugin_names: Sequence[str] = (),
               where: str = "book config") -> Book:
    """Return the Book a parsed TOML mapping describes; see load_book."""
    plugins: dict[str, Mapping[str, Any]] = {}
    for table, value in data.items():
        if table in plugin_names and table not in _SECTIONS:
            plugins[table] = _table(value, table, where)
        elif table not in _SECTIONS:
            raise ExportError(f"{where}: unknown table [{table}] (known: "
                              f"{', '.join([*_SECTIONS, *plugin_names])})")
        else:
            unknown = sorted(set(_table(value, table, where)) - set(_SECTIONS[table]))
            if unknown:
                raise ExportError(f"{where}: unknown key {table}.{unknown[0]}")
    book_t, contents = data.get("book", {}), data.get("contents", {})
    layout, fonts = data.get("layout", {}), data.get("fonts", {})
    try:
        book = Book(
            title=_str(book_t, "title"), subtitle=_str(book_t, "subtitle"),
            authors=_strs(book_t, "authors"), editors=_strs(book_t, "editors"),
            publisher=_str(book_t, "publisher"), date=_date(book_t),
            language=_str(book_t, "language") or "vi", description=_str(book_t, "description"),
            identifier=_str(book_t, "identifier"), cover=_str(book_t, "cover"),
            order=_order(contents), parts=_parts(contents),
            paper=_choice(layout, "paper", ("A4", "A5", "Letter"), "A4").upper().replace(
                "LETTER", "Letter"),
            margins_mm=_margins(layout), font_size=_number(layout, "font_size", 11.0, 6, 24),
            fonts=Fonts(**{k: _str(fonts, k) for k in _SECTIONS["fonts"]}),
            chapter_start=_choice(layout, "chapter_start", CHAPTER_STARTS, "new-page"),
            running_header=_str(layout, "running_header"),
            typography=_choice(layout, "typography", TYPOGRAPHIES, "titles"), plugins=plugins,
            base_dir=base_dir)
    except ValueError as exc:
        raise ExportError(f"{where}: {exc}") from None
    if book.paper.upper() not in PAPER_MM:
        raise ExportError(f"{where}: layout.paper must be A4, A5 or Letter")
    return book


def _table(value: Any, name: str, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ExportError(f"{where}: [{name}] must be a table")
    return value


def _str(table: Mapping[str, Any], key: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value


def _strs(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, ())
    if isinstance(value, str):
        return (value,)
    if not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a string or a list of strings")
    return tuple(value)


def _date(table: Mapping[str, Any]) -> str:
    value = table.get("date", "")
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if text and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?([T ][\d:]+.*)?", text):
        raise ValueError(f"book.date must be an ISO 8601 date, not {text!r}")
    return text


def _choice(table: Mapping[str, Any], key: str, allowed: Sequence[str], default: str) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or value.lower() not in [a.lower() for a in allowed]:
        raise ValueError(f"{key} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _number(table: Mapping[str, Any], key: str, default: float, low: float, high: float) -> float:
    value = table.get(key, default)
    if not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"{key} must be a number from {low} to {high}")
    return float(value)


def _margins(layout: Mapping[str, Any]) -> tuple[float, float, float, float]:
    value = layout.get("margins", 20)
    values = [value] * 4 if isinstance(value, (int, float)) else list(value)
    if len(values) == 2:
        values = values * 2
    if len(values) != 4 or not all(isinstance(v, (int, float)) and 0 <= v <= 80 for v in values):
        raise ValueError("margins must be millimetres: one number, [vertical, horizontal], "
                         "or [top, right, bottom, left], each 0 to 80")
    return (float(values[0]), float(values[1]), float(values[2]), float(values[3]))


def _order(contents: Mapping[str, Any]) -> str | tuple[str, ...]:
    value = contents.get("order", "file")
    if isinstance(value, str):
        if value not in ORDERS:
            raise ValueError(f"contents.order must be {', '.join(ORDERS)} or a list of articles")
        return value
    return _strs(contents, "order")


def _parts(contents: Mapping[str, Any]) -> tuple[Part, ...]:
    parts = []
    for raw in contents.get("parts", ()):
        unknown = sorted(set(raw) - {"title", "articles"})
        if unknown:
            raise ValueError(f"unknown key contents.parts.{unknown[0]}")
        parts.append(Part(_str(raw, "title"), _strs(raw, "articles")))
    return tuple(parts)


def correct_settings(path: Path) -> dict[str, Any]:
    """The config's [correct] table for the cleaning `docnorm build` does, paths resolved."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ExportError(f"{path}: {exc}") from None
    table = dict(_table(data.get("correct", {}), "correct", str(path)))
    unknown = sorted(set(table) - set(_SECTIONS["correct"]))
    if unknown:
        raise ExportError(f"{path}: unknown key correct.{unknown[0]}")
    for key in ("dictionary", "replacements"):
        if key in table:
            table[key] = str((path.parent / str(table[key])).resolve())
    return table


# ---------------------------------------------------------------- arranging

@dataclass(frozen=True)
class Article:
    """An article of the compilation: its key (the file stem) and its document."""

    key: str
    document: Document


@dataclass(frozen=True)
class Section:
    """A run of articles under a part title ("" for articles outside any part)."""

    title: str
    articles: tuple[Article, ...]


def arrange(book: Book, articles: Sequence[Article]) -> tuple[Section, ...]:
    """Order the articles as the book says and group them into its parts."""
    ordered = _ordered(book, list(articles))
    if not book.parts:
        return (Section("", tuple(ordered)),)
    by_key = {a.key: a for a in ordered}
    sections: list[Section] = []
    placed: set[str] = set()
    for part in book.parts:
        missing = [k for k in part.articles if k not in by_key]
        if missing:
            raise ExportError(f"part {part.title!r} names an article that is not in the "
                              f"compilation: {missing[0]}")
        sections.append(Section(part.title, tuple(by_key[k] for k in part.articles)))
        placed.update(part.articles)
    rest = tuple(a for a in ordered if a.key not in placed)
    return tuple(sections) + ((Section("", rest),) if rest else ())


def _ordered(book: Book, articles: list[Article]) -> list[Article]:
    if isinstance(book.order, tuple):
        by_key = {a.key: a for a in articles}
        missing = [k for k in book.order if k not in by_key]
        if missing:
            raise ExportError(f"contents.order names an article that is not in the "
                              f"compilation: {missing[0]}")
        listed = [by_key[k] for k in book.order]
        return listed + [a for a in articles if a.key not in set(book.order)]
    if book.order == "date":
        return sorted(articles, key=lambda a: (a.document.meta.date.value if a.document.meta.date
                                               else "9999", a.key))
    if book.order == "title":
        return sorted(articles, key=lambda a: (a.document.meta.title.casefold(), a.key))
    return sorted(articles, key=lambda a: a.key)


def finish(book: Book, articles: Sequence[Article]) -> Book:
    """Fill what the config left open from the articles: title, date, identifier."""
    docs = [a.document for a in articles]
    fallback = "Tuyển tập" if book.language.startswith("vi") else "Collection"
    title = book.title or (docs[0].meta.title if len(docs) == 1 else "") or fallback
    digest = hashlib.sha256("\n".join(f"{a.key}:{a.document.meta.source.sha256}"
                                      for a in articles).encode()).hexdigest()
    identifier = book.identifier or f"urn:docnorm:{digest[:32]}"
    return replace(book, title=title, date=book.date or newest_date(docs), identifier=identifier)


def newest_date(documents: Sequence[Document]) -> str:
    """The newest day an article is dated (YYYY-MM-DD), the date a book of them bears; "" when
    none is dated to the day: a title page shows no date rather than one made up."""
    days = [d.meta.date.value[:10] for d in documents if d.meta.date]
    return max((day for day in days if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)), default="")


def build_date(documents: Sequence[Document]) -> datetime:
    """The moment a build claims in its files' timestamps: SOURCE_DATE_EPOCH, else the newest
    article date, else 2000-01-01.

    Never "now": two builds of the same inputs must give the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    day = newest_date(documents)
    return datetime.fromisoformat(day).replace(tzinfo=UTC) if day else datetime(2000, 1, 1, tzinfo=UTC)
