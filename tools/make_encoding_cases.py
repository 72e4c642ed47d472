"""Regenerate tests/cases/encoding.json: hard decoding cases, input bytes -> expected text.

    python tools/make_encoding_cases.py

The expected texts are sentences written for these tests; the inputs are made from them with
glibc iconv (VISCII, VN1, CP1258), the inverse of docnorm's own tables (TCVN3, VNI, VPS), and
the mis-decodings users meet (UTF-8 read as Windows-1252 or Latin-1, legacy read as 1252).
"""

from __future__ import annotations

import base64
import html
import json
import subprocess
import unicodedata
from pathlib import Path

from normalize import charsets

OUT = Path(__file__).resolve().parent.parent / "tests" / "cases" / "encoding.json"
TEXT = ("Hôm nay, Thủ tướng Chính phủ đã ký Quyết định số 123/QĐ-TTg về việc "
        "“đẩy mạnh chuyển đổi số” – một nhiệm vụ trọng tâm… Ông Nguyễn Văn Ất nói: "
        "“Ừ, mọi người đều đồng ý.”\nỞ Đà Nẵng, Ủy ban nhân dân thành phố họp lúc 8 giờ.\n")
CAPS_LINE, SENTENCE = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n", "Ái, Ở, Ừ, Ấy là những tiếng thốt đầu câu.\n"
CAPS = CAPS_LINE + SENTENCE


def inverse(name: str, text: str) -> bytes:
    """Encode with the inverse of one of docnorm's tables (Windows-1252 for the rest); a
    capital the charset cannot hold is written as its lower case, as those fonts' users did."""
    reverse = {value: key for key, value in charsets.table(name).items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        out += reverse.get(ch) or reverse.get(ch.lower()) or ch.encode("cp1252")
    return bytes(out)


def lossy(name: str, text: str) -> str:
    """What survives `inverse`: capitals the charset lacks become lower case."""
    known = set(charsets.table(name).values())
    return "".join(ch if ch in known or ch.isascii() or ch.lower() not in known else ch.lower()
                   for ch in unicodedata.normalize("NFC", text))


def iconv(charset: str, text: str) -> bytes:
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", charset], input=text.encode(),
                          capture_output=True, check=True).stdout


def as_1252(data: bytes) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def viqr(text: str, generator: bool = False) -> str:
    """VIQR of `text`: a full stop, a question mark or an apostrophe after a bare vowel escaped
    with a backslash; `generator`: after a marked one too, as the encoding benchmark's
    generator writes it ("pho^'\\.")."""
    marks = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}
    shapes = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            continue
        parts = unicodedata.normalize("NFD", ch)
        out.append(parts[0] + "".join(shapes.get(p, "") for p in parts[1:])
                   + "".join(marks.get(p, "") for p in parts[1:]))
        before = out[-2] if len(out) > 1 else ""
        after = before[:1] if generator else before[-1:]
        if ch in ".?'`~" and after and after.lower() in "aeiouy":
            out[-1] = "\\" + ch
    return "".join(out)


PASTE = ("Thời sự\nHà Nội cấm xe máy vào nội đô từ năm 2030\nThứ ba, 19/11/2024, 10:20 (GMT+7)\n"
         "Hà Nội sẽ dừng hoạt động xe máy trong phạm vi vành đai 1 từ năm 2030, sau đó mở rộng ra "
         "vành đai 2 và 3.\nTheo đề án, thành phố sẽ dừng hoạt động xe máy tại các quận trong "
         "vành đai 1 trước tiên.\nCác chuyên gia cho rằng lộ trình cần gắn với tiến độ làm đường "
         "sắt đô thị của thành phố.\n")
CAPS_TITLE = "PHÁT HUY KẾT QUẢ ĐẠI HỘI ĐẢNG BỘ CÁC CẤP\n"  # a portal's headline in capitals
# a paste's menu of common words a legacy charset read as Windows-1252 turns into rarer syllables
MENU = "Trang chủ\nChính trị\nVăn hóa\nMón ngon\nCó thể bạn quan tâm\n"
# what VIQR leaves ambiguous alone: a tone ending a word, "DD" only, a d ending a line, an escape
VIQR_SHORT = "Trang chủ\nChia sẻ\nĐang online: 6\nĐại học Harvard\nWebsite: tuyengiao.travinh.gov.vn\n"
GERMAN = ("Auf Nachfrage führte die Gemeinde aus, dass «geringe Mengen» des Bakteriums gefunden "
          "wurden – die Ursache ist noch unklar.\nÜbermäßig große Äpfel gibt’s nur im Süden.\n")
POLISH = "Zażółć gęślą jaźń – łódź płynęła przez ciemną noc.\n"
QUOTED = ("Bei dem nächsten Projekt ging es um die Software „G-Data InternetSecurity 2009“ – sie war "
          "schön.\n")

# an old district portal in a font charset: its page declares Latin-1, its menu stands on one
# line of markup with each entry in its own <font>, its article's paragraphs a line each
_FONT = '<font face=".VnTime">{}</font>'
PORTAL = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
          "</head>\n<body><table><tr><td><table>"
          + "".join(f'<tr><td><a href="/{i}.htm">{_FONT.format(entry)}</a></td></tr>'
                    for i, entry in enumerate(["Trang chủ", "Giới thiệu", "Văn bản pháp quy"]))
          + "</table></td><td>\n"
          + "".join(f"<p>{_FONT.format(line)}</p>\n" for line in PASTE.splitlines()[1:])
          + f"<p>{_FONT.format('Các tin khác:')}</p></td></tr></table></body></html>\n")


def strict_1252(data: bytes) -> str:
    """`data` read as Windows-1252 by a strict decoder: its five undefined bytes (81 8D 8F 90
    9D) become U+FFFD, as Python's errors="replace" writes them."""
    return data.decode("cp1252", errors="replace")


def _quotation_pasted_in(line: str) -> bytes:
    """`line` read right but for its quotation and dash, UTF-8 read as Windows-1252."""
    broken = {ch: as_1252(ch.encode()) for ch in "„“–ö"}
    return "".join(broken.get(ch, ch) for ch in line).encode()


# VISCII, VPS and VIQR have no room for curly quotes, dashes or the ellipsis.
PLAIN = TEXT.replace("“", '"').replace("”", '"').replace("–", "-").replace("…", "...")


def cases() -> list[dict[str, str]]:
    """Every case: its label, its input bytes in base64, the text expected; "kind": "html" for
    a page (decoded and repaired as one), else a text."""
    made = [
        ("tcvn3 bytes with Windows dashes and quotes", inverse("tcvn3", TEXT),
         lossy("tcvn3", TEXT)),
        ("vni-windows bytes", inverse("vni-windows", TEXT), TEXT),
        ("vps bytes", inverse("vps", PLAIN), lossy("vps", PLAIN)),
        ("viscii bytes", iconv("VISCII", PLAIN), PLAIN),
        ("tcvn5712-1 (VN1) bytes with toned capitals", iconv("TCVN5712-1", CAPS), CAPS),
        ("cp1258 bytes (combining tone marks)", iconv("CP1258", TEXT), TEXT),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + TEXT.encode(), TEXT),
        ("utf-16 le with BOM", TEXT.encode("utf-16"), TEXT),
        ("utf-8 read as windows-1252", as_1252(TEXT.encode()).encode(), TEXT),
        ("utf-8 read as windows-1252 twice", as_1252(as_1252(TEXT.encode()).encode("utf-8"))
         .encode(), TEXT),
        ("utf-8 read as latin-1", TEXT.encode().decode("latin-1").encode(), TEXT),
        # Đ, ọ, ờ, ề lost their last byte: each put back as its word's commonest reading
        ("utf-8 read as windows-1252 by a strict decoder (undefined bytes as U+FFFD)",
         strict_1252(TEXT.encode()).encode(), TEXT),
        ("utf-8 read as windows-1252 by a strict decoder: lines in capitals (Ố, not ố)",
         strict_1252((CAPS_TITLE + CAPS + "QUỐC HỘI\n").encode()).encode(),
         CAPS_TITLE + CAPS + "QUỐC HỘI\n"),
        ("utf-8 read as windows-1252 by a strict decoder: a paste, its short lines too",
         strict_1252((PASTE + MENU + "Võ Hải\n").encode()).encode(), PASTE + MENU + "Võ Hải\n"),
        ("tcvn3 read as windows-1252", as_1252(inverse("tcvn3", TEXT)).encode(),
         lossy("tcvn3", TEXT)),
        ("vni read as windows-1252", as_1252(inverse("vni-windows", TEXT)).encode(), TEXT),
        ("cp1258 read as windows-1252", as_1252(iconv("CP1258", TEXT)).encode(), TEXT),
        ("decomposed unicode (NFD)", unicodedata.normalize("NFD", TEXT).encode(), TEXT),
        ("html entities", html.escape(TEXT, quote=False).encode("ascii", "xmlcharrefreplace"),
         TEXT),
        ("viqr", viqr(PLAIN).encode(), PLAIN),
        ("mixed: one line utf-8, one line mis-decoded", (TEXT.split("\n")[0] + "\n" + as_1252(
            TEXT.split("\n")[1].encode()) + "\n").encode(), TEXT),
        # the lost-capitals repair writes the line in capitals again; a sentence's lost capitals
        # ("Ái" read "ái") are not told from small letters
        ("tcvn3 capitals come back in lower case: the line in capitals is written again, the "
         "sentence's stay lost (lossy)", inverse("tcvn3", CAPS), CAPS_LINE + lossy("tcvn3", SENTENCE)),
        # a page's worth of Vietnamese under it, a title in capitals is told by its capitals
        ("tcvn3 bytes of a paste under a title in capitals: the capitals it lost written again",
         inverse("tcvn3", CAPS_TITLE + PASTE), CAPS_TITLE + PASTE),
        ("german utf-8 read as windows-1252 (not Vietnamese: its plain marks decide)",
         as_1252(GERMAN.encode()).encode(), GERMAN),
        ("polish utf-8 read as windows-1252", as_1252(POLISH.encode()).encode(),
         POLISH),
        ("a german line read right with a quotation pasted in as utf-8 read as windows-1252",
         _quotation_pasted_in(QUOTED), QUOTED),
        ("utf-8 read as windows-1252: a paste, its short date and byline lines too",
         as_1252((PASTE + "Võ Hải\n").encode()).encode(), PASTE + "Võ Hải\n"),
        ("vni read as windows-1252: a paste, its short date and byline lines too",
         as_1252(inverse("vni-windows", PASTE + "Võ Hải\n")).encode(), PASTE + "Võ Hải\n"),
        ("viqr: a paste, its short byline too", viqr(PASTE + "Võ Hải\n", generator=True).encode(),
         PASTE + "Võ Hải\n"),
        # (as the encoding benchmark's generator writes it: the toned capitals in lower case,
        # which the lost-capitals repair writes in capitals again)
        ("tcvn3 read as windows-1252: a paste whose byline in capitals lost its toned capitals "
         "(lossy)", as_1252(inverse("tcvn3", PASTE + "NGUYễN VĂN NGHệ\n")).encode(),
         PASTE + "NGUYỄN VĂN NGHỆ\n"),
        ("cp1258 read as windows-1252: a menu's common words read as rarer syllables",
         as_1252(iconv("CP1258", PASTE + MENU)).encode(), PASTE + MENU),
        ("tcvn3 read as windows-1252: a menu's common words read as rarer syllables",
         as_1252(inverse("tcvn3", PASTE + MENU)).encode(), lossy("tcvn3", PASTE + MENU)),
        ("vni read as windows-1252: a menu's common words read as rarer syllables",
         as_1252(inverse("vni-windows", PASTE + MENU)).encode(), PASTE + MENU),
        ("viqr: word-final tones, DD alone, a line ending in d, an escaped mark",
         viqr(PASTE + VIQR_SHORT, generator=True).encode(), PASTE + VIQR_SHORT),
        ("utf-8 read as windows-1252: a menu's icon", as_1252((PASTE + "☰\n").encode()).encode(),
         PASTE + "☰\n"),
    ]
    pages = [  # judged by the words of each line of markup, not with its tags glued to them
        ("html: an old portal in tcvn3, its menu's entries each in a <font>",
         inverse("tcvn3", PORTAL), lossy("tcvn3", PORTAL)),
        ("html: an old portal in vni, its menu's entries each in a <font>",
         inverse("vni-windows", PORTAL), PORTAL),
    ]
    return [{"label": label, "input": base64.b64encode(data).decode(), "expected": expected}
            for label, data, expected in made] \
        + [{"label": label, "kind": "html", "input": base64.b64encode(data).decode(),
            "expected": expected} for label, data, expected in pages]


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(cases(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
