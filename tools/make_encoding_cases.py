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
CAPS = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nÁi, Ở, Ừ, Ấy là những tiếng thốt đầu câu.\n"


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


def viqr(text: str) -> str:
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
        if ch in ".?'`~" and out[-2:-1] and out[-2][-1:].lower() in "aeiouy":
            out[-1] = "\\" + ch
    return "".join(out)


# VISCII, VPS and VIQR have no room for curly quotes, dashes or the ellipsis.
PLAIN = TEXT.replace("“", '"').replace("”", '"').replace("–", "-").replace("…", "...")


def cases() -> list[dict[str, str]]:
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
        ("tcvn3 capitals come back in lower case (lossy)", inverse("tcvn3", CAPS),
         lossy("tcvn3", CAPS)),
    ]
    return [{"label": label, "input": base64.b64encode(data).decode(), "expected": expected}
            for label, data, expected in made]


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(cases(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
