"""Conformance kit for exporters: run it in a plugin's own test suite, as docnorm does.

    from exporters.testing import assert_conforms
    def test_my_exporter_conforms():
        assert_conforms(MyExporter(), extract=lambda data: data.decode("utf-8"))

`extract` turns the bytes the exporter wrote back into text (for a PDF: a PDF text extractor).
Over the bundled documents (every element of the schema; Vietnamese and other scripts, RTL,
CJK, combining marks, astral characters; an empty body; no title; a very long paragraph; an
element from a future minor version) the kit checks: no exception; identical bytes on two runs
with the same SOURCE_DATE_EPOCH; no silent text loss (every word of every text node is in the
extracted text or named in a warning); unknown elements degrade with a warning.
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from normalize import canonical
from normalize.model import Document, block_text

from .base import Compilation, Exporter, article_title, attribution, check_settings
from .book import Article, Book, Part, arrange, build_date, finish

Extractor = Callable[[bytes], str]
EPOCH = "1700000000"


def documents() -> list[Article]:
    """The bundled conformance documents, keyed by file stem, in name order."""
    folder = files("exporters").joinpath("conformance")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".xml"))
    return [Article(name.removesuffix(".xml"), canonical.read(folder.joinpath(name).read_bytes()))
            for name in names]


@dataclass
class Report:
    """What the kit found: an empty `problems` list means the exporter conforms."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@contextmanager
def _source_date_epoch() -> Iterator[None]:
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def render(exporter: Exporter, articles: list[Article], book: Book | None = None,
           settings: dict[str, Any] | None = None) -> tuple[bytes, list[str]]:
    """Run `exporter` on `articles` as `docnorm export` would; return the bytes and warnings."""
    book = finish(book or Book(title="Bộ kiểm tra docnorm"), articles)
    sections = arrange(book, articles)
    merged = check_settings(exporter, settings or {}, f"format {exporter.name}")
    compilation = Compilation(book, sections, build_date([a.document for a in articles]), merged)
    out = io.BytesIO()
    warnings = exporter.write(compilation, out)
    return out.getvalue(), list(warnings)


def check_exporter(exporter: Exporter, extract: Extractor) -> Report:
    """Run every conformance check on `exporter`; return the problems found."""
    report = Report()
    articles = documents()
    with _source_date_epoch():
        books: list[tuple[str, list[Article], Book | None]] = [
            ("the whole kit", articles, Book(title="Bộ kiểm tra docnorm",
                                             parts=(Part("Phần một", ("every-element",)),)))]
        books += [(a.key, [a], None) for a in articles]
        for label, chosen, book in books:
            try:
                first, warnings = render(exporter, chosen, book)
                second, _ = render(exporter, chosen, book)
            except Exception as exc:  # the kit reports; it must not stop at the first failure
                report.problems.append(f"{label}: raised {type(exc).__name__}: {exc}")
                continue
            report.warnings += warnings
            if first != second:
                report.problems.append(f"{label}: two runs with the same SOURCE_DATE_EPOCH "
                                       "gave different bytes")
            report.problems += _lost_words(label, chosen, first, warnings, extract)
            report.problems += _unknown_elements(label, chosen, warnings)
    return report


def assert_conforms(exporter: Exporter, extract: Extractor) -> None:
    """Fail with every problem listed unless `exporter` passes the whole kit."""
    report = check_exporter(exporter, extract)
    assert not report.problems, "exporter does not conform:\n  " + "\n  ".join(report.problems)


def _words_of(document: Document, key: str) -> list[str]:
    texts = [article_title(document, key), attribution(document)]
    texts += [block_text(block) for block in document.blocks]
    return [w for text in texts for w in unicodedata.normalize("NFC", text).split()]


def _lost_words(label: str, articles: list[Article], data: bytes, warnings: list[str],
                extract: Extractor) -> list[str]:
    """Words that are neither in the extracted output nor named in a warning."""
    try:
        text = extract(data)
    except Exception as exc:
        return [f"{label}: the extractor failed on the output: {type(exc).__name__}: {exc}"]
    squeezed = "".join(unicodedata.normalize("NFC", text).split())
    warned = unicodedata.normalize("NFC", " ".join(warnings))
    lost: list[str] = []
    for article in articles:
        for word in _words_of(article.document, article.key):
            if word not in squeezed and word not in warned and word not in lost:
                lost.append(word)
    if not lost:
        return []
    return [f"{label}: {len(lost)} words lost without a warning, e.g. {' '.join(lost[:8])}"]


def _unknown_elements(label: str, articles: list[Article], warnings: list[str]) -> list[str]:
    """Every warning the reader gave about a newer element must reach the exporter's warnings."""
    problems = []
    for article in articles:
        for note in article.document.warnings:
            tag = note.split("<", 1)[1].split(">", 1)[0] if "<" in note else note
            if not any(tag in w for w in warnings):
                problems.append(f"{label}: the unknown element <{tag}> was not reported")
    return problems
