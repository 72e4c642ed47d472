"""Stage 5, correct: conservative typo fixes, each an edit recorded with its rule and confidence.

A wrong "correction" of an official text is worse than a missed typo, so every rule leaves alone
capitalised words (names), numbers, addresses and the user's protected words, and fixes only
what the orthography model or the frequency lexicon shows to be wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon, vietnamese
from .rules import RuleTable


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement`, by `rule`, with `confidence` in [0, 1]."""

    start: int
    end: int
    replacement: str
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Applied:
    """A correction as it stands in the corrected text: at offset `at`, `original` became `replacement`."""

    at: int
    original: str
    replacement: str
    rule: str
    confidence: float


@dataclass(frozen=True)
class Corrected:
    """Corrected text and the corrections applied, in text order."""

    text: str
    applied: tuple[Applied, ...]


@dataclass(frozen=True)
class Settings:
    """What the user chose for the typo stage."""

    disabled: frozenset[str] = frozenset()
    threshold: float = 0.9
    protected: frozenset[str] = frozenset()  # the user's dictionary: never changed, always valid
    replacements: tuple[tuple[str, str], ...] = ()  # the user's own wrong -> right list
    tone_style: str = "document"  # the document's dominant style, or "old" or "new" everywhere


@dataclass
class Survey:
    """What the whole document says about itself: its tone style and its word pairs."""

    style: str = "old"
    clear_style: bool = False  # one style clearly dominates: words in the other are slips
    bigrams: Counter[tuple[str, str]] = field(default_factory=Counter)
    trigrams: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    followers: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # left -> (right, n)


@dataclass(frozen=True)
class Context:
    settings: Settings
    survey: Survey


# ---------------------------------------------------------------- words a rule may touch

_WORD = re.compile(r"[^\W\d_]+")
_GLUE = set("-/@._\\&=+#%$")  # a word glued to these is part of a code, an address or a name ($: a variable)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+", re.I)


def _spans_to_skip(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ADDRESS.finditer(line)]


def words(line: str, settings: Settings, pattern: re.Pattern[str] = _WORD
          ) -> Iterator[tuple[int, int, str]]:
    """The lower-case words of a line a rule may change: not names, not glued into codes or
    addresses, not protected by the user."""
    if pattern is _WORD:  # what most rules ask of every line, each in turn
        return iter(_plain_words(line, settings.protected))
    return _find_words(line, settings.protected, pattern)


@lru_cache(maxsize=1024)
def _plain_words(line: str, protected: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    return tuple(_find_words(line, protected, _WORD))


def _find_words(line: str, protected: frozenset[str], pattern: re.Pattern[str]
                ) -> Iterator[tuple[int, int, str]]:
    skip = _spans_to_skip(line)
    for m in pattern.finditer(line):
        start, end, word = m.start(), m.end(), m.group()
        if not word.islower() or word in protected:
            continue
        if (start and line[start - 1] in _GLUE) or (end < len(line) and line[end] in _GLUE
                                                    and line[end:end + 2].strip(". ") != ""):
            continue
        if (start and line[start - 1].isdigit()) or (end < len(line) and line[end].isdigit()
                                                     and pattern is _WORD):
            continue
        if any(a <= start < b for a, b in skip):
            continue
        yield start, end, word


_TOKEN = re.compile(r"\w+")
ONE_SIDE_MIN = 3  # a diacritic variant seen this often after the same word can decide alone
# A word this common (Zipf 5: once in 10,000 words) is as likely meant as mistyped: the variant's
# company on the left alone does not decide it ("là cô giáo" among many "là có")
COMMON_ZIPF = 5.0
# A valid syllable no text writes (absent from the lexicon) is a slip only for one of the
# commonest words (its Telex reading, its spelling with diacritics), this far ahead of its next
COMMONEST_ZIPF = 5.5
UNUSED_FIX_MARGIN = 0.5
STYLE_MAJORITY = 4  # one style must outnumber the other this many times to be the document's


def _context_tokens(line: str) -> list[str]:
    """Lower-case words, with every number as one token "<n>" (số 35 and số 48 share a context)."""
    return [_context_token(t).lower() for t in _TOKEN.findall(line)]


def _context_token(token: str) -> str:
    """A number ("35", "3a", "2020") as "<n>"; a word as it stands, also one a digit ends (a VNI
    key left in "dung2", "co1": the word's own context, not a number's)."""
    return "<n>" if token[:1].isdigit() else token


def survey(lines: Iterable[str]) -> Survey:
    """Read a document once: its dominant tone style and the counts of its word pairs."""
    styles: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    trigrams: Counter[tuple[str, str, str]] = Counter()
    for line in lines:
        tokens = _context_tokens(line)
        for word in tokens:
            style = vietnamese.style_of(word)
            if style:
                styles[style] += 1
        bigrams.update(zip(tokens, tokens[1:], strict=False))
        trigrams.update(zip(tokens, tokens[1:], tokens[2:], strict=False))
    followers: dict[str, list[tuple[str, int]]] = {}
    for (left, right), count in bigrams.items():
        if count >= 2:
            followers.setdefault(left, []).append((right, count))
    style = "new" if styles["new"] > styles["old"] else "old"
    other = "old" if style == "new" else "new"
    clear = styles[style] >= STYLE_MAJORITY * max(1, styles[other]) and styles[style] >= 5
    return Survey(style, clear, bigrams, trigrams, followers)


# ---------------------------------------------------------------- spacing

_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
_SPACE_PUNCT = re.compile(r"(?<=\w) +(?=[,;:!?](\s|$)|\.(\s|$))")
_NO_SPACE_AFTER = re.compile(r"(?<=[^\W\d_])[,;](?=[^\W\d_])")


def fix_double_space(line: str, ctx: Context) -> list[Edit]:
    """Runs of spaces between words are typing slips; one space is meant.

    >>> [e.replacement for e in fix_double_space("hưởng  ứng", CONTEXT)]
    [' ']
    """
    return [Edit(m.start(), m.end(), " ", confidence=0.99) for m in _DOUBLE_SPACE.finditer(line)]


def fix_space_before_punct(line: str, ctx: Context) -> list[Edit]:
    """Vietnamese, like English, sets no space before , ; : ! ? or a full stop.

    An ellipsis ("và ...") and a lone dot in a number are left alone, and so is the space
    French sets before ; : ! ? after a word that is not Vietnamese.

    >>> fix_space_before_punct("Thứ nhất , các cấp", CONTEXT)[0].start
    8
    """
    edits = []
    for m in _SPACE_PUNCT.finditer(line):
        mark = line[m.end()]
        before = _WORD.findall(line[:m.start()])
        if mark in ";:!?" and not (before and vietnamese.is_syllable(before[-1])):
            continue  # French sets a space before ; : ! ? ("Français :")
        edits.append(Edit(m.start(), m.end(), "", confidence=0.97))
    return edits


def fix_space_after_punct(line: str, ctx: Context) -> list[Edit]:
    """A comma or semicolon between two words needs a space after it ("nay,chú").

    Numbers ("1,5") and addresses are left alone.

    >>> fix_space_after_punct("hôm nay,chú ấy", CONTEXT)[0].replacement
    ', '
    """
    skip = _spans_to_skip(line)
    return [Edit(m.start(), m.end(), m.group() + " ", confidence=0.95)
            for m in _NO_SPACE_AFTER.finditer(line) if not any(a <= m.start() < b for a, b in skip)]


# ---------------------------------------------------------------- keyboard leftovers

_TELEX_TONES = {"s": "sac", "f": "huyen", "r": "hoi", "x": "nga", "j": "nang"}
_TELEX_SHAPES = {"aa": "â", "ee": "ê", "oo": "ô", "aw": "ă", "ow": "ơ", "uw": "ư", "dd": "đ"}
_VNI_TONES = {"1": "sac", "2": "huyen", "3": "hoi", "4": "nga", "5": "nang"}
_VNI_SHAPES = {("a", "6"): "â", ("e", "6"): "ê", ("o", "6"): "ô", ("a", "8"): "ă",
               ("o", "7"): "ơ", ("u", "7"): "ư", ("d", "9"): "đ"}


def _with_tone(bare: str, tone: str | None, style: str) -> str | None:
    """Put `tone` on the bare syllable `bare`; None unless the result is a valid syllable."""
    base, old_tone = vietnamese.strip_tone(bare)
    syllable = vietnamese.parse(base, check_tone=False)
    if syllable is None:
        return None
    word = vietnamese.spell(vietnamese.Syllable(syllable.initial, syllable.rhyme,
                                                tone or old_tone), style)
    return word if vietnamese.is_syllable(word) else None


# a tone key typed just after the vowels, before the final consonants: "thasng", "truowsc"
_TELEX_INNER_TONE = re.compile(r"(.*[aeiouyw])([sfrxj])(c|ch|m|n|ng|nh|p|t)", re.I)


def telex_to_unicode(word: str, style: str = "old") -> str | None:
    """Read a word typed with Telex keys that were not converted ("ddoongj" -> "động"); the tone
    key ends the word or, as many type it, follows the vowels ("thasng" -> "tháng").

    >>> telex_to_unicode("ddoongj"), telex_to_unicode("nhaats"), telex_to_unicode("dươis")
    ('động', 'nhất', 'dưới')
    >>> telex_to_unicode("thasng"), telex_to_unicode("truowsc"), telex_to_unicode("vieejt")
    ('tháng', 'trước', 'việt')
    """
    tone = None
    if len(word) > 1 and word[-1] in _TELEX_TONES:
        tone, word = _TELEX_TONES[word[-1]], word[:-1]
    elif inner := _TELEX_INNER_TONE.fullmatch(word):
        tone, word = _TELEX_TONES[inner[2].lower()], inner[1] + inner[3]
    out = ""
    for ch in word:
        pair = (out[-1:] + ch).lower()
        if ch == "w" and out[-2:] in ("uo", "ưo", "uơ"):  # one w makes both: "truowc"
            out = out[:-2] + "ươ"
        elif pair in _TELEX_SHAPES:
            out = out[:-1] + _TELEX_SHAPES[pair]
        elif ch == "w":
            return None
        else:
            out += ch
    return _with_tone(out, tone, style) if out != word or tone else None


def vni_to_unicode(word: str, style: str = "old") -> str | None:
    """Read a word typed with VNI keys that were not converted ("co1" -> "có").

    >>> vni_to_unicode("co1"), vni_to_unicode("du7o7ng2"), vni_to_unicode("d9i")
    ('có', 'dường', 'đi')
    """
    tone, out = None, ""
    for ch in word:
        if ch in _VNI_TONES:
            tone = _VNI_TONES[ch]
        elif ch.isdigit():
            target = next((i for i in range(len(out) - 1, -1, -1)
                           if (out[i], ch) in _VNI_SHAPES), None)
            if target is None:
                return None
            out = out[:target] + _VNI_SHAPES[(out[target], ch)] + out[target + 1:]
        else:
            out += ch
    return _with_tone(out, tone, style)


def _keyboard_fix(converter: Callable[[str, str], str | None], pattern: re.Pattern[str]
                  ) -> Callable[[str, Context], list[Edit]]:
    def fix(line: str, ctx: Context) -> list[Edit]:
        edits = []
        for start, end, word in words(line, ctx.settings, pattern):
            valid, seen = vietnamese.is_syllable(word), lexicon.zipf(word)
            if valid and seen > 0:
                continue  # a word texts write ("boong"): no keyboard slip
            fixed = converter(word, ctx.survey.style)
            if not fixed or fixed == word:
                continue
            common = lexicon.zipf(fixed)
            if valid and common < COMMONEST_ZIPF:
                continue  # "xoong", "bù loong": valid, and "xông", "lông" are not so common
            if common >= 3.0 and seen < common - 2.5:
                edits.append(Edit(start, end, fixed, confidence=0.95))
        return edits
    return fix


_TELEX_WORD = re.compile(r"[^\W\d_]+")
_VNI_WORD = re.compile(r"[^\W\d_]+[0-9][^\W_]*")

fix_telex = _keyboard_fix(telex_to_unicode, _TELEX_WORD)
fix_telex.__doc__ = """Telex keys left in a word: doubled vowels, w, dd, a tone letter at the end.

Safe: the result must be a common valid syllable and the word itself not a common token
(English "of" or "is" stays); a word that is a valid syllable itself only when no text writes it
and the result is among the commonest words ("khoong" -> "không"; "xoong", "bù loong" stay)."""
fix_vni = _keyboard_fix(vni_to_unicode, _VNI_WORD)
fix_vni.__doc__ = """VNI keys left in a word: the digits 1-9 ("co1" -> "có").

Safe: the result must be a common valid syllable; codes such as "a4" or "mp3" are not."""


# ---------------------------------------------------------------- syllables

def fix_tone_placement(line: str, ctx: Context) -> list[Edit]:
    """A tone mark on the wrong vowel ("đaọ", "hoaì") goes where the document's style puts it.

    Safe: the placement is invalid in both styles; valid placements of either style are kept.

    >>> fix_tone_placement("Ban Chỉ đaọ 35", CONTEXT)[0].replacement
    'đạo'
    """
    edits = []
    for start, end, word in words(line, ctx.settings):
        if not vietnamese.placement_ok(word):
            syllable = vietnamese.parse(word)
            assert syllable is not None
            edits.append(Edit(start, end, vietnamese.spell(syllable, ctx.survey.style),
                              confidence=0.99))
    return edits


def fix_tone_style(line: str, ctx: Context) -> list[Edit]:
    """Write oa, oe, uy syllables in the document's own dominant style (hòa <-> hoà), or in the
    style --tone-style names.

    Safe: both styles are correct, so by default a word changes only when its document clearly
    uses the other style (four times as often, five times at least).
    """
    target = ctx.settings.tone_style
    if target == "document":
        if not ctx.survey.clear_style:
            return []
        target = ctx.survey.style
    edits = []
    for start, end, word in words(line, ctx.settings):
        style = vietnamese.style_of(word)
        if style and style != target:
            syllable = vietnamese.parse(word)
            assert syllable is not None
            confidence = 1.0 if ctx.settings.tone_style == target else 0.9
            edits.append(Edit(start, end, vietnamese.spell(syllable, target), confidence=confidence))
    return edits


_FINALS = {"n": ("ng", "nh"), "ng": ("n",), "nh": ("n", "ng"), "t": ("c", "ch"), "c": ("t",),
           "ch": ("t", "c")}


def _same_letters_other_tone(word: str) -> list[tuple[float, str]]:
    """Valid syllables with the word's letters and shape marks but another tone ("tẫp" -> tập)."""
    bare, _ = vietnamese.strip_tone(word)
    found = []
    for tone in ("ngang", *vietnamese.TONE_MARKS):
        syllable = vietnamese.parse(bare, check_tone=False)
        if syllable is None:
            break
        spelled = vietnamese.spell(vietnamese.Syllable(syllable.initial, syllable.rhyme, tone))
        if vietnamese.is_syllable(spelled):
            found.append((lexicon.zipf(spelled), spelled))
    return sorted(found, reverse=True)


def _other_final(word: str) -> list[tuple[float, str]]:
    """Valid syllables with the word's tone and vowels but a confusable final ("đếng" -> đến)."""
    found = []
    for final, others in _FINALS.items():
        if word.endswith(final):
            for other in others:
                candidate = word[: -len(final)] + other
                if vietnamese.is_syllable(candidate):
                    found.append((lexicon.zipf(candidate), candidate))
    return sorted(found, reverse=True)


def _dominant(options: list[tuple[float, str]], word: str, margin: float,
              floor: float = 3.5) -> str | None:
    """The first option, when it is common (`floor`) and beats the next one and the word itself."""
    options = [(z, w) for z, w in options if w != word]
    if not options or options[0][0] < floor or options[0][0] - lexicon.zipf(word) < 2.0:
        return None
    runner_up = options[1][0] if len(options) > 1 else 0.0
    return options[0][1] if options[0][0] - runner_up >= margin else None


def fix_unused_syllable(line: str, ctx: Context) -> list[Edit]:
    """A word typed without any diacritic that is a valid syllable no text writes (absent from
    the lexicon, as "tren" is) becomes its spelling with diacritics when that is among the
    commonest words and clearly ahead of any other ("tren" -> "trên").

    Safe: only words of plain letters absent from the lexicon (a rare real syllable has its
    diacritics: "gí", "ếm", "tọt" stay, though the lexicon lacks them too), and only a fix far
    more common than the next reading ("giay": giấy, giày and giây are all common, so it stays).
    """
    edits = []
    for start, end, word in words(line, ctx.settings):
        if not word.isascii() or lexicon.zipf(word) > 0 or not vietnamese.is_syllable(word):
            continue
        best = _dominant(lexicon.spellings(word), word, UNUSED_FIX_MARGIN, floor=COMMONEST_ZIPF)
        if best:
            edits.append(Edit(start, end, best, confidence=0.9))
    return edits


def fix_invalid_syllable(line: str, ctx: Context) -> list[Edit]:
    """A word that is no Vietnamese syllable becomes the valid spelling Vietnamese text uses far
    more than any other: first another tone on the same letters ("tẫp" -> "tập"), then another
    final ("đếng" -> "đến"), then any diacritics on the same letters ("muon" -> "muốn"); a word
    typed with no diacritic at all, only the last ("mot" -> "một").

    Safe: only when one spelling dominates by a wide margin, and is far more common than the
    word itself (loanwords and English stay).
    """
    edits = []
    for start, end, word in words(line, ctx.settings):
        if vietnamese.is_syllable(word):
            continue  # a valid syllable: only context could show it is the wrong one
        plain = lexicon.skeleton(word) == word.lower()  # its shape marks unknown, as its tone
        choices = [] if plain else [(_same_letters_other_tone(word), 0.8, 0.95),
                                    (_other_final(word), 1.0, 0.9)]
        for options, margin, confidence in [*choices, (lexicon.spellings(word), 1.0, 0.9)]:
            best = _dominant(options, word, margin)
            if best:
                edits.append(Edit(start, end, best, confidence=confidence))
                break
    return edits


def _near(a: str, b: str) -> bool:
    """One edit apart once decomposed: a tone, a shape mark or one letter."""
    x, y = _decomposed(a), _decomposed(b)
    if abs(len(x) - len(y)) > 1 or x == y:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@lru_cache(maxsize=65536)
def _decomposed(word: str) -> str:
    """NFD, cached: a document compares its few thousand words again and again."""
    return unicodedata.normalize("NFD", word)


def fix_document_context(line: str, ctx: Context) -> list[Edit]:
    """A word the document writes once where, between the same neighbours, it writes a
    near-identical word several times ("chỉ đại Đại hội" among "chỉ đạo Đại hội") is a slip.

    Safe: the other word must recur between both the same neighbours (numbers count as one),
    and a word that recurs in its own company is kept. A variant of the same letters that
    follows the same left neighbour often, and is far more common, is enough for a rare word
    ("điện thoai"); a common word also needs the variant seen before its right neighbour.
    """
    edits = []
    tokens = [(m.start(), m.end(), _context_token(m.group()))
              for m in _TOKEN.finditer(line)]
    allowed = {(s, e) for s, e, _ in words(line, ctx.settings)}
    pairs = ctx.survey.bigrams
    for i, (start, end, word) in enumerate(tokens):
        if (start, end) not in allowed:
            continue
        left = tokens[i - 1][2].lower() if i else ""  # "" stands for the line's edge
        right = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
        if pairs[(left, word)] != 1 or pairs[(word, right)] > 1:
            continue  # the word recurs in its own company: it is meant
        best = None
        for candidate, _count in ctx.survey.followers.get(left, ()):
            if not _near(candidate, word) or not vietnamese.is_syllable(candidate):
                continue
            one_side = (lexicon.skeleton(candidate) == lexicon.skeleton(word)
                        and pairs[(left, candidate)] >= ONE_SIDE_MIN
                        and (lexicon.zipf(word) < COMMON_ZIPF or pairs[(candidate, right)] >= 1)
                        and lexicon.zipf(candidate) >= lexicon.zipf(word) + 1.0)
            if ctx.survey.trigrams[(left, candidate, right)] >= 2 or one_side:
                best = candidate
                break
        if best:
            edits.append(Edit(start, end, best, confidence=0.9))
    return edits


def fix_doubled_word(line: str, ctx: Context) -> list[Edit]:
    """A word typed twice ("với với") is kept once, unless the doubling is Vietnamese ("từ từ",
    "ngày ngày": data/reduplications.txt and the user's dictionary).

    >>> fix_doubled_word("phù hợp với với từng", CONTEXT)[0].start
    11
    """
    edits = []
    tokens = list(words(line, ctx.settings))
    known = lexicon.reduplications() | ctx.settings.protected
    for (_, e1, w1), (s2, e2, w2) in zip(tokens, tokens[1:], strict=False):
        if w1 == w2 and line[e1:s2] == " " and f"{w1} {w2}" not in known:
            edits.append(Edit(e1, e2, "", confidence=0.95))
    return edits


def fix_user_replacements(line: str, ctx: Context) -> list[Edit]:
    """The user's own list of wrong -> right words, applied to whole words."""
    edits = []
    for wrong, right in ctx.settings.replacements:
        for m in re.finditer(rf"(?<!\w){re.escape(wrong)}(?!\w)", line):
            edits.append(Edit(m.start(), m.end(), right, confidence=1.0))
    return edits


Fixer = Callable[[str, Context], list[Edit]]

CORRECTORS: RuleTable[Fixer] = RuleTable("correct", [
    ("replacements", fix_user_replacements),
    ("double-space", fix_double_space),
    ("space-before-punct", fix_space_before_punct),
    ("space-after-punct", fix_space_after_punct),
    ("telex", fix_telex),
    ("vni", fix_vni),
    ("tone-placement", fix_tone_placement),
    ("doubled-word", fix_doubled_word),
    ("invalid-syllable", fix_invalid_syllable),
    ("unused-syllable", fix_unused_syllable),
    ("document-context", fix_document_context),
    ("tone-style", fix_tone_style),
])

CONTEXT = Context(Settings(), Survey())  # a default context, for doctests and one-off use


def correct_text(text: str, context: Context = CONTEXT) -> Corrected:
    """Return `text` with every enabled rule's edits at or above the threshold applied."""
    edits: list[Edit] = []
    for rule in CORRECTORS.active(context.settings.disabled):
        for edit in rule.func(text, context):
            if edit.confidence >= context.settings.threshold:
                edits.append(Edit(edit.start, edit.end, edit.replacement,
                                  rule.name.split(".", 1)[1], edit.confidence))
    return apply_edits(text, edits)


def apply_edits(text: str, edits: list[Edit]) -> Corrected:
    """Apply non-overlapping edits (the earliest rule wins an overlap) and say where each landed."""
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: e.start):
        if chosen and edit.start < chosen[-1].end:
            continue
        if text[edit.start:edit.end] != edit.replacement:
            chosen.append(edit)
    out: list[str] = []
    applied: list[Applied] = []
    pos = 0
    length = 0
    for edit in chosen:
        out.append(text[pos:edit.start])
        length += edit.start - pos
        applied.append(Applied(length, text[edit.start:edit.end], edit.replacement, edit.rule,
                               edit.confidence))
        out.append(edit.replacement)
        length += len(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return Corrected("".join(out), tuple(applied))
