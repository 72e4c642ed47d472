"""Score `docnorm clean` on the user's five samples against ../shared/bench/samples-gold.

Prints, per sample and in total: gold body lines kept with their kind, gold chrome lines removed,
metadata fields equal to the gold, and typos corrected with nothing else changed.

    python benchmarks/samples_gold.py [--gold DIR] [--samples DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from normalize import load
from normalize.model import Block, Figure, Heading, ListBlock, Quote, block_text
from normalize.segment import fold

ROOT = Path(__file__).resolve().parent.parent
KIND = {Figure: "caption", Heading: "h"}


def _first_line(span: str) -> int:
    return int(span.split("-")[0])


def _blocks(blocks: tuple[Block, ...]) -> dict[int, tuple[str, str]]:
    """Map each body block's first source line to (kind, text)."""
    out: dict[int, tuple[str, str]] = {}
    for block in blocks:
        if isinstance(block, (ListBlock, Quote)):
            inner = block.items if isinstance(block, ListBlock) else block.blocks
            for item in inner:
                out[_first_line(item.lines)] = ("p", block_text(block))  # type: ignore[union-attr]
        elif getattr(block, "lines", ""):
            out[_first_line(block.lines)] = (KIND.get(type(block), "p"), block_text(block))
    return out


def score(gold: dict, xml: Path) -> dict:
    doc = load(xml)
    got = _blocks(doc.blocks)
    meta = {"title": doc.meta.title, "authors": list(doc.meta.authors),
            "date": doc.meta.date.value if doc.meta.date else None, "section": doc.meta.section or None}
    body_ok = [b for b in gold["body"] if got.get(b["line"], ("", ""))[0] == b["kind"]]
    text_ok = [b for b in gold["body"] if fold(got.get(b["line"], ("", ""))[1]) == b["text"]]
    chrome_ok = [n for n in gold["chrome_lines"] if n not in got]
    problems = [f"meta {k}: {meta[k]!r} != {gold[k]!r}" for k in meta if meta[k] != gold[k]]
    problems += [f"line {b['line']}: want {b['kind']}, got {got.get(b['line'], ('removed',))[0]}"
                 for b in gold["body"] if b not in body_ok]
    problems += [f"line {n}: chrome kept" for n in gold["chrome_lines"] if n not in chrome_ok]
    problems += [f"line {b['line']}: text differs" for b in gold["body"]
                 if b in body_ok and b not in text_ok]
    return {"body": (len(body_ok), len(gold["body"])), "text": (len(text_ok), len(gold["body"])),
            "chrome": (len(chrome_ok), len(gold["chrome_lines"])),
            "meta": (sum(meta[k] == gold[k] for k in meta), len(meta)), "problems": problems}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared/bench/samples-gold")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "normalize", "clean", str(args.samples), "-o", out,
                        "-q", "--force"], check=False)
        totals = {k: [0, 0] for k in ("body", "text", "chrome", "meta")}
        for path in sorted(args.gold.glob("*.json")):
            gold = json.loads(path.read_text("utf-8"))
            result = score(gold, Path(out) / (Path(gold["source"]).stem + ".xml"))
            cells = "  ".join(f"{k} {result[k][0]}/{result[k][1]}" for k in totals)
            print(f"{gold['source'][:3]}  {cells}")
            for problem in result["problems"]:
                print(f"     {problem}")
            for k in totals:
                totals[k][0] += result[k][0]
                totals[k][1] += result[k][1]
    print("all  " + "  ".join(f"{k} {a}/{b} = {a / b:.3f}" for k, (a, b) in totals.items()))
    print("(text: body lines whose text equals the gold, i.e. typos fixed and nothing else changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
