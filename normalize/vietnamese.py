"""A model of Vietnamese orthography: initials, rhymes, tones, and which syllables are valid.

Used to tell a right decoding from a wrong one (right ones are made of valid syllables) and,
by the typo stage, to recognise invalid syllables and the canonical place of a tone mark.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import textstats

# Combining tone marks, in the order of the six tones after "ngang" (level, no mark).
TONES = {"\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}
TONE_MARKS = {name: mark for mark, name in TONES.items()}

# The letters Vietnamese writes with a diacritic, in lower case: each vowel with a shape or a tone
# mark ("ă", "ấ", "ỹ"), and "đ".
MARKED_LETTERS = "".join(sorted(
    {unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưy" for tone in ("", *TONES)}
    - set("aeiouy"))) + "đ"

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
def parse(word: str, check_tone: bool = True) -> Syllable | None:
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
        if initial == "qu" and rhyme not in RHYMES and "u" + rhyme in RHYMES \
                and not rhyme.startswith(("o", "u")):
            rhyme = "u" + rhyme  # quýt: the u of qu is also the rhyme's medial
            if not check_tone or _tone_ok(rhyme, tone):
                return Syllable(initial, rhyme, tone)
        if rhyme in RHYMES and _spelling_ok(initial, rhyme) and (
                not check_tone or _tone_ok(rhyme, tone)):
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


@dataclass(frozen=True)
class Tally:
    """Counts behind `score`: words with letters, those with diacritics, the valid ones among
    them, and characters no Vietnamese text holds."""

    words: int
    marked: int
    valid: int
    bad_chars: int
    valid_long: int = 0  # valid words of two letters or more: a lone "ữ" proves little

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
    valid_words = [w for w in marked if plausible_case(w) and is_syllable(w)]
    lettered = sum(1 for w in words if _HAS_LETTER.search(w))
    return Tally(lettered, len(marked), len(valid_words), len(_BAD_CHARS.findall(text)),
                 sum(1 for w in valid_words if len(w) >= 2))


def score(text: str) -> float:
    """How Vietnamese `text` reads: valid syllables among its words that carry diacritics
    (words split at white space and hyphens, edge punctuation stripped: a symbol inside a word
    makes it invalid), minus a penalty for controls and replacement characters.

    Right decodings of Vietnamese score near 1; mis-decodings score far lower.
    """
    return tally(text).score(len(text))


def plausible_case(word: str) -> bool:
    """lower, Capitalised or UPPER: mis-decoded text puts capitals inside words ("tỊch")."""
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


# ---------------------------------------------------------------- tone placement

_VOWEL_LETTERS = "aăâeêioôơuưy"
_SHAPED = "ăâêôơư"
STYLE_PAIRS = ("oa", "oe", "uy")  # open rhymes whose tone the two styles place differently


def tone_index(rhyme: str, style: str = "old") -> int:
    """Where the tone mark goes in `rhyme` (an index into it), in the "old" (hòa, thủy) or
    "new" (hoà, thuỷ) style.

    >>> [tone_index(r) for r in ("oa", "uyên", "ươi", "oan", "ai", "oai", "uy")]
    [0, 2, 1, 1, 0, 1, 0]
    >>> tone_index("oa", "new")
    1
    """
    vowels = [i for i, ch in enumerate(rhyme) if ch in _VOWEL_LETTERS]
    if not vowels:
        return 0
    if "ươ" in rhyme:
        return rhyme.index("ươ") + 1
    shaped = [i for i in vowels if rhyme[i] in _SHAPED]
    if shaped:
        return shaped[-1]
    if vowels[-1] < len(rhyme) - 1:  # a final consonant follows: the last vowel
        return vowels[-1]
    if len(vowels) >= 3:
        return vowels[1]
    if len(vowels) == 2 and rhyme in STYLE_PAIRS:
        return vowels[0] if style == "old" else vowels[1]
    return vowels[0]


def spell(syllable: Syllable, style: str = "old") -> str:
    """The syllable written in lower case with its tone mark in the canonical place.

    >>> spell(parse("đaọ")), spell(parse("hoà")), spell(parse("hoà"), "new"), spell(parse("gìn"))
    ('đạo', 'hòa', 'hoà', 'gìn')
    """
    initial, rhyme = syllable.initial, syllable.rhyme
    # gi and qu share a letter with the rhyme in gì/gìn and quýt: write it once
    if (initial, rhyme[:1]) in (("gi", "i"), ("qu", "u")):
        initial = initial[0]
    mark = TONE_MARKS.get(syllable.tone, "")
    if mark:
        at = tone_index(rhyme, style)
        rhyme = unicodedata.normalize("NFC", rhyme[:at + 1] + mark + rhyme[at + 1:])
    return initial + rhyme


@lru_cache(maxsize=65536)
def placement_ok(word: str) -> bool:
    """Whether the tone mark of a valid syllable sits where one of the two styles puts it.
    Cached, as parse is: a document asks of its few thousand words again and again."""
    syllable = parse(word)
    if syllable is None or syllable.tone == "ngang":
        return True
    lowered = unicodedata.normalize("NFC", word.lower())
    return lowered in (spell(syllable, "old"), spell(syllable, "new"))


@lru_cache(maxsize=65536)
def style_of(word: str) -> str | None:
    """"old" or "new" for a word whose style shows (an open oa/oe/uy rhyme with a tone)."""
    syllable = parse(word)
    if syllable is None or syllable.tone == "ngang" or syllable.rhyme not in STYLE_PAIRS:
        return None
    lowered = unicodedata.normalize("NFC", word.lower())
    if syllable.initial == "qu":
        return None  # "quý": the u belongs to qu, so both styles agree
    if lowered == spell(syllable, "old"):
        return "old"
    return "new" if lowered == spell(syllable, "new") else None


# ---------------------------------------------------------------- language

def guess_language(text: str) -> str:
    """Vietnamese when its own letters are frequent enough; otherwise undetermined ("und").

    >>> guess_language("Tôi đi học ở trường"), guess_language("Ich gehe zur Schule")
    ('vi', 'und')
    """
    return language_of(*textstats.letter_counts(text))


def language_of(letters: float, vietnamese_letters: float) -> str:
    """guess_language from the counts: all letters, and the letters only Vietnamese has."""
    return "vi" if letters and vietnamese_letters / letters > VIETNAMESE_LETTER_SHARE else "und"


VIETNAMESE_LETTER_SHARE = 0.03  # Vietnamese text: ~20 %; French or German: under 1 %
