"""The docnorm command: batches, exit codes, bad input isolation, atomic writes, resume, report."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from normalize import batch, canonical
from normalize.classify import site_key
from normalize.cli import main
from normalize.vocabulary import SITE_SIMILAR_MIN, SITE_SIMILAR_SHARE

from .conftest import SAMPLES

ARTICLE = ("Tiêu đề bài báo thử nghiệm\n\nĐây là đoạn văn đầu tiên của bài báo, đủ dài để được "
           "giữ lại như thân bài.\n\nĐoạn thứ hai cũng là thân bài của bài báo này.\n")


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, "utf-8")
    (folder / "sub" / "a.txt").write_text(ARTICLE.replace("đầu tiên", "thứ nhất"), "utf-8")
    with gzip.open(folder / "page.html.gz", "wb") as gz:
        gz.write(f"<html><body><h1>Tiêu đề</h1><p>{ARTICLE}</p></body></html>".encode())
    (folder / "notes.md").write_text("not an input", "utf-8")
    return folder


def test_clean_samples_writes_xml_text_and_report(tmp_path):
    out = tmp_path / "out"
    result = run("clean", str(SAMPLES[0].parent), "-o", str(out), "--text", "-j", "2")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.xml")) == [f"{s.stem}.xml" for s in SAMPLES]
    assert len(list(out.glob("*.txt"))) == 5
    for xml in out.glob("*.xml"):
        assert canonical.validate(xml.read_bytes()) == []
    report = json.loads((out / "report.json").read_text())
    assert report["summary"] == {"ok": 5, "skipped": 0, "error": 0}
    assert all(f["encoding"] == "utf-8" and f["removals"] > 0 for f in report["files"])
    assert "5 files, 5 done" in result.stderr


def test_text_output_is_the_body_one_block_a_line(tmp_path):
    run("clean", str(SAMPLES[3]), "-o", str(tmp_path), "--text")
    lines = (tmp_path / f"{SAMPLES[3].stem}.txt").read_text("utf-8").splitlines()
    assert lines[0].startswith("Thực hiện Chỉ thị số 01-CT/TW")
    assert "Sớm đưa Nghị quyết Đại hội XIII của Đảng vào cuộc sống" not in lines  # the title
    assert not any(line.startswith("Cán bộ lão thành") for line in lines)  # the photo caption
    assert len(lines) == 14
    xml = (tmp_path / f"{SAMPLES[3].stem}.xml").read_text("utf-8")
    assert xml.count("<figure") == 1  # the caption stays in the XML


def test_folders_are_mirrored_gzip_read_and_other_files_ignored(inputs, tmp_path):
    out = tmp_path / "out"
    assert run("clean", str(inputs), "-o", str(out), "-j", "1").exit_code == 0
    made = sorted(str(p.relative_to(out)) for p in out.rglob("*.xml"))
    assert made == ["a.xml", "page.xml", "sub/a.xml"]
    assert canonical.load(out / "page.xml").meta.source.kind == "html"


def test_same_names_from_different_places_never_collide(inputs, tmp_path):
    (inputs / "a.html").write_text("<p>x y z</p>", "utf-8")
    jobs = batch.discover([str(inputs / "a.txt"), str(inputs / "sub" / "a.txt"),
                           str(inputs / "a.html")])
    assert [str(j.stem) for j in jobs] == ["a.txt", "a.txt-2", "a.html"]


def test_globs_are_expanded(inputs, tmp_path):
    result = run("clean", str(inputs / "**" / "*.txt"), "-o", str(tmp_path / "o"))
    assert result.exit_code == 0
    assert len(json.loads((tmp_path / "o" / "report.json").read_text())["files"]) == 2


def test_second_run_skips_current_outputs_and_force_redoes(inputs, tmp_path):
    out = str(tmp_path / "out")
    run("clean", str(inputs), "-o", out)
    again = run("clean", str(inputs), "-o", out)
    assert "0 done, 3 already current" in again.stderr
    assert run("clean", str(inputs), "-o", out, "--no-correct").stderr.count("3 done") == 1
    assert "3 done" in run("clean", str(inputs), "-o", out, "--no-correct", "--force").stderr


def test_interrupted_run_leaves_no_partial_file_and_rerun_finishes(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    jobs = batch.discover([str(inputs)])
    real_replace = os.replace
    calls = []

    def interrupt_second(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(batch.os, "replace", interrupt_second)
    jobs = batch.with_site_lines(jobs, batch.Options())  # as `docnorm clean` prepares them
    with pytest.raises(KeyboardInterrupt):
        list(batch.run(batch.clean_one, jobs, out, batch.Options(), force=False, processes=1))
    monkeypatch.setattr(batch.os, "replace", real_replace)
    files = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert files == ["a.xml"]  # the first finished; no .part file is left behind
    result = run("clean", str(inputs), "-o", str(out), "-j", "1")
    assert "2 done, 1 already current" in result.stderr


def test_decode_writes_text_unchanged_and_reads_stdin():
    text = "Dòng “một”\u00a0— với dấu\r\n\tthụt lề  hai dấu cách\n"
    result = run("decode", "-", "-o", "-", stdin=text.encode("utf-8"))
    assert result.exit_code == 0 and result.stdout_bytes == text.encode("utf-8")
    nfd = "Vie\u0302\u0323t Nam\n".encode()
    assert run("decode", "-", "-o", "-", stdin=nfd).stdout == "Việt Nam\n"


def test_decode_of_one_file_to_dash_writes_standard_output_not_a_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes("Vie\u0302\u0323t Nam\n".encode())
    result = run("decode", "a.txt", "-o", "-")
    assert (result.exit_code, result.stdout) == (0, "Việt Nam\n") and not (tmp_path / "-").exists()
    two = run("decode", "a.txt", "a.txt", "-o", "-")
    assert two.exit_code == 1 and "standard output takes one input" in two.stderr


@pytest.mark.parametrize("command", ["clean", "build", "export"])
def test_a_command_writing_files_refuses_dash_for_its_folder(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Một bài viết.\n", "utf-8")
    result = CliRunner().invoke(main, [command, "a.txt", "-o", "-"])
    assert result.exit_code == 2 and "give a folder" in result.output and not (tmp_path / "-").exists()


def test_decode_batch_writes_files_and_report(inputs, tmp_path):
    result = run("decode", str(inputs), "-o", str(tmp_path / "d"))
    assert result.exit_code == 0
    assert (tmp_path / "d" / "sub" / "a.txt").read_text("utf-8") == \
        ARTICLE.replace("đầu tiên", "thứ nhất")
    report = json.loads((tmp_path / "d" / "report.json").read_text())
    assert report["command"] == "decode" and report["files"][0]["encoding"] == "utf-8"


def test_correct_keeps_the_number_of_lines():
    text = "một  hai , ba\n\nbốn .\nnăm"
    result = run("correct", "-", stdin=text.encode())
    assert result.stdout == "một hai, ba\n\nbốn.\nnăm\n"
    assert run("correct", "-", "--disable", "correct.double-space",
               stdin=b"a  b\n").stdout == "a  b\n"


def test_check_reports_file_line_and_reason(tmp_path):
    good = tmp_path / "good.xml"
    run("clean", str(SAMPLES[0]), "-o", str(tmp_path))
    (tmp_path / f"{SAMPLES[0].stem}.xml").rename(good)
    bad = tmp_path / "bad.xml"
    bad.write_bytes(good.read_bytes().replace(b"<language>", b"<lang>").replace(
        b"</language>", b"</lang>"))
    result = run("check", str(good), str(bad))
    assert result.exit_code == 1
    assert f"{bad}:" in result.stderr and "lang" in result.stderr
    assert f"{good}: valid" in result.stdout
    # a folder is every .xml in it, as for export
    folder = run("check", str(tmp_path))
    assert folder.exit_code == 1 and f"{bad}:" in folder.stderr and f"{good}: valid" in folder.stdout


def test_restore_prints_the_source(tmp_path):
    run("clean", str(SAMPLES[2]), "-o", str(tmp_path))
    result = run("restore", str(tmp_path / f"{SAMPLES[2].stem}.xml"))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == SAMPLES[2].read_text("utf-8").splitlines()[0]


def test_unknown_rule_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["clean", str(SAMPLES[0]), "-o", str(tmp_path),
                                       "--disable", "classify.nope"])
    assert result.exit_code == 2 and "classify.nope" in result.output


def test_rules_lists_every_stage():
    out = run("rules").stdout
    for stage in ("decode.", "repair.", "classify.", "correct."):
        assert stage in out


def test_real_process_exit_codes_and_no_traceback(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    cmd = [sys.executable, "-m", "normalize", "clean", str(tmp_path / "good.txt"),
           str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out")]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert f"{tmp_path / 'empty.txt'}: empty file" in proc.stderr
    assert "Traceback" not in proc.stderr and (tmp_path / "out" / "good.xml").exists()
    usage = subprocess.run([sys.executable, "-m", "normalize", "clean"], capture_output=True,
                           check=False)
    assert usage.returncode == 2


def test_build_makes_the_three_books_from_the_samples(tmp_path):
    result = run("build", str(SAMPLES[0].parent), "-o", str(tmp_path / "build"), "-q")
    assert result.exit_code == 0, result.stderr
    for suffix in ("docx", "pdf", "epub"):
        assert (tmp_path / "build" / f"book.{suffix}").stat().st_size > 10_000
    assert len(list((tmp_path / "build" / "xml").glob("*.xml"))) == 5


def test_an_output_folder_inside_the_input_folder_is_not_read_as_input(inputs):
    # the second run must not clean the first one's .txt outputs (into out/out/, and so on)
    for _ in range(2):
        result = run("clean", str(inputs), "-o", str(inputs / "out"), "--text")
        assert result.exit_code == 0, result.stderr
    report = json.loads((inputs / "out" / "report.json").read_text())
    assert sorted(Path(row["input"]).relative_to(inputs).as_posix() for row in report["files"]) \
        == ["a.txt", "page.html.gz", "sub/a.txt"]
    assert not (inputs / "out" / "out").exists()


def test_build_reads_gzipped_pages_within_the_size_limit(inputs, tmp_path):
    # build applies the default size limit, in bytes (it once read it as megabytes, 20 TB,
    # and reading a .gz up to that failed for want of memory)
    result = run("build", str(inputs), "-o", str(tmp_path / "b"), "--format", "epub", "-q")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "b" / "xml" / "page.xml").exists()


def test_export_one_format_with_an_option_error_named(tmp_path):
    run("clean", str(SAMPLES[0]), "-o", str(tmp_path / "xml"))
    result = run("export", str(tmp_path / "xml"), "-o", str(tmp_path), "--format", "epub")
    assert result.exit_code == 0 and (tmp_path / "book.epub").exists()
    bad = run("export", str(tmp_path / "xml"), "-o", str(tmp_path), "--format", "pdf",
              "--option", "colour=red")
    assert bad.exit_code == 1 and "unknown option 'colour' for format 'pdf'" in bad.stderr
    missing = run("export", str(tmp_path / "xml"), "-o", str(tmp_path), "--format", "odt")
    assert missing.exit_code == 1 and "no exporter for format 'odt'" in missing.stderr


def test_export_reports_an_unreadable_xml_and_goes_on(tmp_path):
    run("clean", str(SAMPLES[1]), "-o", str(tmp_path / "xml"))
    (tmp_path / "xml" / "broken.xml").write_text("<document", "utf-8")
    result = run("export", str(tmp_path / "xml"), "-o", str(tmp_path), "--format", "docx")
    assert result.exit_code == 1 and "broken.xml: line 1: not well-formed" in result.stderr
    assert (tmp_path / "book.docx").exists()


def test_no_book_is_written_when_no_document_can_be_read(tmp_path):
    (tmp_path / "broken.xml").write_text("<document", "utf-8")
    result = run("export", str(tmp_path / "broken.xml"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "no book written: no document could be read" in result.stderr
    (tmp_path / "empty.txt").write_bytes(b"")
    built = run("build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out"), "-q")
    assert built.exit_code == 1 and "no book written: no document to compile" in built.stderr
    assert not list((tmp_path / "out").glob("book.*"))


def test_outputs_get_the_permissions_of_the_umask(tmp_path):
    previous = os.umask(0o027)
    try:
        batch.write_atomic(tmp_path / "book.pdf", b"%PDF")
    finally:
        os.umask(previous)
    assert (tmp_path / "book.pdf").stat().st_mode & 0o777 == 0o640  # not mkstemp's 0o600


def test_file_names_that_are_not_utf8_are_cleaned_and_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"b\xe1o.txt")  # "báo" named in Windows-1258, as an old archive holds it
    try:
        (folder / name).write_text(ARTICLE, "utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    result = run("build", str(folder), "-o", str(tmp_path / "out"), "-q", "--format", "epub")
    assert result.exit_code == 0, result.output
    xml = (tmp_path / "out" / "xml" / os.fsdecode(b"b\xe1o.xml")).read_bytes()
    assert canonical.read(xml).meta.source.file == "b\\xe1o.txt"
    report = json.loads((tmp_path / "out" / "xml" / "report.json").read_text("utf-8"))
    assert report["files"][0]["input"].endswith("b\\xe1o.txt")
    broken = tmp_path / os.fsdecode(b"x\xe1.xml")
    broken.write_text("<document", "utf-8")
    assert run("restore", str(broken)).stderr.startswith(f"{tmp_path}/x\\xe1.xml: line 1")


def test_formats_lists_the_built_in_exporters():
    out = run("formats").stdout
    for line in ("docx", "pdf", "epub"):
        assert re.search(rf"^{line}\s+\.{line}\s+docnorm ", out, re.M)


def test_hidden_and_packaging_folders_are_not_walked(inputs, tmp_path):
    for junk in (".git", "pkg.egg-info", "__pycache__"):
        (inputs / junk).mkdir()
        (inputs / junk / "x.txt").write_text("junk text file", "utf-8")
    assert sorted(str(j.stem) for j in batch.discover([str(inputs)])) == ["a", "page", "sub/a"]


def test_a_page_saved_as_mhtml_is_cleaned_with_its_address_and_its_images_passed_over(tmp_path):
    archive = MIMEMultipart("related", type="text/html")
    archive["Snapshot-Content-Location"] = "https://baomoi.vn/pho-di-bo-c123.epi"
    page = MIMEText(f"<html><head><meta charset='windows-1258'></head><body><h1>Tiêu đề</h1>"
                    f"<p>{ARTICLE}</p></body></html>", "html", "utf-8")  # (base64)
    archive.attach(page)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "saved.mhtml").write_bytes(archive.as_bytes())
    (folder / "plain.mht").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", "utf-8")
    result = run("clean", str(folder), "-o", str(tmp_path / "out"), "--text")
    assert result.exit_code == 0, result.stderr
    doc = canonical.load(tmp_path / "out" / "saved.xml")
    assert doc.meta.title == "Tiêu đề" and doc.meta.source.kind == "html"
    assert doc.meta.source.url == "https://baomoi.vn/pho-di-bo-c123.epi"
    assert doc.meta.source.encoding == "utf-8"  # the part's charset, not the page's older meta
    assert (tmp_path / "out" / "saved.txt").read_text("utf-8").startswith(ARTICLE.split("\n")[0])
    assert (tmp_path / "out" / "plain.xml").exists()


def test_the_folder_a_saved_page_keeps_its_frames_in_is_not_walked(inputs):
    (inputs / "saved.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", "utf-8")
    (inputs / "saved_files" / "frames").mkdir(parents=True)
    (inputs / "saved_files" / "ads.html").write_text("<p>Quảng cáo</p>", "utf-8")
    (inputs / "saved_files" / "frames" / "share.htm").write_text("<p>Chia sẻ</p>", "utf-8")
    (inputs / "notes_files").mkdir()  # no notes.html beside it: a folder of the user's own
    (inputs / "notes_files" / "b.txt").write_text("Ghi chú", "utf-8")
    stems = sorted(str(j.stem) for j in batch.discover([str(inputs)]))
    assert stems == ["a", "notes_files/b", "page", "saved", "sub/a"]


def test_build_reads_the_correct_table_of_the_book_config(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.replace("thân bài.", "thân bài cty."), "utf-8")
    (folder / "fixes.tsv").write_text("cty\tcông ty\n", "utf-8")
    (folder / "book.toml").write_text('[correct]\nreplacements = "fixes.tsv"\n', "utf-8")
    result = run("build", str(folder), "-o", str(tmp_path / "b"), "--format", "epub", "-q")
    assert result.exit_code == 0, result.stderr
    xml = (tmp_path / "b" / "xml" / "a.xml").read_text("utf-8")
    assert "thân bài công ty." in xml and 'rule="replacements"' in xml
    bad = tmp_path / "bad.toml"
    bad.write_text("[correct]\nstyle = 1\n", "utf-8")
    failed = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "c"),
                                       "--config", str(bad)])
    assert failed.exit_code == 2 and "unknown key correct.style" in failed.output


def test_lines_recurring_across_a_batch_are_site_chrome(tmp_path):
    menu = "Trang chủ | Thời sự | Kinh tế | Văn hóa\nĐặt báo giấy và ấn phẩm\n\n"
    footer = "\nCơ quan chủ quản: Báo Mẫu điện tử\nGiấy phép số 123/GP-BTTTT\n"
    body = "Đây là đoạn văn dài của bài báo số {n}, kể về một sự kiện quan trọng ở địa phương."
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(
            menu + f"Tiêu đề bài báo số {n} về địa phương\n\n" + body.format(n=n) + "\n" + footer,
            "utf-8")
    run("clean", str(folder), "-o", str(tmp_path / "out"), "-j", "1")
    doc = canonical.load(tmp_path / "out" / "0.xml")
    reasons = {r.text.strip(): r.reason for r in doc.audit.removals}
    assert reasons["Đặt báo giấy và ấn phẩm"] == "site-repeat"
    assert [b.inlines[0] for b in doc.blocks] == [body.format(n=0)]
    alone = clean_single(folder / "0.txt")
    assert "Đặt báo giấy và ấn phẩm" not in {r.text for r in alone.audit.removals
                                              if r.reason == "site-repeat"}


def test_site_chrome_is_found_in_a_batch_of_mis_decoded_pages(tmp_path):
    """Pages saved as UTF-8 read as Latin-1 ("Trang chá»§") are repaired before their blocks are
    compared across the batch, as they are before they are classified."""
    menu = "Trang chủ | Thời sự | Kinh tế | Văn hóa\nĐặt báo giấy và ấn phẩm\n\n"
    body = "Đây là đoạn văn dài của bài báo số {n}, kể về một sự kiện quan trọng ở địa phương."
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        text = menu + f"Tiêu đề bài báo số {n} về địa phương\n\n" + body.format(n=n) + "\n"
        (folder / f"{n}.txt").write_bytes(text.encode("utf-8").decode("latin-1").encode("utf-8"))
    run("clean", str(folder), "-o", str(tmp_path / "out"), "-j", "1")
    doc = canonical.load(tmp_path / "out" / "0.xml")
    reasons = {r.text.strip(): r.reason for r in doc.audit.removals}
    assert reasons["Đặt báo giấy và ấn phẩm"] == "site-repeat"
    assert doc.meta.title == "Tiêu đề bài báo số 0 về địa phương"


@given(st.lists(st.sets(st.sampled_from("abcdefghij"), max_size=8), max_size=9))
def test_pages_of_one_site_are_those_sharing_enough_short_blocks(keys):
    """_same_site counts shared blocks pair by pair in numpy: it must agree with counting
    them one pair at a time (groups of every size, pages with no blocks, no pages)."""
    def enough(a: set[str], b: set[str]) -> bool:
        return len(a & b) >= max(SITE_SIMILAR_MIN, SITE_SIMILAR_SHARE * min(len(a), len(b)))
    expected = [{j for j in range(len(keys)) if j != i and enough(keys[i], keys[j])}
                for i in range(len(keys))]
    assert batch._same_site(keys) == expected


def test_site_knowledge_stays_within_a_site(tmp_path):
    """A page of another site whose heading happens to be one of this site's menu entries
    keeps it: blocks count as site chrome only between pages that share their menus."""
    menu = "".join(f"Chuyên mục {n}\n" for n in range(8)) + "Đặt báo giấy và ấn phẩm\n\n"
    body = "Đây là đoạn văn dài của bài báo số {n}, kể về một sự kiện quan trọng ở địa phương."
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(2):
        (folder / f"{n}.txt").write_text(menu + f"Tiêu đề bài báo số {n} về địa phương\n\n"
                                         + body.format(n=n) + "\n", "utf-8")
    (folder / "other.txt").write_text("Trang khác\n\nĐặt báo giấy và ấn phẩm\n\n"
                                      + body.format(n=9) + "\n", "utf-8")
    jobs = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    lines = {job.path.name: job.site_lines for job in jobs}
    assert "đặt báo giấy và ấn phẩm" in lines["0.txt"] and "chuyên mục 3" in lines["1.txt"]
    assert lines["other.txt"] == frozenset()
    for off in ("classify", "classify.site-repeat"):  # the rule off: no pre-pass at all
        quiet = batch.Options(disabled=frozenset({off}))
        fresh = batch.discover([str(folder)])
        assert all(not job.site_lines for job in batch.with_site_lines(fresh, quiet))


def test_copies_of_one_article_do_not_make_its_short_lines_site_chrome(tmp_path):
    """A batch holding one article twice (saved twice, or again after an edit): the short
    lines the copies share are the article's own. The site's menu, which a page of another
    article repeats, is still site chrome."""
    menu = "".join(f"Chuyên mục {n}\n" for n in range(8)) + "\n"
    long = ("Đoạn {k} của bài báo số {n} kể về một sự kiện quan trọng ở địa phương, với lời của "
            "người dân và của chính quyền về bài số {n}.\n")

    def page(n: int, short: str) -> str:
        return (menu + f"Tiêu đề bài báo số {n}\n\n" + long.format(k=0, n=n) + short + "\n"
                + "".join(long.format(k=k, n=n) for k in range(1, 5)))

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(page(0, "Một câu ngắn."), "utf-8")
    (folder / "a-again.txt").write_text(page(0, "Một câu ngắn.") + long.format(k=5, n=0), "utf-8")
    (folder / "b.txt").write_text(page(1, "Câu khác."), "utf-8")
    jobs = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    lines = {job.path.name: job.site_lines for job in jobs}
    assert all("chuyên mục 3" in found for found in lines.values())
    assert not {"một câu ngắn.", "tiêu đề bài báo số 0"} & (lines["a.txt"] | lines["a-again.txt"])


def test_a_copy_whose_paragraphs_were_edited_is_the_same_article(tmp_path):
    """An article saved again after an update that lengthened some paragraphs and reworded the
    start of another: its paragraphs are known again by one end, so the copies do not make
    each other's title and lead site chrome."""
    menu = "".join(f"Chuyên mục {n}\n" for n in range(8)) + "\n"
    paragraphs = [f"Đoạn {k} của bài báo kể về một sự kiện quan trọng ở địa phương, với lời của "
                  f"người dân và của chính quyền về việc số {k}." for k in range(5)]
    edited = paragraphs[:2] + [paragraphs[2] + " Một câu mới được thêm vào sau khi cập nhật.",
                               paragraphs[3] + " Và thêm một câu nữa ở đây cho đầy đủ.",
                               "Theo bản cập nhật, " + paragraphs[4]]
    folder = tmp_path / "in"
    folder.mkdir()
    for name, body in (("a.txt", paragraphs), ("a-updated.txt", edited)):
        (folder / name).write_text(menu + "Tiêu đề của bài báo\n\n" + "\n\n".join(body), "utf-8")
    (folder / "b.txt").write_text(menu + "Bài khác\n\nMột đoạn khác hẳn của một bài báo "
                                  "khác, về một chuyện khác ở một nơi khác.", "utf-8")
    jobs = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    lines = {job.path.name: job.site_lines for job in jobs}
    assert all("chuyên mục 3" in found for found in lines.values())
    assert not {"tiêu đề của bài báo", site_key(paragraphs[0])} & lines["a.txt"]


@pytest.mark.parametrize("shared,copies", [(4, True), (3, False)])
def test_a_copy_sharing_four_long_blocks_of_five_is_the_same_article(tmp_path, shared, copies):
    """A short article copied as a dump shares four long blocks of five with another copy
    (that one's fifth: a caption joined with its credit): nearly all, one article; three of
    five is not."""
    menu = "".join(f"Chuyên mục {n}\n" for n in range(8)) + "\n"
    paragraphs = [f"Đoạn {k} của bài báo kể về một sự kiện quan trọng ở địa phương, với lời của "
                  f"người dân và của chính quyền về việc số {k}." for k in range(5)]
    other = [f"Một đoạn khác hẳn số {k} của một bài báo khác, về một chuyện khác ở một nơi khác "
             f"mà phóng viên ghi lại." for k in range(5)]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(menu + "Tiêu đề của bài báo\n\n" + "\n\n".join(paragraphs), "utf-8")
    (folder / "a-copy.txt").write_text(menu + "Tiêu đề của bài báo\n\n"
                                       + "\n\n".join(paragraphs[:shared] + other[shared:]), "utf-8")
    (folder / "b.txt").write_text(menu + "Bài khác\n\n" + "\n\n".join(other[:2]), "utf-8")
    jobs = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    lines = {job.path.name: job.site_lines for job in jobs}
    assert "chuyên mục 3" in lines["a.txt"]
    assert (site_key(paragraphs[0]) not in lines["a.txt"]) == copies


def test_a_story_several_sites_carry_keeps_its_headline_and_section(tmp_path):
    """An agency's story that three sites run, each with its own lead, closing paragraph and
    signature around the same paragraphs (two thirds of each page's: one story, no copies): its
    headline, which pages of three sites repeat, is no chrome common to all sites; and the
    section line over it, which other pages of each site repeat, is still the section."""
    story = [f"Đoạn {k} của bản tin kể về kim ngạch xuất khẩu mười tháng đầu năm, với số liệu của "
             f"cơ quan thống kê và nhận định của các chuyên gia về việc số {k}." for k in range(4)]
    headline = "Xuất khẩu mười tháng đạt hơn 290 tỉ USD"

    def page(site: str, title: str, paragraphs: list[str]) -> str:
        menu = "".join(f"Mục {n} của báo {site}\n" for n in range(6)) + "Kinh tế\n\n"
        lead = (f"Báo {site} đưa tin về {title.lower()}, theo số liệu mà phóng viên của báo {site} "
                f"có được.")
        closing = (f"Báo {site} sẽ tiếp tục cập nhật về {title.lower()} trong các số tới, mời bạn "
                   f"đọc theo dõi trên báo {site}.")  # (both ends the site's own: no edited copy)
        return menu + f"Kinh tế\n{title}\n\n{lead}\n\n" + "\n\n".join(paragraphs) \
            + f"\n\n{closing}\n\nMinh {site}\n"

    folder = tmp_path / "in"
    folder.mkdir()
    for site in "ABC":
        (folder / f"{site}-story.txt").write_text(page(site, headline, story), "utf-8")
        other = [f"Đoạn {k} về giá lúa mà báo {site} đưa tin riêng, theo lời nông dân và thương lái ở "
                 f"đồng bằng, số {k} của báo {site}." for k in range(4)]
        (folder / f"{site}-other.txt").write_text(page(site, f"Giá lúa tăng ở báo {site}", other), "utf-8")
    jobs = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    lines = {job.path.name: job.site_lines for job in jobs}
    assert "kinh tế" in lines["A-other.txt"] and "mục 3 của báo a" in lines["A-story.txt"]
    assert not any(site_key(headline) in lines[f"{site}-story.txt"] for site in "ABC")
    run("clean", str(folder), "-o", str(tmp_path / "out"), "-j", "1")
    for name in ("A-story", "B-other"):
        meta = canonical.load(tmp_path / "out" / f"{name}.xml").meta
        assert meta.section == "Kinh tế"
    assert canonical.load(tmp_path / "out" / "A-story.xml").meta.title == headline


def test_a_long_block_every_page_of_a_site_repeats_is_site_chrome(tmp_path):
    """An "About us" paragraph under every press release of a site is the site's, however long;
    two pages declaring one title are one article (saved twice, or again after an edit), whose
    paragraphs are its own."""
    menu = "".join(f"<li><a href='/{n}'>Chuyên mục {n}</a></li>" for n in range(8))
    about = ("Công ty Mẫu là nhà cung cấp giải pháp y tế hàng đầu, có văn phòng tại mười lăm "
             "quốc gia và hơn một nghìn nhân viên trên toàn thế giới.")
    body = ("Đoạn {k} của bài báo số {n} kể về một sự kiện quan trọng ở địa phương, với lời của "
            "người dân và của chính quyền về bài số {n}.")

    def page(n: int, title: str) -> str:
        return (f"<html><head><title>{title}</title></head><body><ul>{menu}</ul><h1>{title}</h1>"
                + "".join(f"<p>{body.format(k=k, n=n)}</p>" for k in range(4))
                + f"<p>{about}</p></body></html>")

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page(0, "Bài báo thứ nhất"), "utf-8")
    (folder / "b.html").write_text(page(1, "Bài báo thứ hai"), "utf-8")
    jobs = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    assert all(site_key(about) in job.site_lines for job in jobs)
    (folder / "b.html").write_text(page(1, "Bài báo thứ nhất"), "utf-8")  # one article again
    jobs = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    assert not any(site_key(about) in job.site_lines for job in jobs)


def test_batch_prepass_keeps_what_it_read_within_its_budget(tmp_path, monkeypatch):
    """The pre-pass keeps each file's blocks for the cleaning (no second read) until the budget
    is spent, read in one process or by workers alike; the XML is the same either way."""
    folder = tmp_path / "in"
    folder.mkdir()
    menu = "Trang chủ\nThời sự\nKinh tế\nThể thao\nGiải trí\n\n"
    for n in range(3):
        (folder / f"{n}.txt").write_text(menu + f"Bài số {n}\n\nĐây là đoạn văn dài của bài "
                                         f"báo số {n}, kể về một sự kiện ở địa phương.\n", "utf-8")
    serial = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    parallel = batch.with_site_lines(batch.discover([str(folder)]), batch.Options(), 2)
    assert [j.site_lines for j in serial] == [j.site_lines for j in parallel]
    assert "thời sự" in serial[0].site_lines
    assert all(j.prepared is not None for j in serial + parallel)
    monkeypatch.setattr(batch, "KEEP_SEGMENTS", 10)  # room for the first file's 7 blocks only
    tight = batch.with_site_lines(batch.discover([str(folder)]), batch.Options())
    assert [j.prepared is not None for j in tight] == [True, False, False]
    assert [j.site_lines for j in tight] == [j.site_lines for j in serial]
    outs = []
    again = [replace(job, prepared=None) for job in parallel]
    for name, jobs in (("kept", serial), ("read", again)):
        out = tmp_path / name
        entries = list(batch.run(batch.clean_one, jobs, out, batch.Options(), force=True,
                                 processes=1))
        assert all(e.status == "ok" and e.removals for e in entries)
        outs.append([(out / f"{n}.xml").read_bytes() for n in range(3)])
    assert outs[0] == outs[1]


def clean_single(path):
    from normalize import clean
    return clean(path.read_bytes(), path.name).document
