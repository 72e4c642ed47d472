"""Word frequencies and legitimate reduplications, from the data files the package ships."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files

from . import vietnamese

_SHAPES = str.maketrans("ăâđêôơưĂÂĐÊÔƠƯ", "aadeoouAADEOOU")


def _lines(name: str) -> list[str]:
    text = files("normalize").joinpath(f"data/{name}").read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def frequencies() -> dict[str, float]:
    """Token -> Zipf frequency (wordfreq's Vietnamese list; see data/vi-frequency.tsv)."""
    out = {}
    for line in _lines("vi-frequency.tsv"):
        word, zipf = line.split("\t")
        out[word] = float(zipf)
    return out


def zipf(word: str) -> float:
    """How common `word` is in Vietnamese text (0 when the list does not have it)."""
    return frequencies().get(unicodedata.normalize("NFC", word.lower()), 0.0)


def skeleton(word: str) -> str:
    """The word without any diacritic: tones, shapes and đ all dropped ("người" -> "nguoi")."""
    bare, _ = vietnamese.strip_tone(word)
    decomposed = unicodedata.normalize("NFD", bare.translate(_SHAPES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _by_skeleton() -> dict[str, list[tuple[float, str]]]:
    index: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for word, value in frequencies().items():
        if vietnamese.is_syllable(word):
            index[skeleton(word)].append((value, word))
    for entries in index.values():
        entries.sort(reverse=True)
    return dict(index)


def spellings(word: str) -> list[tuple[float, str]]:
    """Valid syllables written with the same letters as `word` but other diacritics, most
    frequent first, with their Zipf frequencies."""
    return _by_skeleton().get(skeleton(word), [])


@lru_cache(maxsize=1)
def reduplications() -> frozenset[str]:
    """Doubled words that are Vietnamese, not typos (data/reduplications.txt)."""
    return frozenset(_lines("reduplications.txt"))
