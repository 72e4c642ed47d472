"""The article's metadata a page declares in schema.org JSON-LD (`<script type="application/
ld+json">`): its authors, publication date and section.

Half the news pages of the benchmark carry it, and it often says what the meta tags leave out:
the writer where `<meta name="author">` names the publisher or a profile's address, the date
where no `article:published_time` is given. Read defensively: the JSON is the page's, often
invalid, and may be hostile (nested past any recursion limit)."""

from __future__ import annotations

import html
import json
from collections import deque
from collections.abc import Iterator
from typing import Any

from .canonical import clean_text
from .segment import fold
from .vocabulary import ARTICLE_TYPES, CMS_ACCOUNTS

MAX_NODES = 2000  # a page's graph holds tens of nodes; more is not worth reading
MAX_SECTION_WORDS = 4  # "Science & Health"; a longer articleSection is a sentence or tags


def linked_metadata(scripts: list[str]) -> dict[str, str]:
    """What the article's node among the JSON-LD `scripts` declares, as keys of a page's head
    (html._head): "schema_author" (names, one a line), "schema_date", "schema_section" (see
    _section); a key only for what is declared. They stand apart from the meta tags' keys:
    classify reads each after what the page shows and what its meta tags say."""
    nodes = [node for script in scripts for node in _nodes(_loaded(script))]
    articles = [node for node in nodes if _types(node) & ARTICLE_TYPES]
    if not articles:
        return {}
    # a WebPage node stands for the article only where the graph has no article's own
    article = next((node for node in articles if "WebPage" not in _types(node)), articles[0])
    ids = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    found = {"schema_author": "\n".join(dict.fromkeys(_people(article.get("author"), ids))),
             "schema_date": _text(article.get("datePublished")),
             "schema_section": _section(article.get("articleSection"))}
    return {key: value for key, value in found.items() if value}


def _loaded(script: str) -> Any:
    """The script's JSON; None where it is no JSON (trailing commas, a comment) or nests past
    Python's recursion limit. Raw control characters in strings are allowed: CMSs write them,
    and search engines' readers accept them."""
    try:
        return json.loads(script, strict=False)
    except (ValueError, RecursionError):
        return None


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """The objects the JSON holds at its top, in a top-level list, or in an "@graph" (schema.org
    nests no article deeper); at most MAX_NODES."""
    pending, seen = deque([value]), 0
    while pending and seen < MAX_NODES:
        item = pending.popleft()
        seen += 1
        if isinstance(item, list):
            pending.extend(item[:MAX_NODES - seen])
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list | dict):
                pending.append(graph)


def _types(node: dict[str, Any]) -> set[str]:
    """The node's schema.org types ("@type" is a name or a list of names)."""
    kind = node.get("@type")
    if isinstance(kind, str):
        return {kind}
    return {item for item in kind if isinstance(item, str)} if isinstance(kind, list) else set()


def _people(value: Any, ids: dict[str, dict[str, Any]]) -> Iterator[str]:
    """The names of the authors `value` declares: a name, a Person (named, or a reference by
    "@id" to one elsewhere in the graph), or a list of them. An Organization is the publisher,
    not a writer; nor is what names_someone refuses."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and isinstance(key := item.get("@id"), str):
            item = ids.get(key, item)
        if isinstance(item, dict):
            if "Organization" in _types(item) and "Person" not in _types(item):
                continue
            item = item.get("name")
        name = _text(item)
        if names_someone(name):
            yield name


def names_someone(name: str) -> bool:
    """Whether an author a page declares can be a writer's name: not a web address (a profile
    page), a lower-case handle ("admin", "devindra": a CMS's user) or the account a CMS
    publishes under ("Admin", "Publisher"; V.CMS_ACCOUNTS)."""
    return bool(name) and not name.startswith(("http://", "https://", "www.")) \
        and not name.islower() and name.casefold() not in CMS_ACCOUNTS


def _section(value: Any) -> str:
    """The section `value` declares, if it reads as a section's name ("Politics", "Thể
    thao"): sites also fill articleSection with their tags ("Netzwerk, Windows, Cmd"), a
    slug ("news", "a-e-d") or a sentence of the article; "" for those."""
    section = _text(value)
    if "," in section or section.islower() or len(section.split()) > MAX_SECTION_WORDS:
        return ""
    return section


def _text(value: Any) -> str:
    """A declared value as one line of text: a string, or a list's first string (a section is
    often a list of them); "" for anything else. Character references are unescaped: JSON in a
    script is never read as HTML, but CMSs write "&amp;" into it."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), "")
    return fold(clean_text(html.unescape(value))) if isinstance(value, str) else ""
