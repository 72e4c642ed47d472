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

The title ranking (classify.rank_title) learns from the same pages' dumps: the candidates
classify.title_choices gives for each, over blockmodel.TITLE_FEATURES, and which of them is the
headline the page's HTML head declares (its <title> or og:title, or the longest part of one
that adds the site's name: "Headline | Site"). Pages where no candidate is are left out. A
conditional logit (a softmax over each page's candidates), L2-regularised, by gradient descent
from zero weights: again the same data gives the same weights.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import json
import re
import sys
from pathlib import Path

import numpy as np

from normalize import blockmodel, segment
from normalize.classify import run_rules
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


def manifest(data: Path) -> list[dict[str, str]]:
    with (data / "manifest.tsv").open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def examples(data: Path, kind: str) -> tuple[np.ndarray, np.ndarray]:
    snippets = json.loads((data / "snippets.json").read_text("utf-8"))
    pages = [page_examples(data, kind, row, snippets) for row in manifest(data)]
    x = [rows for rows, _ in pages if len(rows)]
    return np.vstack(x), np.concatenate([wanted for rows, wanted in pages if len(rows)])


def read_page(data: Path, kind: str, ident: str) -> tuple[bytes, str]:
    """A page's bytes as `kind` ("text": its dump, "html": its page), and a file name saying so."""
    if kind == "text":
        return (data / "dump" / f"{ident}.txt").read_bytes(), "page.txt"
    return gzip.decompress((data / "html" / f"{ident}.html.gz").read_bytes()), "page.html"


def page_examples(data: Path, kind: str, row: dict[str, str], snippets: dict
                  ) -> tuple[np.ndarray, np.ndarray]:
    """One page's labelled blocks: their rows of blockmodel.FEATURES, and 1 for article text."""
    try:
        segments = prepare(*read_page(data, kind, row["id"])).segmented.segments
    except Exception:  # a page docnorm refuses teaches nothing
        segments = ()
    if not segments:
        return np.zeros((0, len(blockmodel.FEATURES))), np.zeros(0)
    feats = blockmodel.features(segments)
    kept = [(vector, label) for vector, label in
            zip(feats, labels([s.text for s in segments], row, data, snippets), strict=True)
            if label is not None]
    return (np.array([v for v, _ in kept]).reshape(-1, len(blockmodel.FEATURES)),
            np.array([label for _, label in kept], dtype=float))


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


MIN_TITLE_CHARS = 8  # a shorter line matches a declared title by chance
TITLE_RATIO = 0.8  # a line this near a declared title (difflib's ratio) is it, punctuation aside
SITE_APART = re.compile(r"\s[|–—-]\s|\s::\s")  # what sets a site's name apart in a <title>


def is_headline(text: str, declared: list[str]) -> bool:
    """Whether a dump's line is the headline its page declares (`declared`: its <title> and
    og:title): the whole of one, its longest part past the site's name, or near one."""
    line = " ".join(text.lower().split())
    if len(line) < MIN_TITLE_CHARS:
        return False
    for title in (" ".join(t.lower().split()) for t in declared):
        if line == max(SITE_APART.split(title), key=len).strip() \
                or line in title and 2 * len(line) >= len(title) \
                or difflib.SequenceMatcher(None, line, title).ratio() >= TITLE_RATIO:
            return True
    return False


def title_examples(data: Path) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each dump's title candidates (rows of TITLE_FEATURES) and which of them is its headline,
    for the pages whose HTML head declares a title that one of their candidates is."""
    pages = []
    for row in manifest(data):
        try:
            head = prepare(*read_page(data, "html", row["id"])).segmented.head
            dump = prepare(*read_page(data, "text", row["id"]))
        except Exception:  # a page docnorm refuses teaches nothing
            continue
        declared = [head[key] for key in ("title", "og:title") if head.get(key)]
        choices = run_rules(dump.segmented, dump.kind).title_choices
        if not declared or choices is None:
            continue
        indexes, rows = choices
        wanted = np.array([is_headline(dump.segmented.segments[i].text, declared) for i in indexes],
                          dtype=float)
        if wanted.any():
            pages.append((rows, wanted / wanted.sum()))
    return pages


def fit_ranking(pages: list[tuple[np.ndarray, np.ndarray]], l2: float = 1e-3,
                steps: int = 3000) -> np.ndarray:
    """Weights under which each page's wanted candidates take most of a softmax over its
    candidates' scores."""
    x = np.vstack([rows for rows, _ in pages])
    target = np.concatenate([wanted for _, wanted in pages])
    starts = np.cumsum([0] + [len(wanted) for _, wanted in pages[:-1]])
    page = np.repeat(np.arange(len(pages)), [len(wanted) for _, wanted in pages])
    w = np.zeros(x.shape[1])
    rate = 0.5
    for _ in range(steps):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[page])
        p = e / np.add.reduceat(e, starts)[page]
        w -= rate * (x.T @ (p - target) / len(pages) + l2 * w)
    return w


def ranking_accuracy(pages: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    """The share of pages whose best-scored candidate is a wanted one."""
    return float(np.mean([wanted[np.argmax(rows @ w)] > 0 for rows, wanted in pages]))


def held_out_accuracy(pages: list[tuple[np.ndarray, np.ndarray]], folds: int = 5) -> float:
    """ranking_accuracy on pages the weights were not fit on: each page's fold held out in turn
    (every `folds`-th page), what a page outside the benchmark may expect."""
    hits = 0.0
    for part in range(folds):
        held = pages[part::folds]
        w = fit_ranking([page for k, page in enumerate(pages) if k % folds != part])
        hits += ranking_accuracy(held, w) * len(held)
    return hits / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared/bench/chrome-eval")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail if the shipped weights are not what training gives")
    args = parser.parse_args()
    shipped = json.loads(OUT.read_text("utf-8")) if OUT.is_file() else {}
    model = {"features": list(blockmodel.FEATURES), "title_features": list(blockmodel.TITLE_FEATURES),
             "weights": {}, "trained_on": "chrome-eval public pages (see tools/train_chrome.py)"}
    for kind in ("text", "html"):
        x, y = examples(args.data, kind)
        w = fit(x, y)
        accuracy = (((x @ w) > 0) == (y == 1)).mean()
        print(f"{kind}: {len(y)} blocks, {int(y.sum())} article text, accuracy {accuracy:.3f}")
        model["weights"][kind] = [round(float(v), 4) for v in w]
    # the title's candidates are read with the block model's scores, those just trained: the
    # shipped ones when checking (they must be the same), else written first
    if args.check:
        if not _same_weights(shipped, model, ("text", "html")):
            sys.exit(_STALE)
    else:
        same_title = shipped.get("title_features") == model["title_features"]
        model["weights"]["title"] = shipped["weights"]["title"] if same_title \
            else [0.0] * len(blockmodel.TITLE_FEATURES)  # (title_choices reads none of them)
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        blockmodel.trained.cache_clear()
    pages = title_examples(args.data)
    w = fit_ranking(pages)
    held_out = "" if args.check else f" ({held_out_accuracy(pages):.3f} held out, 5 folds)"
    print(f"title: {len(pages)} pages, the headline ranked first on {ranking_accuracy(pages, w):.3f}"
          f"{held_out}")
    model["weights"]["title"] = [round(float(v), 4) for v in w]
    if args.check:
        sys.exit(0 if _same_weights(shipped, model, ("title",)) else _STALE)
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


CHECK_TOLERANCE = 0.002  # weights are rounded to 4 decimals; another BLAS may move the last one


_STALE = (f"{OUT} is stale (blockmodel's features, the vocabulary or the rules before the title's "
          "re-choice changed since it was trained): run tools/train_chrome.py and commit it")


def _same_weights(shipped: dict, trained: dict, kinds: tuple[str, ...]) -> bool:
    """Whether the shipped model's weights for `kinds` are those training gives now, up to
    CHECK_TOLERANCE."""
    if any(shipped.get(key) != trained[key] for key in ("features", "title_features")):
        return False
    return all(len(shipped["weights"].get(kind, [])) == len(trained["weights"][kind])
               and np.allclose(shipped["weights"][kind], trained["weights"][kind], atol=CHECK_TOLERANCE)
               for kind in kinds)


if __name__ == "__main__":
    main()
