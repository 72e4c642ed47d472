"""HTML input: the page's blocks as segments, with DOM cues, from a hardened lxml parse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from lxml import etree

from .canonical import clean_text
from .dates import parse_date
from .errors import InputError
from .linkeddata import linked_metadata, names_someone
from .model import Emphasis, Inline, LineBreak, Link, plain_text, sole_emphasis
from .segment import Segment, Segmented, declared_title, fold, source_lines, trail_section
from .vocabulary import (
    ANY_CHROME_CLASS,
    BLOCK_TAGS,
    CAPTION_CLASS,
    CHROME_CLASS_WORDS,
    CHROME_TAGS,
    CONTENT_CLASS_WORDS,
    MAX_CAPTION_WORDS,
    MAX_CELL_CHARS,
    MAX_CHROME_SHARE,
    MAX_CHROME_SHARE_OF_ARTICLE,
    MAX_DATELINE_WORDS,
    MAX_TITLE_CHARS,
    MIN_TITLE_WORDS,
    NOSCRIPT_PAGE_SHARE,
    PAGE_POST_CLASS,
    POST_CLASS,
    SKIP_TAGS,
    TEXT_BODY_CHARS,
    TEXT_BODY_LINK_SHARE,
)

_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_INLINE_MARKUP = {"em": False, "i": False, "strong": True, "b": True}
_IMAGE_TAGS = ("img", "amp-img")  # an AMP page sets its photos as <amp-img>, with their alt text


# an end tag runs to its ">" whatever stands between ("</script\n<!-- a comment -->" ends a
# script in a browser): reading up to "</script>" only would drop the page after it. Each body
# is read as runs of [^<] (or [^-]) up to the end mark, not with a lazy .*?: scripts are most
# of a page, and testing for the end mark after every character cost three times as long
_NEVER_TEXT = re.compile(r"<script\b[^<]*(?:<(?!/script\b)[^<]*)*</script\b[^>]*>"
                         r"|<style\b[^<]*(?:<(?!/style\b)[^<]*)*</style\b[^>]*>"
                         r"|<!--[^-]*(?:-(?!->)[^-]*)*-->", re.I)


_TAG = re.compile(r"<[^>]*>")


def text_between_tags(text: str) -> str:
    """The page's character data, tags cut out, one piece a line: what repair needs to look at
    to know whether a page needs repairing at all (markup and attributes never do)."""
    return _TAG.sub("\n", text)


def drop_scripts(text: str) -> str:
    """The page without scripts, styles and comments: never article text, and repairing or
    parsing them is most of the work on a modern page. JSON-LD stays: it declares the
    article's metadata (see linkeddata); segment_html reads it, then drops it."""
    return _NEVER_TEXT.sub(_kept_script, text)


_LINKED_DATA = re.compile(r"<script\b[^>]*ld\+json")  # as segment_html looks for it


# the comment a browser's "Save page as" writes over a page (after its doctype): the address
# it was saved from
SAVED_FROM_WITHIN = 1024
_SAVED_FROM = re.compile(r"<!-- saved from url=\(\d+\)(https?://[^\s<>]+?) ?-->")


def _kept_script(match: re.Match[str]) -> str:
    """The script itself when it is JSON-LD, and the comment naming a saved page's address;
    else a space (its opening tag is looked at where it stands: a script is often most of a
    page, not worth copying to test)."""
    kept = _LINKED_DATA.match(match.string, match.start()) \
        or _SAVED_FROM.match(match.string, match.start())
    return match.group() if kept else " "


def parse_html(text: str) -> etree._Element:
    """Parse HTML without network access; refuse pages that declare entities (expansion attacks).

    Plain lxml elements, not lxml.html's: its element classes are looked up for every element
    touched, which cost more than the walk over them."""
    head = text[:65536].lower()
    prolog = text[:head.find("<html")] if "<html" in head else text[:4096]
    if _INTERNAL_SUBSET.search(prolog):
        raise InputError("refused: the page declares entities in a DTD (entity-expansion or "
                         "external-entity risk)")
    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses str with a declaration
    root, limit = _parse(text, huge=False)
    if limit:  # nested past libxml2's 256 levels (400 <font>s never closed): the parser
        root, limit = _parse(text, huge=True)  # stops there and drops the rest of the page
        if limit:
            raise InputError(f"HTML beyond the parser's limits, which would lose the rest of "
                             f"the page: {limit}")
        _flatten_below(root, FLAT_DEPTH)
    return root


def _parse(text: str, huge: bool) -> tuple[etree._Element, str]:
    """The parsed page, and the resource limit it hit ("" for none)."""
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                              huge_tree=huge)
    try:
        root = etree.fromstring(text, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"malformed HTML that lxml cannot read ({exc})") from None
    if root is None:
        raise InputError("malformed HTML that lxml cannot read (no elements)")
    limit = next((e.message for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"), "")
    return root, limit.split(",")[0]


FLAT_DEPTH = 200  # deeper than this, a page's elements are read as plain blocks (see below)


def _flatten_below(root: etree._Element, depth: int) -> None:
    """Replace what each element `depth` levels down holds with plain paragraphs, one for
    each run of text between block boundaries (or line breaks): the text and its blocks stay,
    the markup inside goes. The walk over the page then never recurses deeper than that (a
    real page nests some 30 levels; one nesting hundreds holds elements never closed)."""
    level, found = 0, []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        if event == "start" and level == depth and len(el):
            found.append(el)
    for el in found:
        _flatten(el)


def _flatten(el: etree._Element) -> None:
    """Replace what `el` holds with a <p> for each run of its text between block boundaries."""
    runs: list[list[str]] = [[el.text or ""]]
    skipped = 0  # inside this many elements never read (<select>, <noscript>, ...)
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if node is el or type(node.tag) is not str:
            continue
        if node.tag in SKIP_TAGS:
            skipped += 1 if event == "start" else -1
        if node.tag in BLOCK_TAGS or node.tag == "br":
            runs.append([])
        if event == "start" and node.text and not skipped:
            runs[-1].append(node.text)
        elif event == "end" and node.tail and not skipped:
            runs[-1].append(node.tail)
    for child in list(el):
        el.remove(child)
    el.text = None
    for text in map("".join, runs):
        if text.strip():
            etree.SubElement(el, "p").text = text


_STRING = etree.XPath("string()")


def text_of(el: etree._Element) -> str:
    """An element's text, its descendants' included (what lxml.html calls text_content)."""
    return str(_STRING(el))


def segment_html(text: str) -> Segmented:
    """Return the page's blocks in document order; line numbers count blocks, not source lines."""
    root = parse_html(text)
    body = root.find("body")
    top = body if body is not None else root
    head = _head(root, text)
    if "ld+json" in text:  # what the meta tags leave out (see linkeddata)
        head |= linked_metadata([script.text or "" for script in root.iter("script")
                                 if "ld+json" in (script.get("type") or "")])
        etree.strip_elements(root, "script", with_tail=False)
    post = PAGE_POST_CLASS.search(_names(top))
    walker = _Walker(page_chars=len(text_of(top)), page=_page_key(head.get("url", "")),
                     post=post.group(1) if post else "")
    walker.walk(top, "")
    return Segmented(tuple(walker.segments), (), head)


# the primary language subtag of <html lang>: "de" of "de-CH" and of the "de_CH" that pages write
# too; a value not made so ("lang=") declares no language
_LANGUAGE = re.compile(r"\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$")


def _head(root: etree._Element, text: str) -> dict[str, str]:
    """Metadata the page (`root`, parsed from `text`) declares in its head: title, author,
    publication date, section, language, address; and the section its breadcrumb trail ends
    in, when it may have one."""
    found: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text:
        found["title"] = fold(clean_text(title.text))
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = fold(clean_text(meta.get("content") or ""))
        if not value:
            continue
        for want, keys in (("og:title", ("og:title",)), ("author", ("author", "article:author")),
                           ("site", ("og:site_name", "application-name")), ("url", ("og:url",)),
                           ("date", ("article:published_time", "datepublished", "pubdate",
                                     "date", "dc.date")),
                           ("section", ("article:section",))):
            if key in keys and want not in found and (want != "author" or names_someone(value)):
                found[want] = value
    if "url" not in found:
        found.update(_address_of(root, text))
    lang = _LANGUAGE.match(root.get("lang") or "")
    if lang:
        found["lang"] = lang.group(1).lower()
    trail = "rumb" in text  # (searching the tree for one costs more)
    crumb = _breadcrumb_section(root, declared_title(found), found.get("lang", "")) if trail else ""
    if crumb:
        found["breadcrumb"] = crumb
    return found


def _address_of(root: etree._Element, text: str) -> dict[str, str]:
    """The page's address where no og:url gives it: its canonical link, else the address a
    browser that saved it wrote over it ({"url": …}, or nothing)."""
    for link in root.iter("link"):
        href = (link.get("href") or "").strip()
        if (link.get("rel") or "").lower() == "canonical" and href.startswith(("http://", "https://")):
            return {"url": clean_text(href)}
    saved = _SAVED_FROM.search(text, 0, SAVED_FROM_WITHIN)
    return {"url": clean_text(saved.group(1))} if saved else {}


# an element named a breadcrumb trail, by its class, id or schema.org type
_BREADCRUMB = etree.XPath("(//@class[contains(., 'breadcrumb') or contains(., 'bread-crumb')] | "
                          "//@id[contains(., 'breadcrumb')] | "
                          "//@itemtype[contains(., 'BreadcrumbList')])[1]/..")


def _breadcrumb_section(root: etree._Element, title: str, language: str) -> str:
    """The section the page's breadcrumb trail ends in ("Trang chủ › Thời sự" gives "Thời
    sự"; see trail_section, in the page's declared `language`), read from its items, else its
    links; "" for none."""
    found = _BREADCRUMB(root)
    trail = found[0] if isinstance(found, list) and found else None
    if not isinstance(trail, etree._Element):
        return ""
    items = list(trail.iter("li")) or list(trail.iter("a"))
    return trail_section([fold(clean_text(text_of(item))) for item in items], title, language)


def _names(el: etree._Element) -> str:
    """The element's class and id, the words its authors named it by, in lower case."""
    names, ident = el.get("class"), el.get("id")
    if ident:
        names = f"{names} {ident}" if names else ident
    return names.strip().lower() if names else ""


class _Named(NamedTuple):
    """What an element's class/id string says of it (see _named)."""

    chrome: str  # the chrome reason it names ("" for none)
    content: bool  # it names the article's content
    post: str  # the WordPress post it names ("" for none: see POST_CLASS)
    caption: bool  # it names a photo's caption, and no chrome


@lru_cache(maxsize=4096)
def _named(names: str) -> _Named:
    """What a class/id string names: chrome, the article's content, a post, a caption.

    Content is read class by class: a class that also names chrome is that chrome's, as
    "post-footer" is the post's footer and "post-single-share" its share bar, not the post.
    A comment is the exception: galleries call an item's caption its comment
    ("main-content__item__comment"). Cached: a page repeats a few dozen class names."""
    if not names:
        return _Named("", False, "", False)
    post = POST_CLASS.search(names)
    number = post.group(1) if post else ""
    if not ANY_CHROME_CLASS.search(names):  # one search rejects most names
        return _Named("", bool(CONTENT_CLASS_WORDS.search(names)), number,
                      bool(CAPTION_CLASS.search(names)))
    content = any(CONTENT_CLASS_WORDS.search(name) and _chrome_named(name) in ("", "comments")
                  for name in names.split())
    return _Named(_chrome_named(names), content, number, False)


def _chrome_named(names: str) -> str:
    """The reason of the first chrome word in `names` ("" for none)."""
    return next((why for pattern, why in CHROME_CLASS_WORDS if pattern.search(names)), "")


def _chrome_reason(el: etree._Element, named: _Named, page_chars: int,
                   article_chars: int, page_post: str) -> str:
    """The chrome reason an element's tag or class/id names, unless it holds much of the page,
    or nearly all of the <article> or <main> it stands in (`article_chars` long, 0 outside one):
    a wrapper called "has-ads", or an <aside> that is all a <main> holds, is not chrome.

    Class names are weaker evidence than tags: "entry-content-read-more" or "article
    modal-enabled" wrap articles. A named container that also says it is content, or that
    holds a body of running text with few links, is left to the block model. But the
    container of a WordPress post other than `page_post`, the one the page shows, is a
    teaser however long its text. `named` is what the element's class/id say (see _named)."""
    reason = CHROME_TAGS.get(el.tag, "")
    by_name = False
    if not reason:
        if named.post and page_post and named.post != page_post:
            reason = "related-links"
        elif named.chrome and not named.content:
            reason, by_name = named.chrome, True
        else:
            return ""
    chars = len(text_of(el))
    if chars > MAX_CHROME_SHARE * page_chars:
        return ""
    if article_chars and chars > MAX_CHROME_SHARE_OF_ARTICLE * article_chars:
        return ""
    if by_name and reason != "comments" and chars >= TEXT_BODY_CHARS \
            and _link_chars(el) < TEXT_BODY_LINK_SHARE * chars:
        return ""
    return reason


def _data_row(row: etree._Element) -> bool:
    """A table row of short cells holding no blocks: data, read as one line (a row of a
    layout table holds a menu in one cell and the article in the next)."""
    for cell in row:
        if cell.tag not in ("td", "th"):
            continue
        if len(text_of(cell)) > MAX_CELL_CHARS:
            return False
        if _holds_blocks(cell):
            return False
    return True


def _link_chars(el: etree._Element) -> int:
    chars = 0
    for link in el.iter("a"):
        chars += len(text_of(link))
    return chars


@dataclass
class _Walker:
    """Collects text into segments, flushing at every block boundary."""

    segments: list[Segment] = field(default_factory=list)
    inlines: list[Inline] = field(default_factory=list)
    link_chars: int = 0
    containers: list[str] = field(default_factory=list)  # open blockquote/ul/ol elements
    page_chars: int = 0
    content: bool = False  # inside an element that says it holds the article
    caption: bool = False  # inside an element that says it holds a photo's caption
    article_chars: int = 0  # the text length of the innermost <article> or <main> around (0: none)
    data_row: bool = False  # inside a table row of short data cells (see _data_row)
    in_link: int = 0  # inside this many links holding blocks: their text is link text
    page: str = ""  # the page's own address as _page_key gives it ("" when not declared)
    post: str = ""  # the WordPress post the page shows (see PAGE_POST_CLASS; "" for none)
    inline_depth: int = 0  # inside this many inline elements (<a>, <em>, ...)
    preformatted: int = 0  # inside this many <pre> elements: their line ends are line breaks
    figcaption: int = 0  # inside this many <figcaption> elements: their blocks are its lines

    def walk(self, el: etree._Element, hint: str) -> None:
        tag = el.tag
        if type(tag) is not str or tag in SKIP_TAGS and not self._readable_noscript(el):
            return
        named = _named(_names(el))
        hint = hint or _chrome_reason(el, named, self.page_chars, self.article_chars, self.post)
        was_content, was_article_chars, was_caption = self.content, self.article_chars, self.caption
        article = tag in ("article", "main")
        if article:  # (read once here, not once for every box inside it)
            self.article_chars = len(text_of(el))
        self.content = self.content or article or named.content
        # (a caption as long as an article is one: a video's, or a gallery's text)
        self.caption = self.caption or named.caption \
            and len(text_of(el).split()) <= MAX_CAPTION_WORDS
        block = tag in BLOCK_TAGS
        if block and self.figcaption:  # a caption's paragraphs (its words, then its credit):
            block = False              # one caption, a line each
            if self.inlines:
                self.inlines.append(LineBreak())
        self.figcaption += tag == "figcaption"
        was_data_row = self.data_row
        if tag == "tr":
            self.data_row = _data_row(el)  # decided once for the row, not once per cell
        elif tag in ("td", "th") and self.data_row:
            block = False  # a cell of a row of data: the row is one block, cells apart by a space
            self.inlines.append(" ")
        if block:
            self.flush("", hint)
        if tag == "br":
            self._line_break(hint)
        elif (tag == "a" or tag in _INLINE_MARKUP) and not _holds_blocks(el):
            self._inline_element(el, tag)
        else:  # a block, or a link around blocks (a teaser "card"): its blocks are segments
            linked, pre = tag == "a", tag == "pre"
            self.in_link += linked
            self.preformatted += pre
            self._text(el.text)
            self.containers.append(tag)
            for child in el:
                self.walk(child, hint)
                if child.tail:  # most are None: no call
                    self._text(child.tail)
            self.containers.pop()
            self.in_link -= linked
            self.preformatted -= pre
        self.figcaption -= tag == "figcaption"
        if block:
            self.flush(tag, hint)
        self.content, self.article_chars, self.data_row = was_content, was_article_chars, was_data_row
        self.caption = was_caption
        if tag in _IMAGE_TAGS and el.get("alt"):
            if not self.inline_depth:  # inside a link or emphasis, the image is set before it
                self.flush("", hint)
            self.segments.append(self._segment(fold(clean_text(el.get("alt", ""))), "img", hint,
                                               None, 0, {"src": clean_text(el.get("src", ""))}))

    def _line_break(self, hint: str) -> None:
        """A line break; a second in a row (only white space between) ends the block there: old
        pages set their paragraphs apart so ("…<br><br>…" in one <font> or <td>). Not inside a
        link or emphasis, nor in a <pre>, whose line ends are the text's own."""
        last = next((n for n in reversed(self.inlines) if type(n) is not str or not n.isspace()), None)
        if type(last) is not LineBreak or self.inline_depth or self.preformatted:
            self.inlines.append(LineBreak())
            return
        while type(self.inlines.pop()) is not LineBreak:  # the white space after the first break
            pass
        self.flush(next((t for t in reversed(self.containers) if t in BLOCK_TAGS), ""), hint)

    def _readable_noscript(self, el: etree._Element) -> bool:
        """Whether `el` is a <noscript> to read: one holding paragraphs inside the article's
        container (what the page shows readers without scripts is then its article: a blog that
        renders its posts by script), or one holding most of the page (an element opened in it
        and never closed, which the parser nests the rest of the page in). Anywhere else it is
        a "please enable JavaScript" notice or a pixel."""
        if el.tag != "noscript":
            return False
        if self.content and el.find(".//p") is not None:
            return True
        return len(text_of(el)) > NOSCRIPT_PAGE_SHARE * self.page_chars

    def _inline_element(self, el: etree._Element, tag: str) -> None:
        """Collect an inline element's content as the children of one Link or Emphasis."""
        outer, self.inlines = self.inlines, []
        self.inline_depth += 1
        self._text(el.text)
        for child in el:
            self.walk(child, "")
            self._text(child.tail)
        self.inline_depth -= 1
        children, self.inlines = tuple(self.inlines), outer
        if tag == "a":
            href = clean_text(el.get("href", ""))
            if not self._to_this_page(href):
                self.link_chars += len(fold(_plain(children)))
            self.inlines.append(Link(href, children))
        else:
            self.inlines.append(Emphasis(children, strong=_INLINE_MARKUP[tag]))

    def _to_this_page(self, href: str) -> bool:
        """Whether a link leads to the page itself: a headline or a date linked to the article's
        own address ("permalink") is the article's, not a way off the page."""
        return href.strip() in (".", "./") or bool(self.page) and self.page in href.lower() \
            and _page_key(href) == self.page  # (a cheap test first: most links lead elsewhere)

    def _text(self, text: str | None) -> None:
        # a block's leading white space goes anyway; controls (a reference like &#1; makes them)
        # are dropped once a block is whole, in flush
        if text and (self.inlines or self.inline_depth or not text.isspace()):
            if self.preformatted:
                self._preformatted(text)
            else:
                self.inlines.append(text)
            if self.in_link:
                self.link_chars += len(text)

    def _preformatted(self, text: str) -> None:
        """Text of a <pre> (code, a poem, a table set in spaces): each line end a line break,
        as the page shows it. Spaces inside a line are folded as everywhere else."""
        lines = source_lines(text)
        self.inlines.append(lines[0])
        for line in lines[1:]:
            self.inlines += [LineBreak(), line]

    def flush(self, tag: str, hint: str) -> None:
        if not self.inlines:  # most block boundaries close nothing
            self.link_chars = 0
            return
        if all(type(node) is str for node in self.inlines):  # plain text: most blocks
            text = fold(clean_text("".join(self.inlines)))  # type: ignore[arg-type]
            inlines: tuple[Inline, ...] = (text,)
        else:
            inlines = tuple(_trim(self.inlines))
            text = _plain(inlines)
        if text:
            density = min(1.0, self.link_chars / len(text))
            attrs = {}
            if "blockquote" in self.containers and not tag.startswith("h"):
                tag = "blockquote"
            elif tag == "li":
                lists = [c for c in self.containers if c in ("ul", "ol")]
                attrs = {"ordered": "true"} if lists and lists[-1] == "ol" else {}
            parts = _headline_and_date(inlines)
            if parts is None:
                self.segments.append(self._segment(text, tag, hint, inlines, density, attrs))
            else:
                for k, part in enumerate(parts):  # (one at a time: each block's number counts
                    # those before it); a plain headline over its date shows as a heading
                    shown = "h2" if k == 0 and sole_emphasis(part) is None else tag
                    self.segments.append(self._segment(_plain(part), shown, hint, part, density,
                                                       dict(attrs)))
        self.inlines, self.link_chars = [], 0

    def _segment(self, text: str, tag: str, hint: str, inlines: tuple[Inline, ...] | None,
                 density: float, attrs: dict[str, str]) -> Segment:
        number = len(self.segments) + 1
        if self.caption:
            attrs["caption"] = "true"
        return Segment(number, number, text, text, tag=tag, hint=hint, link_density=density,
                       inlines=inlines, attrs=attrs, content=self.content)


def _headline_and_date(inlines: tuple[Inline, ...]) -> tuple[tuple[Inline, ...], ...] | None:
    """A block that is a headline over a line break and a date, as old pages set theirs, cut
    into the blocks it shows, and what follows the date (a summary) as one more; None for any
    other block. The headline is a line in bold ("<font size=4><b>Headline</b></font><br><i>Cập
    nhật: 15/11/2026</i>"), or, with more lines under the date, a line worded as a heading: a
    portal sets its title, date and summary as spans apart by single breaks ("<span
    class=NewsTitle>…</span><br><span class=NewsDate>(23/11/2026 - 08:30)</span><br>…")."""
    if len(inlines) < 3 or LineBreak not in map(type, inlines):  # most blocks: cheaply
        return None
    lines = _lines(inlines)
    headline = sole_emphasis(lines[0])
    if not (headline is not None and headline.strong and len(lines) == 2
            or len(lines) == 3 and _heading_worded(lines[0])):
        return None
    date = _plain(lines[1])
    if len(date.split()) > MAX_DATELINE_WORDS or parse_date(date) is None:
        return None
    return tuple(lines)


def _lines(inlines: tuple[Inline, ...]) -> list[tuple[Inline, ...]]:
    """A block's lines: its inline content cut at its line breaks (the rest of the block after
    the second break is one line, breaks kept)."""
    breaks = [k for k, node in enumerate(inlines) if type(node) is LineBreak][:2]
    bounds = [-1, *breaks, len(inlines)]
    return [inlines[a + 1:b] for a, b in zip(bounds, bounds[1:])]


def _heading_worded(line: tuple[Inline, ...]) -> bool:
    """Whether a line of plain text reads as a headline: as many words as a title has, not
    closing a sentence, and not dated ("Letzte Änderung: 31.10.2023 - 14:49" over the date a
    review appeared)."""
    text = _plain(line)
    return all(type(n) is str for n in line) and len(text.split()) >= MIN_TITLE_WORDS \
        and len(text) <= MAX_TITLE_CHARS and not text.endswith((".", "!", "?", ":", ",")) \
        and parse_date(text) is None


def _page_key(address: str) -> str:
    """An address as compared with the page's own: no scheme, host or fragment, and no final
    slash ("/blog/post/#top" and "https://www.site/blog/post" are both "blog/post"). The query
    stays: "hl?a=1" and "hl?a=2" are two articles."""
    address = re.sub(r"^(?:https?:)?//", "//", address.strip().lower())
    address = address.split("#")[0].rstrip("/")
    if address.startswith("//"):  # the host goes, the path stays
        return address[2:].partition("/")[2]
    return address.lstrip("/")


def _holds_blocks(el: etree._Element) -> bool:
    """Whether an element wraps block elements (a link around a whole teaser card, a table cell
    holding paragraphs)."""
    return any(d.tag in BLOCK_TAGS for d in el.iterdescendants())


def _plain(inlines: tuple[Inline, ...] | list[Inline]) -> str:
    return plain_text(tuple(inlines))


def _trim(inlines: list[Inline]) -> list[Inline]:
    """Fold white space across the whole block so that its plain text is already folded: no
    space or line break at either end, also where a link or emphasis opens or closes it."""
    state = {"space": True}  # True: the text so far ends in white space (or is empty)
    out = _fold_inlines(inlines, state)
    return _trim_edge(_trim_edge(out, end=True), end=False)


def _trim_edge(nodes: list[Inline], end: bool) -> list[Inline]:
    """`nodes` (changed in place) without the spaces and line breaks at their end (or start),
    also inside a Link or Emphasis there. An emphasis left empty goes; a link left empty stays
    (its href is not lost with its text) and the trimming goes on past it."""
    at = -1 if end else 0
    while nodes:
        node = nodes[at]
        if isinstance(node, str):
            node = node.rstrip(" ") if end else node.lstrip(" ")
            if node:
                nodes[at] = node
                return nodes
        elif isinstance(node, Link | Emphasis):
            children = tuple(_trim_edge(list(node.children), end))
            if isinstance(node, Link) and not children:
                rest = _trim_edge(nodes[:-1] if end else nodes[1:], end)
                return rest + [Link(node.href, ())] if end else [Link(node.href, ()), *rest]
            if children:
                nodes[at] = Link(node.href, children) if isinstance(node, Link) \
                    else Emphasis(children, node.strong)
                return nodes
        elif not isinstance(node, LineBreak):
            return nodes
        nodes.pop(at)  # a line break, or a space or an emphasis that held nothing else
    return nodes


def _fold_spaces(text: str) -> str:
    """Every run of white space as one space, at the ends too: a faster re.sub("\\s+", " ")."""
    words = text.split()
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + " ".join(words) + (" " if text[-1].isspace() else "")


def _fold_inlines(inlines: list[Inline] | tuple[Inline, ...], state: dict[str, bool]) -> list[Inline]:
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, str):
            text = _fold_spaces(clean_text(node))
            if state["space"]:
                text = text.lstrip(" ")
            if text:
                state["space"] = text.endswith(" ")
                if out and isinstance(out[-1], str):
                    text = str(out.pop()) + text
                out.append(text)
        elif isinstance(node, LineBreak):
            if out and isinstance(out[-1], str):
                out[-1] = out[-1].rstrip(" ")
                if not out[-1]:  # (no empty string is left in a block: see _trim_edge)
                    out.pop()
            out.append(node)
            state["space"] = True
        elif isinstance(node, Link):
            out.append(Link(node.href, tuple(_fold_inlines(node.children, state))))
        elif isinstance(node, Emphasis):
            out.append(Emphasis(tuple(_fold_inlines(node.children, state)), node.strong))
    return out
