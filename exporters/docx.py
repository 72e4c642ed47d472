"""DOCX books with python-docx: named styles, a pre-filled hyperlinked TOC, headers, page numbers."""

from __future__ import annotations

import io
import itertools
from typing import Any, BinaryIO

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

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
    Paragraph,
    Quote,
    UnknownBlock,
    UnknownInline,
    block_text,
)

from .base import (
    Compilation,
    Exporter,
    article_title,
    attribution,
    fixed_zip,
    followable,
    marked,
    unfollowed,
)
from .fonts import book_fonts

ARTICLE_STYLE = "Heading 1"
PART_STYLE = "Part Title"


class DocxExporter(Exporter):
    """One DOCX for the whole book, restyleable: every paragraph carries a named style."""

    name = "docx"
    suffix = ".docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    def write(self, compilation: Compilation, out: BinaryIO) -> list[str]:
        writer = _Writer(compilation)
        writer.build()
        buffer = io.BytesIO()
        writer.doc.save(buffer)
        out.write(fixed_zip(buffer.getvalue(), compilation.built))
        return writer.warnings


class _Writer:
    """Builds one python-docx Document from a compilation."""

    def __init__(self, compilation: Compilation) -> None:
        self.c = compilation
        self.book = compilation.book
        self.doc = docx.Document()
        self.warnings: list[str] = []
        self.ids = itertools.count(1)
        self.has_parts = any(s.title for s in compilation.sections)
        self.style_ids: dict[str, str] = {}
        self.unfollowed: list[str] = []  # its links printed as their text

    # ------------------------------------------------------------ whole document
    def build(self) -> None:
        self._page_setup()
        self._styles()
        self.style_ids = {s.name: s.style_id for s in self.doc.styles}
        self.end = self.doc.element.body.sectPr  # new paragraphs go just before it
        self._properties()
        self._title_page()
        targets = self._targets()
        self._toc(targets)
        names = iter(targets)
        first = True
        for section in self.c.sections:
            if section.title:
                self._part(section.title, next(names)[2])
                first = False
            for article in section.articles:
                self._article(article.document, article.key, next(names)[2], first)
                first = False

    def _targets(self) -> list[tuple[int, str, str]]:
        """(TOC level, text, bookmark) of every part and article, in book order."""
        out = []
        for section in self.c.sections:
            if section.title:
                out.append((1, section.title, self._bookmark_name()))
            for article in section.articles:
                level = 2 if self.has_parts and section.title else 1
                out.append((level, article_title(article.document, article.key),
                            self._bookmark_name()))
        return out

    def _bookmark_name(self) -> str:
        return f"_Toc{next(self.ids):06d}"

    def _page_setup(self) -> None:
        section = self.doc.sections[0]
        width, height = self.book.paper_mm
        section.page_width, section.page_height = Mm(width), Mm(height)
        top, right, bottom, left = self.book.margins_mm
        section.top_margin, section.right_margin = Mm(top), Mm(right)
        section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
        section.different_first_page_header_footer = True  # no header on the title page
        header = section.header.paragraphs[0]
        header.text = self.book.header_text
        header.style = self.doc.styles["Header"]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(footer._p, "PAGE", "1")

    def _styles(self) -> None:
        family, size = book_fonts(self.book).family, self.book.font_size
        styles = self.doc.styles
        for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                     "Caption", "Quote", "Header", "Footer", "TOC Heading", "List", "List Bullet",
                     "List Number"):
            _font(styles[name], family)
        normal = styles["Normal"]
        normal.font.size = Pt(size)
        normal.paragraph_format.space_after = Pt(size * 0.6)
        normal.paragraph_format.line_spacing = 1.15
        for name, scale in (("Heading 1", 1.6), ("Heading 2", 1.3), ("Heading 3", 1.15)):
            heading = styles[name]
            heading.font.size = Pt(size * scale)
            heading.font.color.rgb = RGBColor(0, 0, 0)
            heading.paragraph_format.keep_with_next = True
        styles["Heading 1"].paragraph_format.page_break_before = \
            self.book.chapter_start == "new-page"
        part = styles.add_style(PART_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        part.base_style = styles["Heading 1"]
        part.font.size = Pt(size * 2)
        part.paragraph_format.page_break_before = True
        part.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        attribution_style = styles.add_style("Attribution", WD_STYLE_TYPE.PARAGRAPH)
        attribution_style.base_style = normal
        attribution_style.font.italic = True
        attribution_style.font.size = Pt(size * 0.9)
        attribution_style.paragraph_format.space_after = Pt(size * 1.2)
        for level in (1, 2):
            toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
            toc.base_style = normal
            toc.paragraph_format.left_indent = Mm(8 * (level - 1))
            toc.paragraph_format.space_after = Pt(2)
            toc.font.bold = level == 1 and self.has_parts
        for name in ("Title", "Subtitle"):
            styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption = styles["Caption"]
        caption.font.size = Pt(size * 0.9)
        caption.font.italic = True

    def _properties(self) -> None:
        props, book = self.doc.core_properties, self.book
        props.title = book.title
        props.subject = book.subtitle
        props.author = "; ".join(book.authors or book.editors)
        props.comments = book.description
        props.language = book.language
        props.identifier = book.identifier
        props.category = book.publisher
        props.keywords = ""
        props.last_modified_by = "docnorm"
        props.revision = 1
        props.created = props.modified = props.last_printed = self.c.built.replace(tzinfo=None)

    # ------------------------------------------------------------ front matter
    def _title_page(self) -> None:
        book, doc = self.book, self.doc
        doc.add_paragraph(book.title, style="Title")
        if book.subtitle:
            doc.add_paragraph(book.subtitle, style="Subtitle")
        for line in (", ".join(book.authors), ", ".join(book.editors), book.publisher, book.date):
            if line:
                doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _toc(self, targets: list[tuple[int, str, str]]) -> None:
        """A real TOC field whose cached result already lists every entry, each a hyperlink."""
        self.doc.add_paragraph(self.book.labels["contents"], style="TOC Heading")
        styles = f'"{PART_STYLE},1,{ARTICLE_STYLE},2"' if self.has_parts else f'"{ARTICLE_STYLE},1"'
        instruction = f" TOC \\h \\z \\t {styles} "
        if not targets:
            _field(self.para(), instruction, "")
            return
        for i, (level, text, bookmark) in enumerate(targets):
            paragraph = self.para(f"TOC {level}")
            if i == 0:
                _field_start(paragraph, instruction)
            _run_into(_internal_link(paragraph, bookmark), text)
            if i == len(targets) - 1:
                _field_end(paragraph)

    # ------------------------------------------------------------ articles
    def para(self, style: str = "") -> Any:
        """A new body paragraph in `style`, made directly: python-docx looks styles up slowly."""
        p = OxmlElement("w:p")
        if style:
            props = OxmlElement("w:pPr")
            ref = OxmlElement("w:pStyle")
            ref.set(qn("w:val"), self.style_ids[style])
            props.append(ref)
            p.append(props)
        self.end.addprevious(p)
        return p

    def _part(self, title: str, bookmark: str) -> None:
        _bookmarked(self.para(PART_STYLE), title, bookmark, next(self.ids))

    def _article(self, document: Document, key: str, bookmark: str, first: bool) -> None:
        if self.book.chapter_start == "right-page" and not first:
            self.doc.add_section(WD_SECTION.ODD_PAGE)
            self.end = self.doc.element.body.sectPr
        heading = self.para(ARTICLE_STYLE)
        if first:  # the book's first chapter always leaves the contents' page
            heading.get_or_add_pPr().append(OxmlElement("w:pageBreakBefore"))
        _bookmarked(heading, article_title(document, key), bookmark, next(self.ids))
        line = attribution(document)
        if line:
            _run_into(self.para("Attribution"), line)
        self.unfollowed = []
        for block in document.blocks:
            self._block(block)
        self.warnings += unfollowed(key, self.unfollowed)
        for warning in document.warnings:
            self.warnings.append(f"{key}: {warning}")

    def _block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self._inlines(self.para(), block.inlines)
        elif isinstance(block, Heading):
            self._inlines(self.para(f"Heading {min(block.level + 1, 3)}"), block.inlines)
        elif isinstance(block, Quote):
            for inner in block.blocks:
                if isinstance(inner, (Paragraph, Heading)):
                    self._inlines(self.para("Quote"), inner.inlines)
                else:
                    _run_into(self.para("Quote"), block_text(inner))
        elif isinstance(block, ListBlock):
            self._list(block)
        elif isinstance(block, Figure):
            self._inlines(self.para("Caption"), block.caption)
        elif isinstance(block, UnknownBlock):
            _run_into(self.para(), block.text)
            self.warnings.append(f"<{block.tag}> rendered as a plain paragraph")

    def _list(self, block: ListBlock) -> None:
        style = "List" if marked(block) else "List Number" if block.ordered else "List Bullet"
        num_id = self._restart_numbering(style) if style == "List Number" else None
        for item in block.items:
            paragraph = self.para(style)
            if num_id is not None:
                num_pr = paragraph.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
            self._inlines(paragraph, item.inlines)

    def _restart_numbering(self, style: str) -> int:
        """A new numbering instance so that every ordered list starts again at 1."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles[style].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)

    def _inlines(self, paragraph: Any, inlines: tuple[Inline, ...],
                 italic: bool = False, bold: bool = False, parent: Any = None) -> None:
        target = parent if parent is not None else paragraph
        for node in inlines:
            if isinstance(node, str):
                _run_into(target, node, italic, bold)
            elif isinstance(node, LineBreak):
                run = OxmlElement("w:r")
                run.append(OxmlElement("w:br"))
                target.append(run)
            elif isinstance(node, Emphasis):
                self._inlines(paragraph, node.children, italic or not node.strong,
                              bold or node.strong, target)
            elif isinstance(node, Link):
                if followable(node.href):
                    target_link = _external_link(self.doc.part, paragraph, node.href)
                else:  # the text stays, as in the PDF and the EPUB
                    self.unfollowed += [node.href] if node.href else []
                    target_link = target
                self._inlines(paragraph, node.children, italic, bold, target_link)
            elif isinstance(node, UnknownInline):
                self._inlines(paragraph, node.children, italic, bold, target)


# ---------------------------------------------------------------- OOXML helpers

def _font(style: Any, family: str) -> None:
    style.font.name = family
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _run_into(parent: Any, text: str, italic: bool = False, bold: bool = False) -> None:
    run = OxmlElement("w:r")
    if italic or bold:
        props = OxmlElement("w:rPr")
        if bold:
            props.append(OxmlElement("w:b"))
        if italic:
            props.append(OxmlElement("w:i"))
        run.append(props)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    parent.append(run)


def _fld_char(kind: str) -> Any:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _field_start(p: Any, instruction: str) -> None:
    p.append(_fld_char("begin"))
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    run.append(instr)
    p.append(run)
    p.append(_fld_char("separate"))


def _field_end(p: Any) -> None:
    p.append(_fld_char("end"))


def _field(p: Any, instruction: str, cached: str) -> None:
    _field_start(p, f" {instruction.strip()} ")
    if cached:
        _run_into(p, cached)
    _field_end(p)


def _internal_link(p: Any, bookmark: str) -> Any:
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    link.set(qn("w:history"), "1")
    p.append(link)
    return link


def _external_link(part: Any, p: Any, href: str) -> Any:
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), part.relate_to(href, RT.HYPERLINK, is_external=True))
    p.append(link)
    return link


def _bookmarked(p: Any, text: str, name: str, ident: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    p.append(start)
    _run_into(p, text)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    p.append(end)
