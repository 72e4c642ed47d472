"""The Markdown exporter passes docnorm's conformance kit and writes readable Markdown."""

from __future__ import annotations

import re

from docnorm_markdown import MarkdownExporter, escape

from exporters.book import Article
from exporters.testing import assert_conforms, documents, render
from normalize.model import Document, ListBlock, ListItem, Metadata, Source


def markdown_text(data: bytes) -> str:
    """Markdown back to its words: drop the backslash escapes and emphasis marks."""
    return re.sub(r"\\(.)", r"\1", data.decode("utf-8")).replace("*", " ")


def test_conforms_to_the_kit():
    assert_conforms(MarkdownExporter(), markdown_text)


def test_markup_in_text_is_escaped():
    assert escape("1 < 2 *and* <b>") == r"1 \< 2 \*and\* \<b\>"
    assert escape("# not a heading") == r"\# not a heading"
    assert escape("- not a list") == r"\- not a list"


def test_book_structure_and_the_toc_option():
    articles = [a for a in documents() if a.key == "every-element"]
    data, _ = render(MarkdownExporter(), articles)
    text = data.decode()
    assert text.startswith("# Bộ kiểm tra docnorm\n")
    assert "- [Mọi phần tử của lược đồ](#mọi-phần-tử-của-lược-đồ)" in text
    assert "## Mọi phần tử của lược đồ" in text and "1. mục đánh số một" in text
    without, _ = render(MarkdownExporter(), articles, settings={"toc": False})
    assert "Mục lục" not in without.decode()


def test_list_items_with_their_own_markers_stand_as_they_are():
    meta = Metadata(Source("a.txt", "0" * 64, "text", "utf-8"), title="Nơi nhận")
    items = ListBlock(False, (ListItem(("- Như Điều 3;",)), ListItem(("- Lưu: VT.",))))
    data, _ = render(MarkdownExporter(), [Article("a", Document(meta, (items,)))])
    lines = data.decode().splitlines()
    assert r"\- Như Điều 3;  " in lines  # a line of its own (a hard break), with one marker
    assert lines[lines.index(r"\- Như Điều 3;  ") + 1] == r"\- Lưu: VT."
