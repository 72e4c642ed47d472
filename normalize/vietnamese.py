"""A model of Vietnamese orthography: initials, rhymes, tones, and which syllables are valid.

Used to tell a right decoding from a wrong one (right ones are made of valid syllables) and,
by the typo stage, to recognise invalid syllables and the canonical place of a tone mark.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Combining tone marks, in the order of the six tones after "ngang" (level, no mark).
TONES = {"\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}
TONE_MARKS = {name: mark for mark, name in TONES.items()}

INITIALS = ("ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ",
            "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_OPEN = ("a e ê i y o ô ơ u ư ai ay ây ao au âu eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi "
         "ưu iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu")
_CLOSED = {
    "m": "a ă â e ê i o ô ơ u ư iê yê uô ươ oa oă uy",
    "n": "a ă â e ê i o ô ơ u ư iê yê uô ươ oa oă oe uâ uyê",
    "ng": "a ă â e o ô u ư iê yê uô ươ oa oă uâ oo",
    "nh": "a ê i y oa uê uy",
    "p": "a ă â e ê i o ô ơ u ư iê yê uô ươ oa oă uy",
    "t": "a ă â e ê i o ô ơ u ư iê yê uô ươ oa oă oe uâ uê uy uyê",
    "c": "a ă â e o ô u ư iê uô ươ oa oă oo uâ",
    "ch": "a ê i oa uê uy",
}
RHYMES = frozenset(_OPEN.split()) | frozenset(
    nucleus + coda for coda, nuclei in _CLOSED.items() for nucleus in nuclei.split())
STOP_CODAS = ("p", "t", "c", "ch")  # a syllable ending in one takes only sắc or nặng
_FRONT = ("e", "ê", "i", "y")
_LETTERS = re.compile(r"^[a-zăâđêôơư]+$")


@dataclass(frozen=True)
class Syllable:
    """A parsed syllable: initial, rhyme (without tone) and tone name ("ngang" for none)."""

    initial: str
    rhyme: str
    tone: str


def strip_tone(word: str) -> tuple[str, str]:
    """Return (the word in lower case without its tone mark, the tone name).

    >>> strip_tone("Việt")
    ('viêt', 'nang')
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [TONES[ch] for ch in decomposed if ch in TONES]
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))
    if len(tones) > 1:
        return bare, "many"
    return bare, tones[0] if tones else "ngang"


@lru_cache(maxsize=65536)
def parse(word: str) -> Syllable | None:
    """Return the syllable `word` spells, or None when no Vietnamese syllable is spelled so.

    >>> parse("nghiêng")
    Syllable(initial='ngh', rhyme='iêng', tone='ngang')
    >>> parse("quốc").rhyme, parse("gì").rhyme
    ('ôc', 'i')
    >>> parse("ngi") is None, parse("bát") is not None, parse("bàt") is None
    (True, True, True)
    """
    bare, tone = strip_tone(word)
    if tone == "many" or not _LETTERS.match(bare):
        return None
    for initial in INITIALS:
        if not bare.startswith(initial):
            continue
        rhyme = bare[len(initial):]
        if initial == "gi" and (rhyme == "" or rhyme[0] not in "aăâeêoôơuư"):
            rhyme = "i" + rhyme if not rhyme.startswith("i") else rhyme  # gì, giết: i belongs to gi
        if initial == "qu" and rhyme not in RHYMES and "u" + rhyme in RHYMES:
            rhyme = "u" + rhyme  # quýt: the u of qu is the rhyme's medial
        if rhyme in RHYMES and _spelling_ok(initial, rhyme) and _tone_ok(rhyme, tone):
            return Syllable(initial, rhyme, tone)
    return None


def _spelling_ok(initial: str, rhyme: str) -> bool:
    """k, gh, ngh stand before e ê i y; c, g, ng never do; qu never before o or u."""
    front = rhyme.startswith(_FRONT)
    if initial in ("k", "gh", "ngh"):
        return front
    if initial in ("c", "ng") or (initial == "g" and rhyme[:1] != "i"):
        return not front
    if initial == "qu":
        return not rhyme.startswith(("o", "u"))
    return True


def _tone_ok(rhyme: str, tone: str) -> bool:
    return not rhyme.endswith(STOP_CODAS) or tone in ("sac", "nang")


def is_syllable(word: str) -> bool:
    """Whether `word` (any case) is a valid Vietnamese syllable."""
    return parse(word) is not None


_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_SPLIT = re.compile(r"[\s\-‐–—/]+")
_EDGE = ".,;:!?\"'()[]{}<>“”‘’«»…*•·"
_VIETNAMESE_ONLY = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
                              re.IGNORECASE)


@dataclass(frozen=True)
class Tally:
    """Counts behind `score`: words with letters, those with diacritics, the valid ones among
    them, and characters no Vietnamese text holds."""

    words: int
    marked: int
    valid: int
    bad_chars: int

    @property
    def invalid(self) -> int:
        return self.marked - self.valid + self.bad_chars

    def score(self, length: int) -> float:
        """See `score`; `length` is the text's length in characters."""
        if not self.marked:
            return 0.0
        return self.valid / self.marked - 5 * self.bad_chars / max(1, length)


def tally(text: str) -> Tally:
    """Count the words of `text` (split at white space and hyphens, edge punctuation stripped:
    a symbol inside a word makes it invalid) and how many read as Vietnamese syllables."""
    words = [w for w in (raw.strip(_EDGE) for raw in _SPLIT.split(text)) if w]
    marked = [w for w in words if not w.isascii()]
    valid = sum(1 for w in marked if _plausible_case(w) and is_syllable(w))
    lettered = sum(1 for w in words if _HAS_LETTER.search(w))
    return Tally(lettered, len(marked), valid, len(_BAD_CHARS.findall(text)))


def score(text: str) -> float:
    """How Vietnamese `text` reads: valid syllables among its words that carry diacritics
    (words split at white space and hyphens, edge punctuation stripped: a symbol inside a word
    makes it invalid), minus a penalty for controls and replacement characters.

    Right decodings of Vietnamese score near 1; mis-decodings score far lower.
    """
    return tally(text).score(len(text))


def _plausible_case(word: str) -> bool:
    """lower, Capitalised or UPPER: mis-decoded text puts capitals inside words ("tỊch")."""
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def vietnamese_letter_share(text: str) -> float:
    """The share of letters that only Vietnamese uses (ơ, ư, đ, ạ, ế, …)."""
    letters = sum(ch.isalpha() for ch in text)
    return len(_VIETNAMESE_ONLY.findall(text)) / letters if letters else 0.0
