"""Score `docnorm clean --text` on the chrome-removal benchmark, for text dumps and HTML pages,
and measure pages per second against jusText (dumps) and trafilatura (HTML) in the same run.

    pip install justext lxml_html_clean trafilatura     # benchmark-only peers
    python benchmarks/chrome_bench.py [--data ../shared/bench/chrome-eval] [--kinds dump,html]
                                      [--subset aeb,traf] [--no-peers] [--repeat 3]

The body text docnorm writes (`--text`: no title, a block a line) is scored with the corpus's
own score.py: AEB shingle F1 for full-text gold, trafilatura's snippet F1 for the traf subset.
Speed is the median CPU time (docnorm's whole process, start-up included) of --repeat runs.
Every canonical document written is checked: valid, and restore gives back its source.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from normalize import decode_bytes, load, restore, validate
from normalize.canonical import clean_text
from normalize.inputs import read_input
from normalize.pipeline import prepare

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench" / "chrome-eval"


def manifest(data: Path, subsets: set[str]) -> list[dict[str, str]]:
    with (data / "manifest.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    return [r for r in rows if not subsets or r["subset"] in subsets]


def stage(data: Path, rows: list[dict[str, str]], kind: str, into: Path) -> None:
    into.mkdir(parents=True)
    for row in rows:
        if kind == "dump":
            shutil.copyfile(data / "dump" / f"{row['id']}.txt", into / f"{row['id']}.txt")
        else:
            shutil.copyfile(data / "html" / f"{row['id']}.html.gz", into / f"{row['id']}.html.gz")


def run_docnorm(src: Path, out: Path, jobs: int) -> float:
    """CPU seconds of one `docnorm clean` process (and its workers) over the folder."""
    before = _children_cpu()
    subprocess.run([sys.executable, "-m", "normalize", "clean", str(src), "-o", str(out),
                    "--text", "--no-correct", "-q", "--force", "-j", str(jobs)], check=False)
    return _children_cpu() - before


def _children_cpu() -> float:
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peer_dump(rows: list[dict[str, str]], data: Path, out: Path) -> float:
    """jusText on the dump text, one paragraph a line (its stoplist per page language)."""
    import justext
    out.mkdir(parents=True)
    start = time.process_time()
    for row in rows:
        text = (data / "dump" / f"{row['id']}.txt").read_text("utf-8")
        html = "<html><body>" + "".join(f"<p>{_escape(line)}</p>" for line in text.splitlines()
                                        if line.strip()) + "</body></html>"
        stop = justext.get_stoplist(row["jt_lang"]) if row["jt_lang"] else frozenset()
        paragraphs = justext.justext(html.encode(), stop)
        (out / f"{row['id']}.txt").write_text(
            "\n".join(p.text for p in paragraphs if not p.is_boilerplate), "utf-8")
    return time.process_time() - start


def peer_html(rows: list[dict[str, str]], data: Path, out: Path) -> float:
    import trafilatura
    out.mkdir(parents=True)
    start = time.process_time()
    for row in rows:
        html = gzip.decompress((data / "html" / f"{row['id']}.html.gz").read_bytes())
        text = trafilatura.extract(html) or ""
        (out / f"{row['id']}.txt").write_text(text, "utf-8")
    return time.process_time() - start


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def check_outputs(src: Path, out: Path) -> tuple[int, list[str], list[str]]:
    """How many canonical documents were written; the names of those that are not valid
    canonical XML, and of those `docnorm restore` does not turn back into their source: the
    source as the cleaner read it (decoded and repaired; for a page of HTML, the text of its
    blocks), compared word for word."""
    written, invalid, lost = 0, [], []
    for path in sorted(src.iterdir()):
        name = path.name.removesuffix(".gz")
        xml = out / f"{Path(name).stem}.xml"
        if not xml.is_file():
            continue  # refused input (an empty file): the report says why
        written += 1
        if validate(xml.read_bytes()):
            invalid.append(name)
            continue
        data = read_input(path, 1 << 30)
        if name.endswith(".html"):
            source = " ".join(seg.text for seg in prepare(data, name).segmented.segments)
        else:
            source = decode_bytes(data).text
        if restore(load(xml)).split() != clean_text(source).split():
            lost.append(name)
    return written, invalid, lost


def score(data: Path, out: Path, subsets: str, label: str) -> None:
    command = [sys.executable, str(data / "score.py"), "--sys", str(out), "--data", str(data),
               "--label", label]
    if subsets:
        command += ["--subset", subsets]
    subprocess.run(command, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--kinds", default="dump,html")
    parser.add_argument("--subset", default="")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs whose median CPU time counts")
    args = parser.parse_args()
    if not (args.data / "manifest.tsv").is_file():
        parser.error(f"{args.data}: not the chrome-eval benchmark (no manifest.tsv); pass --data")
    rows = manifest(args.data, set(filter(None, args.subset.split(","))))
    work = Path(tempfile.mkdtemp(prefix="docnorm-chrome-bench-"))
    for kind in args.kinds.split(","):
        stage(args.data, rows, kind, work / f"in-{kind}")
        ours = statistics.median(run_docnorm(work / f"in-{kind}", work / f"out-{kind}", args.jobs)
                                 for _ in range(args.repeat))
        written, invalid, lost = check_outputs(work / f"in-{kind}", work / f"out-{kind}")
        for path in (work / f"out-{kind}").glob("*.xml"):
            path.unlink()
        print(f"\n===== {kind}: docnorm clean --text, {len(rows)} pages")
        print(f"canonical XML ({kind}): {written} documents; not valid: {len(invalid)} "
              f"{' '.join(invalid[:5])}; restore does not give back the source: {len(lost)} "
              f"{' '.join(lost[:5])}")
        score(args.data, work / f"out-{kind}", args.subset, f"docnorm-{kind}")
        line = f"speed ({kind}): docnorm {len(rows) / ours:.1f} pages/CPU-s"
        if not args.no_peers:
            peer = peer_dump if kind == "dump" else peer_html
            name = "jusText" if kind == "dump" else "trafilatura"
            try:
                seconds = statistics.median(peer(rows, args.data, work / f"peer-{kind}-{n}")
                                            for n in range(args.repeat))
                line += f"; {name} {len(rows) / seconds:.1f} pages/CPU-s; ratio " \
                        f"{seconds / ours:.2f}x (median of {args.repeat})"
                print(f"\n----- {kind}: {name}")
                score(args.data, work / f"peer-{kind}-0", args.subset, name)
            except ImportError:
                line += f"; {name} not installed"
        print(line)
    print(f"(work folder: {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
