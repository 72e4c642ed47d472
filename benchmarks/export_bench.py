"""Time `docnorm export` on a generated 500-article book against pandoc, and validate the books.

For each format: median of 3 whole-process runs, CPU seconds (user + system) and peak RSS, for
docnorm and for pandoc on the same articles' Markdown (PDF via xelatex), measured in one run.
Then ../shared/bench/export/validate.py checks docnorm's three books.

    python benchmarks/export_bench.py [--n 500] [--runs 3] [--no-pandoc] [--no-validate]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree

from normalize import canonical
from normalize.model import Document, Figure, Heading, Metadata, Paragraph, PublicationDate, Source

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "export"


def to_canonical(path: Path) -> Document:
    """gen_corpus's simple article XML (its own element names) as a canonical document."""
    root = etree.parse(str(path)).getroot()
    text = lambda tag: (root.findtext(tag) or "").strip()  # noqa: E731
    blocks: list = []
    for el in root.find("body"):
        content = ("".join(el.itertext()).strip(),)
        n = len(blocks) + 1
        if el.tag == "h2":
            blocks.append(Heading(1, content, f"b{n}", str(n)))
        elif el.tag == "caption":
            blocks.append(Figure(content, id=f"b{n}", lines=str(n)))
        else:
            blocks.append(Paragraph(content, f"b{n}", str(n)))
    date = text("date")
    source = Source(path.name, hashlib.sha256(path.read_bytes()).hexdigest(), "text", "utf-8",
                    site=text("source"))
    meta = Metadata(source, title=text("title"), authors=(text("byline"),) if text("byline") else (),
                    date=PublicationDate(date, date) if date else None, language="vi")
    return Document(meta, tuple(blocks))


def measure(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> dict[str, float]:
    """Median CPU seconds, wall seconds and peak RSS (MiB) of `runs` runs of a whole process."""
    import time
    cpu, wall, rss = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall.append(time.perf_counter() - start)
        if status != 0:
            err = proc.stderr.read().decode(errors="replace")[-400:] if proc.stderr else ""
            raise SystemExit(f"failed ({status}): {' '.join(cmd[:4])}…\n{err}")
        cpu.append(usage.ru_utime + usage.ru_stime)
        rss.append(usage.ru_maxrss / 1024)
    return {"cpu": statistics.median(cpu), "wall": statistics.median(wall),
            "rss": statistics.median(rss)}


def pandoc_command(fmt: str, corpus: Path, out: Path) -> list[str]:
    md = sorted(str(p) for p in (corpus / "md").glob("*.md"))
    cmd = ["pandoc", *md, "--metadata-file", str(corpus / "metadata.yaml"), "--toc", "-o",
           str(out / f"pandoc.{fmt}")]
    if fmt == "pdf":
        cmd += ["--pdf-engine=xelatex", "-V", "mainfont=Noto Serif"]
    return cmd


def _cer_of_found(fidelity: dict, corpus: Path) -> float:
    """validate.py counts an article it cannot locate as all errors; this leaves those out."""
    missing = 0
    for ident in fidelity.get("missing_ids", []):
        lines = (corpus / "txt" / f"{ident}.txt").read_text("utf-8").split()
        missing += len(" ".join(lines))
    total = fidelity.get("source_chars", 0)
    errors = fidelity.get("cer", 0.0) * total - missing
    return max(0.0, errors) / max(1, total - missing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-pandoc", action="store_true")
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="docnorm-export-bench-"))
    corpus = work / "corpus"
    subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), "--n", str(args.n), "--out",
                    str(corpus)], check=True, stdout=subprocess.DEVNULL)
    xml_dir = work / "xml"
    xml_dir.mkdir()
    for path in sorted((corpus / "xml").glob("*.xml")):
        (xml_dir / path.name).write_bytes(canonical.write(to_canonical(path)))
    config = work / "book.toml"
    config.write_text('[book]\ntitle = "Tuyển tập bài báo"\nauthors = ["Ban biên tập"]\n'
                      'publisher = "Thử nghiệm"\nlanguage = "vi"\n', "utf-8")
    docnorm = [sys.executable, "-m", "normalize", "export", str(xml_dir), "-o", str(work),
               "--config", str(config)]
    subprocess.run(docnorm + ["--format", "pdf"], check=True, stdout=subprocess.DEVNULL)  # warm font cache
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    rows = []
    for fmt in ("docx", "epub", "pdf"):
        ours = measure(docnorm + ["--format", fmt], args.runs, env)
        theirs = None
        if not args.no_pandoc and shutil.which("pandoc"):
            theirs = measure(pandoc_command(fmt, corpus, work), args.runs)
        rows.append((fmt, ours, theirs))
    print(f"{args.n} articles, median of {args.runs} whole-process runs")
    print(f"{'format':7} {'docnorm CPU s':>13} {'peak RSS MiB':>13} {'pandoc CPU s':>13} "
          f"{'ratio':>6}")
    for fmt, ours, theirs in rows:
        peer = f"{theirs['cpu']:13.1f} {ours['cpu'] / theirs['cpu']:6.2f}" if theirs else \
            f"{'n/a':>13} {'':>6}"
        print(f"{fmt:7} {ours['cpu']:13.1f} {ours['rss']:13.0f} {peer}")
    if not args.no_validate:
        sources = work / "sources.txt"
        sources.write_text("\n".join(str(p) for p in sorted((corpus / "txt").glob("*.txt"))))
        for fmt in ("docx", "epub", "pdf"):
            report = work / f"validate-{fmt}.json"
            result = subprocess.run([sys.executable, str(BENCH / "validate.py"),
                                     str(work / f"book.{fmt}"), "--sources", str(sources),
                                     "--max-cer", "0.001", "--json", str(report)],
                                    capture_output=True, text=True, check=False)
            data = json.loads(report.read_text()) if report.exists() else {}
            fid = data.get("fidelity", {})
            print(f"validate {fmt}: {'PASS' if result.returncode == 0 else 'FAIL'}  "
                  f"articles {fid.get('articles_found_in_text')}/{fid.get('articles_in_sources')}"
                  f"  CER {fid.get('cer', float('nan')):.4%}"
                  f" ({_cer_of_found(fid, corpus):.4%} over the articles it located)  "
                  f"validators: " + ", ".join(f"{k.split(' ')[0]}={v.get('status')}"
                                               for k, v in data.get("validators", {}).items()))
            for missing in fid.get("missing_ids", []):
                title = (corpus / "txt" / f"{missing}.txt").read_text("utf-8").splitlines()[0]
                print(f"    not located: {missing} {title!r}")
    print(f"(work folder: {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
