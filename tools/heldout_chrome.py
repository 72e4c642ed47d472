"""What the block model gives pages it was not trained on: the chrome benchmark's figures with
each page cleaned by weights fit without its site.

    python tools/heldout_chrome.py [--kind text|html] [--folds 5] [--data ../shared/bench/chrome-eval]

The shipped weights are fit on every public page, so the benchmark's own figures flatter the
model. Here the pages are split into folds by their site (the host of their address: a site's
pages share a template, and a page the model saw teaches it its neighbours); each fold is
cleaned with text or html weights fit on the other folds, as tools/train_chrome.py fits them.
The same pages cleaned with the shipped weights are scored alongside, in the same way (one by
one, without a batch's site knowledge, which is why both differ a little from
benchmarks/chrome_bench.py). The title's ranking keeps its shipped weights (train_chrome.py
prints its own held-out figure), and the rules and the region's constants were set by hand on
these same pages: this measures the model's share of over-fitting, not the rules'.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from train_chrome import fit, manifest, page_examples, read_page
from tune_chrome import run, score

from normalize import blockmodel


def folds_by_site(rows: list[dict[str, str]], folds: int) -> list[int]:
    """Each page's fold: the sites, in order of name, dealt round the folds."""
    hosts = [urlsplit(row["url"]).hostname or row["id"] for row in rows]
    fold_of = {host: k % folds for k, host in enumerate(sorted(set(hosts)))}
    return [fold_of[host] for host in hosts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared/bench/chrome-eval")
    args = parser.parse_args()
    rows = manifest(args.data)
    snippets = json.loads((args.data / "snippets.json").read_text("utf-8"))
    examples = [page_examples(args.data, args.kind, row, snippets) for row in rows]
    fold = folds_by_site(rows, args.folds)
    pages = [(row["id"], *read_page(args.data, args.kind, row["id"])) for row in rows]
    work = Path(tempfile.mkdtemp(prefix="docnorm-heldout-"))
    run(pages, work / "shipped")
    shipped = blockmodel.trained()
    for part in range(args.folds):
        train = [examples[k] for k in range(len(rows)) if fold[k] != part and len(examples[k][0])]
        w = fit(np.vstack([x for x, _ in train]), np.concatenate([y for _, y in train]))
        blockmodel.trained = lambda w=w: {**shipped, args.kind: w}  # type: ignore[assignment]
        run([page for k, page in enumerate(pages) if fold[k] == part], work / "held-out")
        print(f"fold {part}: {fold.count(part)} pages", flush=True)
    for name in ("shipped", "held-out"):
        aeb, traf = score(args.data, work / name)
        print(f"{args.kind}, {name} weights: AEB F1 {aeb:.3f}, TRAF F1 {traf:.3f}")
    print(f"(work folder: {work})")


if __name__ == "__main__":
    main()
