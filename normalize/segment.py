"""Stage 3, segment: decoded text to blocks with their source line spans and layout cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import vocabulary as V
from .canonical import clean_text
from .model import Event, Inline

_WRAP_MIN, _WRAP_MAX = 40, 100  # line lengths of a hard-wrapped plain-text file
_WRAP_SHARE = 0.6
_CODE_GAP = 4  # at most 3 lines between two of code in one block (see _code_lines)
_CODE_PLAIN_WORDS, _CODE_PLAIN_SHARE = 6, 0.5  # a line with as many plain words is a sentence
_CELLS = re.compile(r"\S\t+\S")  # a browser copies a table row as its cells set apart by tabs
_DASHES = ("-", "–", "—")  # the bullets a dialogue's turns open with too
_DIGIT = re.compile(r"\d")
_ITEM = re.compile(r"(?:([-–—•·*+›»▪■►✓])|\d{1,3}([.)]))\s+\S")
# A line of program code or a shell session, as a browser copies a <pre>: a statement a language
# opens with, an assignment, an operator between names, a call with its arguments, an opening
# bracket ending it (see _reads_as_code; each searched only in lines with its characters).
_PROMPT = r"^\s*(?:(?:>>>|\.\.\.)\s+)?"  # an interactive session's: ">>> x = 1", "...     pass"
_CODE_STATEMENT = re.compile(_PROMPT + r"""(?:import\s+[\w.]+\s*$|from\s+[\w.]+\s+import\s|def\s+\w+\(
    |class\s+\w+[(:]|return\b|\#include\s|@\w+\(|\$\s+[a-z]|sudo\s|pip3?\s+install\s|npm\s+[a-z]
    |git\s+[a-z]+\s|[})\]]+[;,]?\s*$|/\*|\*/|>>>)""", re.X)
_STATEMENT_OPENINGS = frozenset("ifdcr#@$spng})]/*>.")  # what _CODE_STATEMENT's lines open with
_CODE_ASSIGNMENT = re.compile(_PROMPT + r"[\w.\[\]]+\s*=\s*\S")
_CODE_OPERATOR = re.compile(r"""[\w\])'"]\s*(?:==|!=|=>|:=|\+=|&&|\|\|)""")
_CODE_CALL = re.compile(r"""\b[a-z_]\w*+(?:\.\w++)*+\((?:\)|[^()]*?[,'"=_][^()]*+\))""")


@dataclass(frozen=True)
class Segment:
    """A block of source text: lines `start`..`end` (1-based), raw and whitespace-folded.

    HTML segments also carry the block's tag, inline markup, link density and the chrome
    reason a surrounding element suggests (a <nav>, a class="share" container).
    """

    start: int
    end: int
    raw: str
    text: str
    tag: str = ""
    hint: str = ""
    link_density: float = 0.0
    inlines: tuple[Inline, ...] | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    content: bool = False  # HTML: inside <article>, <main> or a container named for content
    group: int = 0  # dumps: the lines in its run of lines between blank lines (0: not known)

    @property
    def lines(self) -> str:
        """The line span as written in canonical XML: "7" or "7-9"."""
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass(frozen=True)
class Segmented:
    """The segments of a document, the page title an HTML head gave, and what the stage did."""

    segments: tuple[Segment, ...]
    events: tuple[Event, ...] = ()
    head: dict[str, str] = field(default_factory=dict)


def declared_title(head: dict[str, str]) -> str:
    """The title a page declares in its head: its og:title, else its <title>; "" for none (a
    text dump declares nothing)."""
    return head.get("og:title") or head.get("title") or ""


# what sets a site's name apart from the headline in a page's <title>: a bar, a dash, "::", "»";
# not a dash between figures ("Man Utd 2 - 1 Arsenal")
_TITLE_PARTS = re.compile(r"(?<!\d)\s+(?:[|»–—-]|::)\s+(?!\d)")
MAX_SITE_WORDS = 4


def declared_headline(head: dict[str, str]) -> str:
    """The page's declared title without the site's name it may carry: the part named as the
    site (og:site_name), else the shorter of its end parts set apart by a bar, a dash or "::",
    of at most MAX_SITE_WORDS words ("Diễn đàn Xe Việt :: Kinh nghiệm thay dầu xe máy",
    "Mozilla - Wikipedia": the last where both are as long)."""
    title = declared_title(head).strip(" |–—-:")  # "Über André Loibl |": a part left empty
    apart = list(_TITLE_PARTS.finditer(title))
    if not apart:
        return title
    first, last = title[:apart[0].start()], title[apart[-1].end():]
    site = head.get("site", "").casefold()
    if site and site in (first.casefold(), last.casefold()):
        cut_last = last.casefold() == site
    elif min(len(first.split()), len(last.split())) <= MAX_SITE_WORDS:
        cut_last = len(last.split()) <= len(first.split())
    else:
        return title
    return title[:apart[-1].start()] if cut_last else title[apart[0].end():]


def trail_section(crumbs: list[str], title: str, language: str = "") -> str:
    """The section a breadcrumb trail's entries end in ("Tin tức", "Xây dựng Đảng"), past the
    home page ("Trang chủ", "Home"), but for the article itself, which many trails end in ("Home » Recipes »
    Peanut Butter Truffles", or a headline longer than a menu's entry), an archive's dates
    ("Home / Essays / 2017 / January") and a button set in the trail ("Print Article"); ""
    for none.

    >>> trail_section(["Home", "Essays", "2017", "January", "Winter light"], "Winter light on the coast")
    'Essays'
    >>> trail_section(["Drinks", "Sazerac - alles über den Klassiker"], ""), trail_section(
    ...     ["Health News", "Print Article"], "")
    ('Drinks', 'Health News')

    A language that writes each syllable apart names sections in more of them (V.MAX_CRUMB_SYLLABLES):

    >>> trail_section(["Trang chủ", "Tin tức", "Hoạt động của Đảng bộ"], "Hội nghị Tỉnh ủy", "vi")
    'Hoạt động của Đảng bộ'
    >>> trail_section(["Trang chủ", "Chỉ đạo, quyết định của Chính phủ, Thủ tướng Chính phủ"], "", "vi")
    'Chỉ đạo, quyết định của Chính phủ, Thủ tướng Chính phủ'
    """
    most = V.MAX_CRUMB_SYLLABLES if language in V.SYLLABLE_LANGUAGES else V.MAX_MENU_ENTRY_WORDS
    crumbs = [c for c in (c.strip(" " + V.CRUMB_MARKS) for c in crumbs) if c and not V.HOME_PAGE.match(c)]
    while crumbs and (crumbs[-1].casefold() in title.casefold() or not worded_as_entry(crumbs[-1], most)):
        crumbs.pop()
    dated = next((k for k, crumb in enumerate(crumbs) if any(c.isdigit() for c in crumb)), None)
    named = [c for c in crumbs[:dated] if not V.ANY_CHROME_LINE.search(c.lower())
             and not V.NOT_A_SECTION.search(c)]  # nor a byline ("Accueil | Par Loïc Le Clerc | …")
    return named[-1] if named else ""


def worded_as_entry(text: str, most: int = V.MAX_MENU_ENTRY_WORDS) -> bool:
    """Whether `text` has as few words as a menu's entry (`most`), a dash between them not
    counted ("Tin tức - Sự kiện")."""
    return 1 <= sum(any(c.isalnum() for c in w) for w in text.split()) <= most


def fold(text: str) -> str:
    """Fold every run of white space (no-break spaces too) into one space, and trim."""
    return " ".join(text.split())


def source_lines(text: str) -> list[str]:
    """Split text into lines on LF, CRLF or CR only (not on the other characters splitlines() knows)."""
    return re.split(r"\r\n|\r|\n", text)


def segment_text(text: str) -> Segmented:
    """Return a text dump's segments: one per non-blank line, or per paragraph if hard-wrapped."""
    cleaned = clean_text(text)  # one pass: the controls never include a line break
    lines = source_lines(cleaned)
    controls = len(text) - len(cleaned)
    events = [Event("segment", "controls", f"{controls} control characters dropped")] if controls else []
    folded = [fold(line) for line in lines]
    if _hard_wrapped(folded):
        events.append(Event("segment", "hard-wrap", "short lines joined into paragraphs"))
        return Segmented(tuple(_paragraphs(lines)), tuple(events))
    groups = _group_sizes(folded)
    numbered = [(i, line, flat, size)
                for i, (line, flat, size) in enumerate(zip(lines, folded, groups, strict=True), 1)
                if flat]
    tags = _line_tags([line for _, line, _, _ in numbered])
    for k in _verse_lines([flat for _, _, flat, _ in numbered], [size for *_, size in numbered]):
        tags[k] = tags[k] or "verse"
    segments = tuple(Segment(i, i, line, flat, group=size, tag=tag)
                     for (i, line, flat, size), tag in zip(numbered, tags, strict=True))
    return Segmented(segments, tuple(events))


def _line_tags(lines: list[str]) -> list[str]:
    """What a dump line was in the page, where its text shows it: "tr" for a table row (a
    browser copies its cells set apart by tabs), "li" for a list item (a line that opens with
    the same bullet or numbering as a line next to it), "pre" for a line of a block of code."""
    markers = [list_marker(line.strip()) for line in lines]
    for k in _dialogue(lines, markers):
        markers[k] = None  # an exchange's turns are no list's items
    code = _code_lines(lines)
    return ["tr" if "\t" in line and _CELLS.search(line) else
            "pre" if k in code else
            "li" if mark and _item(markers, k) else ""
            for k, (line, mark) in enumerate(zip(lines, markers, strict=True))]


def _item(markers: list[str | None], k: int) -> bool:
    """Whether the line at `k`, which opens with a marker, is a list's item: the line next to
    it on either side opens with the same marker, or does past a run of lines with another (its
    points: "- Nội dung 1: …, gồm:" over "+ Đổi mới …", "+ Ứng dụng …", over "- Nội dung 2")."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(markers) and markers[j] not in (None, markers[k]):
            j += step
        if 0 <= j < len(markers) and markers[j] == markers[k]:
            return True
    return False


def _verse_lines(lines: list[str], sizes: list[int]) -> set[int]:
    """The (non-blank) lines that are a poem's, as a browser copies one: two or more stanzas in a
    row, each a run between blank lines of MIN_STANZA_LINES to MAX_STANZA_LINES lines, every line
    of a few words (V.VERSE_WORDS) opening in a capital, with no figure, list marker, tab or
    closing colon, and all about as long (within MAX_VERSE_SPREAD words: "Mẹ nhóm bếp chiều
    đông", "Khói lam chiều vương mái"; six and eight syllables in turn, as lục bát, too). A
    menu's entries are shorter, a teaser's headlines longer and of any length. The first
    stanza may run on under the lines above it (the date, with no blank line between)."""
    runs: list[range] = []  # the (non-blank) lines' positions, run by run: `sizes` gives each
    start = 0               # line's run's size (see _group_sizes)
    while start < len(lines):
        runs.append(range(start, start + sizes[start]))
        start += sizes[start]
    # (most runs are a paragraph alone between blank lines: too short for a stanza)
    stanzas = [_stanza(lines[run.start:run.stop]) if len(run) >= V.MIN_STANZA_LINES else 0
               for run in runs]
    found: set[int] = set()
    for n, run in enumerate(runs):
        if stanzas[n] == len(run) and n and stanzas[n - 1]:
            found.update(runs[n - 1][-stanzas[n - 1]:])
            found.update(run)
    return found


def _stanza(lines: list[str]) -> int:
    """How many of a run's last lines read as a stanza (see _verse_lines); 0 for too few."""
    size = 0
    while size < len(lines) and _verse_line(lines[-1 - size]):
        size += 1
    stanza = lines[len(lines) - size:]
    words = [len(line.split()) for line in stanza]
    if not V.MIN_STANZA_LINES <= size <= V.MAX_STANZA_LINES or max(words) - min(words) > V.MAX_VERSE_SPREAD:
        return 0
    return size


def _verse_line(line: str) -> bool:
    """Whether a line can be a poem's: a few words opening in a capital, no figure, list marker,
    tab or closing colon."""
    return line[:1].isupper() and V.VERSE_WORDS[0] <= len(line.split()) <= V.VERSE_WORDS[1] \
        and not line.endswith(":") and "\t" not in line and not _DIGIT.search(line) \
        and list_marker(line) is None


def _dialogue(lines: list[str], markers: list[str | None]) -> set[int]:
    """The lines opening with a dash that are the turns of an exchange, not a list's items: a
    run of them in which a question is answered by the next ("- Thưa ông, … gì nổi bật?" over
    "- Đến nay, 100% xã, phường …", an interview as Vietnamese papers set it)."""
    turns: set[int] = set()
    if not any(dash in markers for dash in _DASHES):
        return turns
    run: list[int] = []
    for k in [*range(len(lines)), len(lines)]:  # (the index past the end closes the last run)
        if k < len(lines) and markers[k] in _DASHES:
            run.append(k)
            continue
        if any(_asks(lines[a]) and not _asks(lines[b]) for a, b in zip(run, run[1:])):
            turns.update(run)
        run = []
    return turns


def _asks(line: str) -> bool:
    """Whether a line ends with a question mark (but for closing quotes or brackets)."""
    return line.rstrip().rstrip("\"”’»)").endswith("?")


def _code_lines(lines: list[str]) -> set[int]:
    """The (non-blank) lines that are a block of code: two or more that read as code,
    next to each other or but a few lines apart that are indented (a comment, a docstring) or
    hold no plain word (what a console prints: "[1, 2, 3]", "..."). One such line alone may be
    a sentence that names a function()."""
    code: set[int] = set()
    last = None  # the last line read as code
    for k, line in enumerate(lines):
        if not _reads_as_code(line):
            continue
        if last is not None and k - last <= _CODE_GAP and all(
                lines[j][:1].isspace() or not _plain_words(lines[j].split()) for j in range(last + 1, k)):
            code.update(range(last, k + 1))
        last = k
    return code


def _reads_as_code(line: str) -> bool:
    """Whether a line reads as code (_CODE_*) and not as a sentence that names some (a message
    such as "Strict Standards: Non-static method nggGallery::i18n() should not be called
    statically in …", "Why does foo() keep appending to the list?"): half its words plain."""
    code = line.lstrip()[:1] in _STATEMENT_OPENINGS and _CODE_STATEMENT.match(line) \
        or ("=" in line or "&&" in line or "||" in line) \
        and (_CODE_ASSIGNMENT.match(line) or _CODE_OPERATOR.search(line)) \
        or "(" in line and _CODE_CALL.search(line) or line.rstrip().endswith(("{", "("))
    if not code:
        return False
    tokens = line.split()
    plain = _plain_words(tokens)
    return plain < _CODE_PLAIN_WORDS or plain < len(tokens) * _CODE_PLAIN_SHARE


def _plain_words(tokens: list[str]) -> int:
    """How many of a line's tokens are plain words: lower-case letters only, but for a
    punctuation mark ending them."""
    return sum(t.strip(",.;:!?").isalpha() and t.islower() for t in tokens)


ITEM_TAGS = ("li", "dd", "dt")  # the tags of a list's items (a dump's lines in a list are "li")


def heading_level(tag: str) -> int | None:
    """The level of an HTML heading tag ("h2" is 2); None for any other tag."""
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" else None


def list_marker(line: str) -> str | None:
    """The kind of list marker a (stripped) line opens with: its bullet character, or "1." /
    "1)" for numbering; None when it opens with none."""
    found = _ITEM.match(line)
    if not found:
        return None
    return found.group(1) or "1" + found.group(2)


def _group_sizes(folded: list[str]) -> list[int]:
    """For each line, how many lines its run of non-blank lines holds (0 for a blank line).

    A browser's copy sets a <p> apart by blank lines and menus, lists and teasers line by line,
    so in a dump the article's paragraphs stand in small runs and the chrome in long ones."""
    sizes = [0] * len(folded)
    start = 0
    for i, line in enumerate(folded + [""]):
        if not line:
            sizes[start:i] = [i - start] * (i - start)
            start = i + 1
    return sizes


def _hard_wrapped(folded: list[str]) -> bool:
    """A file is hard-wrapped when most lines fill a narrow band and none runs past it."""
    lengths = [len(line) for line in folded if line]
    if len(lengths) < 6 or max(lengths) > _WRAP_MAX + 20:
        return False
    band = sum(_WRAP_MIN <= n <= _WRAP_MAX for n in lengths)
    consecutive = sum(1 for a, b in zip(folded, folded[1:]) if a and b)
    return band / len(lengths) >= _WRAP_SHARE and consecutive >= len(lengths) / 2


def _paragraphs(lines: list[str]) -> list[Segment]:
    out: list[Segment] = []
    start = 0
    for i, line in enumerate(lines + [""], 1):
        if fold(line) and not start:
            start = i
        elif not fold(line) and start:
            block = lines[start - 1:i - 1]
            raw = "\n".join(block)
            out.append(Segment(start, i - 1, raw, fold(raw)))
            start = 0
    return out
