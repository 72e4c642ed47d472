"""A small learned score of how much a block reads like article text, from language-agnostic
features; its weights (data/chrome-model.json) come from tools/train_chrome.py."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache
from importlib.resources import files

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


def _own(seg: Segment, position: float, repeated: bool) -> dict[str, float]:
    text = seg.text
    length = max(1, len(text))
    letters = max(1, len(_LETTER.findall(text)))
    tokens = text.split() or [""]
    count = len(tokens) + len(_WIDE.findall(text)) / 2
    return {
        "bias": 1.0,
        "log_chars": math.log1p(len(text)) / 6,
        "words": min(count, 80) / 40,
        "sentence_end": float(text.rstrip(_CLOSERS).endswith(_SENTENCE_END)),
        "upper_share": min(1.0, sum(map(str.isupper, text)) / letters),
        "digit_share": len(_DIGIT.findall(text)) / length,
        "punct_share": len(_PUNCT.findall(text)) / length,
        "title_case": sum(1 for t in tokens if t[:1].isupper()) / len(tokens),
        "short_words": sum(1 for t in tokens if len(t) <= 3) / len(tokens),
        "commas": min(text.count(",") + text.count("，"), 10) / 10,
        "position": position,
        "repeated": float(repeated),
        "barrier": float(bool(V.REGION_BARRIERS.search(text))),
        "chrome_line": float(len(tokens) <= 15 and any(p.search(text) for p, _ in V.CHROME_LINES)),
        "link_density": seg.link_density,
        "hint": float(bool(seg.hint)),
        "tag_p": float(seg.tag == "p"),
        "tag_h": float(seg.tag[:1] == "h" and seg.tag[1:].isdigit()),
        "tag_li": float(seg.tag in ("li", "dd", "dt")),
        "bullet": float(bool(_BULLET.match(text))),
        "in_content": float(seg.content),
    }


def features(segments: tuple[Segment, ...]) -> list[list[float]]:
    """The feature vector of every segment, in FEATURES order (neighbours included)."""
    n = len(segments)
    counts = Counter(s.text for s in segments)
    own = [_own(s, i / max(1, n - 1), counts[s.text] > 1) for i, s in enumerate(segments)]
    rows = []
    for i, values in enumerate(own):
        near = [own[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i] or [values]
        values = dict(values)
        values["near_words"] = sum(v["words"] for v in near) / len(near)
        values["near_sentence"] = sum(v["sentence_end"] for v in near) / len(near)
        rows.append([values[name] for name in FEATURES])
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
    return [sum(a * b for a, b in zip(w, row, strict=True)) for row in features(segments)]
