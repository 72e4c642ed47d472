"""Score `docnorm decode` on the encoding corpus, and time decode + repair against chardet + ftfy.

    pip install rapidfuzz ftfy        # benchmark-only: the scorer's edit distance, the peer
    python benchmarks/encoding_bench.py [--corpus ../shared/bench/encoding/corpus] [--runs 3]

Runs `docnorm decode` (one process, the whole corpus) and scores its outputs with the corpus's
own score_encoding.py; then measures throughput (MB of input per CPU second, median of runs) of
docnorm's decode + repair and of chardet + ftfy on the same files in the same process.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from normalize.errors import DocnormError
from normalize.pipeline import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "encoding"


def stage_inputs(corpus: Path, work: Path) -> list[dict]:
    """Copy the corpus inputs to WORK/in/<doc>/<variant>.txt, the names docnorm reads."""
    items = [json.loads(line) for line in (corpus / "manifest.jsonl").open(encoding="utf-8")]
    for item in items:
        target = work / "in" / item["doc"] / f"{item['variant']}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / item["input"], target)
    return items


def throughput(func, blobs: list[bytes], runs: int) -> float:
    """Median MB of input per CPU second of func over all blobs."""
    size = sum(len(b) for b in blobs) / 1e6
    rates = []
    for _ in range(runs):
        start = time.process_time()
        for blob in blobs:
            func(blob)
        rates.append(size / max(1e-9, time.process_time() - start))
    return statistics.median(rates)


def _docnorm(blob: bytes) -> str:
    try:
        return decode_bytes(blob).text
    except DocnormError:
        return ""


def chardet_ftfy(blob: bytes) -> str:
    import chardet
    import ftfy
    guess = chardet.detect(blob)["encoding"] or "utf-8"
    return ftfy.fix_text(blob.decode(guess, errors="replace"), uncurl_quotes=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BENCH / "corpus")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="docnorm-encoding-bench-"))
    items = stage_inputs(args.corpus, work)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "normalize", "decode", str(work / "in"), "-o",
                    str(work / "out"), "-q", "-j", "1"], check=False)
    print(f"docnorm decode: {len(items)} files in {time.perf_counter() - start:.1f} s (one process)")
    subprocess.run([sys.executable, str(BENCH / "score_encoding.py"), "--corpus", str(args.corpus),
                    "--outputs", str(work / "out")], check=False)
    blobs = [(args.corpus / item["input"]).read_bytes() for item in items]
    ours = throughput(_docnorm, blobs, args.runs)
    try:
        peer = throughput(chardet_ftfy, blobs, args.runs)
        line = f"chardet + ftfy {peer:.2f} MB/s; ratio {ours / peer:.1f}x"
    except ImportError:
        line = "chardet + ftfy: not installed (pip install ftfy)"
    print(f"throughput (median of {args.runs}, CPU time): docnorm decode + repair "
          f"{ours:.2f} MB/s; {line}")
    print(f"(work folder: {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
