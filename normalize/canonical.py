"""Canonical XML v1: secure parsing, schema validation, deterministic serialisation.

This module is the only place that knows the XML shape; everything else works on
`normalize.model.Document`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from lxml import etree
from lxml.builder import E

from .errors import CanonicalError
from .model import (
    Audit,
    Block,
    Correction,
    Document,
    Emphasis,
    Event,
    Figure,
    Generator,
    Heading,
    Inline,
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
    UnknownInline,
)

MAJOR = 1
MINOR = 0
VERSION = f"{MAJOR}.{MINOR}"

# Containers get indentation; everything inside a block is mixed content and left exactly as is.
_CONTAINERS = frozenset({"document", "meta", "body", "audit", "quote", "list", "figure"})
_HOSTILE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# ================================================================ reading

def _secure_parse(data: bytes) -> etree._Element:
    """Parse bytes with no DTD, no entity expansion and no network; a DOCTYPE is refused outright."""
    if _HOSTILE.search(data[:65536]):
        raise CanonicalError("document type declarations are not allowed (entity expansion risk)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CanonicalError(f"not well-formed XML: {exc.msg}", exc.lineno) from None
    if root.tag != "document":
        raise CanonicalError(f"root element is <{root.tag}>, expected <document>", _line(root))
    return root


def _line(el: etree._Element) -> int | None:
    line = el.sourceline
    return line if isinstance(line, int) else None


def _version(root: etree._Element) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)", root.get("version", ""))
    if not match:
        raise CanonicalError("missing or malformed version attribute on <document>", _line(root))
    return int(match[1]), int(match[2])


def read(data: bytes) -> Document:
    """Return the document in `data`, keeping the text of elements this version does not know."""
    root = _secure_parse(data)
    major, _minor = _version(root)
    if major != MAJOR:
        raise CanonicalError(f"canonical XML version {major}.x is not readable (this reads {MAJOR}.x)")
    warnings: list[str] = []
    meta_el, body_el, audit_el = root.find("meta"), root.find("body"), root.find("audit")
    if meta_el is None or body_el is None:
        raise CanonicalError("<document> needs <meta> and <body>", _line(root))
    return Document(
        meta=_read_meta(meta_el),
        blocks=tuple(_read_block(el, warnings) for el in _elements(body_el)),
        audit=_read_audit(audit_el) if audit_el is not None else Audit(),
        version=root.get("version", VERSION),
        generator=_read_generator(meta_el.find("generator")),
        warnings=tuple(warnings),
    )


def load(path: str | Path) -> Document:
    """Return the document stored in the file at `path`."""
    return read(Path(path).read_bytes())


def _elements(parent: etree._Element) -> list[etree._Element]:
    return [child for child in parent if isinstance(child.tag, str)]


def _text(el: etree._Element | None) -> str:
    return "" if el is None else "".join(str(t) for t in el.itertext())


def _read_meta(el: etree._Element) -> Metadata:
    src = el.find("source")
    if src is None:
        raise CanonicalError("<meta> needs <source>", _line(el))
    date_el = el.find("date")
    return Metadata(
        source=Source(file=src.get("file", ""), sha256=src.get("sha256", ""),
                      kind=src.get("kind", "text"), encoding=src.get("encoding", ""),
                      evidence=_text(src), site=src.get("site", ""), url=src.get("url", "")),
        title=_text(el.find("title")),
        authors=tuple(_text(a) for a in el.findall("author")),
        date=None if date_el is None else PublicationDate(date_el.get("value", ""), _text(date_el)),
        section=_text(el.find("section")),
        language=_text(el.find("language")) or "und",
    )


def _read_generator(el: etree._Element | None) -> Generator:
    if el is None:
        return Generator()
    return Generator(el.get("name", ""), el.get("version", ""), el.get("options", ""))


def _origin(el: etree._Element) -> dict[str, str]:
    return {"id": el.get("id", ""), "lines": el.get("lines", "")}


def _read_block(el: etree._Element, warnings: list[str]) -> Block:
    tag = el.tag
    if tag == "p":
        return Paragraph(_read_inlines(el, warnings), **_origin(el))
    if tag == "h":
        level = int(el.get("level", "1")) if el.get("level", "1").isdigit() else 1
        return Heading(min(max(level, 1), 6), _read_inlines(el, warnings), **_origin(el))
    if tag == "quote":
        return Quote(tuple(_read_block(child, warnings) for child in _elements(el)))
    if tag == "list":
        items = tuple(ListItem(_read_inlines(i, warnings), **_origin(i)) for i in _elements(el))
        return ListBlock(el.get("ordered") == "true", items)
    if tag == "figure":
        return Figure(_read_inlines(el.find("caption"), warnings), src=el.get("src", ""),
                      alt=el.get("alt", ""), **_origin(el))
    warnings.append(f"unknown block <{tag}> kept as text")
    return UnknownBlock(str(tag), _text(el))


def _read_inlines(el: etree._Element | None, warnings: list[str]) -> tuple[Inline, ...]:
    if el is None:
        return ()
    out: list[Inline] = [el.text] if el.text else []
    for child in el:
        if isinstance(child.tag, str):
            out.append(_read_inline(child, warnings))
        if child.tail:
            out.append(child.tail)
    return tuple(out)


def _read_inline(el: etree._Element, warnings: list[str]) -> Inline:
    children = _read_inlines(el, warnings)
    if el.tag == "em":
        return Emphasis(children)
    if el.tag == "strong":
        return Emphasis(children, strong=True)
    if el.tag == "a":
        return Link(el.get("href", ""), children)
    if el.tag == "br":
        return LineBreak()
    warnings.append(f"unknown inline <{el.tag}> kept as text")
    return UnknownInline(str(el.tag), children)


def _read_audit(el: etree._Element) -> Audit:
    return Audit(
        removals=tuple(Removal(r.get("reason", ""), r.get("lines", ""), _text(r))
                       for r in el.findall("removed")),
        corrections=tuple(
            Correction(c.get("block", ""), int(c.get("at", "0")), c.get("original", ""),
                       c.get("replacement", ""), c.get("rule", ""),
                       float(c.get("confidence", "1")))
            for c in el.findall("correction")),
        events=tuple(Event(e.get("stage", ""), e.get("rule", ""), _text(e))
                     for e in el.findall("event")),
    )


# ================================================================ validation

@lru_cache(maxsize=1)
def _schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.fromstring(schema_path().read_bytes()))


def schema_path() -> Path:
    """Return the path of the RELAX NG schema shipped in the package."""
    return Path(str(files("normalize").joinpath("schema/canonical-1.rng")))


def validate(data: bytes) -> list[CanonicalError]:
    """Return every reason `data` is not valid canonical XML (an empty list when it is)."""
    try:
        root = _secure_parse(data)
        major, minor = _version(root)
    except CanonicalError as exc:
        return [exc]
    if major != MAJOR:
        return [CanonicalError(f"version {major}.{minor} is not version {MAJOR}.x", _line(root))]
    if minor > MINOR:
        # A newer minor may only add: check what this version knows, ignore what it added.
        _drop_unknown(root)
    schema = _schema()
    if schema.validate(root):
        return []
    return [CanonicalError(err.message, err.line) for err in schema.error_log]


_KNOWN = frozenset({"document", "meta", "title", "author", "date", "section", "language", "source",
                    "generator", "body", "h", "p", "quote", "list", "item", "figure", "caption",
                    "em", "strong", "a", "br", "audit", "removed", "correction", "event"})


def _drop_unknown(root: etree._Element) -> None:
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.tag not in _KNOWN:
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)  # its tail goes too: harmless, this copy is only validated


# ================================================================ writing

def write(doc: Document) -> bytes:
    """Return `doc` as canonical XML: UTF-8, LF, the same bytes for the same document."""
    root = E.document(_write_meta(doc), E.body(*(_write_block(b) for b in doc.blocks)),
                      _write_audit(doc.audit), version=doc.version or VERSION)
    _indent(root, 0)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def clean_text(text: str) -> str:
    """Return `text` without the characters XML 1.0 cannot hold (C0 controls, U+FFFE/U+FFFF)."""
    return _CONTROL.sub("", text)


def _el(tag: str, text: str = "", **attrs: str) -> etree._Element:
    el = etree.Element(tag, {k: v for k, v in attrs.items() if v})
    el.text = clean_text(text) or None
    return el


def _write_meta(doc: Document) -> etree._Element:
    m = doc.meta
    meta = E.meta()
    if m.title:
        meta.append(_el("title", m.title))
    meta.extend(_el("author", a) for a in m.authors)
    if m.date is not None:
        date = _el("date", m.date.wording)
        date.set("value", m.date.value)
        meta.append(date)
    if m.section:
        meta.append(_el("section", m.section))
    meta.append(_el("language", m.language or "und"))
    s = m.source
    source = _el("source", s.evidence)
    for key, value in (("file", s.file), ("sha256", s.sha256), ("kind", s.kind),
                       ("encoding", s.encoding), ("site", s.site), ("url", s.url)):
        if value or key in ("file", "sha256", "kind", "encoding"):
            source.set(key, clean_text(value))
    meta.append(source)
    g = doc.generator
    if g.version:
        meta.append(E.generator(name=g.name, version=g.version, options=g.options))
    return meta


def _origin_attrs(block: Heading | Paragraph | ListItem | Figure) -> dict[str, str]:
    return {k: v for k, v in (("id", block.id), ("lines", block.lines)) if v}


def _write_block(block: Block) -> etree._Element:
    if isinstance(block, Paragraph):
        return _inline_el("p", block.inlines, _origin_attrs(block))
    if isinstance(block, Heading):
        return _inline_el("h", block.inlines, {"level": str(block.level), **_origin_attrs(block)})
    if isinstance(block, Quote):
        return E.quote(*(_write_block(b) for b in block.blocks))
    if isinstance(block, ListBlock):
        return E.list(*(_inline_el("item", i.inlines, _origin_attrs(i)) for i in block.items),
                      ordered="true" if block.ordered else "false")
    if isinstance(block, Figure):
        attrs = {k: v for k, v in (("src", block.src), ("alt", block.alt)) if v}
        figure = etree.Element("figure", {**attrs, **_origin_attrs(block)})
        figure.append(_inline_el("caption", block.caption, {}))
        return figure
    return _inline_el("p", (block.text,), {})


def _inline_el(tag: str, inlines: tuple[Inline, ...], attrs: dict[str, str]) -> etree._Element:
    el = etree.Element(tag, {k: clean_text(v) for k, v in attrs.items()})
    last: etree._Element | None = None
    for node in inlines:
        if isinstance(node, str):
            text = clean_text(node)
            if last is None:
                el.text = (el.text or "") + text
            else:
                last.tail = (last.tail or "") + text
            continue
        last = _write_inline(node)
        el.append(last)
    return el


def _write_inline(node: Inline) -> etree._Element:
    if isinstance(node, Emphasis):
        return _inline_el("strong" if node.strong else "em", node.children, {})
    if isinstance(node, Link):
        return _inline_el("a", node.children, {"href": node.href})
    if isinstance(node, LineBreak):
        return etree.Element("br")
    assert isinstance(node, UnknownInline)
    return _inline_el(node.tag, node.children, {})


def _write_audit(audit: Audit) -> etree._Element:
    el = E.audit()
    for r in audit.removals:  # most of a page: one call each
        etree.SubElement(el, "removed", reason=r.reason, lines=r.lines).text = clean_text(r.text) or None
    for c in audit.corrections:
        el.append(etree.Element("correction", {
            "block": c.block, "at": str(c.at), "rule": c.rule,
            "confidence": f"{c.confidence:.2f}", "original": clean_text(c.original),
            "replacement": clean_text(c.replacement)}))
    for e in audit.events:
        event = _el("event", e.detail)
        event.set("stage", e.stage)
        event.set("rule", e.rule)
        el.append(event)
    return el


def _indent(el: etree._Element, depth: int) -> None:
    """Indent structural containers only: whitespace inside a block would change its text."""
    if el.tag not in _CONTAINERS or len(el) == 0:
        return
    pad = "\n" + "  " * (depth + 1)
    el.text = pad
    for child in el:
        if child.tag in _CONTAINERS:
            _indent(child, depth + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * depth
