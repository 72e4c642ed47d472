"""Score `docnorm correct` on the public typo set, and measure its speed in words per second.

    python benchmarks/typos_bench.py [--pairs ../shared/bench/typos/typos_syn_public.jsonl]

The noisy sentences go through `docnorm correct` as one file (one sentence a line, so the file is
the "document" the corrector surveys); score_typos.py scores the output as it ships.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "typos"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=BENCH / "typos_syn_public.jsonl")
    parser.add_argument("--fold-tone-style", action="store_true")
    args = parser.parse_args()
    pairs = [json.loads(line) for line in args.pairs.open(encoding="utf-8")]
    work = Path(tempfile.mkdtemp(prefix="docnorm-typos-bench-"))
    noisy = work / "noisy.txt"
    noisy.write_text("".join(p["noisy"].replace("\n", " ") + "\n" for p in pairs), "utf-8")
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "normalize", "correct", str(noisy)],
                            capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    outputs = result.stdout.split("\n")[:len(pairs)]
    hyp = work / "hyp.jsonl"
    hyp.write_text("".join(json.dumps({"id": p["id"], "output": o}, ensure_ascii=False) + "\n"
                           for p, o in zip(pairs, outputs, strict=True)), "utf-8")
    command = [sys.executable, str(BENCH / "score_typos.py"), "--pairs", str(args.pairs),
               "--hyp", str(hyp), "--name", "docnorm"]
    subprocess.run(command + (["--fold-tone-style"] if args.fold_tone_style else []), check=False)
    words = sum(len(p["noisy"].split()) for p in pairs)
    print(f"speed: {words} words in {seconds:.2f} s, whole process = {words / seconds:,.0f} "
          "words/s")
    print(f"(work folder: {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
