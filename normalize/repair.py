"""Stage 2, repair: named fixes to decoded text, applied until nothing changes, each recorded.

Every fix is conservative: a line is changed only when the fixed line reads clearly more like
Vietnamese than before (see vietnamese.score), so text that is already right is never touched.
One mark is plain in any language: UTF-8 read as Windows-1252 leaves "Ã¼" for "ü" and "â€™"
for "’", which no text writes; a line holding it that maps back to valid UTF-8 is repaired
whatever its language.
Fixes work line by line, so a file that is partly broken is repaired where it is broken.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import charsets, lexicon, vietnamese
from .model import Event
from .rules import RuleTable

MAX_ROUNDS = 4
MIN_SCORE = 0.6  # a repaired line must read as Vietnamese at least this well
MIN_GAIN = 0.15  # and better than before by this much
LEGACY_SAMPLE = 8192  # bytes of suspicious lines that choose a document's legacy charset
LEGACY_PROBE = 1024  # bytes of them that decide whether the choice is worth making
LEGACY_PROBE_SCORE = 0.3  # a legacy text read right scores near 1 on them, other languages low
LEGACY_PROBE_MARKED = 0.5  # words with a byte above ASCII among them: legacy Vietnamese ≥ .7,
#                            European languages (an umlaut here, a © there) far fewer


@dataclass(frozen=True)
class Repaired:
    """Repaired text and the repair events, in the order they applied."""

    text: str
    events: tuple[Event, ...]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


MIN_COVERAGE = 0.25  # and a quarter of its words must be valid syllables with diacritics


# a tag inside a line of an HTML page, and the attributes in one that hold text: a meta tag's
# content, an image's alt, a link's title
_TAG_IN_LINE = re.compile(r"<[^<>]*>")
_TEXT_ATTRIBUTE = re.compile(r'\b(?:content|alt|title)\s*=\s*"([^"]*)"')


def _read(line: str) -> str:
    """What of a line reads as words: on a page of HTML, its character data and the text its
    tags hold, each tag set apart by spaces. Judged as it stands, a tag glues its markup to the
    word after it ('face=".VnTime">Số', no syllable), and a short piece of text between tags
    (an old portal's menu entry in TCVN3) could never read as Vietnamese."""
    if "<" not in line:
        return line
    return _TAG_IN_LINE.sub(lambda tag: f" {' '.join(_TEXT_ATTRIBUTE.findall(tag.group()))} ", line)


def _better(candidate: str, original: str) -> bool:
    """Whether `candidate` reads clearly more like Vietnamese than `original`, on enough words
    that one lucky syllable cannot decide it."""
    candidate = _nfc(_read(candidate))
    counts = vietnamese.tally(candidate)
    new = counts.score(len(candidate))
    return (new >= MIN_SCORE and new > vietnamese.score(_nfc(_read(original))) + MIN_GAIN
            and counts.valid_long >= max(2, MIN_COVERAGE * counts.words))


_LINE_END = re.compile(r"[\r\n]")  # not splitlines(): it also splits at U+0085 and friends


def _lines_with(hint: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of every line of `text` that `hint` finds something in, line end
    excluded. Found from the hint's matches in the whole text, not line by line: most texts
    need no repair, and the character data of an HTML page is thousands of lines."""
    line_end = 0
    while match := hint.search(text, line_end):  # (from the next line on: a line of French
        at = match.start()                       # has a hundred "é" to step over otherwise)
        start = max(text.rfind("\n", line_end, at), text.rfind("\r", line_end, at)) + 1
        end = _LINE_END.search(text, at)
        line_end = end.start() if end else len(text)
        yield start, line_end


def _spliced(text: str, fixes: list[tuple[int, int, str]]) -> str:
    """`text` with each (start, end) span replaced by its string; spans in order, apart."""
    out, done = [], 0
    for start, end, fixed in fixes:
        out += [text[done:start], fixed]
        done = end
    return "".join(out) + text[done:] if out else text


# ---------------------------------------------------------------- the fixes

MIN_DOCUMENT_REPAIRS = 3  # lines a fix mends on their own merit before it trusts short ones
COMMONER_ZIPF = 0.3  # ... or, once it did, ones it makes commoner by this much a changed word
_PUNCTUATION = ".,;:!?…\"'“”‘’()[]«»-–—"


def _all_syllables(line: str) -> bool:
    """Whether every word of `line` with diacritics is a valid syllable (and it has one), case
    aside: TCVN3 and VPS write some capitals with tone marks in lower case ("SÁU NGHệ")."""
    counts = vietnamese.tally(_nfc(_read(line).lower()))
    return counts.marked > 0 and counts.valid == counts.marked and not counts.bad_chars


def _with_short_lines(text: str, hint: re.Pattern[str], fix: Callable[[str], str | None],
                      weak: Callable[[str], str | None],
                      weak_hint: re.Pattern[str] | None = None) -> list[tuple[int, int, str]]:
    """The (start, end, fixed) spans of the lines `hint` finds that `fix` mends; and, once it
    has mended MIN_DOCUMENT_REPAIRS of them, of those `weak` mends: the short lines (a name,
    a date) too short to read as Vietnamese alone, in a document the fix is shown to fit. Those
    are the other lines `weak_hint` finds, when given: a looser hint, which a document shown
    to need the fix makes safe."""
    strong: list[tuple[int, int, str]] = []
    others: list[tuple[int, int]] = []
    for start, end in _lines_with(hint, text):
        if (fixed := fix(text[start:end])) is not None:
            strong.append((start, end, fixed))
        else:
            others.append((start, end))
    if len(strong) < MIN_DOCUMENT_REPAIRS:
        return strong
    if weak_hint is not None:
        mended = {(start, end) for start, end, _ in strong}
        others = [span for span in _lines_with(weak_hint, text) if span not in mended]
    more = [(start, end, fixed) for start, end in others if (fixed := weak(text[start:end])) is not None]
    return sorted(strong + more)

_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def fix_html_entities(text: str) -> str:
    """Unescape HTML character references in text that spells Vietnamese letters with them.

    Safe: only a text holding at least three references to letters outside ASCII is changed,
    which a text that merely mentions "&amp;" never does.

    >>> fix_html_entities("Vi&#7879;t Nam c&oacute; &#273;&#7865;p &amp; vui")
    'Việt Nam có đẹp & vui'
    """
    found = [m.group() for m in _ENTITY.finditer(text)]
    letters = [e for e in found if (u := html.unescape(e)) != e and not u.isascii() and u.isalpha()]
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text) if len(letters) >= 3 else text


def _read_back(text: str) -> str | None:
    """`text` read back from Windows-1252 or Latin-1 to UTF-8 once; None when its bytes so are
    no valid UTF-8 (or it holds a character neither shows)."""
    raw = charsets.as_1252_bytes(text)
    try:
        return raw.decode("utf-8") if raw is not None else None
    except UnicodeDecodeError:
        return None


def _utf8_decoded(line: str) -> str | None:
    """`line` read back from Windows-1252 or Latin-1 to UTF-8, as many times (up to three) as it
    maps to bytes that are valid UTF-8; None when it does not once."""
    best, current = None, restore_lost_bytes(line)
    for _ in range(3):
        if current.isascii() or (once := _read_back(current)) is None:
            break
        best = current = once
    return best


def _utf8_mojibake_line(line: str) -> str | None:
    """Undo UTF-8 read as Windows-1252 or Latin-1, once or several times over; in a line that
    also holds text read right ("nächsten â€žG-Dataâ€œ", a quotation pasted in), character by
    character where it shows the plain marks."""
    best = _utf8_decoded(line)
    plain = _PLAIN_MOJIBAKE.search(line) is not None
    if best is None:
        return _mend_characters(line) if plain else None
    return best if plain or _better(best, line) else None


def _mend_characters(line: str) -> str | None:
    """`line` with each character's UTF-8 bytes shown as Windows-1252 ("Ã¶") decoded, the
    characters around them left as they are; None when nothing changed."""
    mended = _UTF8_CHARACTER.sub(lambda m: _read_back(m.group()) or m.group(), restore_lost_bytes(line))
    return mended if mended != line else None


# a continuation byte (0x80-0xBF) as Windows-1252 or Latin-1 shows it: € ‚ ƒ … or a Latin-1 sign
_CONTINUATION = ("[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                 "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                 "\u20ac\u2122]")
# UTF-8 read as Windows-1252/Latin-1: a lead byte (Â..ô) before a continuation byte
_UTF8_AS_1252 = re.compile("[\u00c2-\u00f4]" + _CONTINUATION)
# one character's UTF-8 bytes as Windows-1252 shows them: a lead byte and its continuation bytes
_UTF8_CHARACTER = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
                             f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")
# the marks of it no text in any language writes: the lead bytes of the Latin letters of Western
# and Central Europe (Ã¼ for ü, Ä… for ą, Å‚ for ł) before a continuation byte, and the "â€" of
# General Punctuation (â€™ for ’, â€œ for “). A German or Polish line showing one is repaired
# though it does not read as Vietnamese; "ß" before a soft hyphen, which real German writes and
# which maps back to valid UTF-8 too, is no such mark.
_PLAIN_MOJIBAKE = re.compile("[\u00c2-\u00c5]" + _CONTINUATION + "|\u00e2\u20ac")


# The five bytes Windows-1252 leaves undefined. A strict decoder (Python's errors="replace")
# shows each as U+FFFD, so UTF-8 read so loses the byte: "Ä�" is Đ (C4 90), "Ã�" one of Á Í Ý
# (C3 81, 8D, 9D), "á»�" one of ề ọ ỏ Ố ờ (E1 BB 81, 8D, 8F, 90, 9D).
UNDEFINED_1252 = "\x81\x8d\x8f\x90\x9d"
# a word holding one: a U+FFFD after the lead byte of a character, or after its second byte
LOST_BYTE = re.compile("(?:[\u00c2-\u00df]|[\u00e0-\u00ef]" + _CONTINUATION + ")\ufffd")
# (no-break space is a continuation byte, A0, inside a word: "áº\xa0" is "Ạ")
_WORD_WITH_U_FFFD = re.compile("[^ \t\r\n]*\ufffd[^ \t\r\n]*")
MAX_LOST_BYTES = 3  # in one word: 5 ** 3 readings to weigh
# what a reading may hold to be Vietnamese: "QÄ�" is "QĐ", not "Qā" (C4 81)
_VIETNAMESE_LETTERS = frozenset(vietnamese.MARKED_LETTERS) | frozenset(map(chr, range(0x80)))


def restore_lost_bytes(line: str) -> str:
    """`line`, UTF-8 read as Windows-1252 by a strict decoder, with each lost byte (U+FFFD,
    see UNDEFINED_1252) put back as the one that makes its word the commonest Vietnamese word
    in a plausible case: in "Ä�áº£ng" the byte is 0x90 (it reads back as "Đảng"). Frequency
    alone decides among words that all exist: "Ä�á»�" reads back as "Đề", commoner than "Đỏ".
    A word no byte makes valid UTF-8 is left as it is.

    >>> restore_lost_bytes("QUá»\ufffdC") == "QUá»\x90C"
    True
    """
    if "\ufffd" not in line:
        return line
    letters = [ch for ch in line if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters) > len(letters) / 2
    return _WORD_WITH_U_FFFD.sub(lambda m: _likeliest_word(m.group(), capitals), line)


def _likeliest_word(word: str, capitals: bool) -> str:
    """`word` with its lost bytes put back (see restore_lost_bytes); in a line written in
    `capitals`, an upper-case reading is likelier than a lower-case one, elsewhere the reverse
    ("Cá»�" is "Cờ", not the commoner "CỐ")."""
    holes = word.split("\ufffd")
    if len(holes) - 1 > MAX_LOST_BYTES or not LOST_BYTE.search(word):
        return word
    best, best_rank = word, (False, False, False, -1.0)
    for bytes_ in itertools.product(UNDEFINED_1252, repeat=len(holes) - 1):
        candidate = holes[0] + "".join(b + rest for b, rest in zip(bytes_, holes[1:], strict=True))
        if (decoded := _read_back(candidate)) is None:
            continue
        letters = decoded.strip(_PUNCTUATION)
        plausible = bool(letters) and vietnamese.plausible_case(letters)
        rank = (_VIETNAMESE_LETTERS.issuperset(decoded.lower()), plausible,
                plausible and letters.isupper() == capitals, lexicon.zipf(letters))
        if rank > best_rank:
            best, best_rank = candidate, rank
    return best


def _utf8_short_line(line: str) -> str | None:
    """`line` read back to UTF-8 when every word of it with diacritics is then a syllable, or
    it then holds no letter beyond ASCII (a menu's icon: "â˜°" for "☰")."""
    decoded = _utf8_decoded(line)
    if decoded is None:
        return None
    symbols = not any(ch.isalpha() for ch in decoded if not ch.isascii())
    return decoded if symbols or _all_syllables(decoded) else None


def fix_utf8_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 or Latin-1 ("TÃ´i" -> "Tôi"), even twice over.

    Safe: the line must map back to bytes that are valid UTF-8, and read far more like
    Vietnamese or show a mark of it no text writes ("Ã¼", "â€™"); a line that is right but for
    a pasted quotation is mended character by character where it shows such a mark. In a
    document where MIN_DOCUMENT_REPAIRS lines are so mended, a short line too (a name, a date:
    "Thá»© ba, 19/11/2024") whose every word with diacritics reads back as a syllable.

    >>> fix_utf8_mojibake("TÃ´i Ä‘i Äƒn cÆ¡m")
    'Tôi đi ăn cơm'
    >>> fix_utf8_mojibake("Auf Nachfrage fÃ¼hrte die Gemeinde aus, dass Â«geringe MengenÂ» â€“ gefunden")
    'Auf Nachfrage führte die Gemeinde aus, dass «geringe Mengen» – gefunden'
    >>> fix_utf8_mojibake("Der nächste Test: â€žG-Data InternetSecurityâ€œ war schÃ¶n")
    'Der nächste Test: „G-Data InternetSecurity“ war schön'
    >>> fix_utf8_mojibake("Wir gieß\u00aden die Blumen")
    'Wir gieß\\xaden die Blumen'
    """
    return _spliced(text, _with_short_lines(text, _UTF8_AS_1252, _utf8_mojibake_line, _utf8_short_line))


# Characters of Windows-1252/Latin-1 that clean Vietnamese never holds, but mis-read legacy
# bytes are full of: symbols and letters of other languages (« ® ¸ µ ¶ ¹ ¢ ¡ ä ë ï ö ü ñ ø …).
_FOREIGN_1252 = frozenset(chr(c) for c in range(0x80, 0x100)) - frozenset(
    "\u00a0àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ") | frozenset("ƒˆŠŒŽ˜šœžŸ‰‹›")


_FOREIGN_RE = re.compile("[" + re.escape("".join(sorted(_FOREIGN_1252))) + "]")


def _suspicious(line: str) -> bytes | None:
    """The bytes of a line that looks like a legacy charset read as Windows-1252, or None."""
    if line.isascii():
        return None
    raw = charsets.as_1252_bytes(line)  # fails fast on the ơ, ư, đ, ạ of clean Vietnamese
    if raw is None or raw.isascii():
        return None
    if not _FOREIGN_RE.search(line):
        counts = vietnamese.tally(_read(line))
        if not counts.marked or counts.valid == counts.marked:
            return None  # no word with diacritics, or every one already is a syllable
    return raw


def fix_legacy_mojibake(text: str) -> str:
    """Undo TCVN3, VNI, VISCII, VPS or CP1258 bytes read as Windows-1252 (scraped .VnTime text).

    The charset is chosen once for the document, from all its suspicious lines together (a
    short line alone can read as Vietnamese in two charsets); each line is then changed only
    if it reads far more Vietnamese, or, once MIN_DOCUMENT_REPAIRS lines did, when its every
    word with diacritics becomes a syllable ("Hoµng Minh", a byline too short to read as
    anything alone).

    >>> fix_legacy_mojibake("T«i ®i häc")
    'Tôi đi học'
    """
    raws: dict[tuple[int, int], bytes] = {}
    probed, size = False, -1
    for start, end in _lines_with(_HIGH_1252, text):
        raw = _suspicious(text[start:end])
        if raw is None:
            continue
        raws[start, end], size = raw, size + 1 + len(raw)
        if not probed and size >= LEGACY_PROBE:  # decide early: most such texts are not legacy
            if not _worth_a_tournament(raws):
                return text
            probed = True
    if not raws or not (probed or _worth_a_tournament(raws)):
        return text
    reading = charsets.most_vietnamese(b"\n".join(raws.values())[:LEGACY_SAMPLE])
    if reading.score < MIN_SCORE:
        return text  # no charset makes these lines Vietnamese: they are another language
    candidates = {span: _nfc(charsets.decode(raw, reading.name)) for span, raw in raws.items()}
    better = [(start, end, candidates[start, end]) for start, end in raws
              if _better(candidates[start, end], text[start:end])]
    if len(better) >= MIN_DOCUMENT_REPAIRS:  # the charset is the document's: its short lines too
        done = {(start, end) for start, end, _ in better}
        better += [(start, end, candidate) for (start, end), candidate in candidates.items()
                   if (start, end) not in done and _all_syllables(candidate)
                   and _agreed(raws[start, end], candidate, reading)]
        better += _commoner_readings(text, reading, set(raws))
    return _spliced(text, sorted(better))


def _commoner_readings(text: str, reading: charsets.Reading,
                       read: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The lines, outside those already `read`, that read as Vietnamese as they stand but are
    bytes of the document's charset (`reading`) read as Windows-1252 all the same: a short line
    of common words mis-read into rarer ones, each a syllable too ("Vãn hóa" for "Văn hóa",
    "Mãn chay" for "Món chay", "Chính trò" for "Chính trị"). The charset's reading replaces
    one whose changed words are commoner by COMMONER_ZIPF each (see lexicon.zipf) and that
    every charset reading the document alike agrees on."""
    found = []
    for start, end in _lines_with(_HIGH_1252, text):
        line = text[start:end]
        raw = None if (start, end) in read else charsets.as_1252_bytes(line)
        if raw is None or raw.isascii():
            continue
        candidate = _nfc(charsets.decode(raw, reading.name))
        if candidate != line and _all_syllables(candidate) and _commoner(candidate, line) \
                and _agreed(raw, candidate, reading):
            found.append((start, end, candidate))
    return found


def _agreed(raw: bytes, candidate: str, reading: charsets.Reading) -> bool:
    """Whether every charset that reads the document as `reading` does reads `raw` as
    `candidate` too: where they part (VISCII and VPS on a few capitals), a short line alone
    cannot tell them apart."""
    return all(_nfc(charsets.decode(raw, other)) == candidate for other in reading.alike)


def _commoner(candidate: str, line: str) -> bool:
    """Whether the words `candidate` changes in `line` are commoner in Vietnamese, by
    COMMONER_ZIPF each."""
    new_words, old_words = _read(candidate).split(), _read(line).split()
    if len(new_words) != len(old_words):
        return False
    changed = [(new, old) for new, old in zip(new_words, old_words, strict=True) if new != old]
    if not changed:
        return False
    gain = sum(lexicon.zipf(new.strip(_PUNCTUATION)) - lexicon.zipf(old.strip(_PUNCTUATION))
               for new, old in changed)
    return gain > COMMONER_ZIPF * len(changed)


# a character Windows-1252 or Latin-1 maps a byte above ASCII to: every mis-read line has one
_HIGH_1252 = re.compile("[\u0080-\u00ff" + re.escape(charsets.WINDOWS_1252_HIGH) + "]")


def _worth_a_tournament(raws: dict[tuple[int, int], bytes]) -> bool:
    """Whether the first LEGACY_PROBE bytes of the suspicious lines read as Vietnamese in some
    charset at all: far from it, the full choice of a charset is not worth making. Nearly
    every Vietnamese word carries a letter that legacy charsets put above ASCII, which is
    checked first because decoding the probe in every charset costs more."""
    probe = b"\n".join(raws.values())[:LEGACY_PROBE]
    words = probe.split()
    if sum(not w.isascii() for w in words) < LEGACY_PROBE_MARKED * len(words):
        return False
    return charsets.most_vietnamese(probe).score >= LEGACY_PROBE_SCORE


_VIQR_TONE = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_SHAPE = {("a", "^"): "\u0302", ("a", "("): "\u0306", ("e", "^"): "\u0302",
               ("o", "^"): "\u0302", ("o", "+"): "\u031b", ("u", "+"): "\u031b"}
_VOWELS = frozenset("aeiouyAEIOUY")


def _viqr_to_unicode(line: str) -> str:
    """RFC 1456 VIQR: a vowel, then its shape mark (^ ( +), then its tone (' ` ? ~ .); dd is đ.
    A backslash before a mark or a d keeps it from combining with what precedes ("ho.\\." is
    "họ.", "DD\\DD" is "ĐĐ") and is dropped."""
    out, i, n = [], 0, len(line)
    while i < n:
        ch = line[i]
        nxt = line[i + 1] if i + 1 < n else ""
        if ch == "\\" and nxt and (nxt in _VIQR_TONE or nxt in "^(+dD"):
            i += 1
        elif ch in "dD" and nxt and nxt in "dD":  # ("" is in every string: a line's last d)
            out.append("Đ" if ch == "D" else "đ")
            i += 2
        elif ch in _VOWELS:
            letter, i = ch, i + 1
            if i < n and (ch.lower(), line[i]) in _VIQR_SHAPE:
                letter += _VIQR_SHAPE[(ch.lower(), line[i])]
                i += 1
            if i < n and line[i] in _VIQR_TONE:
                letter += _VIQR_TONE[line[i]]
                i += 1
            out.append(letter)
        else:
            out.append(ch)
            i += 1
    return _nfc("".join(out))


# a vowel with a shape mark, or with a tone mark before a letter; and the marks of a line: those
# or dd. A line of VIQR has marked vowels: "dd" alone (address, middle) does not find lines.
_VIQR_VOWEL = re.compile(r"[aeiouyAEIOUY](?:[\^(+]|['`?~.](?=[a-zA-Z]))")
_VIQR_ESCAPE = re.compile(r"\\[\^(+'`?~.dD]")  # a mark kept from a letter ("ho.\\.", see _viqr_to_unicode)
# ... and, in a document shown to be VIQR, a tone ending a word, a "dd" or an escape too ("Trang
# chu?", "Co'", "DDang online: 6"): alone, they are as often a question, a quote or a full stop
_VIQR_MARKED = re.compile(rf"[aeiouyAEIOUY][\^(+'`?~.]|[dD][dD]|{_VIQR_ESCAPE.pattern}")
_VIQR_HINT = re.compile(rf"{_VIQR_VOWEL.pattern}|[dD][dD]")
_NON_ASCII_LETTER = re.compile(r"(?![\x00-\x7f])[^\W\d_]")
VIQR_MIN_MARKS = 0.2  # VIQR marks per word: Vietnamese in VIQR has one on most words


def _viqr_line(line: str) -> str | None:
    marks = len(_VIQR_HINT.findall(line))
    if marks < max(2, VIQR_MIN_MARKS * len(line.split())) or _NON_ASCII_LETTER.search(line):
        return None
    converted = _viqr_to_unicode(line)
    return converted if _better(converted, line) else None


def _viqr_short_line(line: str) -> str | None:
    """An ASCII `line` read as VIQR when every word with diacritics then is a syllable, or
    when it only escapes a mark ("tuyengiao\\.travinh.gov.vn")."""
    if _NON_ASCII_LETTER.search(line):
        return None
    converted = _viqr_to_unicode(line)
    escaped = _VIQR_ESCAPE.search(line) and not vietnamese.tally(converted).marked
    return converted if escaped or _all_syllables(converted) else None


def fix_viqr(text: str) -> str:
    """Convert VIQR, Vietnamese typed in ASCII (RFC 1456), to Unicode.

    Safe: only ASCII lines with several VIQR marks, whose conversion reads far more Vietnamese;
    in a document with MIN_DOCUMENT_REPAIRS such lines, a short one too ("Vo~ Ha?i", "Trang
    chu?", "DDang online: 6") whose every word with diacritics becomes a syllable.

    >>> fix_viqr("To^i ddi ho.c tie^'ng Vie^.t\\\\.")
    'Tôi đi học tiếng Việt.'
    """
    return _spliced(text, _with_short_lines(text, _VIQR_VOWEL, _viqr_line, _viqr_short_line,
                                            _VIQR_MARKED))


def fix_nfd(text: str) -> str:
    """Compose decomposed letters (NFD, Unikey's "Unicode tổ hợp") into NFC.

    Safe: NFC is canonical equivalence, so the text reads the same; only its code points change.

    >>> fix_nfd("Vie\\u0302\\u0323t") == "Việt"
    True
    """
    return _nfc(text)


# a zero-width space, a word joiner, a BOM inside the text; or, in a page's markup, their
# character references ("&#8203;"), which the HTML parser would read after the repairs
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]|&#(8203|8288|65279|x0*(200b|2060|feff));"
                        "|&(ZeroWidthSpace|NoBreak);", re.I)


def fix_invisible(text: str) -> str:
    """Delete the zero-width characters a copy from a browser leaves in text: zero-width spaces,
    word joiners and byte-order marks past the start (in a page's markup, their references
    too). They show nothing, but a name, a date or a sentence's full stop followed by one reads
    as none.

    Safe: the text shows the same; joiners that shape a script (U+200C, U+200D), marks of
    direction and soft hyphens are kept.

    >>> fix_invisible("Võ Hải\\u200b\\nThứ ba\\u2060, 19/11/2024")
    'Võ Hải\\nThứ ba, 19/11/2024'
    """
    return _INVISIBLE.sub("", text)


# The letters with diacritics TCVN3 writes no capitals of (VPS lacks some too): its users set
# words in capitals in a font of capitals over the small letters' codes (.VnTimeH), so those
# letters come back in lower case inside words in capitals ("PHáT HUY KẾT QUả", "NGUYễN HảI").
_CAPITALS_LOST = vietnamese.MARKED_LETTERS
# A word in capitals that lost some shows a lost letter next to a capital: after one, which a
# whole text is searched for (three times faster than either side), or either side of one.
_CAPITAL_THEN_LOST = re.compile(rf"[A-ZĐĂÂÊÔƠƯ][{_CAPITALS_LOST}]")
_LOST_NEXT_TO_CAPITAL = re.compile(rf"{_CAPITAL_THEN_LOST.pattern}|[{_CAPITALS_LOST}][A-ZĐĂÂÊÔƠƯ]")
_LETTERS = re.compile(r"[^\W\d_]+")


def fix_lost_capitals(text: str) -> str:
    """Write in capitals the letters with diacritics a charset without their capitals (TCVN3)
    gave back in lower case inside words in capitals: "PHáT HUY KẾT QUả" is "PHÁT HUY KẾT
    QUẢ", "NGUYễN HảI" "NGUYỄN HẢI"; in a line of words in capitals, a word of one capital so
    too ("THANH Hà" is "THANH HÀ"). A sentence's lost capital ("ủy ban …" for "Ủy ban …") is
    not told from a small letter, and stays.

    Safe: no word written right holds two capitals and, of small letters, only ones with
    diacritics; only text vietnamese.guess_language reads as Vietnamese is read.

    >>> text = "PHáT HUY KẾT QUả ĐạI HộI\\nTHANH Hà\\nHà Nội, BáO CáO\\n" + "Đại hội đã thành công. " * 5
    >>> fix_lost_capitals(text).splitlines()[:3]
    ['PHÁT HUY KẾT QUẢ ĐẠI HỘI', 'THANH HÀ', 'Hà Nội, BÁO CÁO']
    """
    if not _CAPITAL_THEN_LOST.search(text) or vietnamese.guess_language(text) != "vi":
        return text  # (nor a Spanish "COMENTARIOS: Sí")
    return "\n".join(_capitals_found(line) if _LOST_NEXT_TO_CAPITAL.search(line) else line
                     for line in text.split("\n"))


def _capitals_found(line: str) -> str:
    """`line` with its words that lost capitals written in capitals again (see fix_lost_capitals)."""
    words = _LETTERS.findall(line)
    lost = {w for w in words if any(c.islower() for c in w)
            and all(c in _CAPITALS_LOST for c in w if c.islower()) and any(c.isupper() for c in w)}
    in_capitals = all(w.isupper() or w in lost for w in words) \
        and any(len(w) > 1 and w.isupper() for w in words)
    fixed = {w for w in lost if in_capitals or sum(c.isupper() for c in w) >= 2}
    if not fixed:
        return line
    return _LETTERS.sub(lambda m: m[0].upper() if m[0] in fixed else m[0], line)


REPAIRS: RuleTable[Callable[[str], str]] = RuleTable("repair", [
    ("invisible", fix_invisible),
    ("html-entities", fix_html_entities),
    ("utf8-mojibake", fix_utf8_mojibake),
    ("legacy-mojibake", fix_legacy_mojibake),
    ("viqr", fix_viqr),
    ("nfc", fix_nfd),
    ("lost-capitals", fix_lost_capitals),
])


def repair(text: str, disabled: frozenset[str] = frozenset()) -> Repaired:
    """Return `text` with every enabled repair applied until a round changes nothing."""
    events: list[Event] = []
    for _ in range(MAX_ROUNDS):
        changed = False
        for rule in REPAIRS.active(disabled):
            fixed = rule.func(text)
            if fixed != text:
                events.append(Event("repair", rule.name.split(".", 1)[1], _describe(text, fixed)))
                text, changed = fixed, True
        if not changed:
            break
    return Repaired(text, tuple(events))


def _describe(before: str, after: str) -> str:
    old, new = before.splitlines(), after.splitlines()
    lines = sum(a != b for a, b in zip(old, new, strict=False))
    return f"{lines} of {len(old)} lines changed"
