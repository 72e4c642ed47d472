"""Our three exporters pass the conformance kit that plugin authors run."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile

import docx
import pytest
from lxml import etree

from exporters.docx import DocxExporter
from exporters.epub import EpubExporter
from exporters.pdf import PdfExporter
from exporters.testing import assert_conforms, check_exporter, documents


def docx_text(data: bytes) -> str:
    book = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in book.paragraphs)


def epub_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        pages = [z.read(n) for n in sorted(z.namelist()) if n.endswith(".xhtml")]
    return "\n".join(" ".join(etree.fromstring(p).itertext()) for p in pages)


def pdf_text(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return subprocess.run(["pdftotext", "-raw", f.name, "-"], capture_output=True,
                              text=True, check=True).stdout


def test_the_kit_bundles_every_case():
    keys = [a.key for a in documents()]
    assert keys == ["empty-body", "every-element", "future-minor", "long-paragraph", "scripts",
                    "untitled"]


def test_docx_conforms():
    assert_conforms(DocxExporter(), docx_text)


def test_epub_conforms():
    assert_conforms(EpubExporter(), epub_text)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdf_conforms_and_names_what_its_font_cannot_draw():
    report = check_exporter(PdfExporter(), pdf_text)
    assert report.problems == []
    assert any("北京欢迎你" in w for w in report.warnings)  # CJK is not in Noto Serif


def test_the_kit_catches_an_exporter_that_drops_text():
    class Lossy(DocxExporter):
        name = "lossy"

        def write(self, compilation, out):
            out.write(b"nothing at all")
            return []

    problems = check_exporter(Lossy(), lambda data: data.decode()).problems
    assert any("words lost without a warning" in p for p in problems)
    assert any("unknown element <sidebar> was not reported" in p for p in problems)


def test_the_kit_catches_nondeterminism_and_exceptions():
    import itertools
    counter = itertools.count()

    class Clock(DocxExporter):
        name = "clock"

        def write(self, compilation, out):
            if any(a.key == "scripts" for a in compilation.articles):
                raise RuntimeError("no font for these scripts")
            out.write(str(next(counter)).encode())
            return ["x"]

    problems = check_exporter(Clock(), lambda data: data.decode()).problems
    assert any("different bytes" in p for p in problems)
    assert "scripts: raised RuntimeError: no font for these scripts" in problems
    assert "the whole kit: raised RuntimeError: no font for these scripts" in problems
