"""Making compilations: load canonical documents, arrange them, run each requested exporter."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from normalize import canonical
from normalize.batch import write_atomic
from normalize.errors import DocnormError
from normalize.inputs import shown

from . import registry
from .base import Compilation, check_settings
from .book import Article, Book, arrange, build_date, finish
from .errors import ExportError
from .typography import typeset


@dataclass
class Outcome:
    """What an export run made, and every problem met on the way (one line each)."""

    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def load_articles(paths: Sequence[Path], outcome: Outcome) -> list[Article]:
    """Read canonical XML files; a file that cannot be read is an error line, the rest go on."""
    articles = []
    for path in paths:
        try:
            articles.append(Article(shown(path.name.removesuffix(".xml")), canonical.load(path)))
        except OSError as exc:
            outcome.errors.append(f"{shown(str(path))}: {exc.strerror or exc}")
        except DocnormError as exc:
            outcome.errors.append(f"{shown(str(path))}: {exc}")
    return articles


def split_options(options: Sequence[str], formats: Sequence[str]) -> dict[str, dict[str, str]]:
    """Turn `--option [format.]key=value` strings into settings per format."""
    out: dict[str, dict[str, str]] = {f: {} for f in formats}
    for option in options:
        key, sep, value = option.partition("=")
        if not sep:
            raise ExportError(f"--option {option!r}: write key=value or format.key=value")
        fmt, dot, name = key.partition(".")
        if dot and fmt in out:
            out[fmt][name] = value
        elif len(formats) == 1:
            out[formats[0]][key] = value
        else:
            raise ExportError(f"--option {option!r}: name the format, as in "
                              f"{formats[0]}.{key}={value}")
    return out


def export(paths: Sequence[Path], outdir: Path, formats: Sequence[str], book: Book,
           options: Mapping[str, Mapping[str, str]], name: str = "book") -> Outcome:
    """Write OUTDIR/NAME.<suffix> for every format; a failing format does not stop the others."""
    outcome = Outcome()
    articles = load_articles(paths, outcome)
    if not articles:  # a book of nothing, with an empty contents page, is no book
        outcome.errors.append("no book written: " + ("no document could be read" if paths
                                                     else "no document to compile"))
        return outcome
    if book.cover and not book.path(book.cover).is_file():
        raise ExportError(f"book.cover: no such image file: {book.path(book.cover)}")
    articles = [Article(a.key, typeset(a.document, book.typography)) for a in articles]
    sections = arrange(book, articles)
    book = finish(book, articles)
    built = build_date([a.document for a in articles])
    for fmt in formats:
        try:
            exporter = registry.load(fmt)
            given = {**book.settings_for(fmt), **options.get(fmt, {})}
            settings = check_settings(exporter, given, f"format {fmt}")
            buffer = io.BytesIO()
            warnings = exporter.write(Compilation(book, sections, built, settings), buffer)
            target = outdir / f"{name}{exporter.suffix}"
            write_atomic(target, buffer.getvalue())
        except DocnormError as exc:
            outcome.errors.append(f"{fmt}: {exc}")
            continue
        except Exception as exc:  # a plugin's bug must not take the other formats down
            outcome.errors.append(f"{fmt}: the exporter failed: {type(exc).__name__}: {exc}")
            continue
        outcome.written.append(target)
        outcome.warnings.extend(f"{fmt}: {w}" for w in warnings)
    return outcome
