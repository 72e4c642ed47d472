"""Small builders of canonical documents for the exporter tests."""

from __future__ import annotations

from normalize.model import (
    Document,
    Emphasis,
    Figure,
    Heading,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Metadata,
    Paragraph,
    PublicationDate,
    Quote,
    Source,
)


def document(title: str, *paragraphs: str, authors: tuple[str, ...] = (), date: str = "",
             file: str = "a.txt") -> Document:
    """A text article with plain paragraphs."""
    meta = Metadata(Source(file, "0" * 64, "text", "utf-8"), title=title, authors=authors,
                    date=PublicationDate(date, date) if date else None)
    return Document(meta, tuple(Paragraph((p,), f"b{i}", str(i))
                                for i, p in enumerate(paragraphs, 1)))


def rich_document() -> Document:
    """Every block and inline kind, with text that must never turn into markup."""
    meta = Metadata(Source("rich.html", "1" * 64, "html", "utf-8", site="Báo Mẫu",
                           url="https://example.vn/bai"), title="Đủ loại khối <b>&amp;</b>",
                    authors=("Nguyễn Văn A", "Trần Thị B"),
                    date=PublicationDate("2021-08-13T10:47", "13/08/2021"), section="THỜI SỰ")
    long_word = "Siêu" * 120
    blocks = (
        Paragraph(("Mở đầu với ", Emphasis(("nghiêng",)), ", ", Emphasis(("đậm",), strong=True),
                   " và ", Link("https://example.vn/?a=1&b=<2>", ("liên kết",)), LineBreak(),
                   "dòng mới: 1 < 2 & 3 > 2 <script>alert(1)</script> ",
                   Link("server", ("liên kết tương đối",))),),  # a page's relative link
        Heading(1, ("Mục một",)),
        Quote((Paragraph(("Trích dẫn ngắn.",)),)),
        ListBlock(False, (ListItem(("gạch đầu dòng",)), ListItem(("thứ hai",)))),
        ListBlock(True, (ListItem(("một",)), ListItem(("hai",)))),
        Figure(("Chú thích ảnh. Ảnh: PV",)),
        Paragraph((long_word + " https://example.vn/" + "x" * 300,)),
    )
    return Document(meta, blocks)
