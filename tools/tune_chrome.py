"""Grid-search the main-region constants of normalize/vocabulary.py on the public chrome pages.

    python tools/tune_chrome.py --kind text|html [--data ../shared/bench/chrome-eval]

Prints, for every combination, the AEB F1 (full-text gold) and the snippet F1 (traf) that
score.py gives docnorm's body text; the chosen values are then written into vocabulary.py by
hand. Pages are cleaned one by one, without the batch's site knowledge;
`benchmarks/chrome_bench.py` gives the end-to-end figures.
"""

from __future__ import annotations

import argparse
import itertools
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from train_chrome import manifest, read_page

from normalize import pipeline
from normalize import vocabulary as V
from normalize.errors import DocnormError
from normalize.options import Options

GRID = {"REGION_MODEL_OFFSET": (-0.5, -0.3, 0.0, 0.3), "REGION_MIN_SHARE": (0.25, 0.35, 0.5),
        "REGION_MERGE_GAP": (3, 8), "REGION_BARRIER": (-3.0, -5.0, -8.0), "REGION_STRONG": (1.5, 2.0, 3.0)}


def run(pages: list[tuple[str, bytes, str]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    options = Options(correct=False)
    for ident, data, name in pages:
        try:
            text = pipeline.clean(data, name, options).text
        except DocnormError:
            text = ""
        (out / f"{ident}.txt").write_text(text, "utf-8")


def score(data: Path, out: Path) -> tuple[float, float]:
    result = subprocess.run([sys.executable, str(data / "score.py"), "--sys", str(out), "--data",
                             str(data)], capture_output=True, text=True, check=False).stdout
    aeb = re.search(r"^aeb\s+\d+\s+\S+\s+\S+\s+(\S+)", result, re.M)
    traf = re.search(r"^traf\s+\d+\s+\S+\s+\S+\s+(\S+)", result, re.M)
    return float(aeb[1]) if aeb else 0.0, float(traf[1]) if traf else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared/bench/chrome-eval")
    args = parser.parse_args()
    pages = [(row["id"], *read_page(args.data, args.kind, row["id"])) for row in manifest(args.data)]
    work = Path(tempfile.mkdtemp(prefix="docnorm-tune-"))
    for values in itertools.product(*GRID.values()):
        for name, value in zip(GRID, values, strict=True):
            if name == "REGION_MODEL_OFFSET":  # one value per input kind
                value = {**V.REGION_MODEL_OFFSET, args.kind: value}
            setattr(V, name, value)
        out = work / "-".join(map(str, values))
        run(pages, out)
        aeb, traf = score(args.data, out)
        print(dict(zip(GRID, values, strict=True)), f"aeb {aeb:.3f} traf {traf:.3f}", flush=True)


if __name__ == "__main__":
    main()
