"""A small learned score of how much a block reads like article text, from language-agnostic
features; its weights (data/chrome-model.json) come from tools/train_chrome.py."""

from __future__ import annotations

import json
import math
import re
import string
from collections import Counter
from functools import cache
from importlib.resources import files
from operator import mul

from . import vocabulary as V
from .segment import Segment

FEATURES = ("bias", "log_chars", "words", "sentence_end", "upper_share", "digit_share",
            "punct_share", "title_case", "short_words", "commas", "position", "repeated",
            "barrier", "chrome_line", "link_density", "hint", "tag_p", "tag_h", "tag_li",
            "near_words", "near_sentence", "bullet", "in_content")
_SENTENCE_END = tuple(".!?…。！？")
_CLOSERS = "\"'”’»)」"
_BULLET = re.compile(r"^[\-–—•·*>›»|#]|^\d+[.)]\s")


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]")
_WIDE = re.compile("[\u2e80-\u9fff\uac00-\ud7af]")


_ASCII_UPPER = string.ascii_uppercase.encode()
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_DIGITS = string.digits.encode()
_ASCII_PUNCT = bytes(c for c in range(128) if not chr(c).isalnum() and chr(c) != "_"
                     and not chr(c).isspace())


def _shares(text: str, length: int) -> tuple[float, float, float]:
    """Upper case among letters, digits and punctuation among characters. ASCII text (most
    blocks) is counted by deleting bytes, in C; the rest by regular expressions."""
    if text.isascii():
        raw = text.encode()
        n = len(raw)
        upper = n - len(raw.translate(None, _ASCII_UPPER))
        letters = n - len(raw.translate(None, _ASCII_LETTERS))
        digits = n - len(raw.translate(None, _ASCII_DIGITS))
        punct = n - len(raw.translate(None, _ASCII_PUNCT))
    else:
        upper = sum(map(str.isupper, text))
        letters = len(_LETTER.findall(text))
        digits = len(_DIGIT.findall(text))
        punct = len(_PUNCT.findall(text))
    return min(1.0, upper / max(1, letters)), digits / length, punct / length


def _own(seg: Segment, position: float, repeated: bool) -> list[float]:
    """The block's own features, in FEATURES order up to (not including) near_words."""
    text = seg.text
    length = max(1, len(text))
    tokens = text.split() or [""]
    wide = len(_WIDE.findall(text)) if not text.isascii() else 0
    count = len(tokens) + wide / 2
    n_tokens = len(tokens)
    return [
        1.0,
        math.log1p(len(text)) / 6,
        min(count, 80) / 40,
        float(text.rstrip(_CLOSERS).endswith(_SENTENCE_END)),
        *_shares(text, length),
        sum(1 for t in tokens if t[:1].isupper()) / n_tokens,
        sum(1 for t in tokens if len(t) <= 3) / n_tokens,
        min(text.count(",") + text.count("，"), 10) / 10,
        position,
        float(repeated),
        float(bool(V.REGION_BARRIERS.search(text))),
        float(n_tokens <= 15 and bool(V.ANY_CHROME_LINE.search(text))),
        seg.link_density,
        float(bool(seg.hint)),
        float(seg.tag == "p"),
        float(seg.tag[:1] == "h" and seg.tag[1:].isdigit()),
        float(seg.tag in ("li", "dd", "dt")),
    ]


def features(segments: tuple[Segment, ...]) -> list[list[float]]:
    """The feature vector of every segment, in FEATURES order (neighbours included)."""
    n = len(segments)
    counts = Counter(s.text for s in segments)
    own = [_own(s, i / max(1, n - 1), counts[s.text] > 1) for i, s in enumerate(segments)]
    words_at, sentence_at = FEATURES.index("words"), FEATURES.index("sentence_end")
    rows = []
    for i, values in enumerate(own):
        near = [own[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i] or [values]
        seg = segments[i]
        rows.append(values + [sum(v[words_at] for v in near) / len(near),
                              sum(v[sentence_at] for v in near) / len(near),
                              float(bool(_BULLET.match(seg.text))), float(seg.content)])
    return rows


@cache
def weights(kind: str) -> tuple[float, ...] | None:
    """The trained weights for `kind` ("text" or "html"), or None if no model is shipped."""
    path = files("normalize").joinpath("data/chrome-model.json")
    if not path.is_file():
        return None
    model = json.loads(path.read_text("utf-8"))
    if model.get("features") != list(FEATURES) or kind not in model.get("weights", {}):
        return None
    return tuple(model["weights"][kind])


def scores(segments: tuple[Segment, ...], kind: str) -> list[float] | None:
    """Log-odds that each segment is article text, or None without a model."""
    w = weights(kind)
    if w is None:
        return None
    return [sum(map(mul, w, row)) for row in features(segments)]
