"""The metadata an HTML page declares in schema.org JSON-LD, and where it stands against what
the page shows and what its meta tags say."""

from __future__ import annotations

import json

import pytest

from normalize import clean
from normalize.dates import same_moment
from normalize.linkeddata import linked_metadata
from normalize.model import Block, Metadata, Paragraph, plain_text

ARTICLE = ("<h1>Hà Nội mở thêm ba tuyến buýt điện nối sân bay Nội Bài</h1>"
           "<p>Sở Giao thông vận tải cho biết ba tuyến buýt điện mới sẽ chạy từ 5h đến 22h, "
           "mỗi chuyến cách nhau 15 phút.</p>"
           "<p>Giá vé lượt vẫn giữ như các tuyến buýt thường, người cao tuổi được miễn phí theo "
           "quy định của thành phố.</p>"
           "<p>Theo kế hoạch, đến cuối năm sau toàn bộ các tuyến nối sân bay sẽ dùng xe điện, "
           "thay cho xe chạy dầu đang khai thác.</p>")


def _page(linked: object, head: str = "", body: str = "") -> str:
    script = linked if isinstance(linked, str) else json.dumps(linked, ensure_ascii=False)
    return (f'<html><head>{head}<script type="application/ld+json">{script}</script></head>'
            f"<body><article>{body}{ARTICLE}</article></body></html>")


def _meta(page: str) -> Metadata:
    return clean(page.encode(), "page.html").document.meta


def _paragraphs(blocks: tuple[Block, ...]) -> list[str]:
    return [plain_text(block.inlines) for block in blocks if isinstance(block, Paragraph)]


YOAST = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "@id": "https://example.vn/a/#webpage", "datePublished": "2024-11-01"},
    {"@type": "Article", "@id": "https://example.vn/a/#article",
     "author": {"@id": "https://example.vn/#/schema/person/1"},
     "datePublished": "2024-11-23T03:15:00+00:00", "articleSection": ["Giao thông"]},
    {"@type": "Person", "@id": "https://example.vn/#/schema/person/1", "name": "Minh Thư"}]}


def test_a_graphs_article_gives_its_author_by_reference_its_date_and_its_section():
    meta = _meta(_page(YOAST))
    assert meta.authors == ("Minh Thư",)
    assert (meta.date.value, meta.date.wording) == ("2024-11-23T03:15", "2024-11-23T03:15:00+00:00")
    assert meta.section == "Giao thông"


@pytest.mark.parametrize("author,names", [
    ([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
     ("Jane Doe", "John Roe")),
    ("By MEG KINNARD and ERRIN HAINES", ("Meg Kinnard", "Errin Haines")),  # a byline's names
    ({"@type": "Organization", "name": "Báo Mới"}, ()),  # the publisher, no writer
    ({"@type": "Person", "name": "admin"}, ()),  # a CMS's user handle
    ({"@type": "Person", "name": "Admin"}, ()),  # or the account it publishes under
    ("https://example.vn/tac-gia/minh-thu", ()),  # a profile's address
    ([None, 3, {"name": {"given": "Jane"}}], ())])  # what no schema allows is no name
def test_the_authors_the_article_declares(author, names):
    page = _page({"@type": "NewsArticle", "author": author})
    assert _meta(page).authors == names


@pytest.mark.parametrize("section,found", [
    ("Thể thao", "Thể thao"), ("news", ""),  # a slug
    ("Netzwerk, Windows, Cmd", ""),  # tags
    ("Der dreimalige Olympiasieger Eric Frenzel und sein Teamkollege", "")])  # a sentence
def test_a_declared_section_counts_when_it_reads_as_a_sections_name(section, found):
    assert _meta(_page({"@type": "NewsArticle", "articleSection": section})).section == found


@pytest.mark.parametrize("declared,names", [
    ("Lan Anh", ("Lan Anh",)),
    ("admin", ()), ("Publisher", ()), ("Quản trị viên", ()),  # the CMS's accounts
    ("kath.net", ()), ("devindra", ()),  # a site's address, a lower-case handle
    ("https://facebook.com/jdoe", ())])  # a profile's address
def test_the_meta_tags_author_counts_when_it_can_name_a_writer(declared, names):
    page = (f"<html><head><meta name='author' content='{declared}'></head>"
            f"<body><article>{ARTICLE}</article></body></html>")
    assert _meta(page).authors == names


def test_the_meta_tags_and_the_page_go_before_the_json_ld():
    head = ('<meta name="author" content="Lan Anh">'
            '<meta property="article:published_time" content="2024-11-20T08:00:00+07:00">'
            '<meta property="article:section" content="Xã hội">')
    meta = _meta(_page({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Minh Thư"},
                        "datePublished": "2024-11-01T00:00:00Z", "articleSection": "Giao thông"},
                       head))
    assert (meta.authors, meta.date.value, meta.section) == (("Lan Anh",), "2024-11-20T08:00", "Xã hội")
    shown = _meta(_page({"@type": "NewsArticle", "datePublished": "2024-11-01T00:00:00Z"},
                        body="<p class='date'>Cập nhật lúc 10:47 ngày 13/08/2021</p>"))
    assert (shown.date.value, shown.date.wording) == ("2021-08-13T10:47",
                                                      "Cập nhật lúc 10:47 ngày 13/08/2021")


@pytest.mark.parametrize("script", [
    "{not json", "", '{"@type": "NewsArticle", "author": }',
    "[" * 100_000 + "]" * 100_000,  # nested past the recursion limit
    json.dumps({"@graph": [[[[{"@type": "NewsArticle"}]]]] * 5000}),
    '{"@type": ["NewsArticle", 7], "author": {"@id": "#nobody"}, "datePublished": 20241123}'])
def test_json_ld_that_is_broken_or_hostile_gives_nothing_and_the_page_is_cleaned(script):
    document = clean(_page(script).encode(), "page.html").document
    assert document.meta.authors == () and document.meta.date is None
    assert len(_paragraphs(document.blocks)) == 3


def test_the_scripts_text_never_reaches_the_body_and_the_text_after_it_stays():
    opening = ('<p>Sáng nay, tuyến đầu tiên đã chạy thử<script type="application/ld+json">'
               '{"@type": "NewsArticle", "headline": "Tiêu đề ẩn"}</script> với hành khách.</p>')
    page = f"<html><body><article>{ARTICLE.replace('</h1>', '</h1>' + opening)}</article></body></html>"
    cleaned = clean(page.encode(), "page.html")
    assert "Tiêu đề ẩn" not in cleaned.xml.decode()
    assert _paragraphs(cleaned.document.blocks)[0] == "Sáng nay, tuyến đầu tiên đã chạy thử với hành khách."


def test_control_characters_in_a_declared_string_are_read():
    assert linked_metadata(['{"@type": "BlogPosting", "author": "Jane\tDoe"}']) == \
        {"schema_author": "Jane Doe"}


@pytest.mark.parametrize("shown,declared,wording,same", [
    ("2019-11-18T08:54", "2019-11-18T16:54", "2019-11-18T16:54:19+00:00", True),  # PT vs UTC
    ("2019-11-20T06:02", "2019-11-20T06:01", "2019-11-20T06:01:44-05:00", True),  # rounded
    ("2024-11-23T11:30", "2024-11-23T10:15", "2024-11-23T10:15:00+07:00", False),  # an update
    ("2019-11-19T21:25", "2019-11-19T13:16", "2019-11-19T13:16+0000", False),  # no zone's step
    ("2021-11-05T08:02", "2021-11-05", "2021-11-05", True),  # the head gives no time
    ("2021-11-06T08:02", "2021-11-05", "2021-11-05", False)])  # another day
def test_a_dateline_shows_the_heads_moment(shown, declared, wording, same):
    assert same_moment(shown, declared, wording) is same
