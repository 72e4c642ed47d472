"""A small learned score of how much a block reads like article text, from language-agnostic
features; its weights (data/chrome-model.json) come from tools/train_chrome.py."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from importlib.resources import files

import numpy as np

from . import textstats
from . import vocabulary as V
from .segment import ITEM_TAGS, Segment, heading_level, list_marker

FEATURES = ("bias", "log_chars", "words", "sentence_end", "upper_share", "digit_share",
            "punct_share", "title_case", "short_words", "commas", "position", "repeated",
            "barrier", "chrome_line", "link_density", "hint", "tag_p", "tag_h", "tag_li",
            "near_words", "near_sentence", "bullet", "in_content", "apart", "group", "near_apart")
BARRIER, CHROME_LINE = FEATURES.index("barrier"), FEATURES.index("chrome_line")
TITLE_CASE = FEATURES.index("title_case")
ENDS_SENTENCE, DIGIT_SHARE = FEATURES.index("sentence_end"), FEATURES.index("digit_share")
SENTENCE_END = tuple(".!?…。！？")
CLOSERS = "\"'”’»)」"  # what may close a sentence past its mark


def _own(segments: tuple[Segment, ...], c: textstats.Counts) -> np.ndarray:
    """The blocks' own features, a row per block, in FEATURES order up to near_words."""
    texts = [s.text for s in segments]
    n = len(texts)
    length = np.maximum(c.chars, 1)
    tokens = np.maximum(c.words, 1)
    repeats = Counter(texts)
    words = c.words.tolist()  # Python numbers: comparing numpy scalars one by one is slow
    # the lines short enough to be searched for chrome wording and barrier headings, lower-cased
    short = [t.lower() if w <= V.MAX_CHROME_LINE_WORDS else "" for t, w in zip(texts, words)]
    columns = [
        np.ones(n),
        np.log1p(c.chars) / 6,
        np.minimum(c.words + c.wide / 2, 80) / 40,
        [float(t.rstrip(CLOSERS).endswith(SENTENCE_END)) for t in texts],
        np.minimum(1.0, c.upper / np.maximum(1, c.letters)),
        c.digits / length,
        c.punct / length,
        c.capitalised / tokens,
        c.short / tokens,
        [min(t.count(",") + t.count("，"), 10) / 10 for t in texts],
        np.arange(n) / max(1, n - 1),
        [float(repeats[t] > 1) for t in texts],
        [float(w <= V.MAX_BARRIER_WORDS and bool(V.REGION_BARRIERS.search(t)))
         for t, w in zip(short, words)],
        [float(bool(t) and bool(V.ANY_CHROME_LINE.search(t))) for t in short],
        [s.link_density for s in segments],
        [float(bool(s.hint)) for s in segments],
        [float(s.tag == "p") for s in segments],
        [float(heading_level(s.tag) is not None) for s in segments],
        [float(s.tag in ITEM_TAGS) for s in segments],
    ]
    return np.column_stack(columns)


def _near(column: np.ndarray) -> np.ndarray:
    """The mean of `column` over the two blocks either side (a lone block: its own value)."""
    n = len(column)
    padded = np.concatenate(([0.0, 0.0], column, [0.0, 0.0]))
    ones = np.concatenate(([0.0, 0.0], np.ones(n), [0.0, 0.0]))
    window = np.array([1.0, 1.0, 0.0, 1.0, 1.0])
    total = np.convolve(padded, window, "valid")
    count = np.convolve(ones, window, "valid")
    return np.where(count > 0, total / np.maximum(count, 1), column)


def features(segments: tuple[Segment, ...], counts: textstats.Counts | None = None) -> np.ndarray:
    """The feature matrix of the segments: a row per segment, FEATURES in order (neighbours
    included). `counts` are the segments' textstats, when the caller has them already."""
    if not segments:
        return np.zeros((0, len(FEATURES)))
    own = _own(segments, counts or textstats.count([s.text for s in segments]))
    words_at, sentence_at = FEATURES.index("words"), FEATURES.index("sentence_end")
    return np.column_stack([
        own, _near(own[:, words_at]), _near(own[:, sentence_at]),
        [float(list_marker(s.text) is not None) for s in segments],
        [float(s.content) for s in segments],
        *_grouping(segments)])


def _grouping(segments: tuple[Segment, ...]) -> list[np.ndarray]:
    """A dump line's blank-line run (Segment.group) as columns, each less its page mean: alone
    between blank lines, the run's log size, and how many of the blocks around are alone. A page
    that sets every line apart, or none, says nothing by it: its columns are zero."""
    sizes = np.array([s.group for s in segments], dtype=float)
    alone = (sizes == 1).astype(float)
    size = np.log1p(sizes) / 3
    alone -= alone.mean()
    return [alone, size - size.mean(), _near(alone)]


@cache
def trained() -> dict[str, np.ndarray]:
    """The trained weights of each kind ("text" or "html" blocks, "title" candidates), read once.
    The model ships with the package: one that is missing or trained on other features is a
    broken install, said as such."""
    model = json.loads(files("normalize").joinpath("data/chrome-model.json").read_text("utf-8"))
    if model.get("features") != list(FEATURES) or model.get("title_features") != list(TITLE_FEATURES):
        raise RuntimeError("normalize/data/chrome-model.json does not fit blockmodel.FEATURES and "
                           "TITLE_FEATURES: run tools/train_chrome.py")
    return {kind: np.array(weights) for kind, weights in model.get("weights", {}).items()}


def weights(kind: str) -> np.ndarray:
    """The trained weights for `kind` (see trained)."""
    found = trained().get(kind)
    if found is None:
        raise RuntimeError(f"normalize/data/chrome-model.json has no {kind} weights: "
                           "run tools/train_chrome.py")
    return found


def scores(rows: np.ndarray, kind: str) -> list[float]:
    """Log-odds that each block is article text, from its `features` row."""
    return (rows @ weights(kind)).tolist()


# What tells a dump's headline among the blocks that may be its title (classify.title_choices
# reads them, in this order): the title found first; the share of its words, and how many, that
# the article's opening holds; how far it stands above the article; shown twice; a byline or a
# date under it, a date over it; its length, a headline's length; a sentence's end; capitals;
# the block model's score; set aside as the header; the article run's first block; a caption's
# wording; its capitalised words; the page's first line again; the best share of all; a
# candidate sharing much just over it (a headline over a standfirst); a full stop; a colon.
TITLE_FEATURES = ("chosen", "share", "shared", "distance", "shown_twice", "signed_under",
                  "dated_over", "words", "headline_words", "sentence_end", "capitals", "learned",
                  "header", "run_first", "caption", "title_case", "site_line", "best_share",
                  "under_headline", "full_stop", "colon")


def title_scores(rows: np.ndarray) -> np.ndarray:
    """How strongly each candidate, by its row of TITLE_FEATURES, is a page's title: only their
    order counts (the candidates of one page compete; the best is the title)."""
    return rows @ weights("title")
