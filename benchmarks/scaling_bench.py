"""How `clean` scales with the size of one document: CPU seconds per MB at growing sizes.

    python benchmarks/scaling_bench.py [--sizes 0.25,1,4] [--kinds text,html]

A user may clean a whole book saved as one file. The documents are made from the words of
the samples (a fixed seed, lines of 3 to 60 words, a blank line every third), as a text dump
and as a page of paragraphs. Per MB, the cost should stay flat as the size grows; the last
column is the cost per MB against the smallest size's (1.0 is linear). The typo stage runs:
its document-wide rules are where a quadratic cost once hid (26 CPU-s for 2 MB).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
import time
from pathlib import Path

from normalize import clean

ROOT = Path(__file__).resolve().parent.parent


def vocabulary() -> list[str]:
    words: list[str] = []
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        words += re.findall(r"[^\W\d_]+", sample.read_text("utf-8"))
    return words


def document(words: list[str], megabytes: float, kind: str) -> bytes:
    rng = random.Random(7)
    lines, size = ["Tiêu đề của tài liệu dài"], 0
    while size < megabytes * 1_000_000:
        line = " ".join(rng.choice(words) for _ in range(rng.randint(3, 60))) + "."
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    if kind == "html":
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        return f"<html><body><h1>{lines[0]}</h1>{body}</body></html>".encode()
    return "\n".join(line + ("\n" if k % 3 == 0 else "") for k, line in enumerate(lines)).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,1,4", help="document sizes in MB")
    parser.add_argument("--kinds", default="text,html")
    args = parser.parse_args()
    words = vocabulary()
    print(f"{'kind':5} {'MB':>5} {'CPU s':>7} {'s/MB':>6} {'vs smallest':>11}")
    for kind in args.kinds.split(","):
        first = None
        for megabytes in (float(s) for s in args.sizes.split(",")):
            data = document(words, megabytes, kind)
            start = time.process_time()
            clean(data, f"big.{'html' if kind == 'html' else 'txt'}")
            seconds = time.process_time() - start
            per_mb = seconds / (len(data) / 1e6)
            first = first or per_mb
            print(f"{kind:5} {len(data) / 1e6:5.2f} {seconds:7.2f} {per_mb:6.2f} "
                  f"{per_mb / first:11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
