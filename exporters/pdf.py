"""PDF books with reportlab: embedded Vietnamese fonts, TOC with page numbers, outline, headers."""

from __future__ import annotations

import itertools
from typing import Any, BinaryIO
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from normalize.model import (
    Block,
    Document,
    Emphasis,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Quote,
    UnknownBlock,
    UnknownInline,
    block_text,
)
from normalize.model import (
    Paragraph as ParagraphBlock,
)

from .base import Compilation, Exporter, article_title, attribution, followable, marked, unfollowed
from .book import Book
from .fonts import FontFiles, book_fonts


class PdfExporter(Exporter):
    """A print-ready PDF: title page, TOC with page numbers, one bookmark per article."""

    name = "pdf"
    suffix = ".pdf"
    media_type = "application/pdf"

    def write(self, compilation: Compilation, out: BinaryIO) -> list[str]:
        fonts = _register(book_fonts(compilation.book))
        styles = _styles(compilation.book, fonts)
        story, warnings = _Story(compilation, styles, fonts).build()
        doc = _BookTemplate(out, compilation, styles)
        doc.multiBuild(story)
        return warnings


# ---------------------------------------------------------------- fonts and styles

def _register(files: FontFiles) -> dict[str, str]:
    """Register the four styles once per process; return reportlab font names by style."""
    base = "Docnorm-" + "".join(ch for ch in files.family if ch.isalnum())
    names = {style: f"{base}-{style}" for style in ("regular", "bold", "italic", "bold_italic")}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for style, name in names.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(getattr(files, style))))
    pdfmetrics.registerFontFamily(base, normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    return names


def _styles(book: Book, fonts: dict[str, str]) -> dict[str, ParagraphStyle]:
    size = book.font_size
    body = ParagraphStyle("body", fontName=fonts["regular"], bulletFontName=fonts["regular"],
                          fontSize=size, leading=size * 1.4,
                          spaceAfter=size * 0.5, splitLongWords=1)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    heading = {"fontName": fonts["bold"], "keepWithNext": 1, "spaceBefore": size * 0.8}
    return {
        "body": body,
        "title": derive("title", fontName=fonts["bold"], fontSize=size * 2.4,
                        leading=size * 2.9, alignment=TA_CENTER, spaceBefore=60 * mm,
                        spaceAfter=size * 1.5),
        "subtitle": derive("subtitle", fontName=fonts["italic"], fontSize=size * 1.4,
                           leading=size * 1.9, alignment=TA_CENTER, spaceAfter=size * 2),
        "center": derive("center", alignment=TA_CENTER),
        "contents": derive("contents", fontName=fonts["bold"], fontSize=size * 1.6,
                           leading=size * 2.0, spaceAfter=size * 1.2),
        "part": derive("part", fontName=fonts["bold"], fontSize=size * 2, leading=size * 2.5,
                       alignment=TA_CENTER, spaceBefore=50 * mm, keepWithNext=1),
        "h1": derive("h1", fontSize=size * 1.6, leading=size * 2.0, **heading),
        "h2": derive("h2", fontSize=size * 1.3, leading=size * 1.7, **heading),
        "h3": derive("h3", fontSize=size * 1.1, leading=size * 1.5, **heading),
        "attribution": derive("attribution", fontName=fonts["italic"], fontSize=size * 0.9,
                              spaceAfter=size * 1.2),
        "caption": derive("caption", fontName=fonts["italic"], fontSize=size * 0.9,
                          leading=size * 1.25, leftIndent=size, rightIndent=size),
        "quote": derive("quote", leftIndent=size * 2, rightIndent=size * 2,
                        fontName=fonts["italic"]),
        "item": derive("item", leftIndent=size * 1.8, bulletIndent=size * 0.5,
                       spaceAfter=size * 0.25),
        "toc1": derive("toc1", leftIndent=0, firstLineIndent=0, spaceAfter=2),
        "toc2": derive("toc2", leftIndent=size * 1.5, firstLineIndent=0, spaceAfter=2),
        "header": derive("header", fontName=fonts["italic"], fontSize=size * 0.8),
    }


# ---------------------------------------------------------------- the story

class _Bookmark(Flowable):  # type: ignore[misc]
    """Zero-size marker: where it lands, the template files a TOC entry and an outline entry."""

    def __init__(self, level: int, text: str, key: str) -> None:
        super().__init__()
        self.level, self.text, self.key = level, text, key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        """Nothing to draw: the marker only tells afterFlowable where it landed."""


class _RightPageBreak(ActionFlowable):  # type: ignore[misc]
    """Break to the next right-hand (odd) page, leaving a blank left page if needed."""

    def __init__(self) -> None:
        super().__init__(("rightPageBreak",))


class _Story:
    """Turns the compilation into reportlab flowables, collecting what it cannot render."""

    def __init__(self, compilation: Compilation, styles: dict[str, ParagraphStyle],
                 fonts: dict[str, str]) -> None:
        self.c, self.book, self.s = compilation, compilation.book, styles
        self.warnings: list[str] = []
        self.keys = (f"a{n}" for n in itertools.count(1))
        self.face = pdfmetrics.getFont(fonts["regular"]).face
        # words with a character the font lacks, in order, for each article ("" for the book's
        # own pages)
        self.missing: dict[str, dict[str, None]] = {}
        self.key = ""  # the article being set
        self.unfollowed: list[str] = []  # its links printed as their text

    def build(self) -> tuple[list[Flowable], list[str]]:
        story: list[Flowable] = [NextPageTemplate("body")]
        story += self._title_page()
        story += self._contents()
        has_parts = any(section.title for section in self.c.sections)
        first = True
        for section in self.c.sections:
            if section.title:
                story += [PageBreak(), _Bookmark(0, section.title, next(self.keys)),
                          Paragraph(self._text(section.title), self.s["part"])]
                first = True
            for article in section.articles:
                level = 1 if has_parts and section.title else 0
                story += self._article(article.document, article.key, level, first)
                first = False
        for key, words in self.missing.items():
            self.warnings.append(f"{key or 'book'}: the font has no glyphs for {len(words)} "
                                 f"word{'s' * (len(words) != 1)}, which print with blanks "
                                 f"([fonts] in the book config can name one that has them): "
                                 f"{' '.join(words)}")
        return story, self.warnings

    def _title_page(self) -> list[Flowable]:
        book = self.book
        out: list[Flowable] = [Paragraph(self._text(book.title), self.s["title"])]
        if book.subtitle:
            out.append(Paragraph(self._text(book.subtitle), self.s["subtitle"]))
        for line in (", ".join(book.authors), ", ".join(book.editors), book.publisher, book.date):
            if line:
                out.append(Paragraph(self._text(line), self.s["center"]))
        return out + [PageBreak()]

    def _contents(self) -> list[Flowable]:
        font = self.s["toc1"].fontName  # the table's own default font would be Helvetica
        table_style = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("FONT", (0, 0), (-1, -1), font)])
        toc = TableOfContents(levelStyles=[self.s["toc1"], self.s["toc2"]], dotsMinLevel=0,
                              tableStyle=table_style)
        return [Paragraph(self._text(self.book.labels["contents"]), self.s["contents"]), toc]

    def _article(self, document: Document, key: str, level: int, first: bool) -> list[Flowable]:
        title, self.key = article_title(document, key), key
        brk: Flowable = _RightPageBreak() if self.book.chapter_start == "right-page" else PageBreak()
        out: list[Flowable] = [] if self.book.chapter_start == "continue" and not first else [brk]
        out += [_Bookmark(level, title, next(self.keys)), Paragraph(self._text(title), self.s["h1"])]
        line = attribution(document)
        if line:
            out.append(Paragraph(self._text(line), self.s["attribution"]))
        self.unfollowed = []
        for block in document.blocks:
            out += self._block(block)
        self.warnings += unfollowed(key, self.unfollowed)
        self.warnings += [f"{key}: {w}" for w in document.warnings]
        return out

    def _block(self, block: Block) -> list[Flowable]:
        if isinstance(block, ParagraphBlock):
            return [Paragraph(self._inlines(block.inlines), self.s["body"])]
        if isinstance(block, Heading):
            style = self.s[f"h{min(block.level + 1, 3)}"]
            return [Paragraph(self._inlines(block.inlines), style)]
        if isinstance(block, Quote):
            return [Paragraph(self._text(block_text(b)) if not isinstance(b, ParagraphBlock)
                              else self._inlines(b.inlines), self.s["quote"])
                    for b in block.blocks]
        if isinstance(block, ListBlock):
            own = marked(block)
            return [Paragraph(self._inlines(item.inlines), self.s["item"],
                              bulletText=None if own else f"{n}." if block.ordered else "•")
                    for n, item in enumerate(block.items, 1)]
        if isinstance(block, Figure):
            return [Spacer(0, 2), Paragraph(self._inlines(block.caption), self.s["caption"])]
        if isinstance(block, UnknownBlock):
            self.warnings.append(f"<{block.tag}> rendered as a plain paragraph")
            return [Paragraph(self._text(block.text), self.s["body"])]
        return []

    def _text(self, text: str) -> str:
        self._check_glyphs(text)
        return escape(text)

    def _check_glyphs(self, text: str) -> None:
        widths = self.face.charWidths
        if all(ord(ch) in widths or ord(ch) <= 32 for ch in text):
            return
        for word in text.split():
            if any(ord(ch) not in widths for ch in word):
                self.missing.setdefault(self.key, {})[word] = None

    def _inlines(self, inlines: tuple[Inline, ...]) -> str:
        out = []
        for node in inlines:
            if isinstance(node, str):
                out.append(self._text(node))
            elif isinstance(node, LineBreak):
                out.append("<br/>")
            elif isinstance(node, Emphasis):
                tag = "b" if node.strong else "i"
                out.append(f"<{tag}>{self._inlines(node.children)}</{tag}>")
            elif isinstance(node, Link):
                inner = self._inlines(node.children)
                if followable(node.href):  # reportlab takes any other href for a destination
                    out.append(f'<a href={quoteattr(node.href)} color="#1a4b8c">{inner}</a>')
                else:                      # in the book, and fails on one it does not hold
                    self.unfollowed += [node.href] if node.href else []
                    out.append(inner)
            elif isinstance(node, UnknownInline):
                out.append(self._inlines(node.children))
        return "".join(out)


# ---------------------------------------------------------------- the template

class _BookTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Pages with a running header and page number; TOC and outline filled as flowables land."""

    def __init__(self, out: BinaryIO, compilation: Compilation,
                 styles: dict[str, ParagraphStyle]) -> None:
        book = compilation.book
        width, height = book.paper_mm
        top, right, bottom, left = book.margins_mm
        super().__init__(
            out, pagesize=(width * mm, height * mm), topMargin=top * mm,
            rightMargin=right * mm, bottomMargin=bottom * mm, leftMargin=left * mm,
            title=book.title, author="; ".join(book.authors or book.editors),
            subject=book.subtitle or book.description, creator="docnorm",
            producer="docnorm (reportlab)", keywords=book.identifier, lang=book.language,
            invariant=1, displayDocTitle=1, initialFontName=styles["body"].fontName,
            initialFontSize=styles["body"].fontSize)
        self.book, self.header_style = book, styles["header"]
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="main")
        self.addPageTemplates([PageTemplate("front", [frame]),
                               PageTemplate("body", [frame], onPage=self._furniture)])

    def _furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(self.header_style.fontName, self.header_style.fontSize)
        width, height = self.pagesize
        header_y = height - self.topMargin + 6 * mm
        canvas.drawCentredString(width / 2, header_y, self.book.header_text[:120])
        canvas.drawCentredString(width / 2, self.bottomMargin - 10 * mm, str(doc.page))
        canvas.restoreState()

    def handle_rightPageBreak(self) -> None:
        self.handle_pageBreak()
        if self.page % 2 == 1:  # the page just ended is odd, so the next is a left page:
            self._hanging.append(PageBreak())  # after the queued page begin, leave it blank

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Bookmark):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.text, flowable.key, level=flowable.level,
                                      closed=False)
            self.notify("TOCEntry", (flowable.level, escape(flowable.text), self.page,
                                     flowable.key))
