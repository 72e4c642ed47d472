"""Bad input: each gets one `path: reason` line and an error row, and the batch goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from normalize.cli import main

GOOD = ("Tiêu đề bài báo\n\nĐây là đoạn văn của bài báo, đủ dài để làm thân bài thật sự.\n"
        "Một đoạn khác của thân bài.\n").encode()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<html><body><p>&lol3;</p></body></html>")
EXTERNAL = (b'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<html><body><p>&xxe;</p></body></html>")


def _batch(tmp_path: Path, bad_name: str, bad: bytes | None, *extra: str):
    """Clean a good file and one bad file together; return the bad row, stderr and exit code."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_bytes(GOOD)
    bad_path = folder / bad_name
    if bad is not None:
        bad_path.write_bytes(bad)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["clean", str(folder / "good.txt"), str(bad_path),
                                       "-o", str(out), "-j", "1", *extra])
    report = json.loads((out / "report.json").read_text())
    rows = {Path(r["input"]).name: r for r in report["files"]}
    assert rows["good.txt"]["status"] == "ok" and (out / "good.xml").exists()
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith(str(bad_path))]
    assert len(errors) == 1 and "Traceback" not in result.output
    assert rows[bad_name]["status"] == "error"
    assert not (out / f"{Path(bad_name).stem}.xml").exists()
    return rows[bad_name]["error"], errors[0]


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n", "only white space"),
    ("image.txt", PNG, "binary file (a PNG image)"),
    ("nul.txt", b"abc\x00\x01\x02def" * 50, "binary file (contains NUL bytes)"),
    ("garbage.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x85, 0x1B]) * 300, "undecodable"),
    ("bomb.html", BOMB, "refused: the page declares entities"),
    ("xxe.html", EXTERNAL, "refused: the page declares entities"),
    ("bad.gz", b"\x1f\x8b\x08not really gzip", "not a valid gzip file"),
    ("photos.mhtml", b'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
     b"Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n", "no page in it (no text/html part)"),
    ("note.mht", b"Subject: notes\r\n\r\njust a note", "not an MHTML archive"),
])
def test_bad_file_is_reported_and_batch_goes_on(tmp_path, name, data, reason):
    error, line = _batch(tmp_path, name, data)
    assert reason in error and line.endswith(error)


def test_missing_path(tmp_path):
    error, _ = _batch(tmp_path, "missing.txt", None)
    assert error == "no such file or directory"


def test_broken_links_in_a_folder_are_reported_not_passed_over(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD)
    (folder / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["clean", str(folder), "-o", str(out), "-j", "1"])
    rows = {Path(r["input"]).name: r for r in json.loads((out / "report.json").read_text())["files"]}
    assert rows["good.txt"]["status"] == "ok" and result.exit_code == 1
    assert rows["gone.txt"]["error"] == f"a broken link: its target {tmp_path / 'moved-away.txt'} " \
                                        "does not exist"
    assert rows["loop.txt"]["error"] == "a loop of symbolic links: it leads back to itself"
    assert "Traceback" not in result.output


def test_huge_file_is_refused_by_the_size_limit(tmp_path):
    huge = b"Mot dong van ban lap lai de tao tep rat lon.\n" * (50 * 1024 * 1024 // 45 + 1)
    error, _ = _batch(tmp_path, "huge.txt", huge)
    assert error.startswith("file too large (52.4 MB") and "--max-size" in error


def test_gzip_bomb_stops_at_the_size_limit(tmp_path):
    # 3 MB of text in a 3 kB file: read up to the limit, not to the end
    bomb = gzip.compress(b"Mot dong van ban lap lai. " * 120_000)
    error, _ = _batch(tmp_path, "bomb.txt.gz", bomb, "--max-size", "1")
    assert error == "file too large once decompressed (over 1.0 MB)"


def test_html_nested_past_the_parsers_limit_is_refused_not_cut(tmp_path):
    # lxml stops at 2048 levels and drops the rest: say so, never write half a page
    deep = b"<html><body>" + b"<span>" * 3000 + b"Doan van." + b"</span>" * 3000 + b"</body></html>"
    error, _ = _batch(tmp_path, "deep.html", deep)
    assert error == ("HTML beyond the parser's limits, which would lose the rest of the page: "
                     "Excessive depth in document: 2048")


def test_an_input_its_output_would_overwrite_is_left_alone(tmp_path):
    # `clean in/a.txt -o in/ --text` would write in/a.txt over the article itself
    source = tmp_path / "a.txt"
    source.write_bytes(GOOD)
    for args in (["clean", "--text"], ["decode"]):
        result = CliRunner().invoke(main, [*args, str(source), "-o", str(tmp_path)])
        assert result.exit_code == 1
        assert f"{source}: its output would overwrite it: choose another output folder (-o)" \
            in result.stderr
        assert source.read_bytes() == GOOD
    folder = CliRunner().invoke(main, ["clean", str(tmp_path), "-o", str(tmp_path), "--text"])
    assert folder.exit_code == 1 and f"{tmp_path}: the output folder holds this folder" \
        in folder.stderr
    assert source.read_bytes() == GOOD


def test_unreadable_file(tmp_path, monkeypatch):
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    error, _ = _batch(tmp_path, "secret.txt", GOOD)
    assert error == "permission denied"


def test_malformed_html_still_cleans(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.html").write_bytes(
        b"<html><body><div><p>Tieu de bai bao<p>Doan van dau tien cua bai bao nay, "
        b"du dai de giu lai.</div></span><table><tr><td>o</b></body")
    result = CliRunner().invoke(main, ["clean", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "broken.xml").exists()


def test_hostile_xml_given_to_check_and_restore(tmp_path):
    path = tmp_path / "bomb.xml"
    path.write_bytes(BOMB.replace(b"<html><body>", b"<document version='1.0'>").replace(
        b"</body></html>", b"</document>"))
    for command in ("check", "restore"):
        result = CliRunner().invoke(main, [command, str(path)])
        assert result.exit_code == 1
        assert result.stderr.strip() == f"{path}: document type declarations are not allowed " \
                                        "(entity expansion risk)"
