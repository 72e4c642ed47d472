"""Canonical XML: schema, secure parsing, deterministic serialisation, round trips."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import canonical
from normalize.errors import CanonicalError
from normalize.model import (
    Audit,
    Correction,
    Document,
    Emphasis,
    Event,
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
    Removal,
    Source,
    UnknownBlock,
)

SOURCE = Source("a.txt", "0" * 64, "text", "utf-8", "valid UTF-8")


def _doc(*blocks, **meta) -> Document:
    return Document(Metadata(SOURCE, **meta), tuple(blocks))


def test_every_element_of_the_schema_validates():
    doc = Document(
        Metadata(SOURCE, title="Tiêu đề", authors=("A", "B"),
                 date=PublicationDate("2021-08-13T10:47", "Cập nhật lúc 10:47 ngày 13/08/2021"),
                 section="THỜI SỰ", language="vi"),
        (Heading(2, ("Mục",), "b1", "3"),
         Paragraph(("Chữ ", Emphasis(("nghiêng",)), " và ", Emphasis(("đậm",), strong=True),
                    LineBreak(), Link("https://x.vn/?a=1&b=2", ("liên kết",))), "b2", "4-6"),
         Quote((Paragraph(("Trích dẫn",), "b3", "7"),)),
         ListBlock(True, (ListItem(("một",), "b4", "8"), ListItem(("hai",), "b5", "9"))),
         Figure(("Chú thích",), src="a.jpg", alt="ảnh", id="b6", lines="10")),
        Audit((Removal("navigation", "1", "Trang chủ"),),
              (Correction("b2", 0, "Chứ", "Chữ", "tone", 0.95),),
              (Event("decode", "utf8", "valid UTF-8"),)),
    )
    data = canonical.write(doc)
    assert canonical.validate(data) == []
    assert canonical.read(data) == doc


def test_serialisation_is_deterministic_utf8_and_lf():
    doc = _doc(Paragraph(("Việt Nam",), "b1", "1"), title="T")
    first, second = canonical.write(doc), canonical.write(doc)
    assert first == second
    assert first.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    assert b"\r" not in first and "Việt Nam".encode() in first


def test_schema_failure_names_the_line():
    bad = canonical.write(_doc(Paragraph(("x",), "b1", "1"))).replace(b"<p ", b"<para ")
    bad = bad.replace(b"</p>", b"</para>")
    errors = canonical.validate(bad)
    para_line = bad[:bad.index(b"<para")].count(b"\n") + 1
    assert errors and errors[0].line == para_line and "para" in errors[0].reason


@pytest.mark.parametrize("payload", [
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    b'<document version="1.0"><meta/><body><p>&b;</p></body><audit/></document>',
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<document version="1.0"><meta/><body><p>&e;</p></body><audit/></document>',
])
def test_hostile_xml_is_refused_without_expansion(payload):
    with pytest.raises(CanonicalError, match="not allowed"):
        canonical.read(payload)
    assert "not allowed" in canonical.validate(payload)[0].reason


def test_malformed_xml_names_line():
    errors = canonical.validate(b"<document version='1.0'>\n<meta>\n</document>")
    assert errors and "well-formed" in errors[0].reason and errors[0].line


def test_newer_minor_version_keeps_unknown_text_and_warns():
    data = canonical.write(_doc(Paragraph(("known",), "b1", "1"))).replace(
        b'<document version="1.0"', b'<document version="1.7"').replace(
        b"<body>", b"<body>\n    <aside-note>future <em>text</em></aside-note>")
    doc = canonical.read(data)
    assert doc.blocks[0] == UnknownBlock("aside-note", "future text")
    assert doc.warnings and "aside-note" in doc.warnings[0]
    assert canonical.validate(data) == []


def test_other_major_version_is_refused():
    data = canonical.write(_doc()).replace(b'<document version="1.0"', b'<document version="2.0"')
    with pytest.raises(CanonicalError, match="version 2"):
        canonical.read(data)


# ---------------------------------------------------------------- property: round trip

_chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
_text = st.text(_chars, min_size=1, max_size=20)


def _merge(nodes):
    """Adjacent strings are one text node in XML: generate them merged."""
    out = []
    for node in nodes:
        if isinstance(node, str) and out and isinstance(out[-1], str):
            out[-1] += node
        else:
            out.append(node)
    return tuple(out)


_inline = st.recursive(
    _text | st.just(LineBreak()),
    lambda inner: st.builds(lambda c, s: Emphasis(_merge(c), s), st.lists(inner, max_size=3),
                            st.booleans())
    | st.builds(lambda h, c: Link(h, _merge(c)), _text, st.lists(inner, max_size=3)),
    max_leaves=6)
_inlines = st.lists(_inline, max_size=5).map(_merge)


@st.composite
def documents(draw):
    kinds = draw(st.lists(st.sampled_from(["p", "h", "quote", "list", "figure"]), max_size=6))
    blocks, n = [], 0

    def ident():
        nonlocal n
        n += 1
        return f"b{n}", str(n)

    for kind in kinds:
        if kind == "p":
            blocks.append(Paragraph(draw(_inlines), *ident()))
        elif kind == "h":
            blocks.append(Heading(draw(st.integers(1, 6)), draw(_inlines), *ident()))
        elif kind == "quote":
            blocks.append(Quote((Paragraph(draw(_inlines), *ident()),)))
        elif kind == "list":
            blocks.append(ListBlock(draw(st.booleans()), (ListItem(draw(_inlines), *ident()),)))
        else:
            blocks.append(Figure(draw(_inlines), src=draw(st.text(string.ascii_letters)),
                                 id=ident()[0], lines=str(n)))
    meta = Metadata(SOURCE, title=draw(st.text(_chars, max_size=30)),
                    authors=tuple(draw(st.lists(_text, max_size=3))))
    removals = tuple(Removal("navigation", str(100 + i), t)
                     for i, t in enumerate(draw(st.lists(_text, max_size=3))))
    return Document(meta, tuple(blocks), Audit(removals))


@settings(max_examples=150, deadline=None)
@given(documents())
def test_parse_serialise_round_trips(doc):
    data = canonical.write(doc)
    assert canonical.read(data) == doc
    assert canonical.write(canonical.read(data)) == data
    assert canonical.validate(data) == []
