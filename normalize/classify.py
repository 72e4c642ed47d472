"""Stage 4, classify: label each segment as body (by kind), metadata, or chrome with a reason.

Rules run in table order; each labels segments that no earlier rule labelled. What no rule
claims is body text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import islice

import numpy as np

from . import blockmodel, official, textstats
from . import vocabulary as V
from .dates import (
    date_end,
    date_start,
    only_date,
    opens_with_date,
    parse_date,
    same_moment,
    todays_date,
)
from .linkeddata import names_someone
from .model import LineBreak, sole_emphasis
from .rules import RuleTable
from .segment import (
    ITEM_TAGS,
    Segment,
    Segmented,
    declared_headline,
    declared_title,
    fold,
    heading_level,
    list_marker,
    trail_section,
    worded_as_entry,
)
from .textstats import is_caps
from .vietnamese import language_of

BODY_ROLES = frozenset({"p", "h", "li", "quote", "caption"})
_TERMINAL = tuple(".!?…:;\"'”’»)]")
_SENTENCE_END = (*blockmodel.SENTENCE_END, ":")  # a sentence's, or one introducing what follows
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")  # and opening in a capital: see _name_word
_VOWEL = re.compile("[aeiouy]", re.I)  # searched in a word decomposed: "Ổ" is O and its marks
_SYLLABLE = re.compile(r"\w+")
_HANDLE = re.compile(r"\s*@\w+")  # a writer's social-media handle after the name


@dataclass(frozen=True)
class Label:
    """What a segment is: a body role, a metadata role, or "chrome" with the reason."""

    role: str
    reason: str = ""


@dataclass
class Found:
    """Metadata the rules read off the segments; empty fields were not found."""

    title: str = ""
    authors: tuple[str, ...] = ()
    date: tuple[str, str] | None = None  # (ISO 8601 value, original wording)
    section: str = ""


@dataclass
class Context:
    """The segments under classification, their labels so far, and the metadata found; with
    what the rules read of every segment, computed once for the page."""

    segments: tuple[Segment, ...]
    kind: str
    head: dict[str, str]
    labels: list[Label | None]
    words: list[int]  # white-space separated words of each segment
    features: np.ndarray  # blockmodel.FEATURES of each segment, a row each
    learned: list[float]  # the block model's log-odds that each segment is article text
    language: str  # "vi" or "und", from the first 200 segments
    found: Found = field(default_factory=lambda: Found())
    site_lines: frozenset[str] = frozenset()  # blocks other files of the batch repeat
    repeated: set[int] = field(default_factory=set)  # segments a later duplicate repeats
    header: set[int] = field(default_factory=set)  # segments set aside as above the title
    boxes: set[int] = field(default_factory=set)  # "Related" headings of boxes inside the article
    document: official.Frame | None = None  # an administrative document the page holds
    # the title candidates rank_title weighed and their features (what training learns from)
    title_choices: tuple[list[int], np.ndarray] | None = None

    def free(self) -> list[int]:
        """Indexes of segments no rule has labelled yet."""
        return [i for i, label in enumerate(self.labels) if label is None]

    def title_index(self) -> int | None:
        return next((i for i, lab in enumerate(self.labels) if lab and lab.role == "title"), None)


@dataclass(frozen=True)
class Classified:
    """The label of every segment and the metadata the labels carry."""

    segments: tuple[Segment, ...]
    labels: tuple[Label, ...]
    meta: Found


def words(text: str) -> int:
    return len(text.split())


# ------------------------------------------------------------------ rules

def dom_chrome(ctx: Context) -> None:
    """HTML blocks inside <nav>, <footer>, share or related containers, or made of links, are
    chrome. The first line of an author's box that holds only names is the byline (its office may
    follow it after a line break, "PGS, TS NGUYỄN VĂN HÙNG<br>Học viện …"): the box is
    called "author" whether it holds the name over the article or the writer's biography below
    it (whose repeated name stays chrome); a date alone in it is left to the dateline rule."""
    if ctx.kind != "html":
        return
    for i in ctx.free():
        seg = ctx.segments[i]
        if seg.hint == "author-bio" and not ctx.found.authors \
                and not V.AUTHOR_BOX_HEADING.search(seg.text.lower()) \
                and (names := _names(seg.text.split("\n", 1)[0], require_marker=False)):
            ctx.labels[i] = Label("byline")
            ctx.found.authors = names
        elif seg.hint == "author-bio" and only_date(seg.text):
            continue  # the date set by the name in the author's box: the dateline rule reads it
        elif seg.hint:
            ctx.labels[i] = Label("chrome", seg.hint)
        elif seg.tag == "img":
            ctx.labels[i] = _IMAGE_ALT
        elif seg.link_density > 0.6 and ctx.words[i] < 40:
            ctx.labels[i] = _NAVIGATION


def line_chrome(ctx: Context) -> None:
    """Short lines worded like share buttons, counters, footers, menus, widgets or skip links
    are chrome; not a line of code ("...", "Next" in a block of it)."""
    worded = ctx.features[:, blockmodel.CHROME_LINE]  # short, and any of the wordings found
    for i in ctx.free():
        text = ctx.segments[i].text
        if ctx.segments[i].tag == "pre":
            continue
        if worded[i]:
            reason = _chrome_worded(text)
        elif "\n" in text:  # a box of lines set apart by line breaks, each worded as chrome
            reasons = {_chrome_worded(line) if words(line) <= V.MAX_CHROME_LINE_WORDS else ""
                       for line in text.split("\n")}
            reason = reasons.pop() if len(reasons) == 1 else ""
        elif ctx.words[i] <= V.MAX_CHROME_LINE_WORDS and _follow_call(text.lower()):
            reason = "share"
        else:
            skip = i < V.SKIP_LINK_WITHIN and ctx.words[i] <= V.MAX_CHROME_LINE_WORDS \
                and V.SKIP_LINK.search(text.lower())
            reason = "navigation" if skip else ""
        if reason:
            ctx.labels[i] = Label("chrome", reason)
            lowered = text.lower()
            if V.TAG_LABEL.fullmatch(lowered):
                _tags_under(ctx, i)
            elif V.POLL_BUTTON.fullmatch(lowered):
                _poll_over(ctx, i)


def _tags_under(ctx: Context, label: int) -> None:
    """The tags under a tag box's label alone on its line ("Sự kiện:" over "Tin tức Hà Nội",
    "Giao thông"): the short lines that end no sentence, up to MAX_TAGS of them. A site may set
    its box between the standfirst and the article, where the tags read as headings. The box
    ends at a labelled line ("Nguồn: Dân trí") or a box's heading ("Tin liên quan")."""
    for i in range(label + 1, min(label + 1 + V.MAX_TAGS, len(ctx.segments))):
        row = ctx.features[i]
        if ctx.labels[i] is not None or ctx.words[i] > V.MAX_TAG_WORDS or ":" in ctx.segments[i].text \
                or row[blockmodel.ENDS_SENTENCE] or row[blockmodel.BARRIER] or row[blockmodel.CHROME_LINE]:
            return
        ctx.labels[i] = _NAVIGATION


def _poll_over(ctx: Context, button: int) -> None:
    """A poll's question and options over its button ("Bạn có đồng ý …?", "Có", "Không", "Ý kiến
    khác", "Biểu quyết"): the short lines up to a question, MAX_POLL_OPTIONS at most. Set inside
    an article, the options read as its short lines. Without a question over them, no poll."""
    for i in range(button - 1, max(-1, button - 2 - V.MAX_POLL_OPTIONS), -1):
        if ctx.labels[i] is not None:
            return
        if ctx.segments[i].text.endswith("?"):
            for k in range(i, button):
                ctx.labels[k] = _WIDGET
            return
        if ctx.words[i] > V.MAX_POLL_OPTION_WORDS:
            return


def _follow_call(lowered: str) -> bool:
    """Whether a lower-cased line calls the reader to follow the site on a network, ending with
    the networks ("Theo dõi Dân trí trên Google News", "Follow NBC Latino on Facebook, Twitter and
    Instagram."), not a sentence going on past one ("Follow these steps shared on Twitter to …",
    "Theo dõi trên Facebook, chị Lan nói.")."""
    found = V.FOLLOW_CALL.search(lowered)
    if found is None:
        return False
    rest = lowered[found.end():].strip()  # nothing, or a sentence's end and a few words more
    return not rest or rest[0] in ".!|(" and words(rest) <= V.MAX_WORDS_PAST_NETWORK


def _chrome_worded(line: str) -> str:
    """The reason of the first chrome wording a short line has ("" for none)."""
    return next((reason for pattern, reason in V.CHROME_LINES if pattern.search(line)), "")


def consent_notice(ctx: Context) -> None:
    """A cookie-consent banner's blocks, and the site's notices about the reader's browser
    ("You are using a browser version with limited support for CSS"), are chrome: the page's
    own, not the article's, though they read as sentences (and, a dozen of them together, can
    outweigh a short article)."""
    for i in ctx.free():
        if ctx.words[i] > V.MAX_CONSENT_WORDS:
            continue
        text = ctx.segments[i].text.lower()
        if "cookie" in text and V.CONSENT_NOTICE.search(text) \
                or V.BROWSER_WORDS.search(text) and V.BROWSER_NOTICE.search(text):
            ctx.labels[i] = _WIDGET


def official_document(ctx: Context) -> None:
    """A Vietnamese administrative document (see official.py) is kept whole: its head and its
    close are paragraphs (the recipients a list), and in its body a part's heading ("Chương
    I", a line in capitals) or an article's name ("Điều 1. Phạm vi điều chỉnh") is a heading.
    Its date and signer stand for the page's when the page gives none (see classify)."""
    raw = [seg.raw for seg in ctx.segments]
    frame = official.find_frame(raw) or official.find_record(raw)
    if frame is None:
        return
    ctx.document = frame
    for i in range(frame.start, frame.end + 1):
        if ctx.labels[i] is None:
            ctx.labels[i] = Label(_official_role(ctx, i, frame))


def _official_role(ctx: Context, i: int, frame: official.Frame) -> str:
    """The body role of block `i` of the administrative document `frame` (see official_document)."""
    text = ctx.segments[i].text
    if frame.close <= i < frame.attached:
        return "li" if list_marker(text) else "p"  # a recipient: "- Lưu: VT."
    if ctx.segments[i].tag == "li":  # "Kính gửi:" over the addressees, a clause's points
        return "li"
    if i < frame.body or text.endswith((".", ",", ";", "!", "?", "…")):  # a heading ends no sentence
        return "p"
    heading = is_caps(text) and ctx.words[i] <= V.MAX_HEADING_WORDS \
        or V.OFFICIAL_PART.fullmatch(text) or V.OFFICIAL_ARTICLE.fullmatch(text)
    return "h" if heading else "p"


# a block no rule has read, or that only the batch has: other pages repeat it ("Kinh tế" over the
# headline, a "Tin liên quan" box's heading), but what it is here is still to be read
_SITE_REPEAT = Label("chrome", "site-repeat")
_UNREAD: tuple[Label | None, ...] = (None, _SITE_REPEAT)
_NAVIGATION = Label("chrome", "navigation")  # a menu, a trail, a box of links
_SHARE = Label("chrome", "share")  # a share button's line ("Chia sẻ 0", "Tweet")
_RELATED = Label("chrome", "related-links")  # a "Related" box's heading and headlines
_COMMENTS = Label("chrome", "comments")  # readers' comments, their heading, names and buttons
_IMAGE_ALT = Label("chrome", "image-alt")  # what a dump shows in place of a photo
_FOOTER = Label("chrome", "footer")  # what stands under the article: the site's contacts, licence
_DUPLICATE = Label("chrome", "duplicate")  # a block the page shows again (a pull quote, a menu)
_WIDGET = Label("chrome", "widget")  # a player, a poll, a date bar, a consent notice


def site_repeat(ctx: Context) -> None:
    """A block that other pages of the site repeat word for word (a menu, a footer line, a
    share bar, an "About us" paragraph) is the site's chrome: ctx.site_lines, which the batch
    pre-pass found (batch.with_site_lines). Not a line the page's own article repeats from
    others as a matter of course: a line of dialogue (an interview's closing "- Xin cảm ơn
    ông!"), a photo's credit alone (the site's photographer, "Ảnh: Ngọc Tâm": a caption, with
    the line over it) or a caption that ends in one (a file photo two articles run: "Thủ tướng
    phát biểu tại hội nghị - Ảnh: VGP/Nhật Bắc"), a poem's line (a poem the site ran twice), a
    dateline (a site publishes several articles in the same minute; a
    header bar's date of today stays a widget: see _dated)."""
    if not ctx.site_lines:
        return
    digits = ctx.features[:, blockmodel.DIGIT_SHARE] > 0  # (a date has some)
    for i in ctx.free():
        text = ctx.segments[i].text
        if site_key(text) in ctx.site_lines and ctx.segments[i].tag != "verse" \
                and not V.DIALOGUE_LINE.match(text) and not _credit(text.lower()) \
                and not (digits[i] and _dated(ctx, i)):
            ctx.labels[i] = _SITE_REPEAT


def site_key(text: str) -> str:
    """How a block is compared across files: white space folded, case ignored."""
    return " ".join(text.split()).casefold()


def image_alt(ctx: Context) -> None:
    """"… - Ảnh 1" (or "… - Ảnh 1.") is the alt text a dump shows in place of a photo, not a
    caption; so is another line of the page with "ảnh 1" after it and no dash ("<headline> ảnh
    1", as Tiền Phong names its photos), and a photo's number alone ("Ảnh 1")."""
    numbered = [i for i in ctx.free() if ctx.segments[i].text.rstrip(".")[-1:].isdigit()]
    if not numbered:  # the photo's number ends it
        return
    texts = {s.text for s in ctx.segments}
    for i in numbered:
        text = ctx.segments[i].text
        bare = V.IMAGE_ALT_BARE.search(text)
        if V.IMAGE_ALT.search(text) or bare and text[:bare.start()] in texts \
                or V.IMAGE_NUMBER.fullmatch(text):
            ctx.labels[i] = _IMAGE_ALT


def table_of_contents(ctx: Context) -> None:
    """A table of contents ("Mục lục", "Inhaltsverzeichnis" over the article's headings, each
    standing again further down, maybe numbered otherwise) is navigation: the headings it lists
    stay where they head their text. Two such entries or more under its heading make one; on a
    page of HTML its entries are links, which may all be navigation already (and the article's
    first heading under them is not)."""
    for i in ctx.free():
        if ctx.words[i] > V.MAX_TOC_HEADING_WORDS or i + 1 == len(ctx.segments) \
                or ctx.labels[i + 1] not in (None, _NAVIGATION) \
                or not V.TOC_HEADING.fullmatch(ctx.segments[i].text.lower()):
            continue
        shown = Counter(_toc_key(s.text) for s in ctx.segments[i + 1:])
        j, entries = i + 1, ctx.labels[i + 1]
        while j < len(ctx.segments) and ctx.labels[j] == entries \
                and ctx.words[j] <= V.MAX_HEADING_WORDS and shown[key := _toc_key(ctx.segments[j].text)] >= 2:
            shown[key] -= 1  # the entry itself: the heading it lists stands again below
            j += 1
        if j - i - 1 >= V.MIN_TOC_ENTRIES:
            for k in range(i, j):
                ctx.labels[k] = _NAVIGATION


def _toc_key(text: str) -> str:
    """A heading as a table of contents and the article both show it: its number aside ("1.
    Sốt xuất huyết là gì?", "1 History"), case aside."""
    return V.SECTION_NUMBER.sub("", V.TOC_NUMBER.sub("", text)).casefold()


def title(ctx: Context) -> None:
    """The title: a repeated headline near the top, an HTML <h1>, or the first headline line."""
    above, found = _above_first_long(ctx)  # the first TITLE_CANDIDATES are where a title stands
    free = [i for i in above[:V.TITLE_CANDIDATES] if _headline_block(ctx, i) and not _site_name(ctx, i)]
    if not free or len(ctx.free()) < 2:
        return
    long_enough = [i for i in free if ctx.words[i] >= V.MIN_TITLE_WORDS and not _menu_entry(ctx, i)]
    free = long_enough or free  # menu entries ("Thời sự") are shorter than headlines
    # (a menu's last entry over the section's name shows that twice: a headline is longer)
    least_twice = V.MIN_TITLE_SYLLABLES if ctx.language in V.SYLLABLE_LANGUAGES else 0
    opening = above if found else _above_first_sentence(ctx, above)
    # a Vietnamese dump shows a photo's caption twice (its alt text over it): one under the
    # article's first sentences is no headline
    heads = [i for i in free if i in opening] if opening is not None and least_twice else free
    chosen = next((i for i in heads if _shown_twice(ctx, i) and ctx.words[i] >= least_twice), None)
    declared = declared_title(ctx.head)
    if chosen is None and ctx.kind == "html":
        chosen = _html_title(ctx, declared)
        chosen = _linked_title(ctx, declared, free[0]) if chosen is None else chosen
    if chosen is None and ctx.kind == "text" and opening:  # (an HTML page has its <h1> for that)
        chosen = _dated_headline(ctx, opening)
        chosen = _headline_under_date(ctx, opening) if chosen is None else chosen
    if chosen is None and ctx.kind == "html" and declared:
        chosen = next((i for i in free if _in_declared(ctx.segments[i].text, declared)), None)
        if chosen is None and opening:  # a headline over its date, but no <h1>: set in bold (an
            dated = _dated_headline(ctx, opening)  # old page's) or as a lesser heading (a portal's <h3>)
            chosen = dated if dated is not None and (_bold(ctx, dated) or _heading(ctx, dated)) else None
        if chosen is None:  # no heading, nothing worded as the declared title: the head's
            return          # title stands (see classify), no line of the page is taken for it
    if chosen is None:
        chosen = free[0]
        after = [i for i in free if i > chosen]
        # a line in capitals, or (Vietnamese) a section's name of four syllables ("Hồ sơ vụ án"),
        # over the headline
        over = bool(after) and (is_caps(ctx.segments[chosen].text)
                                or ctx.words[chosen] < least_twice <= ctx.words[after[0]])
        if over and after[0] == _next_free(ctx, chosen) \
                and not is_caps(ctx.segments[after[0]].text) \
                and not ctx.segments[after[0]].text.endswith("."):
            chosen = after[0]
    ctx.labels[chosen] = Label("title")
    ctx.found.title = ctx.segments[chosen].text


def _heading(ctx: Context, i: int) -> bool:
    """Whether block `i` (of a page of HTML) is a heading, <h1> to <h6>."""
    return heading_level(ctx.segments[i].tag) is not None


def _bold(ctx: Context, i: int) -> bool:
    """Whether block `i` (of a page of HTML) is set in bold, all of it."""
    emphasis = sole_emphasis(ctx.segments[i].inlines)
    return emphasis is not None and emphasis.strong


def _in_declared(text: str, declared: str) -> bool:
    """Whether a line is worded as the page's declared title, the site's name aside: inside
    it, or near it (difflib, TITLE_DECLARED_RATIO), case and spacing aside; not a word or two
    that any title may hold ("News")."""
    line, title = fold(text).casefold(), fold(declared).casefold()
    return len(line) >= V.MIN_DECLARED_TITLE_CHARS and (
        line in title or SequenceMatcher(None, line, title).ratio() >= V.TITLE_DECLARED_RATIO)


def _site_name(ctx: Context, i: int) -> bool:
    """Whether block `i` is the site's name over its menu: the page's first line, in capitals
    ("BAN TUYÊN GIÁO THÀNH ỦY CẦN THƠ") or opening with an outlet's word ("Cổng Dịch vụ công
    tỉnh …", "Báo Hậu Giang điện tử"), over lines of a menu's few words; a headline in
    capitals stands over its article, a section's name over the headline."""
    menu = range(i + 1, i + 1 + V.SITE_MENU_LINES)
    text = ctx.segments[i].text
    return i == 0 and ctx.language in V.CAPS_SITE_NAME_LANGUAGES \
        and (is_caps(text) or bool(V.OUTLET_NAME.match(text))) \
        and menu[-1] < len(ctx.segments) and all(worded_as_entry(ctx.segments[j].text) for j in menu)


def _above_first_long(ctx: Context, after: int = -1) -> tuple[list[int], bool]:
    """The free segments after block `after` and above the first long paragraph below it, and
    whether there is one."""
    out: list[int] = []
    for i in ctx.free():
        if i <= after:
            continue
        if _long(ctx, i):
            return out, True
        out.append(i)
    return out, False


def _above_first_sentence(ctx: Context, blocks: list[int]) -> list[int] | None:
    """The `blocks` above the first sentence among them longer than a headline stood by its date
    (MAX_DATED_HEADLINE_WORDS), or above a poem's first line, or None: where the first paragraph
    of an article of short ones only (a match report's, a notice's, a poem's) begins, as no long
    one tells (see _above_first_long)."""
    sentence = next((k for k, i in enumerate(blocks) if ctx.segments[i].tag == "verse"
                     or ctx.words[i] > V.MAX_DATED_HEADLINE_WORDS
                     and ctx.segments[i].text.rstrip(blockmodel.CLOSERS).endswith(_SENTENCE_END)),
                    None)
    return None if sentence is None else blocks[:sentence]


def _long(ctx: Context, i: int) -> bool:
    """Whether block `i` is long enough to be running text, above which a title stands."""
    return ctx.words[i] > V.LONG_PARAGRAPH_WORDS


def _running_text(ctx: Context, i: int) -> bool:
    """Whether block `i` is running text: long, or a sentence or two that the model reads as
    article text (a blog post's one-paragraph opening; a menu entry is neither)."""
    return _long(ctx, i) or ctx.words[i] >= V.HEADER_TEXT_WORDS \
        and ctx.learned[i] >= V.HEADER_TEXT_SCORE


def _dated_headline(ctx: Context, above: list[int]) -> int | None:
    """The headline nearest above the first long paragraph (`above`: the free blocks above it)
    that a byline or a dated line follows within TITLE_DATED_WITHIN blocks: a long menu can
    push the title past the first dozen blocks, but a title is what "By …" or a date stands
    under."""
    for pos in range(len(above) - 2, max(-1, len(above) - 2 - V.TITLE_ABOVE_TEXT), -1):
        i = above[pos]
        if not _title_worded(ctx, i):
            continue  # (a standfirst between the headline and its date is longer)
        under = above[pos + 1:pos + 1 + V.TITLE_DATED_WITHIN]
        if any(_byline_or_dateline(ctx, j) for j in under):
            # not a list of dated teasers, nor a comment under its author's name
            teasers = pos > 0 and _byline_or_dateline(ctx, above[pos - 1])
            comment = any(_comment_author(ctx, j) for j in under)
            return None if teasers or comment else i
    return None


def _headline_under_date(ctx: Context, above: list[int]) -> int | None:
    """The headline nearest above the first long paragraph (`above`: the free blocks above it)
    that a dated line stands just above ("Thứ năm, 25/11/2021, 20:00 (GMT+7)" over the
    headline, as many news sites and blogs set them), a menu's short entries above that date:
    not a photo's caption under the byline or the date of a headline above it, nor one of a
    list of dated teasers."""
    for pos in range(len(above) - 1, max(0, len(above) - 1 - V.TITLE_ABOVE_TEXT), -1):
        i = above[pos]
        if not _title_worded(ctx, i) or _caption_worded(ctx.segments[i].text.lower(), ctx.words[i]):
            continue
        if _dated(ctx, above[pos - 1]):
            earlier = above[max(0, pos - 1 - V.TITLE_DATED_WITHIN):pos - 1]
            return i if all(_short_entry(ctx, j) for j in earlier) else None
    return None


def _short_entry(ctx: Context, i: int) -> bool:
    """Whether block `i` is worded as a menu's short entry ("Thời sự", "Khoa học - Công nghệ"):
    not a headline ("FINA Weltmeisterschaften VERSCHOBEN"), a byline or a date."""
    text = ctx.segments[i].text
    return worded_as_entry(text) and len(text) <= V.MAX_ENTRY_CHARS and not _byline_or_dateline(ctx, i)


def _title_worded(ctx: Context, i: int) -> bool:
    """Whether block `i` is worded as the title a byline or a date stands by: a headline of a
    title's length that ends no sentence, but for one question or call (see _asks)."""
    text = ctx.segments[i].text
    return V.MIN_TITLE_WORDS <= ctx.words[i] <= V.MAX_DATED_HEADLINE_WORDS \
        and _headline_block(ctx, i) and (not text.endswith(_TERMINAL) or _asks(text))


def _under_title(ctx: Context) -> list[int]:
    """The free blocks under the title (from the page's top when there is none) and above the
    article's first long paragraph, the nearest TITLE_META_WITHIN: where a byline and a date
    stand, also when a teaser, a newsletter box or a photo stands between them and the title."""
    t = ctx.title_index()
    return _above_first_long(ctx, -1 if t is None else t)[0][:V.TITLE_META_WITHIN]


def _byline_or_dateline(ctx: Context, i: int) -> bool:
    """Whether block `i` reads as the byline_top or the dateline rule would take it."""
    return _byline_names(ctx.segments[i].text) is not None or _dated(ctx, i) is not None


def _next_free(ctx: Context, index: int) -> int | None:
    return next((i for i in ctx.free() if i > index), None)


def _headline_block(ctx: Context, i: int) -> bool:
    """Whether block `i` can be the title: worded as a headline, no block of code however short
    nor a poem's line, and none of the lines that stand by a title worded like one: a date
    ("October 9, 2018 at 4:02 pm"), a photo credit ("Anna Moneymaker/The New York Times"), a
    breadcrumb trail, a call to the reader (a promo line, a call to share, to follow on a
    network)."""
    text = ctx.segments[i].text
    lowered = text.lower()
    return _headline(text) and ctx.segments[i].tag not in ("pre", "verse") and _dated(ctx, i) is None \
        and not _date_stamp(ctx, i) and not _credit(lowered) and not V.BREADCRUMB.search(text) \
        and not V.PROMO_LINE.search(lowered) and not V.FOLLOW_CALL.search(lowered) \
        and not _call_to_share(lowered, ctx.words[i])


def _headline(text: str) -> bool:
    return (2 <= _title_length(text) <= 60 and len(text) <= V.MAX_TITLE_CHARS
            and not text.endswith((":", ",", ";")) and not re.search(r"[^.]\.$", text)
            and not V.WEEKDAY.search(text) and not V.DATELINE_PREFIX.search(text))


def _title_length(text: str) -> int:
    """A headline's length in words, a word for every two characters of a script written without
    spaces (CJK: "宇航员在太空中喝酒会怎么样" is one token but a headline of many words)."""
    return words(text) + sum(len(run) for run in textstats.WIDE_RUN.findall(text)) // 2


def _html_title(ctx: Context, declared: str) -> int | None:
    """The page's title heading: a heading worded as the page declares its title (an <h1>
    first), else the <h1> that the declared title holds and that is not the site's name (a
    logo set as <h1>), else the first <h1>."""
    headings = [i for i in ctx.free() if _heading(ctx, i)]
    h1s = [i for i in headings if ctx.segments[i].tag == "h1"]
    exact = [i for i in headings if ctx.segments[i].text == declared]
    if exact:
        return next((i for i in exact if i in h1s), exact[0])
    site = ctx.head.get("site", "")
    for i in h1s:
        if declared and ctx.segments[i].text in declared and ctx.segments[i].text != site:
            return i
    return h1s[0] if h1s else None


_DASHES = re.compile("[\u2010-\u2015]")


def _dashes_alike(text: str) -> str:
    """The text with every dash a hyphen: a page's <title> and its heading may set one apart
    differently ("Kolumne: Queer Royal – Über …", "Kolumne: Queer Royal - Über …")."""
    return _DASHES.sub("-", text)


def _linked_title(ctx: Context, declared: str, first: int) -> int | None:
    """A heading set as a link (a blog's "<h2><a href=…>Nummer zwei: Leo</a>", where no og:url
    tells that it links to the page itself), which dom_chrome took for navigation by its links:
    the one of two words or more that covers most of the declared title ("seelenradio » Nummer
    zwei: Leo"). Only when the first free headline, which is the title otherwise, is no part of
    the declared title (a comment form's "Say your words" under the article)."""
    declared = _dashes_alike(declared)
    if not declared or _dashes_alike(ctx.segments[first].text) in declared:
        return None
    linked = [i for i, seg in enumerate(ctx.segments) if heading_level(seg.tag) is not None
              and not seg.hint and ctx.labels[i] == _NAVIGATION
              and _dashes_alike(seg.text) in declared and _title_length(seg.text) >= 2]
    return max(linked, key=lambda i: len(ctx.segments[i].text), default=None)


def section(ctx: Context, free: tuple[Label | None, ...] = _UNREAD) -> None:
    """An all-capitals line just above the title (or above the date just above it), `free` as
    labelled so far, is the site's section heading; not a date whose only letters are its time
    zone's ("20/11/2021 08:15 GMT+7"), nor a Vietnamese writer's name in capitals ("NGUYỄN HẢI"
    over the date: see V.SURNAMED), over which the section's line stands. Other pages of a
    batch repeat the line of a section ("Kinh tế" over every story filed there, and in the
    menus of many sites): it is the section all the same."""
    t = ctx.title_index()
    if not t:
        return
    i = _over_title(ctx, t)
    if V.SURNAMED.match(ctx.segments[i].text):
        i -= 1  # (see _name_over_title)
    if i < 0 or ctx.labels[i] not in free:  # none with a free line above it
        return
    text = ctx.segments[i].text
    if (is_caps(text) and ctx.words[i] <= 12 and not V.NOT_A_SECTION.search(text)
            or _menu_entry(ctx, i) or _sub_entry(ctx, i)) and parse_date(text) is None:
        ctx.labels[i] = Label("section")
        ctx.found.section = text
    elif crumb := _section_crumb(text, ctx.segments[t].text, ctx.language):
        ctx.labels[i] = Label("section")
        ctx.found.section = crumb


def _over_title(ctx: Context, title: int) -> int:
    """The block just above the title (at `title`, not the first block), or above the date just
    above it: where a section's line stands."""
    return title - 2 if title > 1 and _dated(ctx, title - 1) else title - 1


def _section_crumb(trail: str, title: str, language: str) -> str:
    """The section a line that is a breadcrumb trail from the home page ends in ("Trang chủ >
    Tin tức > Xây dựng Đảng", see trail_section); "" for another line."""
    if not V.HOME_CRUMB.match(trail.lower()):
        return ""
    return trail_section(V.CRUMB_SEPARATOR.split(trail), title, language)


def _menu_entry(ctx: Context, i: int) -> bool:
    """Whether block `i`, over the title, is the breadcrumb's entry of the section the article
    is filed in: a short line that a menu above already showed ("Thời sự" in the menu, then
    over the headline), but not under the entry it stood under there: that is the menu shown
    again (for phones), ending over the title ("Store", "Search")."""
    if not _entry_worded(ctx.segments[i].text):
        return False
    shown = _shown_before(ctx, i)
    before = ctx.segments[i - 1].text.casefold() if i else ""
    return bool(shown) and all(j == 0 or ctx.segments[j - 1].text.casefold() != before
                               for j in shown)


def _sub_entry(ctx: Context, i: int) -> bool:
    """Whether block `i`, over the title, is the finer entry of a breadcrumb of two ("Xã hội",
    then "Chính trị" over the headline), where news sites set one (V.SUB_SECTION_LANGUAGES): a
    short line no menu above showed, under a menu's entry shown again, or under the trail's
    mark alone on its line between them ("Tin tức trong ngày", "»", "Đời sống - Xã hội")."""
    above = i - 2 if i > 1 and V.CRUMB_SEPARATOR.fullmatch(ctx.segments[i - 1].text) else i - 1
    return ctx.language in V.SUB_SECTION_LANGUAGES and above >= 0 \
        and _entry_worded(ctx.segments[i].text, V.MAX_CRUMB_SYLLABLES) and not _shown_before(ctx, i) \
        and _menu_entry(ctx, above)


def _entry_worded(text: str, most: int = V.MAX_MENU_ENTRY_WORDS) -> bool:
    """Whether a line is worded as a menu's entry that can name a section, of `most` words at
    most: not a menu's "Search" or "Home", nor a teaser's "vor 4 Monaten"."""
    return worded_as_entry(text, most) and not text.endswith(_TERMINAL) and not V.NOT_A_SECTION.search(text) \
        and sum(c.isalpha() for c in text) >= 3 and not V.ANY_CHROME_LINE.search(text.lower())


def _shown_before(ctx: Context, i: int) -> list[int]:
    """The blocks above block `i` of its text, case aside."""
    key = ctx.segments[i].text.casefold()
    return [j for j in range(i) if ctx.segments[j].text.casefold() == key]


def title_section(ctx: Context) -> None:
    """The section of a dump whose title was re-chosen once its article was found (a site's
    name of four words taken for it first): the line above the new title, which main_region
    set with the navigation, the header rule as a word or two of the header, or the duplicate
    rule as a menu's entry shown again."""
    if ctx.kind == "text" and not ctx.found.section:
        section(ctx, (*_UNREAD, _NAVIGATION, _DUPLICATE, _WIDGET))
    elif not ctx.found.section and not ctx.head.get("section") and not ctx.head.get("breadcrumb"):
        _linked_section(ctx)
    if not ctx.found.section:
        _labelled_section(ctx)
    if not ctx.found.section:
        _dateline_section(ctx)
    _section_again(ctx)


def _section_again(ctx: Context) -> None:
    """The section shown again under the title, past the date and the byline and before the
    article opens ("23-11-2026 - 09:12 | Pháp luật" on three lines): metadata too, not the
    article's first heading. Only where every block between it and the title was set aside
    (it may be too, with the navigation above the article)."""
    title, section = ctx.title_index(), ctx.found.section.casefold()
    if title is None or not section:
        return
    for i in range(title + 1, min(len(ctx.segments), title + 1 + V.STANDFIRST_WITHIN)):
        label = ctx.labels[i]
        if label in (*_UNREAD, _NAVIGATION) and ctx.segments[i].text.casefold() == section:
            ctx.labels[i] = Label("section")
            return
        if label is None:
            return


def _linked_section(ctx: Context) -> None:
    """The section of a page of HTML that declares none: the link just above its title (or
    above the date above it) to an entry its menu already listed ("Thời sự"), which the links
    rule took for navigation. (Not a line in capitals there, as in a dump: on a page that is as
    often a button, "SHOP", "PRIVACY".)"""
    t = ctx.title_index()
    if not t:
        return
    i = _over_title(ctx, t)
    if ctx.labels[i] == _NAVIGATION and _menu_entry(ctx, i) \
            and parse_date(ctx.segments[i].text) is None:
        ctx.labels[i] = Label("section")
        ctx.found.section = ctx.segments[i].text


def _labelled_section(ctx: Context) -> None:
    """The section a line among the TITLE_META_WITHIN under the title names (V.SECTION_LABEL:
    "Kategorie: Reisen", or in the dateline "Đăng ngày … | Chuyên mục: Tin tức"), a name as a
    menu's entry is worded (not "Posted in the comments tab"); a line that only names it is the
    section's line."""
    t = ctx.title_index()
    if t is None:
        return
    for i in range(t + 1, min(len(ctx.segments), t + 1 + V.TITLE_META_WITHIN)):
        text = ctx.segments[i].text
        match = V.SECTION_LABEL.search(text)
        if match and worded_as_entry(name := match[1].strip()) and name[:1].isupper():
            ctx.found.section = name
            # (above the article's run, main_region set it with the navigation)
            if ctx.labels[i] in (None, _NAVIGATION) and match.start() == 0 \
                    and match.end() == len(text):
                ctx.labels[i] = Label("section")
            return


def _dateline_section(ctx: Context) -> None:
    """The section a dateline by the title names past a bar ("18-11-2024 - 07:40 AM | Kinh
    doanh"): a part that is no date, worded as a menu's entry, that a line above the title
    shows too (the menu lists the site's sections). Not a site's or a writer's name ("LĐO |
    24/11/2023 09:15"): no menu lists those, and the page's first line is the site's."""
    t = ctx.title_index()
    if t is None:
        return
    near = range(max(0, t - 1), min(len(ctx.segments), t + 1 + V.TITLE_META_WITHIN))
    dated = next((i for i in near if ctx.labels[i] == Label("dateline")), None)
    if dated is None or "|" not in ctx.segments[dated].text:
        return
    above = {ctx.segments[j].text.casefold() for j in range(1, t)}
    for part in (p.strip() for p in ctx.segments[dated].text.split("|")):
        if part.casefold() in above and _entry_worded(part) and parse_date(part) is None:
            ctx.found.section = part
            return


def duplicate(ctx: Context) -> None:
    """A block repeating an earlier one (a title, lead or caption shown twice) is kept once;
    but for a question or heading that recurs before different text each time (an interview
    of several people, each asked the same questions), and a line of code (code repeats its
    lines: "@classmethod", "return result")."""
    where: dict[str, list[int]] = {}
    for i, seg in enumerate(ctx.segments):
        key = seg.text.casefold()
        if len(key) >= 12 and seg.tag != "pre":
            where.setdefault(key, []).append(i)
    # (the recurring ones are told apart on the labels as they were, before any is changed)
    repeats = [found for found in where.values() if len(found) > 1
               and not (len(found) >= V.MIN_RECURRING and _recurring(ctx, found))]
    for found in repeats:
        seen = None
        for i in found:
            label = ctx.labels[i]
            if seen is not None and label is None:
                ctx.labels[i] = _DUPLICATE
                ctx.repeated.add(seen)
            elif seen is None and (label is None or label.role == "title"):
                seen = i
    _run_together(ctx)


_QUOTE_MARKS = " \"'“”‘’«»„"


def pull_quotes(ctx: Context) -> None:
    """A pull quote inside the article: a block of PULL_QUOTE_WORDS or more that a paragraph
    within PULL_QUOTE_WITHIN blocks of it holds whole, set apart to stand out ("Em muốn học ngành
    y tế công cộng …" under the paragraph quoting it). It repeats that paragraph, which stays.
    A paragraph opening with the block goes on from it (a lead, then the paragraph it opens):
    both stay. So does a heading over the paragraph holding its words ("Thông qua nghị quyết về
    kế hoạch đầu tư công năm 2027" over "Với 95/95 đại biểu tán thành, … đã thông qua nghị quyết
    về kế hoạch đầu tư công năm 2027 …", a live report's entry): a line of a heading's length,
    ending no sentence, just over that paragraph and not under it. (Read once the article's run
    is known: inside it, the quote must not end it.)"""
    free = ctx.free()
    for pos, i in enumerate(free):
        if not V.PULL_QUOTE_WORDS <= ctx.words[i] <= V.MAX_PULL_QUOTE_WORDS:
            continue
        quote = ctx.segments[i].text.strip(_QUOTE_MARKS).rstrip(".…").casefold()
        near = free[max(0, pos - V.PULL_QUOTE_WITHIN):pos + 1 + V.PULL_QUOTE_WITHIN]
        holders = [j for j in near if ctx.words[j] > ctx.words[i] and quote in (
            text := ctx.segments[j].text.casefold()) and not text.startswith(quote)]
        heading = ctx.words[i] <= V.MAX_HEADING_WORDS and not ctx.segments[i].text.endswith(_TERMINAL) \
            and holders == free[pos + 1:pos + 2]  # the next block holds it, and only that one
        if holders and not heading:
            ctx.labels[i] = _DUPLICATE


def _run_together(ctx: Context) -> None:
    """A long block that is other blocks of the page run together (the article again in one
    block, from a text-only copy or a summary box) repeats them: it goes, they stay. Only a
    block opening with the whole text of another is searched for the rest: one dictionary
    look-up a block, not a search of every block in every other."""
    parts = [i for i in ctx.free() if ctx.words[i] >= V.RUN_TOGETHER_PART_WORDS]
    opening: dict[str, list[str]] = {}  # the parts' texts by their first characters
    for i in parts:
        text = ctx.segments[i].text
        opening.setdefault(text[:V.RUN_TOGETHER_OPENING], []).append(text)
    for i in parts:
        text = ctx.segments[i].text
        if ctx.words[i] < V.RUN_TOGETHER_MIN_WORDS or not any(
                len(first) < len(text) and text.startswith(first)
                for first in opening[text[:V.RUN_TOGETHER_OPENING]]):
            continue
        inside = [len(ctx.segments[j].text) for j in parts if ctx.labels[j] is None
                  and len(ctx.segments[j].text) < len(text) and ctx.segments[j].text in text]
        if len(inside) >= 2 and sum(inside) >= V.RUN_TOGETHER_SHARE * len(text):
            ctx.labels[i] = _DUPLICATE


def _recurring(ctx: Context, found: list[int]) -> bool:
    """Whether a text standing at `found` stands free MIN_RECURRING times or more, each time
    before a different free block."""
    after = []
    for i in found:
        if ctx.labels[i] is None:
            j = next((j for j in range(i + 1, len(ctx.segments)) if ctx.labels[j] is None), None)
            if j is not None:
                after.append(ctx.segments[j].text)
    return len(after) >= V.MIN_RECURRING and len(set(after)) == len(after)


def _dated(ctx: Context, i: int) -> str | None:
    """The date block `i` states when it reads as a dateline: a short line with a date in it,
    worded as one ("Published …"), as a byline with its date ("By Jane Doe | November 19,
    2019"), all but the date ("November 19, 2019 at 8:40 AM") or a date alone before a bar or
    after one ("24-11-2023 - 11:02 AM | Vĩ mô - Đầu tư", "Kinh doanh | 18-11-2024 - 07:40 AM"),
    or worded as one after one ("Chuyên mục: Tin tức | Ngày đăng: 16/11/2024").
    Where news sites give an article's time with its date (V.TODAY_BAR_LANGUAGES), a date
    opening with its weekday and giving no time is the header bar's date of today, though it may
    stand under a menu entry taken for the title."""
    if ctx.words[i] > V.MAX_DATELINE_WORDS:
        return None
    text = ctx.segments[i].text
    value = parse_date(text)
    if not value:
        return None
    weekday = V.WEEKDAY.match(text)
    if weekday and "T" not in value and ctx.language in V.TODAY_BAR_LANGUAGES:
        return None  # the header bar's date of today: "Thứ Sáu, 24/09/2021"
    bare = words(text[weekday.end():]) if weekday else ctx.words[i]  # "Thứ hai" is the date's
    parts = text.split(" | ")
    apart = len(parts) > 1 and (only_date(parts[0]) or only_date(parts[-1])
                                or any(V.DATELINE_PREFIX.match(part) for part in parts[1:]))
    worded = V.DATELINE_PREFIX.search(text) or V.BYLINE_PREFIX.search(text) \
        or bare <= V.MAX_BARE_DATELINE_WORDS or apart or _named_before_weekday(text)
    return value if worded else None


def _named_before_weekday(text: str) -> tuple[str, ...] | None:
    """The name a dated line opens with, set just before its weekday with no mark between
    ("Hoàng Anh Thứ bảy, ngày 23/11/2024 10:15 AM"): the author's, as a site's header sets it."""
    found = V.NAME_BEFORE_WEEKDAY.match(text)
    return _writer(found.group(1)) if found else None  # (not "Hà Nội Thứ bảy, …": a place)


def _signed_date(ctx: Context, text: str) -> tuple[str, ...] | None:
    """The writer a Vietnamese dated line opens with, set apart from the date by a dash or a bar
    ("Thanh Hương - 23/11/2024 10:15"), or by a space only, as a page's writer and date in two
    spans of one line read ("Hà Quân 18/11/2024 08:15 GMT+7"), as news sites sign under the
    headline; not a province or a city ("Cần Thơ - 23/11/2024"), nor the date's weekday ("Thứ
    Bảy, 23/11/2024")."""
    if ctx.language not in V.SIGNED_LANGUAGES:
        return None
    parts = V.BYLINE_DATE_APART.split(text, 1)
    if len(parts) == 2 and only_date(parts[1]):
        return _writer(parts[0])
    start = date_start(text)
    return _writer(text[:start].strip()) if start and only_date(text[start:]) else None


def _writer(opening: str) -> tuple[str, ...] | None:
    """The names that the part of a dated line before its date holds, unless it is a province
    or a city (V.VIETNAMESE_PLACES) or the date's weekday."""
    if V.VIETNAMESE_PLACES.match(opening) or V.WEEKDAY.match(opening):
        return None
    return _names(opening, require_marker=False)


def dateline(ctx: Context) -> None:
    """A dated line by the title ("Cập nhật lúc 10:47 ngày 13/08/2021") is the publication date.
    A dated line worded as one ("First published: …", "Updated: …", a byline with its date),
    a date alone and a line of a post's facts opening with one are datelines wherever they
    stand (at the article's end, or under a photo); a worded one gives the date when nothing
    by the title or in the page's head does. A date the head declares takes the wording of a
    dateline giving the same moment (see _shown_as)."""
    by_title = next(((i, value) for i in _under_title(ctx) if (value := _dated(ctx, i))), None)
    # a date has digits: only the short free blocks with some are searched for one
    digits = ctx.features[:, blockmodel.DIGIT_SHARE] > 0
    short = [i for i in np.flatnonzero(digits).tolist()
             if ctx.labels[i] is None and ctx.words[i] <= V.MAX_DATELINE_WORDS]
    today = [i for i in short if _today_bar(ctx, i)]
    days = _schedule_days(ctx, today)  # headings of the article; the others a widget each
    for i in today:
        ctx.labels[i] = Label("h") if i in days else _WIDGET
    short = [i for i in short if i not in today]
    worded = [(i, value) for i in short if _dateline_worded(ctx.segments[i].text)
              and (value := _dated(ctx, i))]
    stamped = [i for i in short if _date_stamp(ctx, i)]
    for i in [i for i, _ in worded] + stamped + ([by_title[0]] if by_title else []):
        ctx.labels[i] = Label("dateline")
    declared = ctx.head.get("date", "")
    value = parse_date(declared)
    chosen = by_title or (None if value else next(iter(worded), None))
    if chosen:
        text = ctx.segments[chosen[0]].text
        ctx.found.date = (chosen[1], _date_wording(text))
        ctx.found.authors = ctx.found.authors or _byline_names(text) or _named_before_weekday(text) \
            or _signed_date(ctx, text) or ()
    elif value:
        alone = [i for i in stamped if only_date(ctx.segments[i].text)]  # not a line of facts
        ctx.found.date = _shown_as(ctx, [i for i, _ in worded] + alone, value, declared)


def _shown_as(ctx: Context, datelines: list[int], value: str, declared: str) -> tuple[str, str]:
    """The date a page declares in its head (`value`, read from `declared`), worded as a
    dateline on the page shows it when one gives the same moment ("Thứ bảy, 23/11/2024, 10:15
    (GMT+7)", not "2024-11-23T10:15:00+07:00"; see same_moment). The dateline's time then
    stands: the head's is often in UTC where the page shows its local time; a dateline without a
    time keeps the head's. Of several, the one nearest the title: a comment's stamp of the same
    day stands below the article."""
    t = ctx.title_index()
    for i in sorted(datelines) if t is None else sorted(datelines, key=lambda i: (abs(i - t), i)):
        text = ctx.segments[i].text
        shown = parse_date(text)
        if shown and same_moment(shown, value, declared):
            return (shown if "T" in shown else value), _date_wording(text)
    return value, declared


_SEPARATORS = " -–|·/"  # what a bar of facts sets between them


def _date_wording(text: str) -> str:
    """A dateline's wording without what stands beside its date: what a bar of the post's facts
    sets apart by "|" ("Ngày đăng: 18/11/2024 | Lượt xem: 1.204" gives "Ngày đăng: 18/11/2024":
    a counter, a share or comments button, the byline, "By Jane Doe | …", and any part without a
    figure but a weekday or a dateline's word: the section, "Chuyên mục: Tin tức | …", a
    category, "… 15:45 PM | Thị trường chứng khoán"; a time set apart stays: "23/11/2024 |
    10:15"), a counter after it with a dash or a space only ("20/11/2024 08:15 Lượt xem:
    1.234": an HTML page's spans on one line), the writer named after it ("… 2026 bởi Ngọc
    Lan"). The separators a bar sets before its first fact go too ("| November 18, 2019 12:01
    PM", "·14. Oktober 2021"). The section and the byline are read as metadata of their own."""
    text = _without_writer_after(text.strip(_SEPARATORS))
    counter = V.COUNTER_AFTER_DATE.search(text)
    if counter and parse_date(cut := text[:counter.start()].rstrip(_SEPARATORS)) == parse_date(text):
        text = cut
    if "|" not in text:
        return text
    parts = [part for part in map(str.strip, text.split("|")) if part]
    kept = [part for part in parts if not _chrome_worded(part)
            and not (_byline_names(part) and parse_date(part) is None)
            and (any(ch.isdigit() for ch in part) or V.WEEKDAY.match(part)
                 or V.DATELINE_PREFIX.match(part))]  # (not the section's or a category's name)
    wording = " | ".join(kept)
    return wording if kept != parts and parse_date(wording) == parse_date(text) else text


def _without_writer_after(text: str) -> str:
    """A dateline without the writer it names after its date and time ("23 Tháng Mười Một, 2026
    bởi Ngọc Lan" gives "23 Tháng Mười Một, 2026"): the byline is read as the authors."""
    found = _writer_after_date(text)
    return text[:found[0]].rstrip(_BYLINE_APART) if found else text


_BYLINE_APART = " ,|·-"  # what sets a byline apart from the date before it


def _today_bar(ctx: Context, i: int) -> bool:
    """Whether block `i` is the header bar's date of today where news sites give an article's
    time with its date (V.TODAY_BAR_LANGUAGES): a weekday and a date alone, no time ("Thứ Hai,
    14 Tháng 7, 2025"). It is chrome wherever it stands (but for a schedule's days: see
    _schedule_days): set under a site's name taken for the title, it read as the article's
    opening."""
    return ctx.language in V.TODAY_BAR_LANGUAGES and todays_date(ctx.segments[i].text)


def _schedule_days(ctx: Context, today: list[int]) -> set[int]:
    """Of the lines worded as a header bar's date of today (`today`), those that are the days of
    a schedule or a programme ("Thứ Hai, 25/11/2024" over its meetings, then "Thứ Ba,
    26/11/2024"): runs of MIN_SCHEDULE_DAYS or more, each a day later than the one before (a
    list of teasers runs the other way, the newest first)."""
    dates = {i: parse_date(ctx.segments[i].text) or "" for i in today}
    runs: list[list[int]] = []
    for i in today:
        if runs and dates[i] > dates[runs[-1][-1]]:
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i for run in runs if len(run) >= V.MIN_SCHEDULE_DAYS for i in run}


def _date_stamp(ctx: Context, i: int) -> bool:
    """Whether block `i` is a date alone ("16 marca 2021") or a line of a post's facts that
    opens with one ("January 13, 2020 at 08:45 AM | categories: Python | View Comments"): not
    a sentence of a timeline ("12. März 2020: Die WHO erklärt … zur Pandemie.")."""
    text = ctx.segments[i].text
    return only_date(text) or not ctx.features[i, blockmodel.ENDS_SENTENCE] and opens_with_date(text)


def _dateline_worded(text: str) -> bool:
    """Whether a line is worded as a dateline ("Updated: …") or as a byline with its date ("von
    Anja Muster am 14. Mai 2014"), not as a sentence ("By March 5, 2021, all schools …")."""
    if V.DATELINE_PREFIX.search(text):
        return True
    return bool(V.BYLINE_PREFIX.search(text)) and _byline_names(text) is not None


def _byline_names(text: str) -> tuple[str, ...] | None:
    """The names a byline states ("Quang Vinh (thực hiện)", "By Jane Doe, John Roe"), also one
    with its date or its outlet after it ("By Jane Doe | November 19, 2019", "von Anja Muster am
    14. Mai 2014", "by Laura Smith July 10, 2015"), or its date before it and a bar between
    ("November 12, 2018 | By: Jane Doe"), or its time and date after it ("Đăng bởi Mây vào lúc
    20:15, 03/11/2024"), or its time alone ("Posted by Jane Doe at 8:15 PM": a blog sets its
    post's date over it), or a dateline naming it after its date ("Posted on January 5, 2020 at
    10:30 am by John Smith", "Đăng ngày 10/11/2024 bởi Minh Thư"); None when the line is no
    byline."""
    names = _names(text, require_marker=True) \
        or _names(V.BYLINE_DATE_APART.split(text, 1)[0], require_marker=True)
    if names is None and (start := date_start(text)):
        names = _names(V.DATED_WORD_END.sub("", V.CLOCK_END.sub("", text[:start])), require_marker=True)
    if names is None and (time := V.TIME_END.search(text)):  # "Đăng bởi Lan vào lúc 20:15"
        names = _names(text[:time.start()], require_marker=True)
    if names is None and "|" in text and opens_with_date(text):
        names = _names(text.split("|", 1)[1], require_marker=True)
    if names is None and (after := _writer_after_date(text)):  # "Posted on January 5, 2020 by John Smith"
        names = after[1]
    return names


def _writer_after_date(text: str) -> tuple[int, tuple[str, ...]] | None:
    """Where the byline a dateline names after its date and time begins, and its names
    ("Posted on January 5, 2020 at 10:30 am by John Smith", "… 2026 bởi Ngọc Lan"); None for
    a dateline naming no one there."""
    end = date_end(text)
    if end is None:
        return None
    clock = V.CLOCK_START.match(text[end:])
    after = end + clock.end() if clock else end
    names = _names(text[after:].strip(_BYLINE_APART), require_marker=True)
    return (after, names) if names else None


def header(ctx: Context) -> None:
    """What stands above the title is the site's header: menus, weather, today's date. Not when
    running text stands above it too: the title is then out of its place (a theme that sets
    the post's <h1> below its text, a blog post's opening paragraph above its first heading),
    and the article run decides. Long list items are no such text: a ticker of news in brief
    stands above many a title."""
    t = ctx.title_index()
    if t is None:
        return
    above = [i for i in ctx.free() if i < t]
    if any(_running_text(ctx, i) and ctx.segments[i].tag != "li" for i in above):
        return
    for i in above:
        text = ctx.segments[i].text
        widget = V.WEEKDAY.search(text) or ctx.words[i] <= 2
        ctx.labels[i] = _WIDGET if widget else _NAVIGATION
        ctx.header.add(i)


def inline_related(ctx: Context) -> None:
    """A "Related" box set inside the article ("Tin liên quan" over a few headlines) is chrome,
    and its heading ends no article: the article's paragraphs go on under it, two of them (or
    one and a sentence introducing a table or a list, "Bảng lãi suất một số ngân hàng:", or one
    and a table, or one in the page's article container with the box), where under a list of
    teasers a headline follows each teaser's one sentence.
    So is a box an HTML page's markup set apart already, whatever its size, the article going
    on under it so."""
    for i in np.flatnonzero(ctx.features[:, blockmodel.BARRIER]).tolist():
        if V.COMMENT_HEADINGS.search(ctx.segments[i].text):
            continue
        end = i + 1
        if ctx.kind == "html" and ctx.labels[i] == _RELATED:  # set apart by markup (dom_chrome)
            while end < len(ctx.segments) and ctx.labels[end] == _RELATED:
                end += 1
        elif ctx.labels[i] in _UNREAD:
            while end < len(ctx.segments) and ctx.labels[end] in (None, _NAVIGATION) \
                    and ctx.words[end] <= V.MAX_HEADING_WORDS \
                    and not ctx.features[end, blockmodel.ENDS_SENTENCE]:
                end += 1  # the box's headlines (links, which dom_chrome may have read already)
            if end - i > V.INLINE_BOX_BLOCKS:
                continue
        else:
            continue
        if _paragraph(ctx, end) and (_paragraph(ctx, end + 1) or _intro_line(ctx, end + 1)
                                     or _table_row(ctx, end + 1) or _contained(ctx, i, end)):
            for k in range(i, end):
                ctx.labels[k] = _RELATED
            ctx.boxes.add(i)


def _contained(ctx: Context, box: int, paragraph: int) -> bool:
    """Whether a box's heading and the paragraph under it both stand in the page's article
    container (HTML: <article>, <main>, a container named for content): one paragraph is
    enough there to go on with the article ("Đọc thêm" set inside Tuổi Trẻ's article, over
    its last paragraph)."""
    return ctx.segments[box].content and ctx.segments[paragraph].content


def _table_row(ctx: Context, i: int) -> bool:
    """Whether block `i` is a free row of a table (an HTML <tr>, a dump's line of tab-set cells)."""
    return i < len(ctx.segments) and ctx.labels[i] is None and ctx.segments[i].tag == "tr"


def _paragraph(ctx: Context, i: int) -> bool:
    """Whether block `i` is a free sentence of some length that the model reads as article."""
    return i < len(ctx.segments) and ctx.labels[i] is None and ctx.words[i] >= V.MIN_PARAGRAPH_WORDS \
        and bool(ctx.features[i, blockmodel.ENDS_SENTENCE]) and ctx.learned[i] > 0


def related_tail(ctx: Context) -> None:
    """A "related news" heading in the later part of the page starts the teaser lists: chrome,
    up to where text reading strongly as article resumes (a teaser box inside the article).
    A comment heading among them ("Bình luận" under "Tin cùng chuyên mục") opens readers'
    comments, up to the next box's heading. The heading opens them also when the batch took it
    for a line the site repeats ("Tin liên quan" on every page): so it is."""
    n = len(ctx.segments)
    for i in range(n):
        if i >= n * 0.4 and ctx.labels[i] in _UNREAD and V.RELATED_MARKERS.search(ctx.segments[i].text):
            label = _RELATED
            for j in range(i, n):
                if ctx.learned[j] >= V.REGION_STRONG:
                    break
                if j > i and ctx.features[j, blockmodel.BARRIER]:  # a heading opens the next box
                    label = _COMMENTS if V.COMMENT_HEADINGS.search(ctx.segments[j].text) else _RELATED
                if ctx.labels[j] is None:
                    ctx.labels[j] = label
            return


def byline_top(ctx: Context) -> None:
    """A short line of names under the title ("Quang Vinh (thực hiện)") is the byline; where
    writers sign so, also the first line under it that lists full names and only them
    (a journal's "Nguyễn Thị Lan, Trần Văn Bình", see _full_names)."""
    if ctx.title_index() is not None:
        _take_byline_under_title(ctx, _under_title(ctx))


def _take_byline_under_title(ctx: Context, candidates: list[int]) -> None:
    """Take the byline among `candidates`, the blocks under the title (see _take_byline), or
    where writers sign so, the first of them when it lists full names only (_full_names)."""
    _take_byline(ctx, candidates)
    if not ctx.found.authors and candidates and ctx.language in V.SIGNED_LANGUAGES \
            and (names := _full_names(ctx.segments[candidates[0]].text)):
        ctx.labels[candidates[0]] = Label("byline")
        ctx.found.authors = names


def _full_names(text: str) -> tuple[str, ...] | None:
    """The names of a line that lists two or more full names and nothing else, each of
    FULL_NAME_SYLLABLES written as a name ("Nguyễn Thị Lan, Trần Văn Bình"): places set so are
    shorter ("Hà Nội, Đà Nẵng") or abbreviated ("TP Hồ Chí Minh")."""
    names = _names(text, require_marker=False)
    if not names or len(names) < 2:
        return None
    full = all(len(name.split()) in V.FULL_NAME_SYLLABLES
               and all(w[:1].isupper() and w[1:].islower() for w in name.split()) for name in names)
    return names if full else None


def _take_byline(ctx: Context, candidates: Iterable[int]) -> None:
    """Take the first of `candidates` that is a byline (see _byline_names) for the byline and its
    names for the authors; a dated byline keeps its dateline label. A byline's word alone on its
    line reads with the next line, as a dump copies "<span>By</span> <a>Jane Doe</a>"."""
    for i in candidates:
        text = ctx.segments[i].text
        lines = [i, i + 1] if _bare_byline_word(text) and i + 1 < len(ctx.segments) else [i]
        names = _byline_names(" ".join(ctx.segments[k].text for k in lines))
        if names:
            for k in lines:
                label = ctx.labels[k]
                if label is None or label.role == "chrome":
                    ctx.labels[k] = Label("byline")
            ctx.found.authors = names
            return


def _bare_byline_word(text: str) -> bool:
    """Whether a line is only a byline's opening word, its name set on the next ("By", "von")."""
    found = V.BYLINE_PREFIX.match(text + " ")
    return found is not None and found.end() > len(text)


def byline_end(ctx: Context) -> None:
    """The last block, when it is only a name or names under a block that ends a sentence, is
    the byline; what follows it is footer. (A footer's last line can be worded as names,
    "Mobile Version", "Zum Anfang", "Contact Us": no sentence of the article ends above it.)"""
    free = ctx.free()
    if len(free) < 2:
        return
    last, before = free[-1], free[-2]
    names = _names(ctx.segments[last].text, require_marker=False)
    if not names or not ctx.features[before, blockmodel.ENDS_SENTENCE]:
        return
    ctx.labels[last] = Label("byline")
    ctx.found.authors = ctx.found.authors or names
    for j in range(last + 1, len(ctx.segments)):
        if ctx.labels[j] is None:
            ctx.labels[j] = _FOOTER


# what the line under an article is labelled, as main_region sets it with the footer, or as the
# batch sets aside a line other pages of the site repeat (a reporter signs many of its articles)
_UNDER_ARTICLE = (_FOOTER, _SITE_REPEAT)


def byline_under_article(ctx: Context) -> None:
    """A line of only a name or names just under the article's last paragraph, which ends a
    sentence, or under its closing table or list (past a pager or a share button), is the
    byline, though the page goes on below it (a share bar, tags, teasers): Vietnamese news
    sites sign an article so ("Võ Hải"); a byline worded as one ("Bài và ảnh: …") may stand a
    few lines lower (see _marked_byline). main_region set it with the footer. A page of HTML
    sets the signature in the article's container ("<p align=right><b>Phòng PBGDPL</b>"),
    where the run of text took it in: the article's own last block, so worded under a
    sentence's end, is the byline too.
    Elsewhere the line under an article worded as names is as often a button or a box's heading
    ("Next Page", "More Great WIRED Stories"), so there only the byline_end rule reads one."""
    article = [i for i, label in enumerate(ctx.labels) if _article_text(label)]
    if ctx.language not in V.SIGNED_LANGUAGES or not article:
        return
    last, names = article[-1], None
    if len(article) > 1 and _ends_sentence_or_stanza(ctx, article[-2]):
        names = _signature(ctx, last)
    if not names and last + 1 < len(ctx.segments):
        last, names = _signature_under(ctx, last)
    if not names:
        last, names = _table_over_signature(ctx, article[-1])
    if names:
        ctx.labels[last] = Label("byline")
        ctx.found.authors = ctx.found.authors or names


def _table_over_signature(ctx: Context, last: int) -> tuple[int, tuple[str, ...] | None]:
    """The byline signing an article under the table that closes it, and its names, when the
    article's run ended at the text over the table (`last`): a match report's standings, a
    price list, maybe under a short heading ("Bảng xếp hạng"), which read as a box's rows.
    What stands between the text and its signature is the article's, and is returned to it."""
    n, start = len(ctx.segments), last + 1
    headed = start + 1 < n and ctx.segments[start].tag != "tr" \
        and ctx.words[start] <= V.MAX_HEADING_WORDS and ctx.segments[start + 1].tag == "tr"
    rows = first_row = start + 1 if headed else start
    while rows < n and ctx.segments[rows].tag == "tr":
        rows += 1
    if rows - first_row < V.MIN_SIGNED_TABLE_ROWS or rows == n \
            or any(ctx.labels[i] not in _UNDER_ARTICLE for i in range(start, rows + 1)):
        return last, None
    names = _signature(ctx, rows)
    if names:
        for i in range(start, rows):
            ctx.labels[i] = None
    return rows, names


def _ends_sentence_or_stanza(ctx: Context, i: int) -> bool:
    """Whether block `i` ends a sentence, or is a poem's stanza as a page sets one, its lines
    apart by breaks in one <p>, which ends an article as a sentence does (a dump's stanza is
    lines tagged verse)."""
    if ctx.features[i, blockmodel.ENDS_SENTENCE]:
        return True
    inlines = ctx.segments[i].inlines or ()
    return sum(type(n) is LineBreak for n in inlines) >= V.MIN_STANZA_LINES - 1


def _signature(ctx: Context, i: int) -> tuple[str, ...] | None:
    """The names block `i` signs with, a name, a public office or a sign-off alone (initials,
    "PV"); None for another."""
    text = ctx.segments[i].text  # (folded: no white space at either end)
    return _names(text, require_marker=False) or _signing_office(ctx, i) \
        or ((text,) if V.SIGN_OFF.fullmatch(text) else None)


def _signature_under(ctx: Context, last: int) -> tuple[int, tuple[str, ...] | None]:
    """The byline under the article's last block (`last`), set with the footer, and its names."""
    under = _past_buttons(ctx, last + 1)
    if ctx.labels[under] not in _UNDER_ARTICLE:
        return under, None
    closed = _ends_sentence_or_stanza(ctx, last) or ctx.segments[last].tag in _CLOSING_TAGS
    names = _signature(ctx, under) if closed else None
    return (under, names) if names else _marked_byline(ctx, under)


def _past_buttons(ctx: Context, i: int) -> int:
    """The first block from block `i` on that is no short line worded as chrome: past a pager
    ("Trang 1 2 3 Tiếp") or a share button between an article and its byline, up to
    MAX_BUTTONS_OVER_BYLINE of them."""
    last = min(i + V.MAX_BUTTONS_OVER_BYLINE, len(ctx.segments) - 1)
    while i < last and ctx.features[i, blockmodel.CHROME_LINE]:
        i += 1
    return i


def _marked_byline(ctx: Context, first: int) -> tuple[int, tuple[str, ...] | None]:
    """The first line worded as a byline ("Bài và ảnh: NGUYỄN HƯNG", "Tác giả: …") among the
    MARKED_BYLINE_WITHIN lines from `first` under the article, and its names; past a series'
    next part or a note the article's run left out, not past a box's heading."""
    for i in range(first, min(first + V.MARKED_BYLINE_WITHIN, len(ctx.segments))):
        if ctx.labels[i] not in _UNDER_ARTICLE:
            break
        if names := _byline_names(ctx.segments[i].text):  # (with its time: "Đăng bởi Lan lúc 20:15")
            return i, names
    return first, None


def _signing_office(ctx: Context, i: int) -> tuple[str, ...] | None:
    """The public office that block `i`, under the article, names as its writer ("Ban Tuyên
    giáo Huyện ủy Cờ Đỏ"); not the site's own name (its first line, or a line in capitals), nor
    the owner a footer names over its address ("Ủy ban nhân dân huyện Phong Điền", then
    "Địa chỉ: …")."""
    text = ctx.segments[i].text
    if not V.SIGNING_OFFICE.fullmatch(text) or ctx.words[i] > V.MAX_SIGNING_OFFICE_WORDS \
            or is_caps(text) or text.casefold() == ctx.segments[0].text.casefold():
        return None
    after = ctx.segments[i + 1].text if i + 1 < len(ctx.segments) else ""
    return None if _chrome_worded(after) == "footer" else (text,)


def _names(text: str, require_marker: bool) -> tuple[str, ...] | None:
    """The author names a byline-like line holds, or None when it is not one. A byline set
    in brackets whole reads as without them ("(Tin, ảnh: Minh Hùng)" under a local portal's
    article)."""
    if text.startswith("(") and text.endswith(")") and V.BYLINE_PREFIX.match(text[1:-1]):
        text = text[1:-1]
    marked = bool(V.BYLINE_ROLE.search(text) or V.BYLINE_PREFIX.search(text))
    if require_marker and not marked:
        return None
    signed = V.BYLINE_AFFILIATION.sub("", V.BYLINE_ROLE.sub("", text))
    core = V.BYLINE_AGENCY.sub("", signed)
    if V.SOURCE_CREDIT.match(core):
        if core == signed:
            return None  # a source, not a writer: "Theo VnExpress"
        core = V.SOURCE_CREDIT.sub("", core)
    if prefix := V.BYLINE_PREFIX.match(core):
        core = core[prefix.end():]
        if V.BYLINE_OFFICE.fullmatch(core):
            return (core.strip(),)  # an office signs: "Tác giả: Phòng Nghiệp vụ Y"
        core = V.BYLINE_PART.sub("", V.BYLINE_FOR.sub("", core))
    core = _HANDLE.sub("", core).strip(" .|•·,/–—-")  # "Chaim Gartenberg@cgartenberg"
    if not core or any(ch.isdigit() for ch in core) or words(core) > V.MAX_BYLINE_WORDS \
            or V.OFFICIAL_PART.fullmatch(core):  # a legal text's "Chương II", "Mục IV"
        return None
    degrees = V.NAME_DEGREES.match(core)  # the first name's, kept with it
    held = core[:degrees.end()] if degrees else ""
    parts = [V.NAME_CONTRIBUTION.sub("", p.strip()) if marked else p.strip()
             for p in (V.MARKED_NAMES_APART if marked else V.NAMES_APART).split(core[len(held):])
             if p.strip()]
    bare = [V.NAME_HONORIFIC.sub("", p) for p in parts]  # "Đại tá Nguyễn Văn Cường"
    if not parts or any(not 1 <= words(p) <= 4 for p in bare):
        return None
    if not marked and V.OUTLET_NAME.match(parts[0]):
        return None  # "Báo Cần Thơ": the source
    if not all(_name_word(w) for p in bare for w in p.split()):
        return None
    if not marked and all(words(p) < 2 for p in parts):
        return None  # a word alone, or words joined: a menu's "Energie & Umwelt"
    parts = [p for k, p in enumerate(parts) if not _city_after(core, parts[:k], p)]
    people = [p for p in parts if not V.BYLINE_OUTLET.search(p)] or parts  # "…, IGN Staff"
    people[0] = held + people[0]
    return tuple(_name_cased(p) if is_caps(p) else p for p in people)


def _city_after(byline: str, before: list[str], part: str) -> bool:
    """Whether `part` of a byline, one word after a comma that follows a full name, is the
    writer's city ("Von Markus Balser, Berlin", "Markus M. Haefliger, London, und Beat
    Bumbacher"), not a writer."""
    return bool(before) and words(part) == 1 and words(before[-1]) > 1 \
        and re.search(rf"{re.escape(before[-1])}\s*,\s*{re.escape(part)}(?!\w)", byline) is not None


def _name_cased(name: str) -> str:
    """A name signed in capitals, as names are written ("NGUYỄN HẢI" is "Nguyễn Hải"), but for
    the abbreviations a byline keeps ("NHÓM PV" is "Nhóm PV", "BTG" stays): those listed, and a
    word with no vowel, which no syllable of a name lacks."""
    return " ".join(w if _abbreviation(w) else w.title() for w in name.split())


def _abbreviation(word: str) -> bool:
    """Whether a word of a byline in capitals is an abbreviation: listed, or without a vowel."""
    return word in V.BYLINE_ABBREVIATIONS or not _VOWEL.search(unicodedata.normalize("NFD", word))


def _name_word(word: str) -> bool:
    """Whether `word` can be a word of a name: a word opening in a capital ("Đức", not "ông":
    a range of letters such as À-Ỹ holds lower-case ones too)."""
    return word[:1].isupper() and bool(_NAME_WORD.match(word))


def main_region(ctx: Context) -> None:
    """The article is the first substantial run of blocks that reads like running text (a
    maximum-sum stretch of per-block scores, which "Comments" or "Related" headings pull far
    down); what lies outside it is page chrome, but for blocks that read strongly as article
    text."""
    if len(ctx.segments) < 3:
        return
    barriers = set(np.flatnonzero(ctx.features[:, blockmodel.BARRIER]).tolist()) - ctx.boxes
    # the barriers that open comments (the others open teaser lists): every comment heading is
    # a barrier, so only those are searched
    comment_headings = sorted(i for i in barriers if V.COMMENT_HEADINGS.search(ctx.segments[i].text))
    scores = [V.REGION_BARRIER if i in barriers else _region_score(ctx, i)
              for i in range(len(ctx.segments))]
    for i in _sentence_lists(ctx):  # read like nothing, but are one sentence of running text
        scores[i] = max(scores[i], V.REGION_SENTENCE_LIST)
    for i in _introduced_lines(ctx):  # short lines that read like a menu, but a sentence opens them
        scores[i] = max(scores[i], V.REGION_LIST_LINE)
    for i in _legal_headings(ctx):  # "Chương II" over "ĐIỀU KHOẢN THI HÀNH", "Điều 3. Hiệu lực …"
        scores[i] = max(scores[i], V.REGION_LEGAL_HEADING)
    sure = [i for i in comment_headings if V.COMMENT_SECTIONS.search(ctx.segments[i].text)]
    for i in sure:
        scores[i] = V.REGION_COMMENTS
    comments = _comments_start(ctx)
    scores[comments:] = [V.REGION_BARRIER] * (len(scores) - comments)
    # on a page where nothing reads as article text, what reads best is its article: its
    # biggest run then, as a site's tagline near the top reads as well as the rest
    span = _article_span(ctx, scores)
    if span is None:
        scores = _relative(ctx, scores)
        span = _article_span(ctx, scores, share=1.0)
    if span is None:
        return
    first = _introduced_above(ctx, _ingredients_above(ctx, _asked_above(ctx, span[0])))
    if first < span[0]:  # the lead over a recipe's ingredients, over a question's heading
        first = _lead_before(ctx, scores, _positive_runs(scores), first)
    last = _past_boxes(ctx, scores, span[1]) if ctx.kind == "html" else span[1]
    first, last = _promo_edges(ctx, first, _extend(ctx, last))
    listed = _introduced_list(ctx, last)
    last = listed if listed > last else _trim_tail(ctx, first, last)
    signed = _signed_over_teasers(ctx, first, last)
    for k in range(signed + 1, last + 1):
        ctx.labels[k] = _RELATED
    last = _notes_under(ctx, first, signed)
    end = min((k for k in comment_headings if k > last), default=len(scores))
    kept = set(_strong_outside(ctx, first, last, min(end, comments)))  # left for later rules
    # a "Comment" or "Discussion" the article goes on past is a heading of its own
    kept.update(i for i in comment_headings if first < i < last and i not in sure)
    if ctx.kind == "text":  # a page of HTML declares its title and sets it as <h1>
        (_retitle if ctx.language in V.SYLLABLE_LANGUAGES else rank_title)(ctx, first, last)
        kept.update(_standfirst(ctx, first))  # under the title, found or re-chosen
        kept.update(_head_photo(ctx, first))
    under_comments = _under_comment_heading(ctx, barriers, comment_headings, last)
    for i in ctx.free():
        if i in kept:
            continue
        if i in barriers:  # a "Related"/"Comments" heading is never article
            ctx.labels[i] = _COMMENTS if i in comment_headings else _RELATED
        elif i >= comments or i in under_comments:
            ctx.labels[i] = _COMMENTS
        elif i < first:
            ctx.labels[i] = _NAVIGATION
        elif i > last:
            ctx.labels[i] = _RELATED if ctx.segments[i].link_density > 0.3 else _FOOTER


def _notes_under(ctx: Context, first: int, last: int) -> int:
    """Where the article's run `first`..`last` ends once the notes under it are taken in: lines
    numbered "(1)", "(2)", … (or "[1]") in order, maybe under a rule of dashes (chrome, inside
    the run or past it), each number marking the run's text ("… động lực quan trọng(1)."): a
    research article's sources, which read like a footer's lines."""
    n = len(ctx.segments)
    for i in range(first, min(last + 2, n - 1)):
        if ctx.words[i] == 1 and ctx.labels[i] is None and V.NOTES_RULE.fullmatch(ctx.segments[i].text) \
                and V.NOTE_MARK.match(ctx.segments[i + 1].text):  # (a rule is one "word": checked first)
            ctx.labels[i] = _WIDGET
    start = last + 1
    while start - 1 > first and V.NOTE_MARK.match(ctx.segments[start - 1].text):
        start -= 1  # (the run took in the first notes already)
    k = start + (start < n and ctx.labels[start] == _WIDGET)
    if k >= n or not V.NOTE_MARK.match(ctx.segments[k].text):
        return last  # (most runs: no note under them to read the run's text for)
    run = " ".join(ctx.segments[i].text for i in range(first, start))
    number = 1
    while k < n and ctx.labels[k] is None and (mark := V.NOTE_MARK.match(ctx.segments[k].text)) \
            and int(mark.group(2)) == number and f"{mark.group(1)}{number}{mark.group(3)}" in run:
        number += 1
        k += 1
    return max(last, k - 1) if number > 1 else last


def _article_text(label: Label | None) -> bool:
    """Whether a block so labelled is the article's text: free, or kept as body before the
    article's run was known (see _region_score)."""
    return label is None or label.role in BODY_ROLES


def _under_comment_heading(ctx: Context, barriers: set[int], comment_headings: list[int],
                           last: int) -> range:
    """The blocks under the first comment heading past the article's end (`last`), up to the
    next "Related" heading: readers' comments, their names and "Reply" buttons, which the
    audit trail calls so rather than footer."""
    opened = next((k for k in comment_headings if k > last), None)
    if opened is None:
        return range(0)
    closed = min((k for k in barriers if k > opened and k not in comment_headings),
                 default=len(ctx.segments))
    return range(opened + 1, closed)


def _standfirst(ctx: Context, first: int) -> list[int]:
    """The paragraph under a dump's title that sums the article up, when the run starts a few
    blocks below it, past a byline, a date or a share bar: set among them it reads like one
    of them, but it is the article's opening. It is the first block of MIN_STANDFIRST_WORDS
    words or more under the title, past short lines and what earlier rules labelled, that
    reads as a standfirst (_reads_as_standfirst). (An HTML page's standfirst is often a
    teaser's description set the same way; keeping it there cost more than it gave.)"""
    for i in _over_run(ctx, first):
        if ctx.labels[i] is None and ctx.words[i] >= V.MIN_STANDFIRST_WORDS:
            return [i] if _reads_as_standfirst(ctx, i) else []
    return []


def _over_run(ctx: Context, first: int) -> range:
    """The blocks between the title and the run's first block `first`, when the run starts
    within STANDFIRST_WITHIN blocks under it (a byline, a date, a share bar, a standfirst, a
    photo between them); none else."""
    title = ctx.title_index()
    if title is None or not title + 1 < first <= title + 1 + V.STANDFIRST_WITHIN:
        return range(0)
    return range(title + 1, first)


def _head_photo(ctx: Context, first: int) -> list[int]:
    """The caption of the photo that heads the article, set between the title and the run's
    first block (past the date and the share bar, "Thí sinh làm bài thi. (Ảnh: Thanh Tùng/TTXVN)"):
    a free block worded as a caption, within STANDFIRST_WITHIN blocks of the title, which the
    captions rule then reads. Above the run it read as the header's chrome, and the photo was
    lost."""
    return [i for i in _over_run(ctx, first) if ctx.labels[i] is None
            and ctx.words[i] <= V.MAX_CAPTION_WORDS
            and _caption_worded(ctx.segments[i].text.lower(), ctx.words[i])]


def _reads_as_standfirst(ctx: Context, i: int) -> bool:
    """Whether block `i`, the first long one under the title, is the standfirst: it ends a
    sentence, or, longer than any heading and reading as article text, it is neither a photo's
    caption nor a labelled line ("En este artículo: …" over the tags). Many sites set their
    standfirst without a full stop ("In den Vereinigten Staaten trommeln Aktivisten … und warnen
    Vermieter")."""
    if ctx.features[i, blockmodel.ENDS_SENTENCE]:
        return True
    text = ctx.segments[i].text
    return ctx.words[i] > V.MAX_HEADING_WORDS and ctx.learned[i] > 0 and ":" not in text \
        and not _caption_worded(text.lower(), ctx.words[i])


def _retitle(ctx: Context, first: int, last: int) -> None:
    """In a language that writes each syllable apart (Vietnamese, which the benchmark that
    rank_title learned from lacks), take for the title the headline above the article's run
    `first`..`last` that is worded most as the run begins, when it is clearly more so than the
    title found before the run was known (a menu entry, a byline or a date, when a long menu
    pushed the headline down). Only blocks above the run are candidates, free or set aside as
    the header above that title (the headline over a byline taken for it), so the article's text
    stays as it is; the title it replaces is the page's navigation. The run's own first block is
    a candidate too when it is worded as a headline and ends no sentence: a headline there reads
    as running text."""
    title = ctx.title_index()
    if title is not None and _attested(ctx, title):
        return  # a site's name there shares more of the article's syllables than its headline
    headed = first < last and ctx.labels[first] is None \
        and _headline_block(ctx, first) and not ctx.features[first, blockmodel.ENDS_SENTENCE]
    body = first + 1 if headed else first
    opening = _opening_words(ctx, body, last, syllables=True)

    def share(i: int) -> float:
        return round(_share(_title_words(ctx.segments[i].text, syllables=True), opening), 2)

    shares = {i: share(i) for i in range(max(0, first - V.RETITLE_WITHIN), body)
              if (ctx.labels[i] is None or i in ctx.header) and _title_length(ctx.segments[i].text) >= 3
              and _headline_block(ctx, i) and not _site_name(ctx, i)}
    if not shares:
        return
    best = max(shares, key=lambda i: (shares[i], i))  # the nearest of equals
    current = share(title) if title is not None else 0.0
    if shares[best] >= V.RETITLE_MIN_SHARE and shares[best] >= current + V.RETITLE_MARGIN:
        _set_title(ctx, best, first)


def _opening_words(ctx: Context, first: int, last: int, syllables: bool = False) -> set[str]:
    """The words (see _title_words) of the article run's first RETITLE_BODY_WORDS words: of the
    run `first`..`last`, its article text (see _article_text). Where each syllable is written
    apart, credits are not counted (see _uncredited)."""
    opening: set[str] = set()
    words = 0
    for i in range(first, last + 1):
        if words >= V.RETITLE_BODY_WORDS:
            break
        if _article_text(ctx.labels[i]):
            text = ctx.segments[i].text
            opening.update(_title_words(_uncredited(text) if syllables else text, syllables))
            words += ctx.words[i]
    return opening


def _uncredited(text: str) -> str:
    """`text` without an outlet's credit opening a lead ("(Dân trí) - ", see LEAD_CREDIT) or a
    photo's credit closing a caption ("… Ảnh: Bếp Nhà Mình"): they name the site, which a menu
    above names too, and say nothing of the headline."""
    return V.CAPTION_CREDIT.sub("", V.LEAD_CREDIT.sub("", text).lower())


def _share(own: set[str], opening: set[str]) -> float:
    """How much of a headline's words (`own`) the article's opening holds, as a share of them
    plus RETITLE_SMOOTH (two words of a section's name count for less than seven of a headline's
    nine); nothing for a headline of fewer than two."""
    return len(own & opening) / (len(own) + V.RETITLE_SMOOTH) if len(own) >= 2 else 0.0


def _set_title(ctx: Context, chosen: int, first: int) -> None:
    """Make block `chosen` the title, once the article's run beginning at `first` is known. The
    title it replaces is the page's navigation above the run, or, inside it, the article's own
    text again; a section found over it is navigation too, and the new title's is looked for
    (see title_section)."""
    title = ctx.title_index()
    if title is not None:
        ctx.labels[title] = _NAVIGATION if title < first else None
        for k in ctx.header & set(range(chosen + 1, title)):  # set aside as the header above
            ctx.labels[k] = None  # the title found first, they stand under the headline: its
            ctx.header.discard(k)  # standfirst, its byline
        if title > 0 and chosen not in (title, title + 1) \
                and ctx.labels[over := _over_title(ctx, title)] == Label("section"):
            # read over a line taken for the title (the site's name over a menu's entry), not
            # over a kicker just above the headline ("Literatur", "30.11. | Buch der Woche")
            ctx.labels[over] = _NAVIGATION
            ctx.found.section = ""
    ctx.labels[chosen] = Label("title")
    ctx.found.title = ctx.segments[chosen].text


def rank_title(ctx: Context, first: int, last: int) -> None:
    """Take for the title the candidate above the article's run `first`..`last` (or the run's
    own first block) that a learned ranking scores highest: a dump sets its headline among menu
    entries, section names, captions, bylines and the standfirst under it, and which cues tell
    it (its words in the article's opening, a byline under it, its length, the title found first)
    and how much each weighs was learned from the benchmark's pages, whose <title> names their
    headline (blockmodel.TITLE_FEATURES; tools/train_chrome.py)."""
    choices, rows = title_choices(ctx, first, last)
    ctx.title_choices = (choices, rows)
    if choices:
        best = choices[int(np.argmax(blockmodel.title_scores(rows)))]
        if best != ctx.title_index():
            _set_title(ctx, best, first)


def title_choices(ctx: Context, first: int, last: int) -> tuple[list[int], np.ndarray]:
    """The blocks that may be the title once the article's run `first`..`last` is known, and a
    row of blockmodel.TITLE_FEATURES for each: the headlines among the RETITLE_WITHIN nearest
    blocks above the run that are free or set aside as the header above the title, and the run's
    first block unless a rule labelled it or it ends a sentence (but for one question or call);
    and the title found first."""
    title = ctx.title_index()
    # the run's first block, unless a rule labelled it or it ends a statement (the run opens with
    # text then)
    headed = ctx.labels[first] is None and (not ctx.features[first, blockmodel.ENDS_SENTENCE]
                                            or _asks(ctx.segments[first].text))
    # the nearest blocks above the run that no rule called chrome: a share bar between the
    # headline and the article is no distance
    unread = list(islice((i for i in range(first - 1, -1, -1)
                          if ctx.labels[i] is None or i in ctx.header or i == title), V.RETITLE_WITHIN))
    choices = [i for i in sorted(unread) + [first] * headed
               if _title_length(ctx.segments[i].text) >= 2 and _headline_block(ctx, i)]
    if title is not None and title not in choices:
        choices.append(title)
        choices.sort()
    # the words the run opens with; those that follow its first block, for that block itself
    following = _opening_words(ctx, first + 1, last)
    opening = following | _title_words(ctx.segments[first].text)
    owns = [_title_words(ctx.segments[i].text) for i in choices]
    openings = [following if i == first else opening for i in choices]
    helds = [own & words for own, words in zip(owns, openings)]
    shares = [_share(own, words) for own, words in zip(owns, openings)]
    best = max(shares, default=0.0)
    shared = {i for i, share in zip(choices, shares) if share > V.TITLE_SHARE_NEXT}
    signed = _signed(ctx, choices)
    rows = [_title_row(ctx, i, first, title, held, share, share == best > 0, i - 1 in shared,
                       any(j in signed for j in range(i + 1, i + 1 + V.TITLE_DATED_WITHIN)))
            for i, held, share in zip(choices, helds, shares)]
    return choices, np.array(rows).reshape(len(rows), len(blockmodel.TITLE_FEATURES))


def _asks(text: str) -> bool:
    """Whether a block is one question or one call, as a headline may be ("Wie entsteht
    Erdöl?", "Grundeinkommen ist ein Menschenrecht!"): no sentence ends inside it."""
    return text.rstrip(blockmodel.CLOSERS).endswith(("?", "!", "？", "！")) \
        and not _INNER_SENTENCE_END.search(text)


_INNER_SENTENCE_END = re.compile(r"[.!?…]\s")


def _signed(ctx: Context, choices: list[int]) -> set[int]:
    """The blocks under the `choices` (within TITLE_DATED_WITHIN) that are a byline or a date,
    labelled so or worded so, each read once."""
    near = {j for i in choices for j in range(i + 1, min(len(ctx.segments), i + 1 + V.TITLE_DATED_WITHIN))}
    return {j for j in near if ctx.labels[j] in (Label("byline"), Label("dateline"))
            or _byline_or_dateline(ctx, j)}


def _title_row(ctx: Context, i: int, first: int, title: int | None, held: set[str], share: float,
               best: bool, under_headline: bool, signed_under: bool) -> list[float]:
    """Block `i`'s blockmodel.TITLE_FEATURES, as title_choices reads them: its words `held` in
    the opening (`share` of its own, the `best` share), whether the block over it shares much
    too, whether a byline or a date stands under it."""
    text = ctx.segments[i].text
    return [
        float(i == title), share, min(len(held), V.TITLE_SHARED_WORDS) / V.TITLE_SHARED_WORDS,
        np.log1p(max(0, first - i)) / 4, float(_shown_twice(ctx, i)), float(signed_under),
        float(i > 0 and (ctx.labels[i - 1] == Label("dateline") or _dated(ctx, i - 1) is not None)),
        min(ctx.words[i], 30) / 30, float(V.MIN_TITLE_WORDS <= ctx.words[i] <= V.MAX_DATED_HEADLINE_WORDS),
        ctx.features[i, blockmodel.ENDS_SENTENCE], float(is_caps(text)), ctx.learned[i],
        float(i in ctx.header), float(i == first), float(_caption_worded(text.lower(), ctx.words[i])),
        ctx.features[i, blockmodel.TITLE_CASE], float(text == ctx.segments[0].text), float(best),
        float(under_headline), float(text.endswith(".")), float(":" in text),
    ]


def _attested(ctx: Context, i: int) -> bool:
    """Whether the title at `i` is a headline the page itself marks so: shown twice, with a
    byline just under it, or with a date just over it (a date stands under a menu's last entry
    as well, but not over it)."""
    under = range(i + 1, min(len(ctx.segments), i + 1 + V.TITLE_DATED_WITHIN))
    return _shown_twice(ctx, i) or any(ctx.labels[j] == Label("byline") for j in under) \
        or i > 0 and ctx.labels[i - 1] == Label("dateline")


def _shown_twice(ctx: Context, i: int) -> bool:
    """Whether block `i` stands twice in a row, as a dump repeats its headline."""
    return i + 1 < len(ctx.segments) and ctx.segments[i + 1].text == ctx.segments[i].text


def _title_words(text: str, syllables: bool = False) -> set[str]:
    """The words a headline and its article are compared by: the longer ones, and in a script
    written without spaces, each pair of characters; in a language that writes each syllable
    apart, each pair of syllables too ("lao động"), as most of its words are two of them."""
    wide = textstats.WIDE_RUN.findall(text)
    found = {w.lower() for w in V.RETITLE_WORD.findall(text)}
    if wide:  # (a run of such a script is no word to compare whole)
        found = {w for w in found if not textstats.WIDE_RUN.search(w)}
    if syllables:
        tokens = _SYLLABLE.findall(text.lower())
        found.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
    for run in wide:
        found.update(run[k:k + 2] for k in range(len(run) - 1))
    return found


def _comments_start(ctx: Context) -> int:
    """Where readers' comments begin: the first line over a comment ("jbaxt says:") or over
    them all ("11 responses to “…”") after the title; the page's end when there is none.
    Comments read like running text, often more of it than the article, so what follows one is
    never taken for the article. A line over a comment that is the page's only one must be
    dated (see _dated_comment)."""
    title = ctx.title_index() or 0
    after = range(title + 1, len(ctx.segments))
    authors = list(islice((i for i in after if _comment_author(ctx, i)), 2))
    if len(authors) == 1 and not _dated_comment(ctx, authors[0]):
        authors = []  # "Die CHIP Redaktion sagt:": the article quotes its verdict
    counted = next((i for i in after if V.COMMENT_COUNT.match(ctx.segments[i].text)), len(ctx.segments))
    return min(authors[:1] + [counted])


def _comment_author(ctx: Context, i: int) -> bool:
    """Whether block `i` is worded as the line over a reader's comment ("jbaxt says:")."""
    text = ctx.segments[i].text
    return ctx.words[i] <= V.MAX_COMMENT_AUTHOR_WORDS and text.endswith(":") \
        and bool(V.COMMENT_AUTHOR.search(text))


def _dated_comment(ctx: Context, i: int) -> bool:
    """Whether the line over a comment at `i` is dated, in itself or by the line over or under
    it ("jbaxt says:", "November 19, 2019 at 6:34 am"): one line so worded, undated, is as often
    the article introducing a quotation ("Die CHIP Redaktion sagt:")."""
    return date_start(ctx.segments[i].text) is not None \
        or any(0 <= k < len(ctx.segments) and _date_stamp(ctx, k) for k in (i - 1, i + 1))


def _strong_outside(ctx: Context, first: int, last: int, end: int) -> list[int]:
    """Blocks outside the run that read strongly as article text (a part of the article that a
    long box of chrome set apart), after the title and before readers' comments begin at `end`;
    less strongly will do for a block inside the page's own article container, with few links.
    Not the descriptions of a list of teasers (see _teasers), nor the site's promo lines, which
    read as strongly (a newsletter's consent text; _promo labels them)."""
    title = ctx.title_index() or 0

    def strong(i: int) -> bool:
        seg = ctx.segments[i]
        if seg.content and seg.link_density < V.REGION_CONTENT_LINKS:  # the page says: article
            return ctx.learned[i] >= V.REGION_CONTENT_STRONG
        return ctx.learned[i] >= V.REGION_STRONG

    found = [i for i in range(title, end) if not first <= i <= last and strong(i)
             and not ctx.segments[i].hint]
    teasers = _teasers(ctx, found, first, last)
    return [i for i in found if i not in teasers and not _promo(ctx, i)]


def _teasers(ctx: Context, found: list[int], first: int, last: int) -> set[int]:
    """Of the strong blocks `found` outside the run `first`..`last`, those that are a teaser's
    description: a short text standing alone, under a headline that is all link ("Qualcomm
    says 5G rollout will be faster" over "Qualcomm also outlined how …"). One such block may be
    a part of the article under a linked photo; MIN_TEASERS of them are a list of teasers."""
    strong = set(found)

    def text_next_to(i: int) -> bool:  # the run, or another strong block
        return any(j in strong or first <= j <= last for j in (i - 1, i + 1))

    def teaser(i: int) -> bool:
        alone = not (_long(ctx, i) or text_next_to(i))
        return alone and any(ctx.segments[j].link_density >= V.TEASER_LINK_SHARE
                             for j in (i - 2, i - 1) if j >= 0)

    teasers = {i for i in found if teaser(i)}
    return teasers if len(teasers) >= V.MIN_TEASERS else set()


def _article_span(ctx: Context, scores: list[float],
                  share: float = V.REGION_MIN_SHARE) -> tuple[int, int] | None:
    """The first run at or after the title that is substantial (`share` of the biggest), with any
    run that follows after a short gap (an ad block inside the article) joined to it, and a
    run just before it (a lead set apart by a byline or a photo)."""
    regions = _positive_runs(scores)
    if not regions:
        return None
    biggest = max(mass for _, _, mass in regions)
    title = ctx.title_index() or 0
    substantial = [r for r in regions if r[2] >= share * biggest]
    first, last, _ = next((r for r in substantial if r[1] >= title), substantial[0])
    for start, end, _ in regions:
        if start > last and _joins(ctx, scores, last, start):
            last = end
    return _lead_before(ctx, scores, regions, first), last


def _past_boxes(ctx: Context, scores: list[float], last: int) -> int:
    """Carry the article's run ending at `last` on past a "Related" box set inside an HTML
    article (one the article goes on under: see inline_related) just after it, over the text
    under the box up to the best end of that text's own run. A run outweighing the box's links
    would otherwise end at the box, and the text under it count for nothing. (In a dump, where
    no markup sets a box apart, a list of teasers' questions reads as text going on.)"""
    for box in sorted(b for b in ctx.boxes if b > last):
        if box > last + 1 + V.REGION_MERGE_GAP or any(ctx.labels[k] is None for k in range(last + 1, box)):
            break
        after = box + 1
        while after < len(ctx.labels) and ctx.labels[after] == _RELATED:
            after += 1
        runs = _positive_runs(scores[after:])
        if not runs or runs[0][0] != 0:
            break
        last = after + runs[0][1]
    return last


def _lead_before(ctx: Context, scores: list[float], regions: list[tuple[int, int, float]],
                 first: int) -> int:
    """Where the article starts that the run at `first` begins: at a run of `regions` just
    before it, under the title (a lead set apart by a byline or a photo)."""
    title = ctx.title_index() or 0
    for start, end, _ in reversed(regions):
        if end < first and start >= title and _joins(ctx, scores, end, first, V.REGION_LEAD_GAP):
            first = start
    return first


def _joins(ctx: Context, scores: list[float], end: int, start: int,
           gap: int = V.REGION_MERGE_GAP) -> bool:
    """Whether two runs, one ending at `end` and one starting at `start`, are one article: a
    short gap (an ad, a photo, a byline; the rows of a table the article sets out do not
    count) and no "Related"/"Comments" heading in it."""
    between = range(end + 1, start)
    rows = sum(_bridging_data(ctx, k) for k in between)
    return len(between) - rows <= gap and all(scores[k] > V.REGION_BARRIER for k in between)


_DATA_TAGS = ("tr", "pre")  # a table's row, a block of code: data, not running text
_LIST_OR_QUOTE = ("li", "blockquote")
_CLOSING_TAGS = (*_LIST_OR_QUOTE, *_DATA_TAGS, "verse")  # what may end an article, reading like nothing


def _bridging_data(ctx: Context, i: int) -> bool:
    """Whether block `i` is data that an article may hold between its paragraphs or end with:
    a table's row, or a block of code that a page's markup sets out (<pre>). Lines of a dump
    that read as code may as well be a page's script or data shown as text ("var onloadCallback
    = function() {", "@type": "Organization") beside the article, not in it."""
    tag = ctx.segments[i].tag
    return tag == "tr" or tag == "pre" and ctx.kind == "html"


def _extend(ctx: Context, last: int) -> int:
    """Take in what ends an article but scores low: a final list, table or quote that is not
    a list of links, a closing short sentence ("Thank you.") or one introducing what follows
    ("Das Konzeptpapier finden Sie hier:", see _intro_line), a last photo's caption with its
    credit ("Già làng A Lăng Pố (bên phải) … Ảnh: Nguyễn Hưng") or under its number ("Ảnh 1"
    over "Các đại biểu trao quà cho các hộ khó khăn."), and a last paragraph that
    reads as article text under a short line already called chrome (which weighs the paragraph
    out of the run)."""
    def free_after(index: int) -> Segment | None:
        ok = index + 1 < len(ctx.segments) and ctx.labels[index + 1] is None
        return ctx.segments[index + 1] if ok else None

    def closing(end: int) -> int:  # past a list, table or quote after block `end`
        while (seg := free_after(end)) and (seg.tag in _LIST_OR_QUOTE or _bridging_data(ctx, end + 1)) \
                and seg.link_density < 0.3 and not seg.hint:
            end += 1
        return end

    last = closing(last)
    while (seg := free_after(last)) and _credit(seg.text.lower()) and not seg.hint:
        last += 1  # the last photo's caption
    while _photo_number(ctx, last + 1) and (seg := free_after(last + 1)) \
            and ctx.words[last + 2] <= V.MAX_PHOTO_CAPTION_WORDS and not seg.hint:
        last += 2  # a photo's number ("Ảnh 1"), its caption under it
    for _ in range(V.REGION_EDGE_SENTENCES):
        if _repeated_under(ctx, last) and last + 2 < len(ctx.words) \
                and ctx.words[last + 2] > V.MAX_HEADING_WORDS:
            last += 1  # past a photo's caption shown twice, a paragraph (not a "Want more?")
        seg = free_after(last)
        if seg and (seg.text.endswith(blockmodel.SENTENCE_END) or _intro_line(ctx, last + 1)) \
                and ctx.words[last + 1] >= 2 and not seg.hint:
            last = closing(last + 1)  # and the table the sentence introduces
    while _short_chrome(ctx, last + 1) and free_after(last + 1) \
            and ctx.learned[last + 2] >= V.REGION_EDGE_PARAGRAPH \
            and ctx.features[last + 2, blockmodel.ENDS_SENTENCE]:
        last += 2  # a paragraph past a heading the site repeats or a photo credit
    return last


def _repeated_under(ctx: Context, i: int) -> bool:
    """Whether the block under block `i` is `i` shown again, set aside as its duplicate."""
    return i + 1 < len(ctx.labels) and ctx.labels[i + 1] == _DUPLICATE and _shown_twice(ctx, i)


def _intro_line(ctx: Context, i: int) -> bool:
    """Whether block `i` is a sentence introducing what follows ("Das Konzeptpapier finden Sie
    hier:"), long enough not to be a box's "Lesen Sie auch:", and not worded as one either; none
    past the page's end."""
    if i >= len(ctx.segments):
        return False
    text = ctx.segments[i].text
    return ctx.words[i] >= V.MIN_INTRO_LINE_WORDS and text.endswith(":") \
        and not V.TEASER_INTRO.search(text.lower())


def _short_chrome(ctx: Context, i: int) -> bool:
    """Whether block `i` is a short line an earlier rule made chrome, but no "Related" or
    "Comments" heading: a heading every page of the site has ("Transparenz", "Mehr zum
    Thema"), a photo credit."""
    label = ctx.labels[i] if i < len(ctx.segments) else None
    return label is not None and label.role == "chrome" and ctx.words[i] <= V.MAX_HEADING_WORDS \
        and not ctx.features[i, blockmodel.BARRIER]


def _asked_above(ctx: Context, first: int) -> int:
    """Reach back from the article run at `first` to the label over its first block, when that
    is a question's ("Hỏi:", "Question:"): a reader's question on a legal advice page opens
    the run, and "Trả lời:" inside it stays."""
    above = first - 1
    return above if above >= 0 and ctx.labels[above] is None \
        and V.QA_LABEL.fullmatch(ctx.segments[above].text) else first


def _ingredients_above(ctx: Context, first: int) -> int:
    """Reach back from the article run at `first` to the ingredients heading of a recipe above
    it: ingredients are lines of quantities ("350 g Zucker", "1 Pck. Backpulver") that read like
    a menu, so the run starts at the method below them. Not past a "Related" or "Comments"
    heading."""
    for i in range(first - 1, max(-1, first - 1 - V.INGREDIENTS_WITHIN), -1):
        if ctx.features[i, blockmodel.BARRIER]:
            break
        if V.INGREDIENTS_HEADING.search(ctx.segments[i].text):
            return i
    return first


def _introduced_above(ctx: Context, first: int) -> int:
    """Reach back from the article run at `first` to the sentence under the title that
    introduces what stands between ("UBND huyện … thông báo tuyển dụng … như sau:" over "I. Chỉ
    tiêu tuyển dụng", "Tổng chỉ tiêu: 185 người, trong đó:" and the list's lines): an article of
    short parts, whose opening parts read like a menu. The sentence is the first free block past
    the title's byline and date; every block between it and the run is free and a list's line
    long at most, no chrome's wording."""
    title = ctx.title_index()
    if title is None or first - title > V.STANDFIRST_WITHIN:
        return first
    opening = next((i for i in range(title + 1, first) if ctx.labels[i] is None), first)
    if opening >= first or ctx.words[opening] < V.HEADER_TEXT_WORDS \
            or not ctx.segments[opening].text.endswith(":"):
        return first
    between = range(opening + 1, first)
    short = all(ctx.labels[i] is None and ctx.words[i] <= V.MAX_LIST_LINE_WORDS
                and not ctx.features[i, blockmodel.CHROME_LINE] for i in between)
    return opening if short else first


def _promo_edges(ctx: Context, first: int, last: int) -> tuple[int, int]:
    """Give back the site's calls to the reader that end the run `first`..`last` and its
    notices that open it (see _promo); a short promo line inside it is chrome too."""
    while first < last and _promo(ctx, first):
        first += 1
    while last > first and _promo(ctx, last):
        last -= 1
    for i in range(first + 1, last):
        _promo(ctx, i, inside=True)
    return first, last


def _promo(ctx: Context, i: int, inside: bool = False) -> bool:
    """Whether free block `i` is the site's promo line, labelled so: a call to the reader ("Sign
    up for our newsletter", "Get the app", "Tell us in the comments", V.PROMO_LINE), a short
    call to share or comment ("Möchten Sie den Artikel teilen?"), or a notice of the site's
    (an affiliate disclosure, comment rules, V.SITE_NOTICE). They address the reader the way
    the article does, so they score as its text. `inside` the run a call to the reader must be
    short and speak to the reader or as the site (V.READER_ADDRESS), as an article's "… to
    sign up for the program" does not; but for a bare line of a few words ("PC Gamer
    Newsletter", "Externer Inhalt", "Kommentieren Sie hier"), which is no sentence of the
    article's."""
    if ctx.labels[i] is not None or ctx.words[i] > V.MAX_NOTICE_WORDS:
        return False
    lowered = ctx.segments[i].text.lower()
    if V.SITE_NOTICE.search(lowered):
        found = True
    elif ctx.words[i] > V.MAX_PROMO_WORDS:
        found = False
    elif inside and ctx.words[i] > V.MAX_BARE_PROMO_WORDS:  # a sentence: it must speak to the reader
        found = ctx.words[i] <= V.MAX_INLINE_PROMO_WORDS and bool(V.READER_ADDRESS.search(lowered)) \
            and bool(V.PROMO_LINE.search(lowered))
    else:
        found = bool(V.PROMO_LINE.search(lowered)) or _call_to_share(lowered, ctx.words[i])
    if found:
        ctx.labels[i] = _WIDGET
    return found


def _call_to_share(lowered: str, words: int) -> bool:
    """Whether a lower-cased block of `words` words asks the reader to share or comment on the
    article: short, worded so (V.SHARE_OR_COMMENT_CALL), and said to the reader or ending in
    "!" or "?" ("Their market share rose." is none of it)."""
    return words <= V.MAX_CALL_WORDS and bool(V.SHARE_OR_COMMENT_CALL.search(lowered)) \
        and (lowered.endswith(("!", "?")) or bool(V.READER_ADDRESS.search(lowered)))


def _signed_over_teasers(ctx: Context, first: int, last: int) -> int:
    """Where a dump's article in a signed language ends that the run took on past its
    signature: a name alone under a sentence's end ("Ngọc Trâm"), over nothing but teasers to
    the run's end, a headline over one sentence each, with no "Related" heading copied over
    them. `last` where there is none."""
    if ctx.kind != "text" or ctx.language not in V.SIGNED_LANGUAGES:
        return last
    for i in range(first + 1, last - 2 * V.MIN_TEASERS + 1):  # (room for the teasers under it)
        # (the cheap tests first: the run's paragraphs are as many names to read; an office's
        # name is the longest a signature gets)
        if ctx.labels[i] is None and ctx.words[i] <= V.MAX_SIGNING_OFFICE_WORDS \
                and ctx.features[i - 1, blockmodel.ENDS_SENTENCE] and _teasers_to(ctx, i + 1, last) \
                and not V.VIETNAMESE_PLACES.match(ctx.segments[i].text) and _signature(ctx, i):
            return i
    return last


def _teasers_to(ctx: Context, start: int, last: int) -> bool:
    """Whether blocks `start`..`last` are MIN_TEASERS teasers or more, each a headline (a short
    free line ending no sentence) over one sentence."""
    blocks = last + 1 - start
    if blocks % 2 or blocks < 2 * V.MIN_TEASERS:
        return False
    ends = ctx.features[:, blockmodel.ENDS_SENTENCE]
    return all(ctx.labels[h] is None and ctx.labels[h + 1] is None and not ends[h] and ends[h + 1]
               and ctx.words[h] <= V.MAX_HEADING_WORDS for h in range(start, last, 2))


def _trim_tail(ctx: Context, first: int, last: int) -> int:
    """Give back the short lines that end the run but end no sentence: a share bar's "Diese
    Seite teilen", "Sharing is caring", "Filed under", "Weitere Informationen:" scored up by
    the article above them. An article ends on a sentence, or on one introducing what follows
    (see _intro_line); a list, table or quote that ends it stays (see _extend). A page of HTML
    sets its closing lines apart by their tags, so there only a very short line that
    introduces what is not there ("Mehr Themen:", "Tagged:") goes."""
    def stub(i: int) -> bool:
        if ctx.kind == "text":
            return not ctx.features[i, blockmodel.ENDS_SENTENCE] and not _intro_line(ctx, i)
        return ctx.words[i] <= V.MAX_HTML_TAIL_STUB_WORDS and ctx.segments[i].text.endswith(":")

    while last > first and ctx.labels[last] is None and ctx.words[last] <= V.MAX_TAIL_STUB_WORDS \
            and ctx.segments[last].tag not in _CLOSING_TAGS and stub(last):
        last -= 1
    return last


def _introduced_list(ctx: Context, last: int) -> int:
    """Take in a list that a dump's article ends by introducing: a line ending in ":" or a
    closing heading, then a run of lines alike in form (tour dates, ingredients). Such lines
    read like nothing, so the run of running text stops short of them."""
    if ctx.kind != "text" or last + 1 >= len(ctx.segments):
        return last
    start = last + 1
    if ctx.labels[start] is None and _intro(ctx, start, heading=False):
        start += 1  # "Tour dates:" just after the article, the list below it
    elif not _intro(ctx, last, heading=True):  # or the article's last line heads the list
        return last
    end = start - 1
    while end + 1 < len(ctx.segments) and ctx.labels[end + 1] is None \
            and ctx.words[end + 1] <= V.MAX_LIST_LINE_WORDS \
            and ctx.segments[end + 1].start - ctx.segments[end].start <= (2 if end < start else 1):
        end += 1  # the list's lines: one run between blank lines, a blank line after its head
    lines = [ctx.segments[i].text for i in range(start, end + 1)]
    return end if len(lines) >= V.MIN_LIST_LINES and _alike(lines) else last


def _introduced_lines(ctx: Context) -> list[int]:
    """The lines of lists that a sentence introduces ("Die japanische Lebensphilosophie kennt
    zehn Prinzipien:"), with that sentence: MIN_LIST_LINES or more short free blocks under a line
    of running text ending in ":". One by one they read like a menu and would end the article's
    run there, with what the article says after the list. A list cut by a line an earlier rule
    set aside, and going on past it (a word other pages repeat, inside a block of code), is
    left alone: where it ends is not known."""
    found: list[int] = []
    for i in ctx.free():
        if not _intro_line(ctx, i):
            continue
        j = i + 1
        while j < len(ctx.segments) and ctx.labels[j] is None and _list_line(ctx, j):
            j += 1
        broken = j + 1 < len(ctx.segments) and ctx.labels[j] is not None \
            and ctx.labels[j + 1] is None and _list_line(ctx, j + 1)
        if j - i - 1 >= V.MIN_LIST_LINES and not broken:
            found += range(i, j)
    return found


def _legal_headings(ctx: Context) -> list[int]:
    """The free headings of a legal text's parts and articles: "Chương II" (and the name in
    capitals under it), "Mục 2", "Điều 3. Hiệu lực thi hành". Short and unpunctuated, they read
    like a menu, and would end the run of a law pasted without its head (see official.py for
    one with it) at its first chapter."""
    found: list[int] = []
    if ctx.language not in V.LEGAL_TEXT_LANGUAGES:
        return found
    for i in ctx.free():
        text = ctx.segments[i].text
        part = V.OFFICIAL_PART.fullmatch(text)
        if part or V.OFFICIAL_ARTICLE.fullmatch(text):
            found.append(i)
        if part and i + 1 < len(ctx.segments) and ctx.labels[i + 1] is None \
                and is_caps(ctx.segments[i + 1].text):
            found.append(i + 1)
    return found


def _list_line(ctx: Context, i: int) -> bool:
    """Whether block `i` can be a line of an introduced list: short, no "Related" heading, and
    no sentence introducing a list of its own."""
    return ctx.words[i] <= V.MAX_HEADING_WORDS and not ctx.features[i, blockmodel.BARRIER] \
        and not _intro_line(ctx, i)


def _sentence_lists(ctx: Context) -> list[int]:
    """Lists that go on a sentence, with the paragraph opening it: it ends in ":", and short free
    blocks follow, each ending in a comma, a semicolon or a word ("… Zukunft und"), the last
    in a full stop ("Es sieht fünf Schwerpunkte vor: / einen nachhaltigen Planeten, / … /
    ein starkes Miteinander.")."""
    found: list[int] = []
    for i in ctx.free():
        if ctx.words[i] < V.MIN_SENTENCE_LIST_INTRO or not ctx.segments[i].text.endswith(":"):
            continue
        j = i + 1
        while j < len(ctx.segments) and ctx.labels[j] is None \
                and ctx.words[j] <= V.MAX_LIST_LINE_WORDS \
                and V.LIST_ITEM_GOES_ON.search(ctx.segments[j].text):
            j += 1
        if j - i > 1 and j < len(ctx.segments) and ctx.labels[j] is None \
                and ctx.words[j] <= V.MAX_LIST_LINE_WORDS and ctx.segments[j].text.endswith("."):
            found += range(i, j + 1)
    return found


def _intro(ctx: Context, i: int, heading: bool) -> bool:
    """Whether block `i` can head a list: a short line that is no "Related" heading, ending
    in a colon, or (`heading`) in no sentence's end either."""
    if ctx.words[i] > V.MAX_HEADING_WORDS or ctx.features[i, blockmodel.BARRIER]:
        return False
    text = ctx.segments[i].text
    return text.endswith(":") or heading and not text.endswith(_TERMINAL)


def _alike(lines: list[str]) -> bool:
    """Whether lines share a form: the first and most start with a number, or hold one
    separator."""
    need = V.LIST_ALIKE * len(lines)
    if lines[0][:1].isdigit() and sum(line[:1].isdigit() for line in lines) >= need:
        return True
    return any(sep in lines[0] and sum(sep in line for line in lines) >= need
               for sep in V.LIST_SEPARATORS)


def _region_score(ctx: Context, i: int) -> float:
    """What a block adds to the article run it stands in: its learned log-odds, a positive one
    weighed up with the block's length (a press release set as one block of 600 words between
    <br>s must outweigh a short "About us" paragraph further down)."""
    label, seg = ctx.labels[i], ctx.segments[i]
    if label is None:
        value = ctx.learned[i] + V.REGION_MODEL_OFFSET[ctx.kind]
        if value > 0:  # what reads as article weighs more the more of it there is
            value *= min(V.REGION_SIZE_MAX, max(1.0, (ctx.words[i] / V.LONG_PARAGRAPH_WORDS) ** 0.5))
        # rows of a data table and code read like nothing, but inside an article must not split it;
        # a poem's lines, short and unpunctuated as a menu's, are article text
        if seg.tag == "verse":
            return max(value, V.REGION_VERSE)
        if value < 0 and _credit_in_run(ctx, i):
            return 0.0
        return max(value, V.REGION_TABLE_ROW) if seg.tag in _DATA_TAGS and not seg.hint else value
    if label.role in BODY_ROLES:  # kept as body before the run (a document's block, a schedule's day)
        return V.REGION_KEPT
    if label.role != "chrome" or i and label.reason == "duplicate" and _shown_twice(ctx, i - 1) \
            or label.reason == "related-links" and V.READ_ALSO.match(seg.text) or label == _IMAGE_ALT:
        return 0.0  # title, byline, dateline; a block shown twice in a row counts once; "Đọc thêm: …";
        #             a photo's alt text, which stands where the photo does
    return V.REGION_CHROME


def _credit_in_run(ctx: Context, i: int) -> bool:
    """Whether block `i` is a photo's credit alone ("ẢNH: NHẬT THỊNH" under its caption) where
    sites set photos inside the article's text (V.CREDIT_IN_RUN_LANGUAGES): it stands where the
    photo does, as its alt text, and counts for nothing in the run. Elsewhere a credit as often
    closes the article over teasers that read as text."""
    return ctx.language in V.CREDIT_IN_RUN_LANGUAGES and ctx.words[i] <= V.MAX_BYLINE_WORDS \
        and bool(V.CREDIT_ALONE.match(ctx.segments[i].text.lower()))


def _relative(ctx: Context, scores: list[float]) -> list[float]:
    """The scores of a page where no block reads as article text (a short article of list-like
    lines among menus: a timeline, an agenda), raised so that the best-reading share of its free
    blocks (V.REGION_RELATIVE_SHARE) leans towards keeping. "Related" and "Comments" headings,
    and what follows a comment, stay where they are."""
    read = [i for i in ctx.free() if scores[i] > V.REGION_BARRIER]
    if not read:
        return scores
    shift = -float(np.quantile([scores[i] for i in read], 1 - V.REGION_RELATIVE_SHARE))
    raised = list(scores)
    for i in read:
        raised[i] += shift
    return raised


def _positive_runs(scores: list[float]) -> list[tuple[int, int, float]]:
    """Every stretch whose running sum stays positive, trimmed to its best end, with its mass."""
    runs, total, start, best, best_end = [], 0.0, 0, 0.0, -1
    for i, value in enumerate(scores):
        if total + value <= 0:
            if best > 0:
                runs.append((start, best_end, best))
            total, start, best, best_end = 0.0, i + 1, 0.0, -1
            continue
        total += value
        if total > best:
            best, best_end = total, i
    if best > 0:
        runs.append((start, best_end, best))
    return [(_trim_start(scores, a, b), b, mass) for a, b, mass in runs]


def _trim_start(scores: list[float], start: int, end: int) -> int:
    """A run starts at its first block that scores above zero."""
    while start < end and scores[start] <= 0:
        start += 1
    return start


def title_date(ctx: Context) -> None:
    """The date of a page that gave none by its first title, in its head or worded as a
    dateline: the dateline nearest the title found last, within TITLE_META_WITHIN blocks above
    or below it. Many sites set the date above the headline, and a dump's title is often
    re-chosen once its article is found; a header bar showing today's date stands farther off."""
    t = ctx.title_index()
    if ctx.found.date is not None or t is None:
        return
    around = range(max(0, t - V.TITLE_META_WITHIN), min(len(ctx.labels), t + V.TITLE_META_WITHIN + 1))
    near = [i for i in around if ctx.labels[i] == Label("dateline")]
    if near:
        text = ctx.segments[min(near, key=lambda i: (abs(i - t), i < t))].text
        value = parse_date(text)
        if value:
            ctx.found.date = (value, _date_wording(text))


def blog_post_date(ctx: Context) -> None:
    """A blog post's date, where its byline gives its time alone ("Đăng bởi Lan vào lúc 20:15"):
    Blogger sets the date, a weekday and a date ("Thứ Bảy, 21 tháng 11, 2026"), over the post's
    title, where a news site's header bar shows today's; signed so, the post says which it is.
    The nearest such line within TITLE_META_WITHIN blocks over the title is the post's date,
    without the time (the wording is the line's own)."""
    title = ctx.title_index()
    if ctx.found.date is not None or title is None:
        return
    over = range(title - 1, max(-1, title - 1 - V.TITLE_META_WITHIN), -1)
    dated = next((i for i in over if ctx.labels[i] == _WIDGET and todays_date(ctx.segments[i].text)), None)
    if dated is None or not _signed_with_time(ctx):  # (the few lines over the title first)
        return
    text = ctx.segments[dated].text
    if value := parse_date(text):
        ctx.labels[dated] = Label("dateline")
        ctx.found.date = (value, _date_wording(text))


def _signed_with_time(ctx: Context) -> bool:
    """Whether a byline of the page gives its time and no date ("Posted by Jane at 8:15 PM")."""
    return any(label is not None and label.role == "byline" and V.TIME_END.search(ctx.segments[i].text)
               and date_start(ctx.segments[i].text) is None for i, label in enumerate(ctx.labels))


def title_byline(ctx: Context) -> None:
    """The authors of a page that gave none by its first title or at its end: a byline ("By …",
    "Von …", also with its date) among the TITLE_META_WITHIN blocks under the title found last.
    A dump's title is often re-chosen once its article is found, and the byline under it was
    then set aside with the navigation above the article: so is a name alone by the dateline.
    Authors found already (signing the article's end) may stand under the title too: that line
    is their byline again, not a heading of the article ("HOÀNG YẾN" under the lead)."""
    t = ctx.title_index()
    if t is None:
        return
    if ctx.found.authors:
        _byline_again(ctx, t)
        return
    under = range(t + 1, min(len(ctx.segments), t + 1 + V.TITLE_META_WITHIN))
    _take_byline_under_title(ctx, [i for i in under if (label := ctx.labels[i]) is None
                                   or label.role in ("chrome", "dateline")])
    if not ctx.found.authors:
        _name_by_dateline(ctx, t)
    if not ctx.found.authors:
        _name_over_title(ctx, t)


def _name_over_title(ctx: Context, title: int) -> None:
    """Take a Vietnamese writer's name in capitals just above the title, or above the date just
    above it, for the byline ("NGUYỄN HẢI" over "Thứ ba, 24/11/2026 - 09:00" over the headline,
    as Quân đội nhân dân sets them): a full name opening with a surname (V.SURNAMED), which the
    section rule leaves."""
    i = _over_title(ctx, title)
    if title and ctx.labels[i] in (*_UNREAD, _NAVIGATION) and V.SURNAMED.match(ctx.segments[i].text) \
            and (names := _names(ctx.segments[i].text, require_marker=False)):
        ctx.labels[i] = Label("byline")
        ctx.found.authors = names


def _byline_again(ctx: Context, title: int) -> None:
    """Label the line among the TITLE_META_WITHIN blocks under the title (at `title`) that
    names the authors found, and only them, as their byline: free, or set aside with the
    navigation above the article."""
    authors = [name.casefold() for name in ctx.found.authors]
    for i in range(title + 1, min(len(ctx.segments), title + 1 + V.TITLE_META_WITHIN)):
        if ctx.labels[i] in (None, _NAVIGATION) and ctx.words[i] <= V.MAX_BYLINE_WORDS \
                and [name.casefold() for name in _names(ctx.segments[i].text, False) or ()] == authors:
            ctx.labels[i] = Label("byline")
            return


def _name_by_dateline(ctx: Context, title: int) -> None:
    """Take a name alone next to the dateline, within NAME_BY_DATELINE_WITHIN blocks under the
    title (at `title`), for the byline: "Hà Mai" between the headline and "25/11/2021 10:23
    GMT+7", or under both, or under a standfirst over the date. Not the site's name, as the
    page's first line gives it ("Tiền Phong" over the date, under "TIỀN PHONG"), nor a line
    shown just above it too (a section's heading)."""
    site = ctx.segments[0].text.casefold()
    # unread, or read only by the batch (a reporter signs many of the site's articles), or set
    # aside with the navigation above the article before the title was re-chosen
    readable = (*_UNREAD, _NAVIGATION)
    for i in range(title + 1, min(title + 1 + V.NAME_BY_DATELINE_WITHIN, len(ctx.labels))):
        text = ctx.segments[i].text
        if ctx.labels[i] not in readable or text.casefold() == site or text == ctx.segments[i - 1].text \
                or not _by_dateline(ctx, i, title):
            continue
        if (names := _names(text, require_marker=False)) and not V.AUTHOR_BOX_HEADING.search(text.lower()):
            ctx.labels[i] = Label("byline")
            ctx.found.authors = names
            if _shown_twice(ctx, i):
                ctx.labels[i + 1] = _DUPLICATE
            return


def _by_dateline(ctx: Context, i: int, title: int) -> bool:
    """Whether block `i` stands next to a dateline under the title (at `title`), or over one with
    only a button between them: one to follow the writer ("Jane Doe", "Follow", "Oct 18, 2019 ·
    8 min read": a blog platform's byline), or the writer's e-mail address ("Minh Anh",
    "minhanh@thanhnien.vn"), or a button to share the article ("Minh Khôi", "Chia sẻ 0",
    "18/11/2024 14:20"), or the source the story is taken from ("Mai Anh,", "Theo Trí Thức
    Trẻ", "23:15 23/11/2026"), or the writer's office ("PGS, TS NGUYỄN VĂN HÙNG", "Học viện
    Chính trị quốc gia Hồ Chí Minh", "23:10, ngày 22-11-2026"). Or it is shown twice over a
    share button, as Dân trí sets the writer's photo, its alt text the name, over the name
    ("Hoàng Hồng", "Hoàng Hồng", "Chia sẻ"), with no date there."""
    dated = [d for d in (i - 1, i + 1) if title < d < len(ctx.labels)]
    if i + 2 < len(ctx.labels) and (ctx.labels[i + 1] == _SHARE or _writer_button(ctx.segments[i + 1].text)
                                    or _source_line(ctx, i + 1) or _office_line(ctx, i + 1)):
        dated.append(i + 2)
    return any(ctx.labels[d] == Label("dateline") for d in dated) \
        or _shown_twice(ctx, i) and i + 2 < len(ctx.labels) and ctx.labels[i + 2] == _SHARE


def _source_line(ctx: Context, i: int) -> bool:
    """Whether block `i` names alone the outlet a story is taken from ("Theo Trí Thức Trẻ")."""
    return ctx.words[i] <= V.MAX_SOURCE_LINE_WORDS and bool(V.SOURCE_CREDIT.match(ctx.segments[i].text))


def _office_line(ctx: Context, i: int) -> bool:
    """Whether block `i` is a public office's name alone ("Học viện Chính trị quốc gia Hồ Chí
    Minh"), of at most MAX_SIGNING_OFFICE_WORDS words."""
    return ctx.words[i] <= V.MAX_SIGNING_OFFICE_WORDS \
        and bool(V.SIGNING_OFFICE.fullmatch(ctx.segments[i].text))


def _writer_button(text: str) -> bool:
    """Whether a line under a writer's name is a button to follow them or their e-mail address."""
    lowered = text.lower()
    return bool(V.FOLLOW_BUTTON.fullmatch(lowered) or V.EMAIL_LINE.fullmatch(lowered))


def captions(ctx: Context) -> None:
    """Photo captions: a credit ("Ảnh: PV", "Getty Images"), "Trong ảnh", a line shown twice, a
    line under a photo's number ("Ảnh 1"), or (Vietnamese) a long unpunctuated line, but for a
    list's item ("2. Thành phố Hồ Chí Minh, nơi …"); never a numbered note. On a page of HTML,
    a <figcaption>, a block in a container named a caption ("PhotoCMS_Caption"), or
    (Vietnamese) a line in italics just under a photo. A table's row (or a line of code) is one
    by its wording or its setting only ("<td><em>… Ảnh: MINH CHÂU</em>" under the photo's row):
    a table repeats its rows, and a row may be long and unpunctuated."""
    repeated = ctx.repeated
    t = ctx.title_index()
    # Vietnamese news sites set captions as long lines without a full stop; elsewhere such a
    # line in a dump is as often a lead or a heading
    unpunctuated = ctx.kind == "text" and ctx.language in V.UNPUNCTUATED_CAPTION_LANGUAGES
    italic = ctx.kind == "html" and ctx.language in V.ITALIC_CAPTION_LANGUAGES
    for i in ctx.free():
        text = ctx.segments[i].text
        if t is not None and i < t or V.NOTE_MARK.match(text):
            continue  # (a note: "(1) Tổng cục Thống kê: …")
        if ctx.segments[i].tag == "figcaption":
            ctx.labels[i] = Label("caption")
        elif ctx.words[i] > V.MAX_CAPTION_WORDS:
            continue
        elif ctx.segments[i].attrs.get("caption"):  # in a container named a caption
            ctx.labels[i] = Label("caption")
        elif _caption_worded(lowered := text.lower(), ctx.words[i]) \
                or (ctx.words[i] <= V.MAX_PHOTO_CAPTION_WORDS and _photo_number(ctx, i - 1)) \
                or (italic and _italics_under_photo(ctx, i)) \
                or ctx.segments[i].tag not in _DATA_TAGS and (
                    (i in repeated and _shown_twice_as_caption(ctx, i, t))
                    or (unpunctuated and V.MIN_CAPTION_WORDS <= ctx.words[i] <= 60
                        and not text.endswith(_TERMINAL) and list_marker(text) is None)):
            ctx.labels[i] = Label("caption")
            if V.CREDIT_ALONE.match(lowered) and _caption_over_credit(ctx, i - 1, t):
                ctx.labels[i - 1] = Label("caption")
            elif _alt_over_caption(ctx, i, t):
                ctx.labels[i - 1] = _IMAGE_ALT


def _alt_over_caption(ctx: Context, i: int, title: int | None) -> bool:
    """Whether the free block just over the caption at `i` is its photo's alt text: the
    caption's opening, the caption going on with its credit ("Quốc hội biểu quyết thông qua
    luật" over "Quốc hội biểu quyết thông qua luật ẢNH: GIA HÂN"), or its words with a full stop
    ("Ảnh minh họa" over "Ảnh minh họa."), though its wording made it a caption already."""
    above = i - 1
    if above <= (-1 if title is None else title) or ctx.labels[above] not in (None, Label("caption")):
        return False
    alt, caption = ctx.segments[above].text.casefold(), ctx.segments[i].text.casefold()
    return len(caption) > len(alt) >= V.MIN_ALT_CHARACTERS and caption.startswith(alt)


def _italics_under_photo(ctx: Context, i: int) -> bool:
    """Whether block `i` is set in italics alone, just under a photo (its alt text), and is as
    short as a caption under one."""
    emphasis = sole_emphasis(ctx.segments[i].inlines)
    return i > 0 and ctx.segments[i - 1].tag == "img" and ctx.words[i] <= V.MAX_PHOTO_CAPTION_WORDS \
        and emphasis is not None and not emphasis.strong


def _photo_number(ctx: Context, i: int) -> bool:
    """Whether block `i` is a photo's number alone ("Ảnh 1", see image_alt)."""
    return 0 <= i < len(ctx.labels) and ctx.labels[i] == _IMAGE_ALT \
        and bool(V.IMAGE_NUMBER.fullmatch(ctx.segments[i].text))


def _shown_twice_as_caption(ctx: Context, i: int, title: int | None) -> bool:
    """Whether block `i`, which the page shows twice, is a photo's caption (its alt text and its
    caption): of a caption's length, not the lead shown again, and not a list's item (a recipe
    sets its ingredients in a tab and again under the method)."""
    return ctx.words[i] <= V.MAX_CAPTION_SHOWN_TWICE_WORDS and ctx.segments[i].tag not in ITEM_TAGS \
        and not _lead_shown_twice(ctx, i, title)


def _lead_shown_twice(ctx: Context, i: int, title: int | None) -> bool:
    """Whether block `i`, which the page shows twice, is its lead rather than a photo's caption:
    the article's first block under the title (only lines set aside between them: a date, a
    byline), a sentence of MIN_REPEATED_LEAD_WORDS words or more. A site sets its lead in the
    header and again over the text; a caption shown twice is its photo's alt text and caption.
    (A page of HTML shows its lead once: a long text twice there is an image's alt and caption.)"""
    if ctx.kind != "text" or title is None or i <= title or ctx.words[i] < V.MIN_REPEATED_LEAD_WORDS:
        return False
    return bool(ctx.features[i, blockmodel.ENDS_SENTENCE]) \
        and all(ctx.labels[k] is not None for k in range(title + 1, i))


def _caption_over_credit(ctx: Context, i: int, title: int | None) -> bool:
    """Whether block `i`, just over a photo's credit alone on its line ("Ảnh: Hải Nguyễn"), is
    the caption that credit closes: a free line under the title (at `title`), of a caption's
    length."""
    return i > (-1 if title is None else title) and ctx.labels[i] is None \
        and ctx.words[i] <= V.MAX_CREDITED_CAPTION_WORDS and not ctx.segments[i].text.endswith(":")


def _caption_worded(lowered: str, words: int) -> bool:
    """Whether a lower-cased line of so many words is worded as a photo's caption: a
    credit ("Ảnh: PV", "Getty Images", "… EFE"), "Trong ảnh", "Photo by …"."""
    return _credit(lowered) or bool(V.CAPTION_PHRASE.search(lowered)) \
        or (words <= V.MAX_AGENCY_CREDIT_WORDS and not lowered.endswith(blockmodel.SENTENCE_END)
            and bool(V.AGENCY_CREDIT.search(lowered))) \
        or bool(V.CLOSING_CREDIT.search(lowered[-V.CREDIT_TAIL:]) or V.CREDIT_LINE.match(lowered))


def _credit(lowered: str) -> bool:
    """Whether a lower-cased line credits a photo (V.CAPTION_CREDIT), searched only in lines
    with the colon, the © or "(c)" that every credit has, or opening "Photo(graph) by …" or
    closing with it after a sentence, or closing with a photographer and an agency in brackets
    ("(Manu Fernandez/AP)"), and only in their last V.CREDIT_TAIL characters, where it stands:
    many times faster."""
    return (":" in lowered or "©" in lowered or "(c)" in lowered
            or lowered.startswith(V.PHOTO_WORDS) or lowered.endswith(")") and "/" in lowered
            or bool(V.PHOTO_BY_CLOSING.search(lowered[-V.CREDIT_TAIL:]))) \
        and bool(V.CAPTION_CREDIT.search(lowered[-V.CREDIT_TAIL:]))


def headings(ctx: Context) -> None:
    """Short unpunctuated lines followed by body text are headings, numbered or not ("1. Về kết
    quả đạt được", "II. NHIỆM VỤ"), but no table's row ("ABBank 5,6 5,9 6,3" over the text
    under the table); HTML: <h1>..<h6> too, but one over nothing of the article but chrome goes
    with that chrome (see _chrome_section), and one of running text is a paragraph (see
    _sentences), and so is a paragraph all in bold that reads as a dump's heading ("<p><b>1.
    Một số vấn đề lý luận</b></p>", as many sites set their headings). So is a legal text's
    part or article heading in a dump ("Chương II", the name in capitals under it: see
    _legal_headings)."""
    free = ctx.free()
    legal = set(_legal_headings(ctx)) if ctx.kind == "text" else set()
    for pos, i in enumerate(free):
        seg = ctx.segments[i]
        nxt = free[pos + 1] if pos + 1 < len(free) else None
        if ctx.kind == "html":
            if heading_level(seg.tag) is not None:
                over = _chrome_section(ctx, i)
                if over is not None:
                    ctx.labels[i] = Label("chrome", over)
                elif not _sentences(ctx, i):
                    ctx.labels[i] = Label("h")
            elif seg.tag == "p" and _bold(ctx, i) and _short_heading(ctx, i, nxt):
                ctx.labels[i] = Label("h")
            continue
        if seg.tag in _DATA_TAGS:  # a table's last row over the text under the table
            continue
        if i in legal or _short_heading(ctx, i, nxt) and not _last_row(ctx, i):
            ctx.labels[i] = Label("h")


def _short_heading(ctx: Context, i: int, nxt: int | None) -> bool:
    """Whether block `i` reads as a heading over the next free block `nxt`: a short line opening
    as a heading does and ending no sentence, over a block more than twice as long, and not
    two items of one list."""
    return nxt is not None and 1 <= ctx.words[i] <= V.MAX_HEADING_WORDS \
        and _heading_cased(ctx.segments[i].text) and not ctx.segments[i].text.endswith(_TERMINAL) \
        and ctx.words[nxt] > ctx.words[i] * 2 and not _listed(ctx, i, nxt)


def _last_row(ctx: Context, i: int) -> bool:
    """Whether block `i` is the last of rows of figures set as lines ("CTG -95,3 tỷ" over
    "HPG -54,8 tỷ" over the text under them): the free line just above it holds figures too,
    as short and unpunctuated. A heading holding a figure stands over text, not under a row."""
    above = i - 1
    figures = ctx.features[:, blockmodel.DIGIT_SHARE]
    return above >= 0 and ctx.labels[above] is None and ctx.words[above] <= V.MAX_HEADING_WORDS \
        and not ctx.segments[above].text.endswith(_TERMINAL) and bool(figures[above] and figures[i])


def _heading_cased(text: str) -> bool:
    """Whether a line opens as a heading does: with a capital, past its number if it has one
    ("1. Về kết quả đạt được"), a day's number aside ("22. Dezember 2019 von Peter Addor")."""
    unnumbered = V.SECTION_NUMBER.sub("", text)
    return unnumbered[:1].isupper() and (unnumbered == text or parse_date(text) is None)


def _listed(ctx: Context, i: int, nxt: int) -> bool:
    """Whether block `i` and the next free one both open with a list's marker of one kind: items
    of one list ("1. Hà Nội", "2. Thành phố Hồ Chí Minh, nơi …"), not a heading over its text.
    A numbered line over a bullet is a section's heading over its points ("1. Mục đích, yêu
    cầu" over "- Nâng cao năng lực …", as an administrative plan sets them)."""
    marker = list_marker(ctx.segments[i].text)
    return marker is not None and marker == list_marker(ctx.segments[nxt].text)


def _sentences(ctx: Context, i: int) -> bool:
    """Whether block `i` is running text, set as a heading all the same: longer than any heading
    and ending a sentence (a news site's lead set in an <h2>). Not a question: an interview sets
    its questions so, and they stay apart from the answers."""
    return ctx.words[i] > V.MAX_HEADING_WORDS and bool(ctx.features[i, blockmodel.ENDS_SENTENCE]) \
        and not ctx.segments[i].text.rstrip(blockmodel.CLOSERS).endswith(("?", "？"))


def _chrome_section(ctx: Context, i: int) -> str | None:
    """The chrome reason of the section the HTML heading at `i` opens when nothing of the
    article stands in it ("See also" over links, "Share this:" over buttons, a last heading
    over nothing): the heading goes with it. None when text stands in it. The section runs to
    the next heading of the same or a higher level; one that holds nothing (a standfirst set
    as a heading over the first one) says nothing."""
    level, reason = heading_level(ctx.segments[i].tag) or 1, ""
    for j in range(i + 1, len(ctx.segments)):
        label, under = ctx.labels[j], heading_level(ctx.segments[j].tag)
        if under is not None and under <= level:
            return reason or None
        if label is None and under is None or label is not None and label.role in BODY_ROLES:
            return None
        if label is not None and label.role == "chrome" and not reason:
            reason = label.reason
    return reason or "footer"  # the page ends under it


def structure(ctx: Context) -> None:
    """HTML list items and quotations keep their kind; everything else left is a paragraph."""
    for i in ctx.free():
        tag = ctx.segments[i].tag
        ctx.labels[i] = Label("li" if tag in ITEM_TAGS else
                              "quote" if tag == "blockquote" else "p")


CLASSIFIERS: RuleTable[Callable[[Context], None]] = RuleTable("classify", [
    ("dom-chrome", dom_chrome),
    ("line-chrome", line_chrome),
    ("consent-notice", consent_notice),
    ("official-document", official_document),
    ("site-repeat", site_repeat),
    ("image-alt", image_alt),
    ("table-of-contents", table_of_contents),
    ("title", title),
    ("section", section),
    ("duplicate", duplicate),
    ("dateline", dateline),
    ("header", header),
    ("inline-related", inline_related),
    ("related-tail", related_tail),
    ("byline-top", byline_top),
    ("byline-end", byline_end),
    ("main-region", main_region),
    ("byline-under-article", byline_under_article),
    ("title-date", title_date),
    ("title-section", title_section),
    ("title-byline", title_byline),
    ("blog-post-date", blog_post_date),
    ("pull-quote", pull_quotes),
    ("captions", captions),
    ("headings", headings),
    ("structure", structure),
])


def run_rules(segmented: Segmented, kind: str, disabled: frozenset[str] = frozenset(),
              site_lines: frozenset[str] = frozenset()) -> Context:
    """The context the active rules leave: each segment's label, or None where no rule claimed
    it, and what the rules read on the way (tools/train_chrome.py learns from it)."""
    segments = segmented.segments
    counts = textstats.count([s.text for s in segments])
    features = blockmodel.features(segments, counts)
    ctx = Context(segments, kind, dict(segmented.head), [None] * len(segments),
                  counts.words.astype(int).tolist(), features, blockmodel.scores(features, kind),
                  language_of(counts.letters[:200].sum(), counts.vietnamese[:200].sum()),
                  site_lines=site_lines)
    for rule in CLASSIFIERS.active(disabled):
        rule.func(ctx)
    return ctx


def classify(segmented: Segmented, kind: str, disabled: frozenset[str] = frozenset(),
             site_lines: frozenset[str] = frozenset()) -> Classified:
    """Return a label for every segment and the metadata found; unclaimed segments are paragraphs."""
    ctx = run_rules(segmented, kind, disabled, site_lines)
    labels = tuple(label or Label("p") for label in ctx.labels)
    head, found = segmented.head, ctx.found
    found.title = found.title or declared_headline(head)
    declared = head.get("author") or head.get("schema_author", "")
    # a byline naming the account the CMS published under ("By Admin") is still a byline
    found.authors = tuple(filter(names_someone, found.authors))
    found.authors = found.authors or tuple(
        name for line in declared.splitlines() for name in _byline_names(line) or (line,))
    document = ctx.document
    if document:  # what an administrative document's frame says, where the page says nothing
        if document.name and (document.record or not found.title):  # a portal heads a record
            found.title = document.name  # with "Chi tiết văn bản": the record's name is the title
        found.authors = found.authors or ((document.signer,) if document.signer else ())
        found.date = found.date or document.date
    schema = parse_date(head.get("schema_date", ""))
    found.date = found.date or ((schema, head["schema_date"]) if schema else None)
    found.section = found.section or head.get("section", "") or head.get("breadcrumb", "") \
        or head.get("schema_section", "")
    return Classified(segmented.segments, labels, found)
