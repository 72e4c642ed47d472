"""Decoding and repair: the hard cases restored exactly, correct text never touched."""

from __future__ import annotations

import base64
import json
import unicodedata

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import clean
from normalize.cli import main
from normalize.model import plain_text
from normalize.pipeline import decode_bytes
from normalize.repair import repair

from .conftest import ROOT

CASES = json.loads((ROOT / "tests" / "cases" / "encoding.json").read_text("utf-8"))
NEGATIVE = [c for c in (ROOT / "tests" / "cases" / "encoding-negative.txt").read_text("utf-8")
            .split("\n\n") if c.strip() and not c.startswith("#")]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_hard_case_is_restored_exactly(case):
    decoded = decode_bytes(base64.b64decode(case["input"]), case.get("kind", "text"))
    assert decoded.text == case["expected"]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:24] for t in NEGATIVE])
def test_correct_text_comes_through_byte_identical(text):
    assert decode_bytes(text.encode("utf-8")).text == text


def test_all_negative_texts_together_are_untouched():
    text = "\n\n".join(NEGATIVE) + "\r\nCRLF line ends stay\r\n"
    assert decode_bytes(text.encode("utf-8")).text == text


@pytest.mark.parametrize("text,charset", [
    ("Français : café, élève, où, garçon, « guillemets », naïve, cœur, Noël — déjà vu ; "
     "ça va ? Le cœur a ses raisons que la raison ne connaît point.", "cp1252"),
    ("Deutsch: Größe, Übermaß, Straße, schön, Äpfel, Öl und die Brücke über den Fluß.",
     "latin-1"),
    ("Русский: Привет, мир! Это простой текст на русском языке для проверки.", "cp1251"),
])
def test_other_languages_in_their_own_legacy_charsets(text, charset):
    decoded = decode_bytes(text.encode(charset))
    assert decoded.text == text and "chardet" in decoded.evidence


def test_lossy_tcvn3_is_said_in_the_evidence():
    case = next(c for c in CASES if c["label"].startswith("tcvn3 capitals"))
    decoded = decode_bytes(base64.b64decode(case["input"]))
    assert decoded.encoding == "tcvn3" and "lossy" in decoded.evidence


_vietnamese = st.text(st.sampled_from("aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐbcdghklmnpqrstvx"
                                      "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                                      "ùúủũụừứửữựỳýỷỹỵ .,;:!?\"'()–…\n«»®µ¸¹º¶ÃÆÄ&#;"),
                      max_size=200)


@settings(max_examples=300, deadline=None)
@given(_vietnamese)
def test_repair_is_idempotent_and_output_is_nfc(text):
    once = repair(text).text
    assert repair(once).text == once
    assert unicodedata.is_normalized("NFC", once)


def test_decode_and_clean_record_the_encoding_and_repairs(tmp_path):
    case = next(c for c in CASES if c["label"] == "vni read as windows-1252")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scraped.txt").write_bytes(base64.b64decode(case["input"]))
    result = CliRunner().invoke(main, ["decode", str(tmp_path / "in"), "-o", str(tmp_path / "d")])
    assert result.exit_code == 0
    assert (tmp_path / "d" / "scraped.txt").read_text("utf-8") == case["expected"]
    row = json.loads((tmp_path / "d" / "report.json").read_text())["files"][0]
    assert row["encoding"] == "utf-8" and row["repairs"] == ["legacy-mojibake"]
    doc = clean(base64.b64decode(case["input"]), "scraped.txt").document
    assert [(e.stage, e.rule) for e in doc.audit.events] == [("decode", "utf8"),
                                                              ("repair", "legacy-mojibake")]
    tcvn3 = next(c for c in CASES if c["label"].startswith("tcvn3 bytes"))
    meta = clean(base64.b64decode(tcvn3["input"]), "old.txt").document.meta.source
    assert meta.encoding == "tcvn3" and "Vietnamese syllable score" in meta.evidence


def test_only_the_broken_lines_are_repaired_and_every_line_end_is_kept():
    broken = "TÃ´i Ä‘i Äƒn cÆ¡m vá»›i báº¡n"
    text = f"Clean line\r\n{broken}\rmiddle Tôi đi\n\n{broken}\r\nend"
    fixed = "Tôi đi ăn cơm với bạn"
    assert repair(text).text == f"Clean line\r\n{fixed}\rmiddle Tôi đi\n\n{fixed}\r\nend"


def test_zero_width_characters_a_copy_leaves_are_deleted_and_recorded_the_meta_read_as_without():
    lines = ["Hà Nội cấm xe máy vào nội đô từ năm 2030", "Thứ ba, 19/11/2024, 10:20 (GMT+7)",
             "Hà Nội sẽ dừng hoạt động xe máy trong phạm vi vành đai 1 từ năm 2030, sau đó mở rộng "
             "ra vành đai 2 và 3, theo đề án vừa được HĐND thành phố thông qua.",
             "Các chuyên gia cho rằng lộ trình cấm xe máy cần gắn với tiến độ làm đường sắt đô thị.",
             "Võ Hải", "Chia sẻ"]
    plain = clean(("\n".join(lines) + "\n").encode(), "case.txt").document
    marked = clean(("\u200b\n".join(lines) + "\u2060\n").encode(), "case.txt").document
    assert marked.meta.authors == plain.meta.authors == ("Võ Hải",)
    assert marked.meta.date == plain.meta.date and marked.blocks == plain.blocks
    assert ("repair", "invisible") in [(e.stage, e.rule) for e in marked.audit.events]
    assert repair("a\u200c\u200db\u00ad\u200e").text == "a\u200c\u200db\u00ad\u200e"  # these are kept
    page = ("<html><body><h1>Hà Nội cấm xe máy vào nội đô từ năm 2030</h1><p>Ngày đăng:&nbsp;19/11/2024"
            "&#8203;</p><p>" + lines[2] + "&ZeroWidthSpace;</p><p>" + lines[3] + "</p></body></html>")
    html = clean(page.encode(), "page.html").document
    assert html.meta.date.wording == "Ngày đăng: 19/11/2024"
    assert "\u200b" not in "".join(plain_text(b.inlines) for b in html.blocks if hasattr(b, "inlines"))


def test_utf8_cut_inside_a_character_stays_utf8_with_the_broken_bytes_counted():
    # a scraped page cut inside one character ("papierosów" to "papieros\xc3..."): read as
    # Windows-1252, every other letter would be mojibake
    text = "Zarząd fundacji złożył wniosek. Więcej informacji wkrótce, dziękujemy! " * 3
    decoded = decode_bytes(text.encode("utf-8") + b"papieros\xc3...")
    assert decoded.encoding == "utf-8" and decoded.text == text + "papieros\ufffd..."
    assert decoded.evidence.startswith("UTF-8 but for 1 broken byte sequence(s)")


def test_latin1_text_is_not_taken_for_broken_utf8():
    # every letter above ASCII is a broken sequence: never "UTF-8 but for a few"
    decoded = decode_bytes("Übermäßig schöne Grüße aus Köln, à bientôt.".encode("latin-1"))
    assert decoded.encoding != "utf-8" and "\ufffd" not in decoded.text


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "windows-1258"])
def test_a_page_saved_as_utf8_under_an_older_meta_charset_is_utf8(declared):
    # the meta says one thing, the bytes are UTF-8: a single-byte charset reads any bytes, and
    # read so the Vietnamese was refused as control characters, the German made "GrÃ¼ÃŸe"
    body = "<p>Sáng nay, thành phố ban hành kế hoạch. Viele Grüße aus Köln.</p>"
    page = f"<html><head><meta charset='{declared}'></head><body>{body}</body></html>"
    decoded = decode_bytes(page.encode("utf-8"), "html")
    assert decoded.encoding == "utf-8" and body in decoded.text
    # a page in the declared charset is still read in it
    latin = page.replace("Sáng nay, thành phố ban hành kế hoạch. ", "")
    assert decode_bytes(latin.encode("cp1252"), "html").text == latin
