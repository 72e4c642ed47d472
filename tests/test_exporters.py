"""The DOCX, PDF and EPUB exporters, read back through the real readers."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from exporters import registry
from exporters.base import followable
from exporters.book import Article, Book, Part, parse_book
from exporters.compile import export
from exporters.errors import ExportError
from normalize import canonical, clean
from normalize.model import Document, ListBlock, ListItem, Metadata, Source, block_text

from .conftest import ROOT, SAMPLES
from .helpers import document, rich_document

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")
FORMATS = ("docx", "pdf", "epub")


def _write_xml(folder: Path, docs: dict[str, Document]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, doc in docs.items():
        path = folder / f"{key}.xml"
        path.write_bytes(canonical.write(doc))
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def samples_book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Document]]:
    """The samples' book in all three formats, built as `docnorm build` would."""
    out = tmp_path_factory.mktemp("book")
    docs = {s.stem: clean(s.read_bytes(), s.name).document for s in SAMPLES}
    paths = _write_xml(out / "xml", docs)
    from exporters.book import load_book
    book = load_book(ROOT / "samples" / "book.toml", list(registry.plugins()))
    outcome = export(paths, out, FORMATS, book, {})
    assert outcome.errors == [] and len(outcome.written) == 3
    ordered = [docs[k] for part in book.parts for k in part.articles]
    return out, ordered


def _words(text: str) -> str:
    return " ".join(text.split())


def test_docx_reopens_with_styles_headings_toc_and_metadata(samples_book):
    out, docs = samples_book
    book = docx.Document(str(out / "book.docx"))
    headings = [p.text for p in book.paragraphs if p.style.name == "Heading 1"]
    assert headings == [d.meta.title for d in docs]
    assert [p.text for p in book.paragraphs if p.style.name == "Part Title"] == ["Cần Thơ",
                                                                                  "Trà Vinh"]
    toc = [p.text for p in book.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert toc[0] == "Cần Thơ" and toc[1] == docs[0].meta.title and len(toc) == 7
    xml = zipfile.ZipFile(out / "book.docx").read("word/document.xml").decode()
    assert 'w:instrText xml:space="preserve"> TOC ' in xml and 'w:anchor="_Toc' in xml
    assert book.core_properties.title.startswith("Đại hội Đảng bộ")
    assert book.core_properties.language == "vi"
    section = book.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert "Đại hội Đảng bộ các cấp 2020" in section.header.paragraphs[0].text
    body = _words(" ".join(p.text for p in book.paragraphs))
    for doc in docs:
        for block in doc.blocks:
            assert _words(block_text(block)) in body


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdf_text_comes_back_with_every_diacritic_and_fonts_embedded(samples_book):
    out, docs = samples_book
    text = subprocess.run(["pdftotext", "-raw", str(out / "book.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    header = "Đại hội Đảng bộ các cấp 2020 – 2025"
    body = [line for line in text.splitlines()  # page furniture interrupts split paragraphs
            if line.strip() != header and not line.strip().isdigit()]
    squeezed = "".join("".join(body).split())  # line ends fall anywhere, even after a hyphen
    for doc in docs:
        for block in doc.blocks:
            assert "".join(block_text(block).split()) in squeezed, block_text(block)[:60]
    fonts = subprocess.run(["pdffonts", str(out / "book.pdf")], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # the "emb" column


def test_pdf_outline_has_one_entry_per_article_under_its_part(samples_book):
    pypdf = pytest.importorskip("pypdf")
    out, docs = samples_book
    outline = pypdf.PdfReader(str(out / "book.pdf")).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    nested = [item.title for group in outline if isinstance(group, list) for item in group]
    assert titles == ["Cần Thơ", "Trà Vinh"]
    assert nested == [d.meta.title for d in docs]


@pytest.mark.skipif(not (EPUBCHECK.exists() and shutil.which("java")), reason="no EPUBCheck")
def test_epub_passes_epubcheck_without_warnings(samples_book):
    out, _ = samples_book
    result = subprocess.run(["java", "-jar", str(EPUBCHECK), str(out / "book.epub")],
                            capture_output=True, text=True, check=False)
    assert "0 fatals / 0 errors / 0 warnings" in result.stdout + result.stderr, result.stdout


def test_epub_holds_one_xhtml_per_article_nav_and_ncx(samples_book):
    out, docs = samples_book
    with zipfile.ZipFile(out / "book.epub") as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        articles = sorted(n for n in names if re.search(r"article-\d+\.xhtml$", n))
        assert len(articles) == len(docs)
        assert any(n.endswith("nav.xhtml") for n in names) and any(n.endswith(".ncx") for n in names)
        opf = z.read(next(n for n in names if n.endswith(".opf"))).decode()
    assert "<dc:language>vi</dc:language>" in opf and "Ban biên tập docnorm" in opf


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_inputs_and_source_date_epoch_give_identical_bytes(tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    paths = _write_xml(tmp_path / "xml", {"a": rich_document(), "b": document("B", "x y")})
    first = export(paths, tmp_path / "one", [fmt], Book(), {})
    second = export(paths, tmp_path / "two", [fmt], Book(), {})
    assert first.errors == second.errors == []
    a, b = first.written[0].read_bytes(), second.written[0].read_bytes()
    assert a == b


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_and_degenerate_documents_never_crash_or_inject(tmp_path, fmt):
    docs = {"rich": rich_document(), "empty": document(""), "titleonly": document("Chỉ có tiêu đề")}
    paths = _write_xml(tmp_path / "xml", docs)
    outcome = export(paths, tmp_path, [fmt], Book(title="Sách <thử> & kiểm"), {})
    assert outcome.errors == []
    # a link a reader cannot follow is printed as its text
    # (one line for the article: "<2>" is no part of an address, "server" leads nowhere)
    assert f"{fmt}: rich: 2 links printed as text, not being web or mail addresses: " \
        "'https://example.vn/?a=1&b=<2>', 'server'" in outcome.warnings
    data = outcome.written[0].read_bytes()
    if fmt == "epub":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            page = next(z.read(n).decode() for n in z.namelist() if n.endswith("article-0002.xhtml"))
        assert "<script>" not in page and "&lt;script&gt;" in page
    if fmt == "docx":
        texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
        assert any("<script>alert(1)</script>" in t for t in texts)
        assert any(t.endswith("<script>alert(1)</script> liên kết tương đối") for t in texts)


def test_pdf_names_the_article_and_the_words_the_font_cannot_print(tmp_path):
    korean = " ".join(f"한국어{n}" for n in range(20))
    paths = _write_xml(tmp_path / "xml", {"a": document("A", "Tiếng Việt in được."),
                                          "b": document("B", korean),
                                          "c": document("C", "Một từ: " + "中文" * 20)})
    outcome = export(paths, tmp_path, ["pdf"], Book(), {})
    assert outcome.errors == []
    [korean, chinese] = [w for w in outcome.warnings if "no glyphs" in w]
    assert korean.startswith("pdf: b: the font has no glyphs for 20 words")
    # every word is named (the conformance kit's rule: nothing lost without a warning saying so)
    assert korean.endswith(": 한국어0 한국어1 한국어2 " + " ".join(f"한국어{n}" for n in range(3, 20)))
    assert chinese.startswith("pdf: c: the font has no glyphs for 1 word,")
    assert chinese.endswith(": " + "中文" * 20)


@pytest.mark.parametrize(("href", "expected"), [
    ("https://example.vn/bai?a=1#top", True), ("http://a.vn:8080/x", True),
    ("mailto:toa-soan@example.vn", True), ("server", False), ("/tag/news", False),
    ("javascript:alert(1)", False), ("http://www.t%C3%A9st.de", False)])
def test_only_links_a_reader_can_follow_stay_links(href, expected):
    # EPUBCheck warns of a host with an escape in it; a relative link leads nowhere in a book
    assert followable(href) is expected


def test_missing_cover_is_a_clear_error(tmp_path):
    paths = _write_xml(tmp_path / "xml", {"a": document("A", "x")})
    with pytest.raises(ExportError, match="book.cover: no such image file"):
        export(paths, tmp_path, ["epub"], Book(cover="nope.jpg", base_dir=str(tmp_path)), {})


def test_unknown_config_key_is_named():
    with pytest.raises(ExportError, match="unknown key layout.papersize"):
        parse_book({"layout": {"papersize": "A4"}})
    with pytest.raises(ExportError, match=r"unknown table \[bok\]"):
        parse_book({"bok": {}})
    with pytest.raises(ExportError, match="paper must be one of"):
        parse_book({"layout": {"paper": "B5"}})


def test_articles_are_ordered_by_date_title_or_list():
    from exporters.book import arrange
    arts = [Article("c", document("Beta", date="2020-01-02")),
            Article("a", document("Gamma", date="2019-05-01")),
            Article("b", document("Alpha"))]
    keys = lambda book: [a.key for s in arrange(book, arts) for a in s.articles]  # noqa: E731
    assert keys(Book()) == ["a", "b", "c"]
    assert keys(Book(order="date")) == ["a", "c", "b"]
    assert keys(Book(order="title")) == ["b", "c", "a"]
    assert keys(Book(order=("c", "a"))) == ["c", "a", "b"]
    sections = arrange(Book(parts=(Part("P", ("b",)),)), arts)
    assert [(s.title, [a.key for a in s.articles]) for s in sections] == [("P", ["b"]),
                                                                          ("", ["a", "c"])]
    with pytest.raises(ExportError, match="not in the compilation: zz"):
        arrange(Book(order=("zz",)), arts)


def test_a_book_bears_its_newest_article_date_and_no_made_up_one(monkeypatch):
    from exporters.book import finish
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # file timestamps, not a book's date
    dated = [Article("a", document("A", date="2019-05-01")),
             Article("b", document("B", date="2020-01-02T08:30")), Article("c", document("C"))]
    assert finish(Book(), dated).date == "2020-01-02"
    assert finish(Book(), dated[2:]).date == ""
    assert finish(Book(date="2024-03-01"), dated).date == "2024-03-01"


def test_a_book_builds_with_no_config_at_all(tmp_path):
    paths = _write_xml(tmp_path / "xml", {"x": document("Một", "đoạn")})
    outcome = export(paths, tmp_path, FORMATS, Book(), {})
    assert outcome.errors == [] and len(outcome.written) == 3


def test_right_page_chapters_cover_and_user_fonts(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    import struct
    import zlib

    from exporters.book import Fonts
    from exporters.fonts import bundled_fonts

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80\x20\x20" * 40 for _ in range(60)))
    (tmp_path / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(
        ">IIBBBBB", 40, 60, 8, 2, 0, 0, 0)) + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))
    long = " ".join(["Một câu văn để lấp đầy trang sách."] * 120)
    paths = _write_xml(tmp_path / "xml", {f"a{i}": document(f"Bài {i}", long, long[: 40 * i + 40])
                                          for i in range(4)})
    fonts = bundled_fonts()
    book = Book(title="Sách", cover="cover.png", base_dir=str(tmp_path),
                chapter_start="right-page", fonts=Fonts(regular=str(fonts.regular)))
    outcome = export(paths, tmp_path / "out", FORMATS, book, {})
    assert outcome.errors == []
    reader = pypdf.PdfReader(str(tmp_path / "out" / "book.pdf"))
    starts = [reader.get_destination_page_number(item) + 1 for item in reader.outline]
    assert len(starts) == 4 and all(page % 2 == 1 for page in starts), starts
    with zipfile.ZipFile(tmp_path / "out" / "book.epub") as z:
        assert any(n.endswith("cover.png") for n in z.namelist())
    xml = zipfile.ZipFile(tmp_path / "out" / "book.docx").read("word/document.xml").decode()
    assert xml.count('w:val="oddPage"') == 3  # a section break before every later chapter


def _lists_document() -> Document:
    """A dump's lists, whose items keep their own markers, and a page's list, whose items have none."""
    meta = Metadata(Source("a.txt", "0" * 64, "text", "utf-8"), title="Danh sách")
    return Document(meta, (
        ListBlock(False, (ListItem(("- Như Điều 3;",)), ListItem(("- Lưu: VT.",)))),
        ListBlock(False, (ListItem(("1. Theo dõi chặt chẽ diễn biến của bão.",)),
                          ListItem(("2. Bố trí lực lượng trực.",)))),
        ListBlock(False, (ListItem(("gạch đầu dòng",)), ListItem(("thứ hai",))))))


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_items_with_their_own_markers_get_no_second_bullet(tmp_path, fmt):
    paths = _write_xml(tmp_path / "xml", {"a": _lists_document()})
    out = export(paths, tmp_path, [fmt], Book(), {}).written[0]
    if fmt == "docx":
        styles = {p.text: p.style.name for p in docx.Document(str(out)).paragraphs}
        assert (styles["- Như Điều 3;"], styles["2. Bố trí lực lượng trực."], styles["thứ hai"]) == (
            "List", "List", "List Bullet")
    elif fmt == "epub":
        with zipfile.ZipFile(out) as z:
            page = next(z.read(n).decode() for n in z.namelist() if n.endswith("article-0001.xhtml"))
        assert page.count('<ul class="marked">') == 2 and page.count("<ul>") == 1
    else:
        lines = [line.strip() for line in _book_text(out).splitlines()]
        assert "- Như Điều 3;" in lines and "1. Theo dõi chặt chẽ diễn biến của bão." in lines
        assert "• thứ hai" in lines


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_book_sets_typed_dots_and_hyphens_as_ellipsis_and_dashes_where_told(tmp_path, fmt):
    doc = document("Mưa từ trên trời mưa xuống mà...", "Nhiệm kỳ 2020--2025, văn nghệ,... và --- thêm.")
    paths = _write_xml(tmp_path / "xml", {"a": doc})
    typed_title, typed_text = doc.meta.title, block_text(doc.blocks[0])
    set_title, set_text = "Mưa từ trên trời mưa xuống mà…", "Nhiệm kỳ 2020–2025, văn nghệ,… và — thêm."
    for typography, title, text in (("titles", set_title, typed_text), ("all", set_title, set_text),
                                    ("verbatim", typed_title, typed_text)):
        out = export(paths, tmp_path / typography, [fmt], Book(typography=typography), {}).written[0]
        book = _book_text(out)
        assert title in book and text in book, typography
        assert (typed_title in book) == (typography == "verbatim")
    assert Book().typography == "titles"


def _book_text(path: Path) -> str:
    """The text a reader's tool gets back from a book, lines joined as they came."""
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if path.suffix == ".epub":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode() for n in z.namelist() if n.endswith((".xhtml", ".ncx")))
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
