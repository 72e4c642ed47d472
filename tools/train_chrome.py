"""Train the block model (normalize/data/chrome-model.json) on the public chrome benchmark.

    python tools/train_chrome.py [--data ../shared/bench/chrome-eval]

What it learns from: the public pages of chrome-eval (scrapinghub's article-extraction-benchmark,
trafilatura's evaluation pages, Readability's and newspaper4k's test pages; see that folder's
README for their sources and licences). Each block docnorm segments out of a page (a line of the
text dump, or an HTML block; read by `pipeline.prepare`, as `clean` reads it) is labelled article
text when its text occurs in the page's gold text (or holds a "with" snippet), chrome when it does
not (or holds a "without" snippet); blocks a snippet page says nothing about are left out.
A logistic regression per input kind (text, html) over blockmodel.FEATURES, L2-regularised, fit
by gradient descent with a fixed seed: the same data gives the same weights.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from pathlib import Path

import numpy as np

from normalize import blockmodel, segment
from normalize.pipeline import prepare

OUT = Path(__file__).resolve().parent.parent / "normalize" / "data" / "chrome-model.json"


def fold(text: str) -> str:
    """Text as a page's gold and its blocks are compared: white space folded, lower case."""
    return segment.fold(text).lower()


def labels(texts: list[str], row: dict[str, str], data: Path, snippets: dict) -> list[int | None]:
    if row["gold_type"] == "full":
        gold = fold((data / "gold" / f"{row['id']}.txt").read_text("utf-8"))
        return [1 if len(t) >= 3 and fold(t) in gold else 0 for t in texts]
    page = snippets.get(row["id"], {})
    want = [fold(s) for s in page.get("with", [])]
    avoid = [fold(s) for s in page.get("without", [])]
    out: list[int | None] = []
    for text in texts:
        t = fold(text)
        if any(s and (s in t or t in s and len(t) > 30) for s in want):
            out.append(1)
        elif any(s and (s in t or t in s and len(t) > 30) for s in avoid):
            out.append(0)
        else:
            out.append(None)
    return out


def examples(data: Path, kind: str) -> tuple[np.ndarray, np.ndarray]:
    snippets = json.loads((data / "snippets.json").read_text("utf-8"))
    with (data / "manifest.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    xs, ys = [], []
    for row in rows:
        if kind == "text":
            raw, name = (data / "dump" / f"{row['id']}.txt").read_bytes(), "page.txt"
        else:
            raw = gzip.decompress((data / "html" / f"{row['id']}.html.gz").read_bytes())
            name = "page.html"
        try:
            segments = prepare(raw, name).segmented.segments
        except Exception:  # a page docnorm refuses teaches nothing
            continue
        if not segments:
            continue
        feats = blockmodel.features(segments)
        for vector, label in zip(feats, labels([s.text for s in segments], row, data, snippets),
                                 strict=True):
            if label is not None:
                xs.append(vector)
                ys.append(label)
    return np.array(xs), np.array(ys, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000) -> np.ndarray:
    w = np.zeros(x.shape[1])
    positive = y.mean()
    sample_weight = np.where(y == 1, 0.5 / positive, 0.5 / (1 - positive))  # balance classes
    rate = 0.5
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ ((p - y) * sample_weight) / len(y) + l2 * w
        w -= rate * gradient
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared/bench/chrome-eval")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail if the shipped weights are not what training gives")
    args = parser.parse_args()
    model = {"features": list(blockmodel.FEATURES), "weights": {},
             "trained_on": "chrome-eval public pages (see tools/train_chrome.py)"}
    for kind in ("text", "html"):
        x, y = examples(args.data, kind)
        w = fit(x, y)
        accuracy = (((x @ w) > 0) == (y == 1)).mean()
        print(f"{kind}: {len(y)} blocks, {int(y.sum())} article text, accuracy {accuracy:.3f}")
        model["weights"][kind] = [round(float(v), 4) for v in w]
    if args.check:
        sys.exit(0 if _same_weights(json.loads(OUT.read_text("utf-8")), model) else
                 f"{OUT} is stale (blockmodel's features or vocabulary changed since it was "
                 "trained): run tools/train_chrome.py and commit it")
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


CHECK_TOLERANCE = 0.002  # weights are rounded to 4 decimals; another BLAS may move the last one


def _same_weights(shipped: dict, trained: dict) -> bool:
    """Whether the shipped model is the one training gives now, up to CHECK_TOLERANCE."""
    if shipped.get("features") != trained["features"]:
        return False
    return all(len(shipped["weights"].get(kind, [])) == len(weights)
               and np.allclose(shipped["weights"][kind], weights, atol=CHECK_TOLERANCE)
               for kind, weights in trained["weights"].items())


if __name__ == "__main__":
    main()
