"""Chrome removal on text dumps: the case file's lines are kept, removed or lifted as marked."""

from __future__ import annotations

import pytest

from normalize import clean, restore
from normalize.classify import (
    _byline_names,
    _chrome_worded,
    _date_wording,
    _full_names,
    _region_score,
    run_rules,
    site_key,
)
from normalize.model import Figure, Heading, ListBlock, Metadata, Quote, plain_text
from normalize.official import find_frame, find_record
from normalize.options import Options
from normalize.pipeline import Cleaned, prepare
from normalize.segment import declared_headline

from .conftest import ROOT


def _cases() -> list[tuple[str, list[tuple[str, str]]]]:
    cases: list[tuple[str, list[tuple[str, str]]]] = []
    for line in (ROOT / "tests" / "cases" / "chrome.txt").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            cases.append((line[4:], []))
        else:
            cases[-1][1].append((line[:2].strip(), line[2:]))
    return cases


CASES = _cases()


def _case_text(opening: str) -> str:
    """The text of the case whose label starts with `opening`, as a dump holds it."""
    lines = next(lines for label, lines in CASES if label.startswith(opening))
    return "\n".join(content for _, content in lines) + "\n"


def _clean_case(opening: str) -> Cleaned:
    return clean(_case_text(opening).encode(), "case.txt")


@pytest.mark.parametrize("label,lines", CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_case(label, lines):
    text = "\n".join(content for _, content in lines) + "\n"
    doc = clean(text.encode(), "case.txt").document
    kept = set()
    for block in doc.blocks:
        inner = block.items if isinstance(block, ListBlock) else \
            block.blocks if isinstance(block, Quote) else (block,)
        for item in inner:  # every line a block spans ("6-7": a caption over its credit)
            first, _, last = item.lines.partition("-")
            kept.update(range(int(first), int(last or first) + 1))
    removed = {int(r.lines.split("-")[0]): r.reason for r in doc.audit.removals}
    for number, (mark, content) in enumerate(lines, 1):
        if mark == "+":
            assert number in kept, f"line {number} should be body: {content!r}"
        elif mark == "-":
            assert number in removed and not removed[number].startswith("meta-"), \
                f"line {number} should be chrome: {content!r} ({removed.get(number)})"
        elif mark == "m":
            assert removed.get(number, "").startswith("meta-"), \
                f"line {number} should be metadata: {content!r} ({removed.get(number)})"


def test_a_writer_over_their_e_mail_is_the_author_and_a_photos_alt_text_goes():
    doc = _clean_case("a writer's e-mail under the name").document
    assert doc.meta.authors == ("Minh Anh",)
    assert [b.caption for b in doc.blocks if isinstance(b, Figure)] == [
        ("Quốc hội biểu quyết thông qua luật chiều 22.11 ẢNH: GIA HÂN",)]


def test_a_caption_worded_as_one_under_its_alt_text_is_kept_once():
    # "Ảnh minh họa" is a caption by its wording, and so is the same with a full stop under it
    text = _case_text("a writer's e-mail under the name") \
        .replace("Quốc hội biểu quyết thông qua luật chiều 22.11 ẢNH: GIA HÂN", "Ảnh minh họa.") \
        .replace("Quốc hội biểu quyết thông qua luật chiều 22.11\n", "Ảnh minh họa\n")
    doc = clean(text.encode(), "case.txt").document
    assert [b.caption for b in doc.blocks if isinstance(b, Figure)] == [("Ảnh minh họa.",)]
    assert [r.reason for r in doc.audit.removals if r.text == "Ảnh minh họa"] == ["image-alt"]


def test_a_poems_page_gives_its_title_author_and_every_line_in_order():
    doc = _clean_case("a poem's stanzas").document
    assert (doc.meta.title, doc.meta.authors, doc.meta.section) \
        == ("Mùa đông ở quê nhà", ("Nguyễn Minh Khang",), "Thơ")
    lines = [plain_text(b.inlines) for b in doc.blocks]  # each line a paragraph
    assert (len(lines), lines[0], lines[4]) == (8, "Mẹ nhóm bếp chiều đông", "Cánh đồng xa mờ sương")


@pytest.mark.parametrize("stanza,authors", [
    ("Mẹ nhóm bếp chiều đông<br>Khói lam chiều vương mái<br>Con ngồi bên bếp lửa", ("Nguyễn Minh Khang",)),
    ("Mẹ nhóm bếp chiều đông, khói lam chiều vương mái", ())])  # one line, no sentence's end
def test_a_name_under_a_pages_stanza_signs_the_poem(stanza, authors):
    page = ("<html><head><title>Mùa đông ở quê nhà - Báo Văn nghệ</title></head><body>"
            "<div class='menu'><a href='/'>Trang chủ</a> <a href='/tho'>Thơ</a></div>"
            "<h1>Mùa đông ở quê nhà</h1><div class='date'>23/11/2026 08:00</div>"
            "<div class='content'><p>Cánh đồng xa mờ sương<br>Cò trắng bay về tổ<br>Bà kể chuyện ngày xưa"
            f"<br>Ấm cả một mùa đông</p><p>{stanza}</p><p align='right'><b>Nguyễn Minh Khang</b></p></div>"
            "<div class='footer'>Tòa soạn: 17 Trần Quốc Toản, Hà Nội</div></body></html>")
    assert clean(page.encode(), "page.html").document.meta.authors == authors


def test_a_figcaptions_paragraphs_are_one_caption_and_the_article_goes_on_under_its_photo():
    # Thanh Niên: a teaser box and a photo (its alt text, its caption over its credit) between
    # the article's paragraphs
    page = ("<html><head><title>Giá xăng dầu đồng loạt giảm từ chiều nay - Báo Thanh Niên</title></head>"
            "<body><ul class='menu'><li><a href='/ts'>Thời sự</a></li><li><a href='/kt'>Kinh tế</a></li></ul>"
            "<h1>Giá xăng dầu đồng loạt giảm từ chiều nay</h1><div class='detail-time'>23/11/2026 15:05</div>"
            "<div class='detail-content'>"
            "<p>Cụ thể, từ 15 giờ chiều nay, giá xăng E5 RON 92 giảm 420 đồng, còn 20.150 đồng mỗi lít; "
            "xăng RON 95 giảm 530 đồng, còn 21.230 đồng mỗi lít.</p>"
            "<div type='RelatedNewsBox'><a href='/x'>Giá xăng dầu tuần trước tăng nhẹ</a></div>"
            "<p>Giá dầu diesel giảm 310 đồng, còn 19.050 đồng mỗi lít; dầu hỏa giảm 250 đồng.</p>"
            "<figure><img src='b.jpg' alt='Giá xăng dầu giảm'><figcaption><p>Người dân mua xăng tại một "
            "cửa hàng ở TP.HCM</p><p>ẢNH: NHẬT THỊNH</p></figcaption></figure>"
            "<p>Kỳ điều hành này, liên bộ tiếp tục không trích lập và không chi sử dụng Quỹ bình ổn giá.</p>"
            "</div><div class='footer'>Giấy phép số 123/GP-BTTTT</div></body></html>")
    result = clean(page.encode(), "page.html")
    figures = [b for b in result.document.blocks if isinstance(b, Figure)]
    assert [plain_text(f.caption) for f in figures] \
        == ["Người dân mua xăng tại một cửa hàng ở TP.HCM\nẢNH: NHẬT THỊNH"]
    assert result.text.splitlines()[-1].startswith("Kỳ điều hành này")


@pytest.mark.parametrize("image", [
    "<img src='b.jpg' alt='Giá xăng dầu giảm'>",
    "<amp-img src='b.jpg' width='600' height='400' alt='Giá xăng dầu giảm'></amp-img>"])
def test_a_figure_keeps_the_address_of_the_image_over_its_caption(image):
    # the image's alt text goes (image-alt, in the audit); its address stays with the caption
    page = ("<html><body><h1>Giá xăng dầu đồng loạt giảm từ chiều nay</h1>"
            f"<p>{_VIETNAMESE_PARAGRAPH}</p><figure>{image}<figcaption>Người dân mua xăng tại một cửa "
            "hàng ở TP.HCM. Ảnh: NHẬT THỊNH</figcaption></figure><p>Giá dầu diesel giảm 310 đồng, còn "
            "19.050 đồng mỗi lít; dầu hỏa giảm 250 đồng, còn 19.300 đồng mỗi lít.</p></body></html>")
    document = clean(page.encode(), "page.html").document
    assert [b.src for b in document.blocks if isinstance(b, Figure)] == ["b.jpg"]
    assert "Giá xăng dầu giảm" in [r.text for r in document.audit.removals]


def test_a_photos_alt_text_counts_for_nothing_in_the_articles_run():
    # it stands where the photo does, inside the article: as chrome it cut a page's run short of
    # the caption under a closing photo (Ahlen's "Reparaturcafé")
    page = ("<html><body><h1>Reparaturcafé am 31. Januar</h1><p>Ins Reparaturcafé kann jeder "
            "Gegenstände mitbringen.</p><img src='a.jpg' alt='Foto: Ehrenamtler reparieren Geräte'>"
            "<p>Ehrenamtler reparieren Geräte</p></body></html>")
    ctx = run_rules(prepare(page.encode(), "page.html").segmented, "html")
    photo = next(i for i, s in enumerate(ctx.segments) if s.tag == "img")
    assert (ctx.labels[photo].reason, _region_score(ctx, photo)) == ("image-alt", 0.0)


def test_a_local_portals_scene_caption_and_byline_in_brackets():
    doc = _clean_case("a local portal's article").document
    assert doc.meta.authors == ("Minh Hùng",)
    assert [b.caption for b in doc.blocks if isinstance(b, Figure)] == [("Quang cảnh hội nghị.",)]


@pytest.mark.parametrize("closing", ["- Xin cảm ơn ông!", "PV: Xin cảm ơn ông!"])
def test_an_interviews_closing_line_other_pages_repeat_stays_in_a_batch(closing):
    """In a batch, the site's other interviews close with the same "- Xin cảm ơn ông!"."""
    text = _case_text("a Vietnamese article signed under") \
        .replace("\nTrần Minh\n", f"\n{closing}\n\nTrần Minh\n")
    in_batch = clean(text.encode(), "case.txt", Options(site_lines=frozenset({site_key(closing)})))
    assert in_batch.text.splitlines()[-1] == closing


def test_a_reporter_signing_other_pages_of_the_site_is_still_the_author_in_a_batch():
    """In a batch, the site's other pages repeat the reporter's name under their articles."""
    text = _case_text("a Vietnamese article signed under")
    in_batch = clean(text.encode(), "case.txt", Options(site_lines=frozenset({site_key("Trần Minh")})))
    assert in_batch.document.meta.authors == ("Trần Minh",)


@pytest.mark.parametrize("opening", ['a "related news" box inside a Vietnamese article',
                                     'a "related news" box early in a Vietnamese article'])
def test_a_related_box_inside_the_article_goes_though_other_pages_repeat_its_heading(opening):
    """In a batch, the site's other pages repeat the box's heading ("Tin liên quan"): the
    headlines under it go all the same."""
    text = _case_text(opening)
    heading = next(line for line in text.splitlines() if line.casefold() == "tin liên quan")
    alone = clean(text.encode(), "case.txt").text
    in_batch = clean(text.encode(), "case.txt", Options(site_lines=frozenset({site_key(heading)}))).text
    assert in_batch == alone


def test_a_photo_heading_the_article_keeps_its_caption():
    """Its caption stands between the share bar and the lead, above the article's run."""
    doc = _clean_case("a photo heading the article").document
    assert [b.caption for b in doc.blocks if isinstance(b, Figure)] == [
        ("Học sinh làm bài thi vào lớp 10 tại Trường THCS Lê Lợi. (Ảnh: Thanh Tùng)",)]
    assert doc.meta.section == "Giáo dục"


def test_the_section_shown_again_under_the_date_is_the_section():
    assert _clean_case("the section shown again under the date").document.meta.section == "Pháp luật"


@pytest.mark.parametrize("opening,kind", [
    ("the section shown again under the date", Heading),  # "Pháp luật" over the lead
    ("rows of figures set as lines", Heading),  # the last row, over the text under the rows
    ("a writer signing the article's end and named in capitals", Heading),  # under the lead
    ("a district's notice with a table of dates", Figure),  # its rows, long and unpunctuated
    ("a journal's article: its writer with degrees", Figure)])  # its notes, "(1) …"
def test_a_case_holds_no_block_of_the_kind_its_lines_were_misread_as(opening, kind):
    assert not any(isinstance(b, kind) for b in _clean_case(opening).document.blocks)


def test_a_follow_button_naming_the_site_leaves_the_site_name_out_of_the_title():
    """"Tiền Phong trên Google News" under the date is a button: read as the article's text,
    it made the site's name over the menu ("Tiền Phong") share more of the article's words than
    the headline. The byline and the date under the lead are found (a bullet between the
    date and its time)."""
    meta = _clean_case("a site's name over its menu").document.meta
    assert meta.title == "Sinh viên tình nguyện mang Tết sớm đến bản vùng cao"
    assert meta.authors == ("Hoàng Mạnh Thắng",)
    assert meta.date is not None and meta.date.value == "2026-11-23T10:15"
    assert meta.section == "Giới trẻ"


def test_a_short_articles_photo_shown_twice_is_not_its_title():
    """No paragraph is long enough to tell where the article begins; its sentences do."""
    doc = _clean_case("a short article's photo shown twice").document
    assert doc.meta.title == "Phường ra mắt mô hình khu phố văn minh, sạch đẹp"
    assert doc.meta.authors == ("Ngọc Trâm",)


def test_a_related_box_under_the_article_goes_though_other_pages_repeat_its_heading():
    """In a batch of many sites' pages, "Tin liên quan" heads the boxes of several: the box
    goes as it does when the page is cleaned alone, and the article and its title stay."""
    text = _case_text("a short article signed over a related box")
    alone = clean(text.encode(), "case.txt")
    lines = frozenset(site_key(line) for line in ("Tin liên quan", "Trang chủ", "Tin tức", "Thời sự"))
    in_batch = clean(text.encode(), "case.txt", Options(site_lines=lines))
    assert in_batch.text == alone.text
    assert in_batch.document.meta.title == "Phường tổ chức ngày hội đại đoàn kết toàn dân tộc khu phố 3"


def test_a_standfirst_and_a_writer_under_a_rechosen_headline_are_read():
    """The source line over the date ("Theo Trí Thức Trẻ") was taken for the title first, and
    what stood above it for its header; under the headline chosen once the article was found,
    they are its standfirst and its byline."""
    doc = _clean_case("the lead under a headline re-chosen over a source line").document
    assert doc.meta.title == "Ca sĩ công bố liveshow cuối năm, vé được bán hết sau 30 phút mở bán"
    assert doc.meta.authors == ("Mai Anh",)
    assert plain_text(doc.blocks[0].inlines).startswith("Nam ca sĩ một lần nữa")


def test_a_writer_named_under_the_lead_and_at_the_end_is_one_author():
    meta = _clean_case("a writer signing the article's end and named in capitals").document.meta
    assert meta.authors == ("Hoàng Yến",)


def test_a_journals_writer_keeps_the_degrees():
    meta = _clean_case("a journal's article: its writer with degrees").document.meta
    assert meta.authors == ("PGS, TS Nguyễn Văn Hùng",)


def test_a_page_ending_on_a_paragraph_under_a_related_box_is_cleaned():
    """Whether the box sits inside the article is asked of the block past the page's end too
    (it raised IndexError)."""
    text = ("Tỉnh tổ chức hội nghị tổng kết công tác năm 2026\n\nSáng nay, Ủy ban nhân dân tỉnh tổ "
            "chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027 với sự tham dự "
            "của lãnh đạo các sở, ngành.\n\nTin liên quan\nHội nghị sơ kết công tác 6 tháng đầu năm\n\n"
            "Năm qua, tỉnh đạt và vượt 18 trên 20 chỉ tiêu chủ yếu, tăng trưởng kinh tế ước đạt 8,2%.\n")
    assert clean(text.encode(), "case.txt").text.startswith("Sáng nay, Ủy ban nhân dân tỉnh")


def test_caption_case_makes_a_figure():
    doc = _clean_case("a caption").document
    assert any(isinstance(b, Figure) for b in doc.blocks)


def test_a_lead_shown_twice_is_a_paragraph_and_a_caption_shown_twice_a_figure():
    result = _clean_case("a lead shown twice under the title")
    assert [plain_text(b.caption) for b in result.document.blocks if isinstance(b, Figure)] \
        == ["Nông dân thu hoạch lúa trên cánh đồng ở huyện Cờ Đỏ vào sáng 22/11."]
    assert result.text.startswith("Tính đến hết tháng 10, xuất khẩu gạo của Việt Nam đạt 7,8 triệu tấn")
    assert result.text.count("Tính đến hết tháng 10") == 1


def test_photo_credit_is_a_caption_kept_in_the_xml_not_in_the_text():
    result = _clean_case('a "read also" teaser')
    assert [plain_text(b.caption) for b in result.document.blocks if isinstance(b, Figure)] \
        == ["Foto: Stadtverwaltung"]
    assert "Foto: Stadtverwaltung" not in result.text and "Lesen Sie auch" not in result.text


def test_the_line_over_a_credit_alone_is_its_caption_a_paragraph_is_not():
    result = _clean_case("a Vietnamese photo's caption over its credit")
    # a caption and the credit under it are one figure, a line each, as a page's <figcaption>
    assert [plain_text(b.caption) for b in result.document.blocks if isinstance(b, Figure)] \
        == ["Bốc xếp hàng hóa tại cảng Cát Lái, TP HCM\nẢnh: Hải Nguyễn", "(Ảnh: TTXVN)"]
    assert "Các chuyên gia nhận định" in result.text


def test_a_caption_and_its_credit_joined_restore_with_the_credits_correction_undone():
    # the credit's misplaced tone is corrected where it stands in the joined caption
    text = _case_text("a Vietnamese photo's caption over its credit").replace(
        "Ảnh: Hải Nguyễn", "Ảnh: Hải Nguyễn ngươì chụp")
    document = clean(text.encode(), "case.txt").document
    figure = next(b for b in document.blocks if isinstance(b, Figure))
    assert plain_text(figure.caption).endswith("\nẢnh: Hải Nguyễn người chụp")
    assert [(c.block, c.original) for c in document.audit.corrections] == [(figure.id, "ngươì")]
    assert restore(document).split() == text.split()


@pytest.mark.parametrize("case,line", [
    # a file photo two of the site's articles run, its caption ending in its credit
    ("a Vietnamese article signed under", "Lực lượng biên phòng giúp người dân kéo thuyền lên bờ "
                                          "chiều 13/6. Ảnh: Lê Hoàng"),
    ("a poem's stanzas", "Cò trắng bay về tổ")])  # a poem the site ran twice
def test_a_line_of_the_articles_own_other_pages_of_the_site_repeat_stays_in_a_batch(case, line):
    text = _case_text(case)
    alone = clean(text.encode(), "case.txt")
    in_batch = clean(text.encode(), "case.txt", Options(site_lines=frozenset({site_key(line)})))
    assert in_batch.document.blocks == alone.document.blocks
    assert not any(r.reason == "site-repeat" for r in in_batch.document.audit.removals)


def test_a_credit_other_pages_repeat_is_a_caption_with_the_line_over_it_in_a_batch():
    """In a batch, the site's other pages repeat its photographer's credit ("Ảnh: Hải Nguyễn")."""
    text = _case_text("a Vietnamese photo's caption over its credit")
    alone = clean(text.encode(), "case.txt")
    in_batch = clean(text.encode(), "case.txt", Options(site_lines=frozenset({site_key("Ảnh: Hải Nguyễn")})))
    assert in_batch.text == alone.text and "Bốc xếp hàng hóa" not in in_batch.text


def test_agency_credit_is_a_caption_and_a_sentence_naming_the_agency_is_body():
    result = _clean_case("a photo agency's credit")
    assert [plain_text(b.caption) for b in result.document.blocks if isinstance(b, Figure)] \
        == ["AFP / Jane Doe"]
    assert "Reuters reported that engineers" in result.text


def test_agency_caption_and_bracketed_credit_are_captions_a_sentence_about_a_photo_is_body():
    result = _clean_case("a news agency's caption")
    captions = [plain_text(b.caption) for b in result.document.blocks if isinstance(b, Figure)]
    assert captions == ["In this Dec. 12, 2006, file photo, made available by NASA, two "
                        "astronauts work on the station.\n(Image credit: NASA)"]
    assert "This year the photo contest" in result.text


def test_credit_closing_a_long_caption_makes_it_a_caption():
    result = _clean_case("a caption that ends in")
    assert [plain_text(b.caption) for b in result.document.blocks if isinstance(b, Figure)] \
        == ["A reference habitation module for a crewed Mars mission compared to its "
            "hibernation-based equivalent. Credit: ESA"]
    assert "the last word to the image: a crew asleep for months." in result.text


def test_trailing_credits_numbered_figure_and_stock_photo_make_captions():
    result = _clean_case("captions that end in an agency's credit")
    assert [plain_text(b.caption) for b in result.document.blocks if isinstance(b, Figure)] == [
        "A snow plough clears the pass road above the village on Wednesday morning. "
        "Jane Roe/Reuters files", "Ein Hermelin im Winterfell am Rand des Dorfes. (Symbolbild)",
        "Figure 2: Snow depth at the village's weather station since 1950.",
        "A ski instructor waits for the first guests of the season at the valley station "
        "© Max Muster", "(Foto: www.bergbahnen-example.de)",
        "The mayor at the opening of the new chair lift on Saturday (REUTERS/Jane Roe)",
        "Fot. Jan Kowalski / Agencja Gazeta", "Le téléphérique au-dessus du village / (C) Jean Dupont",
        "Photograph by Jane Roe, Alpine Club",
        "Skiers queue at the valley station of the new chair lift, November 2024. Photo by Max Muster"]
    assert "A poll for the tourism board (Reuters/Ipsos data) shows" in result.text
    assert "until the new snow has settled. (dpa)" in result.text
    assert "Reuters reported that bookings are up." in result.text


def test_block_features_line_up_with_their_names():
    from normalize.blockmodel import FEATURES, features
    from normalize.segment import segment_text
    segments = segment_text("Trang chủ\n\nMột đoạn văn, dài vừa đủ.\n\nÄrger über 3 Preise!\n").segments
    rows = features(segments)
    assert [len(row) for row in rows] == [len(FEATURES)] * 3
    named = dict(zip(FEATURES, rows[1], strict=True))
    assert named["bias"] == 1.0 and named["sentence_end"] == 1.0 and named["commas"] == 0.1
    assert dict(zip(FEATURES, rows[2], strict=True))["digit_share"] > 0  # a non-ASCII block


def test_a_dump_line_knows_its_run_between_blank_lines():
    from normalize.blockmodel import FEATURES, features
    from normalize.segment import segment_text
    segments = segment_text("Home\nNews\nSport\n\nA paragraph set apart.\n \nLast line\n").segments
    assert [s.group for s in segments] == [3, 3, 3, 1, 1]
    apart = [row[FEATURES.index("apart")] for row in features(segments)]
    assert apart[3] > 0 > apart[0]  # set apart against the page's own habit
    alike = segment_text("One.\n\nTwo.\n\nThree.\n").segments  # every line apart: no cue
    assert {row[FEATURES.index("apart")] for row in features(alike)} == {0.0}


def test_a_dump_line_shows_a_table_row_or_a_list_item_by_its_text():
    from normalize.segment import segment_text
    text = ("Pos.\tDriver\n1\tKyle Busch\n\n1. First step\n2. Second\n- One dash\n"
            "+ Added slime\n+ Added banners\n")
    assert [s.tag for s in segment_text(text).segments] == ["tr", "tr", "li", "li", "", "li", "li"]


def test_a_dump_lists_items_stay_items_around_their_points_and_a_numbered_line_over_them_is_a_heading():
    # an administrative plan: numbered sections over dash points, a point's "+" points under it
    text = ("Sở Giáo dục và Đào tạo triển khai kế hoạch bồi dưỡng giáo viên năm học 2026 - 2027\n"
            "Thực hiện Kế hoạch số 45/KH-SGDĐT, Sở yêu cầu các đơn vị triển khai bồi dưỡng thường "
            "xuyên cho giáo viên với các nội dung sau:\n"
            "1. Mục đích, yêu cầu\n"
            "- Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ giáo viên đáp ứng yêu cầu đổi mới.\n"
            "- Bảo đảm thiết thực, hiệu quả, tránh hình thức.\n"
            "2. Nội dung bồi dưỡng\n"
            "- Nội dung 1: Bồi dưỡng đáp ứng yêu cầu thực hiện nhiệm vụ năm học, gồm:\n"
            "+ Đổi mới phương pháp dạy học và kiểm tra, đánh giá;\n"
            "+ Ứng dụng công nghệ thông tin trong dạy học.\n"
            "- Nội dung 2: Bồi dưỡng theo nhu cầu phát triển nghề nghiệp của từng giáo viên.\n")
    blocks = clean(text.encode(), "case.txt").document.blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Heading", "ListBlock", "Heading", "ListBlock"]
    assert [len(b.items) for b in blocks if isinstance(b, ListBlock)] == [2, 4]


@pytest.mark.parametrize("text,verse", [
    # two stanzas of lục bát, the first run on under the date
    ("Thứ hai, 23/11/2026\nTrăm năm trong cõi người ta\nChữ tài chữ mệnh khéo là ghét nhau\n"
     "Trải qua một cuộc bể dâu\n\nLạ gì bỉ sắc tư phong\nTrời xanh quen thói má hồng đánh ghen\n"
     "Cảo thơm lần giở trước đèn\n", [False, *[True] * 6]),
    # one stanza alone, a menu's entries, a teaser's headlines of any length: no poem
    ("Mẹ nhóm bếp chiều đông\nKhói lam chiều vương mái\nCon ngồi bên bếp lửa\n", [False] * 3),
    ("Trang chủ\nThời sự\nKinh tế\n\nVăn hóa\nThể thao\nGiáo dục\n", [False] * 6),
    ("Cháy xưởng gỗ ở Bình Dương, thiệt hại hàng tỷ đồng\nHỏa hoạn tại chợ đầu mối\nKhánh thành cầu mới\n\n"
     "Giá vàng thế giới lập đỉnh mới trong phiên giao dịch sáng nay\nTỷ giá tăng nhẹ\nLãi suất giảm\n",
     [False] * 6)])
def test_a_dumps_stanzas_of_even_short_lines_are_verse(text, verse):
    from normalize.segment import segment_text
    assert [s.tag == "verse" for s in segment_text(text).segments] == verse


def test_an_interviews_turns_opening_with_a_dash_are_no_list():
    from normalize.segment import segment_text
    text = ("- Thưa ông, đâu là khó khăn lớn nhất hiện nay?\n- Hạ tầng viễn thông còn yếu.\n"
            "- Xin cảm ơn ông!\n\nCần chuẩn bị:\n- Giấy tờ tùy thân?\n- Sổ hộ khẩu?\n")
    assert [s.tag for s in segment_text(text).segments] == ["", "", "", "", "li", "li"]


def test_a_dump_line_of_code_shows_by_its_text_next_to_more_of_it():
    from normalize.segment import segment_text
    text = ("Call setup() once before the tests.\n\nThen run them.\n\n"  # a function named: a sentence
            ">>> x = 1\n>>> print(x, end='')\n1\n>>> def f():\n...     return x\n\n"
            "Strict Standards: Non-static method Gallery::i18n() should not be called statically in a.php\n"
            "Strict Standards: Non-static method Gallery::load() should not be called statically in a.php\n")
    # (messages that name methods are sentences)
    assert [s.tag for s in segment_text(text).segments] == ["", "", *["pre"] * 5, "", ""]


def test_numbered_lines_of_a_dump_come_out_as_a_list():
    doc = _clean_case("a one-line paragraph").document
    assert [len(b.items) for b in doc.blocks if isinstance(b, ListBlock)] == [3]


def test_a_tables_last_row_over_the_text_under_the_table_is_no_heading():
    text = ("Lãi suất tiết kiệm tăng ở nhiều ngân hàng trong tháng này\n"
            "Theo khảo sát của phóng viên, lãi suất kỳ hạn 12 tháng tại các ngân hàng dao động "
            "từ 4,8% đến 6,3%/năm, tăng nhẹ so với tháng trước.\n"
            "Ngân hàng\t6 tháng\t12 tháng\nVietcombank\t3,0\t4,7\nABBank\t5,6\t5,9\n"
            "Các chuyên gia dự báo lãi suất huy động sẽ tiếp tục tăng nhẹ đến cuối năm do nhu cầu "
            "tín dụng tăng cao.\n")
    result = clean(text.encode(), "case.txt")
    assert "ABBank 5,6 5,9" in result.text  # kept, as a row
    assert not [b for b in result.document.blocks
                if isinstance(b, Heading) and "ABBank" in plain_text(b.inlines)]


def test_a_numbered_line_over_its_text_is_a_heading_numbered_items_stay_a_list():
    text = "\n".join([
        "Kết quả Hội nghị giao ban quản lý nhà nước quý III năm 2024", "",
        _TEXT, "",
        "1. Về kết quả đạt được",
        "Doanh thu lĩnh vực thông tin và truyền thông quý III ước đạt 1.020 nghìn tỷ đồng, tăng "
        "13,5% so với cùng kỳ năm 2023, nộp ngân sách nhà nước ước đạt 38 nghìn tỷ đồng.",
        "2. Về nhiệm vụ trọng tâm quý IV",
        "Tiếp tục triển khai Chiến lược phát triển kinh tế số và xã hội số, đẩy mạnh phát triển hạ "
        "tầng số, phủ sóng 5G tại các khu công nghiệp và trung tâm đô thị.", "",
        "Các địa phương được chọn:",
        "1. Hà Nội",
        "2. Thành phố Hồ Chí Minh, nơi tập trung nhiều doanh nghiệp công nghệ số nhất cả nước",
        "3. Đà Nẵng", ""])
    doc = clean(text.encode(), "case.txt").document
    headings = [plain_text(b.inlines) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == ["1. Về kết quả đạt được", "2. Về nhiệm vụ trọng tâm quý IV"]
    assert [len(b.items) for b in doc.blocks if isinstance(b, ListBlock)] == [3]


@pytest.mark.parametrize("line,reason", [
    ("← previous: chasing quick fixes to sustainability", "navigation"),
    ("newer posts →", "navigation"),
    ("← vorherige nächste →", "navigation"),
    ("the ratio went from 2 → 3 within a year, the report says", ""),
    ("« bienvenue au pays des sentiments blessés »", "")])
def test_a_link_to_the_previous_or_next_post_is_navigation_by_its_arrow(line, reason):
    assert _chrome_worded(line) == reason


def test_every_chrome_line_wording_is_anchored_at_the_line_start():
    """ANY_CHROME_LINE joins them in one pattern searched in every short line: one branch that
    may match anywhere ("^←|→$" has one) makes every search scan the whole line."""
    from re import _parser  # type: ignore[attr-defined]

    from normalize import vocabulary as V
    for pattern, _ in V.CHROME_LINES:
        first = _parser.parse(pattern.pattern)[0]
        assert first == (_parser.AT, _parser.AT_BEGINNING), pattern.pattern


def test_a_pattern_for_lower_cased_text_may_not_hold_capitals():
    from normalize.vocabulary import lower_case
    assert lower_case(r"^\S+ says:$").search("jbaxt says:")
    with pytest.raises(ValueError):
        lower_case(r"^[CF]$")


def test_the_title_is_the_headline_worded_as_the_article_below_it():
    meta = _clean_case("a headline worded as the article").document.meta
    assert meta.title == "City council approves new budget for public libraries"


@pytest.mark.parametrize("opening,title", [
    ("a headline above a byline that reads", "Daily Deals: Cheaper laptops, tablets and headphones "
                                             "for the holidays"),
    ("a date above the headline is not", "Senate adjourns after a motion over the police chief's summons"),
    ("a photo credit above the headline", "Farmers brace for a dry summer as the reservoirs run low"),
    ("a breadcrumb trail above the headline", "Winter light on the northern coast"),
    ("a call to follow the writer", "Glaciers in the Alps lost a tenth of their ice in two summers"),
    ("a headline sharing a word", "Jupiter gains a dozen new companions"),
    ("a headline far above its article", "Orchestra strikes a deal to keep its concert hall open for "
                                         "ten more years"),
    ("a headline in a script written without spaces", "宇航员在太空中能不能喝酒")])
def test_the_title_is_the_headline_not_what_stands_by_it(opening, title):
    assert _clean_case(opening).document.meta.title == title


@pytest.mark.parametrize("opening,title,authors", [
    ("a match report of short paragraphs", "ĐT Việt Nam hòa Thái Lan 2-2 trong trận cầu nhiều cảm "
                                           "xúc ở Mỹ Đình", ("Hoàng Anh",)),
    ("a recipe's lead over its ingredients", "Cách làm cá kho tộ đậm đà, thơm lừng chuẩn vị miền Tây",
     ("Thu Hà",)),
    ("a notice's opening sentence", "Thông báo tuyển dụng viên chức y tế huyện năm 2024", ()),
    ("a journal article's authors", "Đánh giá hiệu quả mô hình lớp học đảo ngược trong đào tạo giáo "
                                    "viên tiểu học", ("Lê Thị Hồng Nhung", "Phạm Văn Khánh")),
    ("a portal's photos at the article's end", "Huyện tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm "
                                               "2024 tại xã Bích Hòa", ("Thu Hà",))])
def test_a_vietnamese_headline_is_the_title_not_the_sites_name_with_its_authors(opening, title,
                                                                                  authors):
    """Neither an outlet's credit opening the lead ("(Bóng Đá Số) - ") nor a caption's ("Ảnh:
    Bếp Nhà Ta") makes the site's name the title; an article of short paragraphs has one too."""
    meta = _clean_case(opening).document.meta
    assert meta.title == title and meta.authors == authors


@pytest.mark.parametrize("line,wording", [
    ("20/11/2024 08:15 Lượt xem: 1.234", "20/11/2024 08:15"),
    ("Ngày 12/11/2024 - Lượt xem: 2.345", "Ngày 12/11/2024"),
    ("Ngày đăng: 18/11/2024 | Lượt xem: 1.204", "Ngày đăng: 18/11/2024"),
    ("Nov 5, 2020 · 1,234 views", "Nov 5, 2020"),
    ("Chuyên mục: Tin tức - Sự kiện | Ngày đăng: 16/11/2024", "Ngày đăng: 16/11/2024"),
    ("23/11/2024 | 10:15", "23/11/2024 | 10:15"),
    ("23 Tháng Mười Một, 2026 bởi Ngọc Lan", "23 Tháng Mười Một, 2026"),
    ("Posted on January 5, 2020 at 10:30 am by John Smith", "Posted on January 5, 2020 at 10:30 am"),
    ("23-11-2026 - 15:45 PM | Thị trường chứng khoán", "23-11-2026 - 15:45 PM"),  # a category
    ("Cập nhật: 23-11-2026 06:05:12 | Giáo dục", "Cập nhật: 23-11-2026 06:05:12"),  # the section
    ("Published:Tuesday | April 26, 2022 | 9:52 PM", "Published:Tuesday | April 26, 2022 | 9:52 PM")])
def test_a_datelines_wording_leaves_out_a_counter_or_a_writer_set_beside_it(line, wording):
    assert _date_wording(line) == wording


@pytest.mark.parametrize("line,names", [
    ("Tin: Ngọc Hân; Ảnh: Quốc Huy", ("Ngọc Hân", "Quốc Huy")),
    ("Bài: Minh Anh - Ảnh: Hoàng Hà", ("Minh Anh", "Hoàng Hà")),
    ("(Tin, ảnh: Minh Hùng)", ("Minh Hùng",)), ("(Theo Báo Cần Thơ)", None), ("Ảnh: Quốc Huy", None),
    ("Bài và ảnh: NHÓM PV", ("Nhóm PV",)),  # signed in capitals: the abbreviation stays,
    ("BTG (tổng hợp)", ("BTG",)), ("Bài, ảnh: HOÀNG LAN", ("Hoàng Lan",)),  # one with no vowel too
    ("Lê Minh (lược ghi)", ("Lê Minh",)), ("Ngọc Tâm (st)", ("Ngọc Tâm",)),
    ("Bài: PGS, TS Lê Minh, ThS Trần Lan", ("PGS, TS Lê Minh", "ThS Trần Lan"))])  # degrees stay
def test_a_byline_naming_what_each_did_gives_them_all(line, names):
    assert _byline_names(line) == names


@pytest.mark.parametrize("line,names", [
    ("Posted on January 5, 2020 at 10:30 am by John Smith", ("John Smith",)),
    ("Đăng ngày 10/11/2024 bởi Minh Thư", ("Minh Thư",)),
    ("11/11/2024 lúc 08:12", None), ("Published January 5, 2020 by the council", None)])
def test_a_dateline_naming_the_writer_after_its_date_gives_the_byline(line, names):
    assert _byline_names(line) == names


@pytest.mark.parametrize("line,names", [
    ("Nguyễn Thị Lan, Trần Văn Bình", ("Nguyễn Thị Lan", "Trần Văn Bình")),
    ("Hà Nội, Đà Nẵng", None), ("Hà Nội, Đà Nẵng, TP Hồ Chí Minh", None),
    ("Nguyễn Thị Lan", None)])
def test_a_line_of_full_names_only_is_authors_one_of_places_or_one_name_is_not(line, names):
    assert _full_names(line) == names


def test_a_title_re_chosen_gives_the_one_it_replaces_back_to_the_navigation_or_the_article():
    from normalize.classify import Label, _set_title, run_rules
    from normalize.pipeline import prepare
    prepared = prepare(_case_text("a headline far above its article").encode(), "case.txt")
    ctx = run_rules(prepared.segmented, prepared.kind)
    texts = [s.text for s in ctx.segments]
    headline, first = texts.index(ctx.found.title), texts.index("Copy this link") + 2
    _set_title(ctx, first, first)  # inside the article: it was its text
    _set_title(ctx, headline, first)
    assert ctx.labels[first] is None and ctx.found.title == texts[headline]
    _set_title(ctx, 0, first)  # above it: the page's navigation
    assert ctx.labels[headline] == Label("chrome", "navigation") and ctx.labels[0] == Label("title")


def test_a_date_under_the_headline_gives_the_date_and_is_not_taken_for_the_title():
    meta = _clean_case("a date between the headline and the byline").document.meta
    assert meta.title == "Buyers stay away as autumn chills the market"
    assert meta.date is not None and meta.date.wording == "Nov. 19, 2019, 8:41 AM UTC"


@pytest.mark.parametrize("opening,wording", [
    ("a date above the headline gives", "12. März 2021"),
    ("a date in figures alone", "04.05.2022"),
    ("a date set between bars", "05. November 2021 | 08:02 Uhr"),  # the opening bar cut
    ("a dated line worded 'Publiziert", "Publiziert am 23. Juli 2013"),
    ("a header bar's date far above", None)])
def test_the_articles_date_is_found_a_header_bars_is_not(opening, wording):
    date = _clean_case(opening).document.meta.date
    assert (date and date.wording) == wording


@pytest.mark.parametrize("opening,authors", [
    ("a headline above a byline that reads", ("Jane Doe",)),  # under a re-chosen title
    ("a byline of two writers", ("Jane Doe", "John Roe")),  # the same, read as byline_top reads it
    ("a byline worded 'Written by", ("Jane Roe",)),
    ("a byline run into its date", ("Laura Smith",)),
    ("a byline with the writer's handle", ("Jane Roe",)),
    ("a byline naming the writer's outlet", ("Troy Smith",)),
    ("a name alone under the standfirst", ("Jane Roe",)),
    ("a name over a button to follow", ("Jane Roe",)),
    ("a byline's word alone over the name", ("Ana Ruiz",)),
    ("a byline's word alone on its line", ("Anja Muster",))])
def test_the_byline_under_the_title_gives_the_author(opening, authors):
    assert _clean_case(opening).document.meta.authors == authors


@pytest.mark.parametrize("byline,authors", [
    ("By Tom Pyman for MailOnline", ("Tom Pyman",)),
    ("By Glen Owen And Brendan Carlin For The Mail On Sunday", ("Glen Owen", "Brendan Carlin")),
    ("By Amy Kuperinsky | NJ Advance Media for NJ.com", ("Amy Kuperinsky",)),
    ("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)",
     ("Eleanor Ainge Roy", "Adrian Malloch"))])
def test_a_byline_gives_its_names_without_the_outlet_or_what_each_did(byline, authors):
    text = _case_text("a byline worded 'Written by").replace("Written by Jane Roe", byline)
    assert clean(text.encode(), "case.txt").document.meta.authors == authors


def test_a_byline_run_into_its_date_gives_no_word_of_the_date_for_a_name():
    text = _case_text("a byline worded 'Written by").replace(
        "Written by Jane Roe", "By Al Root Updated Nov. 19, 2019 8:21 am ET")
    assert clean(text.encode(), "case.txt").document.meta.authors == ("Al Root",)


def test_a_writers_handle_in_capitals_is_no_part_of_the_name():
    text = _case_text("a byline with the writer's handle").replace("@janeroe", "@JaneRoe_2")
    assert clean(text.encode(), "case.txt").document.meta.authors == ("Jane Roe",)


@pytest.mark.parametrize("opening", ["a footer's last line worded as a name",
                                     "a section's name shown twice over the date"])
def test_a_line_worded_as_a_name_that_signs_nothing_gives_no_author(opening):
    assert _clean_case(opening).document.meta.authors == ()


def test_an_english_dateline_gives_the_date_with_its_wording():
    date = _clean_case("an English date").document.meta.date
    assert (date.value, date.wording) == ("2019-11-19T08:40", "November 19th, 2019 at 8:40 AM")


def test_a_byline_that_gives_the_date_too_gives_both():
    text = _case_text("an English date").replace("November 19th, 2019 at 8:40 AM",
                                                 "By Jane Doe | November 19, 2019 at 8:40 AM")
    meta = clean(text.encode(), "case.txt").document.meta
    assert meta.authors == ("Jane Doe",)
    assert (meta.date.value, meta.date.wording) == ("2019-11-19T08:40", "November 19, 2019 at 8:40 AM")


def test_a_date_before_a_byline_after_a_bar_gives_the_author_without_degrees():
    text = _case_text("an English date").replace("November 19th, 2019 at 8:40 AM",
                                                 "November 19, 2019 | BY: Jane Doe, MS, RDN")
    meta = clean(text.encode(), "case.txt").document.meta
    assert meta.authors == ("Jane Doe",)
    assert meta.date.wording == "November 19, 2019"  # the byline is read as the authors


def test_a_byline_of_two_writers_joined_by_and_gives_both_under_a_title_not_dated():
    meta = _clean_case("a dated line over a byline of two writers").document.meta
    assert meta.authors == ("Jane Doe", "John Roe")
    assert meta.title == "City council rejects the new budget after a night of debate"
    assert meta.date.value == "2024-12-06T22:00"


def test_a_last_line_of_words_joined_by_and_is_no_byline_of_two():
    """Only after a byline's word ("By", "Von") does "and" set names apart."""
    paragraphs = "\n\n".join(_case_text("a dated line over a byline").splitlines()[-3:])
    text = f"Home\nCity council rejects the new budget\n\n{paragraphs}\n\nHotels and Restaurants\n"
    assert clean(text.encode(), "case.txt").document.meta.authors == ()


def test_a_call_to_follow_the_site_on_a_network_is_share_a_sentence_going_on_is_not():
    calls = ["Theo dõi Dân trí trên Google News", "Follow Newsbeat on Instagram, Facebook and YouTube."]
    sentences = ["Follow these steps shared on Twitter to report a train groper to the staff.",
                 "Theo dõi trên Facebook, chị Lan nói."]
    text = _case_text('a "read also" teaser') + "\n" + "\n".join(sentences + calls) + "\n"
    result = clean(text.encode(), "case.txt")
    reasons = {r.text: r.reason for r in result.document.audit.removals}
    assert [reasons.get(line) for line in calls + sentences] == ["share", "share", None, None]


@pytest.mark.parametrize("heading", ["Ý kiến (126)", "5 nhận xét:", "Bình luận"])
@pytest.mark.parametrize("box", [[], ["Tin cùng chuyên mục", "Giá cà phê hôm nay tăng mạnh",
                                      "Xuất khẩu thủy sản cán đích 10 tỷ USD sớm"]])
def test_readers_comments_under_a_vietnamese_heading_are_removed_as_comments(heading, box):
    # also under a box of teasers, which ends where the comments' heading stands
    comment = ("Tôi ủng hộ chủ trương này, nhưng thành phố cần làm xong các tuyến metro trước đã, "
               "hiện tại đi xe buýt vẫn rất bất tiện.")
    text = _case_text('a "read also" teaser') + "\n" + "\n".join(
        [*box, heading, "Nguyễn Văn Thành", comment, "Trả lời"]) + "\n"
    reasons = {r.text: r.reason for r in clean(text.encode(), "case.txt").document.audit.removals}
    assert [reasons.get(line) for line in (*box[1:], heading, comment)] \
        == ["related-links"] * len(box[1:]) + ["comments", "comments"]


def test_share_buttons_in_other_languages_are_removed_as_share():
    bar = ["teilen", "twittern", "E-Mail", "Weiterempfehlen Drucken", "Mit Freunden teilen"]
    text = _case_text('a "read also" teaser') + "\n" + "\n".join(bar) + "\n"
    reasons = {r.text: r.reason for r in clean(text.encode(), "case.txt").document.audit.removals}
    assert [reasons[line] for line in bar] == ["share"] * len(bar)


def test_reading_times_and_gallery_counters_are_counters_a_sentence_on_reading_is_not():
    widgets = ["Lesezeit: ca. 3 Minuten", "4 Min. Lesedauer", "Tempo de leitura: 2 minutos",
               "5 min read", "Bild 2 von 10"]
    sentence = "Reading time is what the survey asked the pupils about."
    text = "\n".join(widgets) + "\n\n" + _case_text('a "read also" teaser') + "\n" + sentence + "\n"
    result = clean(text.encode(), "case.txt")
    reasons = {r.text: r.reason for r in result.document.audit.removals}
    assert [reasons.get(line) for line in widgets] == ["counter"] * len(widgets)
    assert sentence in result.text


@pytest.mark.parametrize("counter", ["Số lượt xem: 123", "Lượt đọc: 45", "Lượt xem: 1.523"])
def test_a_vietnamese_view_counter_under_the_date_is_a_counter(counter):
    text = "\n".join(["Trang chủ", _TITLE, "Thứ hai, 13/09/2021 - 08:00", counter, _TEXT]) + "\n"
    removals = clean(text.encode(), "case.txt").document.audit.removals
    assert {r.text: r.reason for r in removals}.get(counter) == "counter"


@pytest.mark.parametrize("line,reason", [
    ("tòa soạn: 40 hàng bài, hoàn kiếm, hà nội", "footer"),
    ("tòa soạn báo chí cách mạng việt nam ra đời năm 1925", "")])  # a sentence opening so
def test_a_papers_office_labelled_so_is_its_footer(line, reason):
    assert _chrome_worded(line) == reason


@pytest.mark.parametrize("line,reason", [
    ("in trang   gửi email", "share"),  # a portal's buttons to print the page and mail it
    ("in trang phục truyền thống lên áo thun", "")])  # a sentence opening with the words
def test_a_portals_print_button_is_a_share_button(line, reason):
    assert _chrome_worded(line) == reason


@pytest.mark.parametrize("line", ["tổng truy cập: 456.789", "tổng số truy cập: 12",
                                  "tổng lượt truy cập: 1.234", "đang online: 12"])
def test_a_portals_visit_counter_is_a_counter(line):
    assert _chrome_worded(line) == "counter"


def test_site_prepass_reads_the_blocks_of_the_body_only_in_any_case_and_the_declared_title():
    from normalize.pipeline import block_keys, prepare
    page = ("<HTML><HEAD><TITLE>Page Title</TITLE></HEAD><BODY><UL><LI><A href='/'>Home</A></LI>"
            "<LI>Sport &amp; Games</LI></UL><P>By <b>Jane</b> Doe</P><P>" + "Word " * 40
            + "</P></BODY></HTML>")
    keys = block_keys(prepare(page.encode(), "page.html"))
    assert keys.short == {"home", "sport & games", "by jane doe"}
    assert keys.long == {" ".join(["word"] * 40)} and keys.title == "page title"


@pytest.mark.parametrize("opening,title,authors,date,section", [
    ("a Vietnamese article signed under", "Người dân vùng ven biển chủ động chằng chống nhà cửa "
     "trước mùa bão", ("Trần Minh",), ("2022-06-14T07:45", "Thứ ba, 14/6/2022, 07:45 (GMT+7)"), ""),
    ("a Vietnamese timestamp with its time zone", "Hơn một triệu thí sinh đăng ký dự thi tốt "
     "nghiệp trung học phổ thông năm nay", ("Hoàng An",), ("2022-06-15T06:30", "15/06/2022 06:30 GMT+7"), ""),
    ("a long Vietnamese menu", "Quốc hội đồng ý bổ sung vốn cho chương trình cải tạo trường học "
     "vùng khó khăn", ("Ngọc Hà",), ("2023-03-10T16:05", "Thứ sáu, 10/03/2023 - 16:05"), ""),
    ("a Vietnamese breadcrumb's entry", "Tỉnh miền núi hoàn thành xóa nhà tạm cho hộ nghèo trước "
     "thời hạn", ("Thu Hằng",), ("2022-06-16T09:15", "Thứ Năm, 09:15, 16/06/2022"), "Xã hội"),
    ("a Vietnamese date over the headline", "Cao tốc Trung Lương - Mỹ Thuận sẽ thông xe trước Tết",
     ("Hoàng Nam",), ("2021-11-25T20:00", "Thứ năm, 25/11/2021, 20:00 (GMT+7)"), "Thời sự"),
    ("a Vietnamese timestamp opening with the site's domain", "Tỉnh ven biển di dời hơn ba nghìn "
     "hộ dân trước khi bão đổ bộ", ("Thanh Hà",), ("2022-10-12T09:40", "VOV.VN - Thứ Tư, 12/10/2022 09:40"),
     "Thời sự"),
    ("a Vietnamese timestamp naming its section", "Xuất khẩu mười tháng đạt hơn 290 tỉ USD", ("Hải Minh",),
     ("2023-11-24T11:02", "24-11-2023 - 11:02 AM"), "Vĩ mô - Đầu tư")])
def test_a_vietnamese_news_page_gives_its_title_author_and_dated_timestamp(
        opening, title, authors, date, section):
    meta = _clean_case(opening).document.meta
    assert (meta.title, meta.authors, meta.section) == (title, authors, section)
    assert meta.date is not None and (meta.date.value, meta.date.wording) == date


_TITLE = "Người dân góp đất mở rộng đường liên xã trước mùa mưa"
_TEXT = ("Hơn bốn mươi hộ dân đã tự nguyện hiến đất, tháo dỡ hàng rào để mở rộng tuyến đường liên xã "
         "dài ba ki-lô-mét, giúp xe cứu thương và xe chở nông sản đi lại thuận tiện hơn.\n"
         "Công trình dự kiến hoàn thành trước mùa mưa, với kinh phí do ngân sách tỉnh và người dân "
         "cùng đóng góp.")


def _meta(above: str = "Trang chủ\nXã hội", under: str = "", end: str = "",
          options: Options | None = None) -> Metadata:
    """The metadata of a short Vietnamese article with the lines given above its title, under
    it, and at its end (cleaned with `options`: a batch's site lines)."""
    text = "\n".join(line for line in (above, _TITLE, under, _TEXT, end) if line) + "\n"
    return clean(text.encode(), "case.txt", options or Options()).document.meta


@pytest.mark.parametrize("wording,value", [
    ("14 giờ 30 phút, ngày 13/9/2021", "2021-09-13T14:30"),
    ("Thứ hai, 13 tháng 9, 2021 14:30", "2021-09-13T14:30"),
    ("Thứ hai, 13/09/2021 14:30 | Thời sự", "2021-09-13T14:30"),  # the weekday is no word too many
    ("Cập nhật 13 tháng 9 năm 2021", "2021-09-13"),
    ("13/09/2021 2:30 CH", "2021-09-13T14:30"),  # "chiều", as a Vietnamese locale writes PM
    ("13/09/2021 9:30 SA", "2021-09-13T09:30"),
    ("8 giờ 15 tối ngày 13/9/2021", "2021-09-13T20:15"),
    ("Thứ hai, 13 tháng 9, 2021", None)])  # the header bar's date of today
def test_a_vietnamese_dated_line_under_the_headline_gives_the_date(wording, value):
    date = _meta(under=wording).date
    assert (date and date.value) == value


@pytest.mark.parametrize("wording,value", [
    ("Ngày 12/10/2023 | 08:30", "2023-10-12T08:30"),
    ("(ĐCSVN) - 12/10/2023 08:30", "2023-10-12T08:30"),  # the site's name in brackets opens it
    ("Thứ Năm, ngày 12/10/2023", None)])  # the header bar's date of today
def test_a_vietnamese_date_alone_over_the_headline_gives_the_date(wording, value):
    date = _meta(above=f"Trang chủ\nXã hội\n{wording}").date
    assert (date and date.value) == value


@pytest.mark.parametrize("trail,section", [
    ("Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng", "Xây dựng Đảng"),
    ("Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng bộ", "Hoạt động của Đảng bộ"),  # 5 syllables
    ("Home » Nông thôn mới » Người dân góp đất mở rộng đường liên xã", "Nông thôn mới"),  # not the title
    ("Home / Nông thôn mới / 2021 / Tháng 9", "Nông thôn mới"),  # not an archive's dates
    ("Startseite > Người dân góp đất", ""),  # the home page is no section
    ("Trang chủ | Par Loïc Le Clerc | 30/9/2018", ""),  # a byline set in the trail is none
    ("Accueil | Société | Par Loïc Le Clerc | 30/9/2018", "Société"),
    ("Nông thôn mới > Giao thông > Đường xã", "")])  # no trail from the home page
def test_a_breadcrumb_trail_over_the_title_ends_in_the_section(trail, section):
    assert _meta(above=trail).section == section


@pytest.mark.parametrize("over,authors,section", [
    ("NGUYỄN HẢI", ("Nguyễn Hải",), "Quốc phòng - An ninh"),  # a writer's name over the title
    ("NGUYỄN HẢI\nThứ ba, 24/11/2026 - 09:00", ("Nguyễn Hải",), "Quốc phòng - An ninh"),  # ... over its date
    ("HÀ NỘI", (), "HÀ NỘI"),  # a section's name in capitals (Hà is a surname too)
    ("VŨ KHÍ", (), "VŨ KHÍ")])
def test_a_vietnamese_writers_name_in_capitals_over_the_title_is_the_byline_not_the_section(
        over, authors, section):
    meta = _meta(above=f"Trang chủ\nQuốc phòng - An ninh\nKinh tế\nQuốc phòng - An ninh\n{over}")
    assert (meta.authors, meta.section) == (authors, section)


@pytest.mark.parametrize("entry,section", [
    ("Tin hoạt động của lãnh đạo tỉnh", "Tin hoạt động của lãnh đạo tỉnh"),
    ("Tin hoạt động của lãnh đạo tỉnh và các sở ban ngành khác", "")])  # more than a crumb has
def test_a_portals_finer_entry_of_many_syllables_over_the_dated_title_is_the_section(entry, section):
    # the breadcrumb under the menu: "Tin tức - Sự kiện" shown again, then the finer entry
    menu = f"Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nVăn bản\nTin tức - Sự kiện\n{entry}"
    assert _meta(above=menu, under="Ngày đăng: 23/11/2026 | Lượt xem: 245").section == section


@pytest.mark.parametrize("menu,section", [
    # the entry shown again over the title, which the duplicate rule set aside as shown twice
    ("Giới thiệu\nTin tức - Sự kiện\nVăn bản\nLiên hệ\nTin tức - Sự kiện", "Tin tức - Sự kiện"),
    ("Giới thiệu\nMưa lớn ở miền Trung\n3 ngày trước\nGiá lúa tăng\n3 ngày trước", ""),  # a teaser's age
    ("Giới thiệu\nVăn bản\nTìm theo: Chủ đề\nLiên hệ\nTìm theo: Chủ đề", ""),  # a search box
    ("Xã hội\nKinh doanh\nThể thao\nXã hội\nChính trị", "Chính trị"),  # a breadcrumb of two
    ("Xã hội\nKinh doanh\nThể thao\nXã hội\n»\nChính trị", "Chính trị"),  # its mark on a line between
    ("Xã hội\nKinh doanh\nThể thao\nChính trị\n»", ""),  # a mark over the title is no section
    ("Xã hội\nKinh doanh\nThể thao\nChính trị", ""),  # a menu's last entry
    ("Trang chủ\nXã hội\nChính trị\nThể thao\nXã hội\nChính trị", ""),  # a menu shown twice
    ("Giới thiệu\nAbout\nLiên hệ\nAbout", ""),  # the site's own page, shown again over the title
    ("Giới thiệu\nREADME.md\nLiên hệ\nREADME.md", ""),
    ("Giới thiệu\nLatestVideoThe BestsReview\nLiên hệ\nLatestVideoThe BestsReview", ""),  # run together
    ("Giới thiệu\nFischerhütte | hejfish.com\nLiên hệ\nFischerhütte | hejfish.com", "")])  # a page's title
def test_a_menus_entry_shown_again_over_the_title_is_the_section(menu, section):
    assert _meta(above=menu).section == section


@pytest.mark.parametrize("above,section", [
    # the site's name in capitals over its portal's name, taken for the title before the headline
    ("BỘ Y TẾ\nCỔNG THÔNG TIN ĐIỆN TỬ\nTrang chủ\nGiới thiệu\nTin tức - Sự kiện\nVăn bản\n"
     "Tin tức - Sự kiện", "Tin tức - Sự kiện"),
    ("ZNEWS\nThời sự\nThế giới\nCông nghệ\nThể thao\nCông nghệ\nMobile", "Mobile")])
def test_the_section_is_read_over_the_headline_not_over_a_line_first_taken_for_the_title(above, section):
    assert _meta(above=above).section == section


@pytest.mark.parametrize("above,section", [
    ("Trang chủ\nTHỜI SỰ", "THỜI SỰ"),  # a section's heading in capitals over the headline
    ("Trang chủ\nMENU", ""),  # a button's word is none
    ("Trang chủ\nSEARCH QUOTES", ""),
    ("Trang chủ\nBREAKING", "")])  # a ticker's
def test_a_line_in_capitals_over_the_title_is_the_section_unless_a_buttons(above, section):
    assert _meta(above=above).section == section


@pytest.mark.parametrize("under,authors", [
    ("Hà Mai\n25/11/2021 10:23 GMT+7", ("Hà Mai",)),  # a name between the headline and its date
    ("25/11/2021 10:23 GMT+7\nHà Mai", ("Hà Mai",)),  # ... or under both
    ("Recent Posts\n25/11/2021 10:23 GMT+7", ()),  # an author box's heading
    ("ByAlex Bozarjian", ("Alex Bozarjian",))])  # "By" glued to the name, as a dump copies it
def test_a_name_by_the_title_and_its_date_is_the_author(under, authors):
    assert _meta(under=under).authors == authors


@pytest.mark.parametrize("under,authors,value", [
    ("Hoàng Anh Thứ bảy, ngày 23/11/2024 10:15 AM (GMT+7)", ("Hoàng Anh",), "2024-11-23T10:15"),
    ("Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", ("Joe Wee",), "2016-02-29T23:10")])
def test_a_name_set_before_the_dates_weekday_is_the_author(under, authors, value):
    meta = _meta(under=under)
    assert (meta.authors, meta.date and meta.date.value) == (authors, value)


@pytest.mark.parametrize("under,authors", [
    ("Thanh Hương - 23/11/2024 10:15", ("Thanh Hương",)),  # a Vietnamese writer, then the date
    ("Minh Anh | 23/11/2024 10:15", ("Minh Anh",)),
    ("Hà Quân 23/11/2024 10:15", ("Hà Quân",)),  # a space only: a page's two spans on one line
    ("Lâm Đồng 23/11/2024 10:15", ()),  # a province
    ("Thời sự 23/11/2024 10:15", ()),  # a section
    ("Cần Thơ - 23/11/2024 10:15", ()),  # a city
    ("Hoà Bình - 23/11/2024 10:15", ()),  # a province, its tone mark set the new way
    ("Kinh tế - 23/11/2024 10:15", ()),  # a section
    ("Thứ Bảy, 23/11/2024 10:15", ()),  # the weekday, set apart by a comma
    ("Thứ Bảy - 23/11/2024 10:15", ())])  # ... or by a dash
def test_a_name_set_apart_from_the_date_under_the_headline_is_the_author(under, authors):
    meta = _meta(under=under)
    assert (meta.authors, meta.date.value) == (authors, "2024-11-23T10:15")


@pytest.mark.parametrize("above,under,section", [
    ("Xã hội\nKinh doanh\nThể thao", "18-11-2024 - 07:40 AM | Kinh doanh", "Kinh doanh"),
    ("Xã hội\nKinh doanh\nThể thao", "Kinh doanh | 18-11-2024 - 07:40 AM", "Kinh doanh"),
    ("Xã hội\nThể thao", "18-11-2024 - 07:40 AM | Kinh doanh", ""),  # no menu lists it
    ("LĐO\nXã hội\nThể thao", "LĐO | 18-11-2024 - 07:40 AM", ""),  # the site's name, not a menu's entry
    ("Xã hội\nKinh doanh\nThể thao", "Kinh doanh", "")])  # no dateline
def test_a_menus_entry_in_the_dateline_past_a_bar_is_the_section(above, under, section):
    assert _meta(above=above, under=under).section == section


@pytest.mark.parametrize("under,authors", [
    ("Đăng bởi Mây vào lúc 20:15, 03/11/2024", ("Mây",)),  # a blog's byline, its time before its date
    ("Người viết: Trần Minh lúc 20:15 ngày 03/11/2024", ("Trần Minh",)),
    ("Minh Khôi\nChia sẻ 0\n18/11/2024 14:20", ("Minh Khôi",)),  # a share button between
    ("Minh Khôi\nBình luận\n18/11/2024 14:20", ())])  # a box's heading is no button
def test_a_byline_by_its_date_or_over_a_share_button_over_it_gives_the_author(under, authors):
    assert _meta(under=under).authors == authors


@pytest.mark.parametrize("end,authors", [
    ("Đăng bởi Lan Nguyễn vào lúc 20:15\nNhãn: du lịch", ("Lan Nguyễn",)),  # Blogger's, in Vietnamese
    ("Đăng bởi Lan Nguyễn lúc 8:15 SA\nNhãn: du lịch", ("Lan Nguyễn",)),  # a.m. is sáng
    ("Posted by Jane Doe at 8:15 PM\nLabels: travel", ("Jane Doe",)),
    ("Đăng lúc 20:15\nNhãn: du lịch", ())])  # the time, and no one
def test_a_blog_posts_byline_under_it_with_its_time_alone_gives_the_author(end, authors):
    assert _meta(end=end).authors == authors


_POST = "".join(f"Ngày thứ {day}, mình cùng mấy đứa bạn đạp xe ra bãi giữa sông Hồng ngắm hoa cải, "
                "đường xuống bãi khá nhỏ nên phải dắt xe một đoạn dài.\n\n"
                for day in range(1, 9))  # longer than a byline under the title


@pytest.mark.parametrize("above,end,date,authors", [
    ("Góc nhỏ của Lan\nTrang chủ\nThứ Bảy, 21 tháng 11, 2026", "Đăng bởi Lan Nguyễn vào lúc 20:15",
     "2026-11-21", ("Lan Nguyễn",)),
    ("Góc nhỏ của Lan\nTrang chủ\nThứ Bảy, 21 tháng 11, 2026", "Lan Nguyễn",  # no time: a header
     None, ("Lan Nguyễn",)),                                                   # bar's date of today
    ("Thứ Bảy, 21 tháng 11, 2026\nGóc nhỏ của Lan\nTrang chủ\nDu lịch\nẨm thực\nSức khỏe\nGia đình",
     "Đăng bởi Lan Nguyễn vào lúc 20:15", None, ("Lan Nguyễn",))])  # far above the title
def test_a_blog_posts_date_over_its_title_is_its_date_when_its_byline_gives_the_time_alone(
        above, end, date, authors):
    text = "\n".join((above, "Mùa hoa cải ở bãi giữa sông Hồng", _POST + end, "Nhãn: du lịch")) + "\n"
    meta = clean(text.encode(), "case.txt").document.meta
    assert (meta.date.value if meta.date else None, meta.authors) == (date, authors)


_MATCH = """Thể thao
Bóng đá Việt Nam
Hà Nội FC thắng đậm Hải Phòng ở vòng 10 V-League
Thứ Ba, 24/11/2026 21:30
Hà Nội FC giành chiến thắng 3-0 trước Hải Phòng trên sân Hàng Đẫy tối 24/11, qua đó vươn lên dẫn đầu.
Phút 18, Văn Quyết mở tỷ số sau pha phối hợp đập nhả với Tuấn Hải ở rìa vòng cấm.

Sang hiệp hai, Tuấn Hải lập cú đúp, ấn định chiến thắng 3-0 cho Hà Nội FC.

Đội hình xuất phát
Hà Nội FC: Văn Công, Thành Chung, Duy Mạnh, Việt Anh, Văn Hậu, Hùng Dũng, Văn Quyết, Tuấn Hải.
Hải Phòng: Đình Triệu, Hải Huy, Đức Nam, Văn Minh, Triệu Việt Hưng, Hữu Sơn, Hoàng Nam.
"""
_STANDINGS = "Bảng xếp hạng\n1\tHà Nội FC\t10\t22\n2\tNam Định\t10\t21\n"


@pytest.mark.parametrize("end,authors,kept", [
    (_STANDINGS + "Hoàng Nguyên\nVideo bàn thắng\nLịch thi đấu", ("Hoàng Nguyên",), True),
    (_STANDINGS.split("\n", 1)[1] + "Hoàng Nguyên\nVideo bàn thắng", ("Hoàng Nguyên",), True),  # no heading
    (_STANDINGS + "Video bàn thắng\nLịch thi đấu", (), False),  # no one signs under it: a box
    ("Bảng xếp hạng\n1\tHà Nội FC\t10\t22\nHoàng Nguyên\nVideo bàn thắng", (), False)])  # one row
def test_a_name_under_the_table_closing_the_article_signs_it_and_the_table_is_the_articles(
        end, authors, kept):
    cleaned = clean((_MATCH + end + "\n").encode(), "case.txt")
    rows = [line for line in cleaned.text.splitlines() if line.startswith(("1 Hà Nội", "2 Nam"))]
    assert (cleaned.document.meta.authors, bool(rows)) == (authors, kept)


@pytest.mark.parametrize("under", ["Hà Nội, Thứ bảy, ngày 23/11/2024 10:15",
                                   "Hà Nội Thứ bảy, ngày 23/11/2024 10:15"])
def test_a_place_before_the_dates_weekday_is_no_author(under):
    assert _meta(under=under).authors == ()


@pytest.mark.parametrize("shown,wording", [
    ("Thứ bảy, 23/11/2024, 10:15 (GMT+7)", "Thứ bảy, 23/11/2024, 10:15 (GMT+7)"),  # the same date
    ("Thứ bảy, 23/11/2024, 11:30 (GMT+7)", "2024-11-23T10:15:00+07:00")])  # another: the head's
def test_a_date_the_head_declares_keeps_the_wording_of_a_dateline_giving_it(shown, wording):
    page = ('<html><head><meta property="article:published_time" content="2024-11-23T10:15:00+07:00">'
            f'</head><body><article><span class="date">{shown}</span>'
            "<h1>Hà Nội mở thêm ba tuyến buýt điện nối sân bay Nội Bài</h1>"
            + "<p>Sở Giao thông vận tải cho biết ba tuyến buýt điện mới sẽ chạy từ 5h đến 22h.</p>" * 3
            + "</article></body></html>")
    date = clean(page.encode(), "page.html").document.meta.date
    assert (date.value, date.wording) == ("2024-11-23T10:15", wording)


def test_an_html_heading_of_running_text_is_a_paragraph_a_question_stays_a_heading():
    lead = "(Dân trí) - Sáng 23/11, hơn 1.000 học sinh có hoàn cảnh khó khăn ở miền Trung đã nhận học bổng."
    question = "Thưa ông, vì sao chương trình học bổng này được duy trì suốt mười năm liên tiếp như vậy?"
    page = ("<html><body><article><h1>Hơn 1.000 học sinh được nhận học bổng vượt khó</h1>"
            f"<h2>{lead}</h2>"
            + "<p>Mỗi suất học bổng trị giá 3 triệu đồng, trao cho học sinh từ lớp 6 đến lớp 12.</p>" * 2
            + f"<h3>{question}</h3><p>Vì các nhà hảo tâm vẫn đồng hành cùng chương trình.</p>"
            + "<h2>Tiếp sức đến trường</h2><p>Nhiều em có thêm điều kiện mua sách vở và đồ dùng.</p>"
            + "</article></body></html>")
    blocks = clean(page.encode(), "page.html").document.blocks
    kinds = {plain_text(b.inlines): type(b).__name__ for b in blocks if hasattr(b, "inlines")}
    assert (kinds[lead], kinds[question], kinds["Tiếp sức đến trường"]) == ("Paragraph", "Heading", "Heading")


@pytest.mark.parametrize("declared,site,headline", [
    ("Diễn đàn Xe Việt :: Kinh nghiệm thay dầu xe máy", "", "Kinh nghiệm thay dầu xe máy"),
    ("Hà Nội thí điểm vùng phát thải thấp - VnExpress", "VnExpress", "Hà Nội thí điểm vùng phát thải thấp"),
    ("Tuổi Trẻ Online - Giá xăng giảm lần thứ ba", "Tuổi Trẻ Online", "Giá xăng giảm lần thứ ba"),
    ("Mozilla - Wikipedia", "", "Mozilla"),  # as long: the last part is the site's
    ("Über André Loibl |", "", "Über André Loibl"),
    ("Man Utd 2 - 1 Arsenal", "", "Man Utd 2 - 1 Arsenal"),  # a score, no site
    ("Ba điều cần biết về thuế thu nhập cá nhân - những thay đổi từ năm 2025", "",
     "Ba điều cần biết về thuế thu nhập cá nhân - những thay đổi từ năm 2025")])  # both long
def test_the_declared_headline_leaves_out_the_sites_name(declared, site, headline):
    assert declared_headline({"title": declared, "site": site}) == headline


def test_a_page_with_no_heading_worded_as_its_title_takes_its_heads_and_keeps_its_lines():
    # a forum's post: no heading; its last line, short and headline-like, was taken for the title
    last = "Chúc các bác thành công!"
    page = ("<html><head><title>Diễn đàn Xe Việt :: Kinh nghiệm thay dầu xe máy</title></head><body>"
            "<div class='post'>Chào các bác,<br><br>Mình đi xe tay ga được 2 năm, tự thay dầu ở nhà "
            "cũng được hơn chục lần nên chia sẻ chút kinh nghiệm cho anh em mới.<br><br>Nên thay dầu "
            "sau mỗi 1.500 đến 2.000 km, nếu đi nhiều trong phố đông thì nên thay sớm hơn vì máy phải "
            f"nổ không tải nhiều.<br><br>{last}</div></body></html>")
    document = clean(page.encode(), "page.html").document
    assert document.meta.title == "Kinh nghiệm thay dầu xe máy"
    assert last in [plain_text(b.inlines) for b in document.blocks if hasattr(b, "inlines")]


@pytest.mark.parametrize("contents", ["Mục lục", "Table of Contents"])
def test_a_pages_contents_box_goes_with_its_links_and_the_headings_stay(contents):
    # its entries are links the page marks as navigation already; its heading stood alone
    entries = ["1. Chuẩn bị dụng cụ", "2. Ngâm và ủ hạt"]
    page = ("<html><body><article><h1>Cách trồng rau mầm tại nhà cho người mới bắt đầu</h1>"
            "<p>Rau mầm giàu vitamin, dễ trồng và chỉ vài ngày là có thể thu hoạch ngay tại bếp.</p>"
            f'<div class="toc"><p>{contents}</p><ul>'
            + "".join(f'<li><a href="#{i}">{e}</a></li>' for i, e in enumerate(entries)) + "</ul></div>"
            f"<h2>{entries[0]}</h2><p>Bạn cần một khay nhựa có lỗ thoát nước và hạt giống rau mầm.</p>"
            f"<h2>{entries[1]}</h2><p>Ngâm hạt trong nước ấm khoảng 6 đến 8 tiếng rồi ủ trong khăn ẩm.</p>"
            "</article></body></html>")
    document = clean(page.encode(), "page.html").document
    removed = {r.text: r.reason for r in document.audit.removals}
    headings = [plain_text(b.inlines) for b in document.blocks if isinstance(b, Heading)]
    assert removed[contents] == "navigation" and headings == entries


def test_a_date_in_the_authors_box_is_the_articles_date():
    page = ("<html><body><article><h1>Hơn 1.000 học sinh được nhận học bổng vượt khó</h1>"
            '<div class="author-wrap"><div class="author-name"><b>Hoàng Anh</b></div>'
            "<time>Thứ bảy, 23/11/2024 - 10:15</time></div>"
            + "<p>Mỗi suất học bổng trị giá 3 triệu đồng, trao cho học sinh từ lớp 6 đến lớp 12.</p>" * 3
            + "</article></body></html>")
    meta = clean(page.encode(), "page.html").document.meta
    assert (meta.authors, meta.date.value, meta.date.wording) \
        == (("Hoàng Anh",), "2024-11-23T10:15", "Thứ bảy, 23/11/2024 - 10:15")


@pytest.mark.parametrize("above,section", [
    ('<a href="/thoi-su.htm">Thời sự</a>', "Thời sự"),  # the menu's entry, linked again over the title
    ('<a href="/shop">SHOP</a>', "")])  # a button no menu listed
def test_a_link_over_an_html_title_to_a_menus_entry_is_the_section(above, section):
    page = ('<html><body><ul class="menu"><li><a href="/thoi-su.htm">Thời sự</a></li>'
            '<li><a href="/the-gioi.htm">Thế giới</a></li><li><a href="/kinh-te.htm">Kinh tế</a></li></ul>'
            f"<div>{above}</div><h1>Khánh thành cầu Rạch Miễu 2 sau ba năm thi công</h1>"
            + "<p>Cầu dài gần 3 km, có 4 làn xe, tổng vốn đầu tư khoảng 5.000 tỉ đồng từ ngân sách.</p>" * 3
            + "</body></html>")
    assert clean(page.encode(), "page.html").document.meta.section == section


_PORTAL = ('<html><body><table><tr><td colspan="2"><a href="/">Trang chủ</a> | '
           '<a href="/tin-tuc">Tin tức - Sự kiện</a> | <a href="/van-ban">Văn bản</a></td></tr><tr><td>'
           '<table><tr><td><a href="/tin-tuc">Tin tức - Sự kiện</a></td></tr>'
           '<tr><td><a href="/kinh-te">Kinh tế</a></td></tr></table>'
           "<p><b>Thống kê truy cập</b><br>Đang truy cập: 25<br>Tổng lượt truy cập: 1.234.567</p></td>"
           "<td><b>Tin tức - Sự kiện</b><p><b>Huyện Cờ Đỏ tổng kết công tác dân vận năm 2024</b></p>"
           + "Sáng 20/11, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận.<br><br>" * 3
           + "</td></tr></table></body></html>")


def test_a_box_of_lines_each_worded_as_chrome_is_chrome():
    removals = clean(_PORTAL.encode(), "page.html").document.audit.removals
    assert [r.reason for r in removals if r.text.startswith("Thống kê truy cập")] == ["counter"]


def test_a_menus_entry_shown_again_over_the_headline_is_not_the_title_though_long_enough():
    meta = clean(_PORTAL.encode(), "page.html").document.meta
    assert (meta.title, meta.section) \
        == ("Huyện Cờ Đỏ tổng kết công tác dân vận năm 2024", "Tin tức - Sự kiện")


def test_a_name_is_not_read_across_a_line_break_before_the_dates_weekday():
    page = ("<html><body><article><h1>Democrats meet for their fifth debate in Atlanta</h1>"
            "<p>The Associated Press<br>Published Monday, November 18, 2019 8:22AM EST</p>"
            + "<p>New uncertainty hangs over the primary as ten candidates meet again.</p>" * 3
            + "</article></body></html>")
    assert clean(page.encode(), "page.html").document.meta.authors == ()


def test_a_date_other_pages_of_the_site_repeat_is_still_the_articles():
    batch = Options(site_lines=frozenset({site_key("25/11/2021 10:23 GMT+7")}))  # the same minute
    assert _meta(under="25/11/2021 10:23 GMT+7", options=batch).date.value == "2021-11-25T10:23"


def test_a_name_by_the_title_and_its_date_is_the_author_though_other_pages_repeat_it():
    batch = Options(site_lines=frozenset({site_key("Hà Mai")}))  # the reporter signs them too
    assert _meta(under="Hà Mai\n25/11/2021 10:23 GMT+7", options=batch).authors == ("Hà Mai",)


def test_the_sites_name_over_the_date_is_no_author_the_name_under_it_is():
    meta = _meta(above="TIỀN PHONG\nTrang chủ\nXã hội", under="Tiền Phong\n25/11/2021 10:23 GMT+7\nHà Mai")
    assert meta.authors == ("Hà Mai",)


def test_a_page_ending_in_its_title_and_date_gives_both():
    """Nothing under them to look for a name in (an index out of range, once)."""
    meta = clean(f"Trang chủ\nThời sự\n{_TITLE}\n20/11/2021 08:15\n".encode(), "case.txt").document.meta
    assert (meta.title, meta.date and meta.date.value) == (_TITLE, "2021-11-20T08:15")


@pytest.mark.parametrize("under,section", [
    ("Chuyên mục: Giao thông", "Giao thông"),
    ("Đăng ngày 13/09/2021 | Chuyên mục: Giao thông, Xã hội", "Giao thông"),  # in the dateline
    ("Posted in Local News", "Local News"),
    ("Posted in the comments tab", ""),
    ("Kategorien\nReisen", "")])  # a sidebar's heading: no colon, nothing named
def test_a_line_under_the_title_naming_the_category_gives_the_section(under, section):
    assert _meta(under=under, above="").section == section


@pytest.mark.parametrize("signature,authors", [
    ("Ngọc Tâm (Ban Tuyên giáo Quận ủy)", ("Ngọc Tâm",)),  # the writer's body in brackets
    ("ThS. Trần Thị Mai - Trường Chính trị thành phố", ("ThS. Trần Thị Mai",)),  # ... or after a dash
    ("Lê Văn Hùng - Phó Trưởng Ban Tuyên giáo Quận ủy", ("Lê Văn Hùng",)),  # the writer's office
    ("Minh Tâm - Văn phòng HĐND-UBND huyện", ("Minh Tâm",)),  # a hyphen inside its name
    ("Ngọc Tâm – Thanh Bình", ("Ngọc Tâm", "Thanh Bình")),  # two names, an en dash between
    ("Theo Minh Anh/VOV.VN", ("Minh Anh",)),
    ("Thanh Tùng/Báo Tin tức", ("Thanh Tùng",)),  # the writer's paper after the slash
    ("Đại tá Nguyễn Văn Cường", ("Đại tá Nguyễn Văn Cường",)),  # a rank before the name
    ("Nhà báo Lê Minh, Luật sư Trần Hùng", ("Nhà báo Lê Minh", "Luật sư Trần Hùng")),
    ("Tin: Minh Anh", ("Minh Anh",)),
    ("Ngọc Tâm (Nguồn: TTXVN)", ("Ngọc Tâm",)),
    ("Phương Linh (T/h)", ("Phương Linh",)),  # "tổng hợp" (compiled), abbreviated
    ("Minh Anh (TH)", ("Minh Anh",)),
    ("Tác giả: Phòng Nghiệp vụ Y", ("Phòng Nghiệp vụ Y",)),  # an office signs after "Tác giả:"
    ("Bài: Ban Tuyên giáo Tỉnh ủy", ("Ban Tuyên giáo Tỉnh ủy",)),
    ("Tác giả: Ủy ban nhân dân xã Mỹ Khánh", ("Ủy ban nhân dân xã Mỹ Khánh",)),  # a capital Ủ
    ("Tác giả: Phó Giáo sư Lê Hùng", ("Phó Giáo sư Lê Hùng",)),  # a person with a title, no office
    ("Phòng Nghiệp vụ Y", ("Phòng Nghiệp vụ Y",)),  # ... and alone under the article too
    ("Ủy ban nhân dân xã Mỹ Khánh\nTin liên quan\nHội nghị sơ kết", ("Ủy ban nhân dân xã Mỹ Khánh",)),
    ("Ủy ban nhân dân xã Mỹ Khánh\nĐịa chỉ: ấp Mỹ Ái\nĐiện thoại: 0292 3898 123", ()),  # the owner
    ("ỦY BAN NHÂN DÂN XÃ MỸ KHÁNH\nTin liên quan\nHội nghị sơ kết", ()),  # a site's name, in capitals
    ("Báo Cần Thơ\nTin liên quan\nHội nghị sơ kết", ()),  # a paper alone: the source, no writer
    ("T.K", ("T.K",)),  # a writer's initials alone
    ("N.T.H.", ("N.T.H.",)),
    ("Th.H", ("Th.H",)),
    ("PV", ("PV",)),  # a reporter's title, no name
    ("Nhóm phóng viên", ("Nhóm phóng viên",)),
    ("PV/VTV", ("PV/VTV",)),
    ("TP.HCM", ()),  # a place, its parts in capitals
    ("pv", ()),
    ("PV: Thưa ông, xin cảm ơn ông!", ()),  # "ông" is no name, though its "ô" is in À-Ỹ
    ("Hà Nội (Việt Nam)", ())])
def test_a_vietnamese_signature_gives_its_writers(signature, authors):
    assert _meta(end=signature).authors == authors


def test_an_english_line_worded_as_names_under_the_article_gives_no_author():
    assert _clean_case("an English line worded as names under").document.meta.authors == ()


@pytest.mark.parametrize("signature", ["Tin, ảnh: TRẦN MINH", "Bài và ảnh: Trần Minh",
                                       "Trần Minh (thực hiện)"])
def test_a_vietnamese_signature_with_its_role_under_the_article_gives_the_author(signature):
    text = _case_text("a Vietnamese article signed under").replace("Trần Minh", signature)
    assert clean(text.encode(), "case.txt").document.meta.authors == ("Trần Minh",)


def test_a_vietnamese_header_bars_date_gives_no_date_the_section_above_the_rechosen_title_is_read():
    meta = _clean_case("a Vietnamese header bar's date").document.meta
    assert meta.title == "Thành phố đề xuất mở thêm hai tuyến xe buýt nối sân bay với trung tâm"
    assert (meta.date, meta.section) == (None, "GIAO THÔNG")


def test_a_source_credit_gives_no_writer_a_menus_last_entry_no_section():
    assert _clean_case("a Vietnamese source credit").document.meta.authors == ()
    assert _clean_case("a menu shown twice").document.meta.section == ""


def test_readers_comments_under_the_article_are_removed_as_comments_the_list_after_as_related():
    removed = {r.text: r.reason for r in _clean_case("readers' comments under").document.audit.removals}
    assert removed["Lê Thị Hoa"] == removed["Trả lời"] == "comments"
    assert removed["Học sinh nghỉ Tết mười ngày"] == "related-links"


_PAGE = """<html lang="vi"><head><title>Người dân góp đất mở rộng đường liên xã</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav>{trail}
<h1>Người dân góp đất mở rộng đường liên xã</h1>
<p>Hơn bốn mươi hộ dân đã tự nguyện hiến đất, tháo dỡ hàng rào để mở rộng tuyến đường liên xã dài ba
ki-lô-mét, giúp xe cứu thương và xe chở nông sản đi lại thuận tiện hơn trong mùa mưa.</p>
</body></html>"""


@pytest.mark.parametrize("trail,section", [
    ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li>'
     '<li><a href="/xa-hoi/nong-thon">Nông thôn mới</a></li></ul>', "Nông thôn mới"),
    ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/hd">Hoạt động của Đảng bộ'
     '</a></li></ul>', "Hoạt động của Đảng bộ"),  # a page declaring its language: five syllables
    ('<ol itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Home</a></li><li><a href="/gt">'
     'Giao thông</a></li><li>Người dân góp đất</li></ol>', "Giao thông"),  # not the title's words
    ("", "")])
def test_a_pages_breadcrumb_trail_gives_its_section(trail, section):
    page = _PAGE.format(trail=trail)
    assert clean(page.encode(), "page.html").document.meta.section == section


# an administrative document alone, as a user copies it out of a law library
_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
-------	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1875/QĐ-UBND	Hậu Giang, ngày 15 tháng 11 năm 2024

{kind}
{subject}

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.	TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH


{signer}
"""


def _decision(kind: str = "QUYẾT ĐỊNH", subject: str = "Về việc ban hành Quy chế làm việc",
              signer: str = "Trần Văn Huyến", options: Options | None = None) -> Cleaned:
    text = _DECISION.format(kind=kind, subject=subject, signer=signer)
    return clean(text.encode(), "case.txt", options or Options())


def test_an_administrative_documents_page_gives_its_headline_its_signer_and_its_date_no_counter():
    meta = _clean_case("an administrative decision on").document.meta
    assert meta.title.startswith("Quyết định về việc ban hành Quy chế làm việc")
    assert meta.authors == ("Trần Văn Huyến",)
    assert meta.date is not None and (meta.date.value, meta.date.wording) == ("2024-11-18",
                                                                               "Ngày đăng: 18/11/2024")


def test_a_decrees_parts_and_articles_names_are_headings_its_recipients_a_list():
    doc = _clean_case("a decree pasted").document
    headings = [plain_text(b.inlines) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == ["NGHỊ ĐỊNH", "VỀ CÔNG TÁC VĂN THƯ", "Chương I", "QUY ĐỊNH CHUNG",
                        "Điều 1. Phạm vi điều chỉnh", "Chương II", "ĐIỀU KHOẢN THI HÀNH",
                        "Điều 2. Hiệu lực thi hành"]
    lists = [[plain_text(item.inlines) for item in b.items] for b in doc.blocks if isinstance(b, ListBlock)]
    # the last row of the pasted table holds the last recipient and, in the next column, the
    # signature's first line: a row is one block, its cells apart by a space (the text as pasted)
    assert lists == [["- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, TCCV (2b). TM. CHÍNH PHỦ"]]
    assert (doc.meta.title, doc.meta.authors) == ("Nghị định 30/2020/NĐ-CP về công tác văn thư",
                                                  ("Nguyễn Xuân Phúc",))
    assert doc.meta.date is not None and doc.meta.date.wording == "Hà Nội, ngày 05 tháng 3 năm 2020"


@pytest.mark.parametrize("kind,subject,title", [
    ("QUYẾT ĐỊNH", "Về việc ban hành Quy chế làm việc", "Quyết định về việc ban hành Quy chế làm việc"),
    ("NGHỊ ĐỊNH", "VỀ CÔNG TÁC VĂN THƯ", "NGHỊ ĐỊNH VỀ CÔNG TÁC VĂN THƯ"),
    ("V/v tăng cường công tác phòng, chống bão", "Kính gửi: Các sở, ban, ngành tỉnh.",
     "V/v tăng cường công tác phòng, chống bão")])  # an official letter: its subject
def test_an_administrative_document_alone_is_named_dated_and_signed_by_its_frame(kind, subject, title):
    cleaned = _decision(kind, subject)
    meta = cleaned.document.meta
    assert (meta.title, meta.authors) == (title, ("Trần Văn Huyến",))
    assert meta.date is not None and (meta.date.value, meta.date.wording) == (
        "2024-11-15", "Hậu Giang, ngày 15 tháng 11 năm 2024")
    assert not cleaned.document.audit.removals  # nothing of it is chrome
    assert cleaned.text.splitlines()[0] == "ỦY BAN NHÂN DÂN"


def test_a_signers_name_in_capitals_is_no_author_and_the_document_stays_whole():
    cleaned = _decision(signer="TRẦN VĂN HUYẾN")
    assert cleaned.document.meta.authors == ()
    assert cleaned.text.splitlines()[-1] == "TRẦN VĂN HUYẾN"


def test_an_administrative_documents_frame_that_other_pages_of_the_portal_repeat_stays_in_a_batch():
    """In a batch, the portal's other documents repeat the motto, the signer's post and the
    recipients' last line."""
    alone = _decision()
    repeated = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "CHỦ TỊCH",
                "Nơi nhận:", "ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "Trần Văn Huyến"}
    in_batch = _decision(options=Options(site_lines=frozenset(map(site_key, repeated))))
    assert in_batch.text == alone.text and in_batch.document.meta == alone.document.meta


@pytest.mark.parametrize("lines", [
    # the republic named in capitals over an article's paragraph: no number, no place and date
    ["Kỷ niệm Quốc khánh", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Khẩu hiệu được treo trên các tuyến phố, ngày 2 tháng 9 năm 2024 trời nắng đẹp."],
    # ... and in running text, beside a number
    ["Số: 12/QĐ-UBND", "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua luật này."],
    # ... and at a line's end, after words that are no issuer, rule or number
    ["Số: 12/QĐ-UBND", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]])
def test_a_page_naming_the_republic_holds_no_administrative_document(lines):
    assert find_frame(lines) is None


def test_a_documents_head_and_close_are_read_when_spaces_join_their_cells():
    """A form that turned the tabs of a pasted table into spaces joins the cells of each row."""
    lines = ["Tải về", "CHÍNH PHỦ", "------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Số: 30/2020/NĐ-CP Hà Nội, ngày 05 tháng 3 năm 2020",
             "NGHỊ ĐỊNH", "VỀ CÔNG TÁC VĂN THƯ", "Điều 1. Phạm vi điều chỉnh", "Nơi nhận:",
             "- Lưu: VT, TCCV (2b). TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Xuân Phúc", "Văn bản liên quan"]
    frame = find_frame(lines)
    assert frame is not None and (frame.start, frame.body, frame.close, frame.end) == (1, 5, 8, 11)
    assert (frame.signer, frame.date, frame.name) == (
        "Nguyễn Xuân Phúc", ("2020-03-05", "Hà Nội, ngày 05 tháng 3 năm 2020"),
        "NGHỊ ĐỊNH VỀ CÔNG TÁC VĂN THƯ")
    # a Party body's letter: its number left of the motto, its subject left of the place and date
    letter = find_frame(["HUYỆN ỦY CỜ ĐỎ", "*", "Số 215-CV/HU ĐẢNG CỘNG SẢN VIỆT NAM",
                         "V/v tổ chức hội nghị Cờ Đỏ, ngày 20 tháng 10 năm 2024", "Kính gửi: Các chi bộ.",
                         "Đề nghị các chi bộ thực hiện./."])
    assert letter is not None and letter.name == "V/v tổ chức hội nghị"
    assert letter.date == ("2024-10-20", "Cờ Đỏ, ngày 20 tháng 10 năm 2024")


def test_a_documents_frame_spans_its_issuer_to_its_last_recipient_or_signer():
    lines = ["Trang chủ", "ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Số: 1875/QĐ-UBND", "QUYẾT ĐỊNH", "Điều 1. Nội dung.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Trần Văn Huyến", "Nơi nhận:", "- Lưu: VT.",
             "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG", "Địa chỉ: số 02 Trần Hưng Đạo"]
    frame = find_frame(lines)
    assert frame is not None
    assert (frame.start, frame.body, frame.close, frame.end) == (1, 6, 8, 13)
    assert (frame.signer, frame.date, frame.name) == ("Trần Văn Huyến", None, "Quyết định")
    # a pasted document without its signature ends on the body's closing mark
    cut = find_frame(lines[:7] + ["Điều 1. Nội dung./.", "Tin liên quan", "Một bài khác"])
    assert cut is not None and (cut.close, cut.end, cut.signer) == (8, 7, "")
    blank = find_frame(lines[:6] + ["", *lines[7:]])  # a blank block where the kind stands: no name
    assert blank is not None and blank.name == ""


def test_a_law_pasted_without_its_head_keeps_its_chapters_under_headings():
    """Its part and article headings read like a menu, and "Chương II" under the last clause of
    chapter I like a name (two capitalised words under a sentence, where Vietnamese sites sign):
    it was the byline, and the article's run ended there."""
    text = ("Văn bản pháp luật\nNghị định về công tác văn thư\nĐiều 1. Phạm vi điều chỉnh\n"
            "1. Nghị định này quy định về công tác văn thư và quản lý nhà nước về công tác văn thư.\n"
            "2. Nghị định này áp dụng đối với cơ quan, tổ chức nhà nước và doanh nghiệp nhà nước.\n"
            "Chương II\nĐIỀU KHOẢN THI HÀNH\nĐiều 3. Hiệu lực thi hành\n"
            "Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành và áp dụng cho mọi cơ quan.\n"
            "Bản quyền thuộc về Cơ sở dữ liệu quốc gia.\n")
    document = clean(text.encode(), "law.txt").document
    assert document.meta.authors == ()
    headings = [plain_text(b.inlines) for b in document.blocks if isinstance(b, Heading)]
    assert headings == ["Điều 1. Phạm vi điều chỉnh", "Chương II", "ĐIỀU KHOẢN THI HÀNH",
                        "Điều 3. Hiệu lực thi hành"]
    assert plain_text(document.blocks[-1].inlines).startswith("Nghị định này có hiệu lực")


def test_a_legal_texts_part_heading_under_a_clause_is_no_byline():
    """The paste ends under chapter II's heading: it stands just under the article's last clause."""
    text = ("Nghị định về công tác văn thư\nĐiều 1. Phạm vi điều chỉnh\n"
            "1. Nghị định này quy định về công tác văn thư và quản lý nhà nước về công tác văn thư.\n"
            "2. Nghị định này áp dụng đối với cơ quan, tổ chức nhà nước và doanh nghiệp nhà nước.\n"
            "Chương II\nĐIỀU KHOẢN THI HÀNH\n")
    assert clean(text.encode(), "law.txt").document.meta.authors == ()


def test_a_caption_closing_on_its_photographer_and_agency_in_brackets_is_a_figure():
    text = ("Nadal keeps Spain's hopes alive at the Davis Cup\n\n"
            "Rafael Nadal celebrates a point against Karen Khachanov in Madrid on Tuesday. "
            "(Manu Fernandez/AP)\n\n"
            "Rafael Nadal kept Spain's hopes alive, then Marcel Granollers and Feliciano Lopez "
            "completed the comeback in the decisive doubles match to give the hosts a win.\n\n"
            "The report closed on the writers' initials, as Swiss agencies sign theirs. (ats/nxp)\n")
    blocks = clean(text.encode(), "case.txt").document.blocks
    captions = [plain_text(b.caption) for b in blocks if isinstance(b, Figure)]
    assert captions == ["Rafael Nadal celebrates a point against Karen Khachanov in Madrid on Tuesday. "
                        "(Manu Fernandez/AP)"]
    assert not isinstance(blocks[-1], Figure)  # "(ats/nxp)": a paragraph's closing initials


def test_an_official_letters_addressees_are_a_list():
    addressees = "Kính gửi:\n- Thủ trưởng các sở, ban, ngành tỉnh;\n- Chủ tịch Ủy ban nhân dân các huyện."
    cleaned = _decision("V/v tăng cường công tác phòng, chống bão", addressees)
    lists = [len(b.items) for b in cleaned.document.blocks if isinstance(b, ListBlock)]
    assert lists == [2, 2]  # the addressees, and the recipients


@pytest.mark.parametrize("signer", ["Đại tá Nguyễn Văn Cường", "PGS.TS. Lê Minh Tuấn"])
def test_a_signer_with_a_rank_or_a_degree_is_the_author(signer):
    cleaned = _decision(signer=signer)
    assert cleaned.document.meta.authors == (signer,)
    assert cleaned.text.splitlines()[-1] == signer


_RECORD_PAGE = """<html lang="vi"><body><nav><a href="/">Trang chủ</a> <a href="/vb">Văn bản</a></nav>
<h1>Chi tiết văn bản</h1><table>
<tr><td>Số ký hiệu</td><td>1875/QĐ-UBND</td></tr><tr><td>Ngày ban hành</td><td>15/11/2024</td></tr>
<tr><td>Loại văn bản</td><td>Quyết định</td></tr><tr><td>Người ký</td><td>Trần Văn Huyến</td></tr>
<tr><td>Trích yếu</td><td>Về việc ban hành Quy chế làm việc</td></tr></table>
<footer>Cơ quan chủ quản: Văn phòng Ủy ban nhân dân tỉnh</footer></body></html>"""


@pytest.mark.parametrize("cleaned", [
    pytest.param(lambda: _clean_case("a portal's record of a document"), id="dump"),
    pytest.param(lambda: clean(_RECORD_PAGE.encode(), "page.html"), id="html")])
def test_a_document_records_kind_number_and_subject_are_its_title_its_signer_and_issue_date_too(cleaned):
    meta = cleaned().document.meta
    assert meta.title.startswith("Quyết định 1875/QĐ-UBND về việc ban hành Quy chế làm việc")
    assert meta.authors == ("Trần Văn Huyến",)
    assert meta.date is not None and (meta.date.value, meta.date.wording) == (
        "2024-11-15", "Ngày ban hành 15/11/2024")


def test_fields_a_record_has_standing_apart_in_running_text_make_no_record():
    fields = ["Lĩnh vực giáo dục được quan tâm đầu tư.", "Ngày ký kết hợp đồng là ngày 15/11/2024.",
              "Người ký hợp đồng là ông A."]
    between = ["Một đoạn văn.", "Một đoạn nữa."]
    apart = [fields[0], *between, fields[1], *between, fields[2]]
    assert find_record(apart) is None
    assert find_record(fields) is not None  # three rows together are one


def test_the_reporter_signing_under_a_decision_given_in_full_is_the_author_also_in_a_batch():
    """In a batch, the site's other pages repeat "Tin liên quan": the teaser under it stays
    free, and the reporter's name is no longer the page's last free line."""
    text = _case_text("a news article giving a decision")
    for options in (Options(), Options(site_lines=frozenset({site_key("Tin liên quan")}))):
        assert clean(text.encode(), "case.txt", options).document.meta.authors == ("Hồng Nhung",)


def test_a_procedures_name_is_the_title_over_the_portals_name_and_its_field_the_section():
    meta = _clean_case("an administrative procedure").document.meta
    assert (meta.title, meta.section) == ("Thủ tục đăng ký khai sinh", "Hộ tịch")


_OTHER_NEWS = ("<div class='other-news'><div class='title'>Các tin đã đưa</div><ul><li><a href='/x1'>"
               "Sơ kết 6 tháng thực hiện Đề án tuyên truyền pháp luật</a> (12/11/2026)</li><li>"
               "<a href='/x2'>Kiểm tra công tác hộ tịch tại huyện Nghi Lộc</a> (05/11/2026)</li></ul></div>")


def _office_page(caption: str, paragraph: str,
                 headline: str = "Tổ chức hội nghị tập huấn công tác hòa giải ở cơ sở",
                 alt: str = "Hội nghị tập huấn - Ảnh 1", others: str = _OTHER_NEWS) -> str:
    """A department's news page: its photo over an italic caption, signed by the office in the
    article's own container, over the department's `others` news."""
    return (f"<html><body><div class='content'><h2>{headline}</h2>"
            + f"<p>{paragraph}</p>" * 2
            + f"<p style='text-align:center'><img src='h.jpg' alt='{alt}'></p>"
            f"<p style='text-align:center'><em>{caption}</em></p>"
            + f"<p>{paragraph}</p>"
            + "<p style='text-align:right'><b>Phòng PBGDPL</b></p></div>"
            f"<div class='tools'><a href='#'>In bài viết</a></div>{others}</body></html>")


_VIETNAMESE_PARAGRAPH = ("Tại hội nghị, các báo cáo viên đã truyền đạt những nội dung cơ bản của Luật Hòa "
                         "giải ở cơ sở và kỹ năng thuyết phục các bên tranh chấp.")


def test_an_office_signing_inside_the_articles_container_is_the_author():
    document = clean(_office_page("Quang cảnh hội nghị.", _VIETNAMESE_PARAGRAPH).encode(),
                     "page.html").document
    removed = {r.text: r.reason for r in document.audit.removals}
    assert document.meta.authors == ("Phòng PBGDPL",) and removed["Phòng PBGDPL"] == "meta-byline"


@pytest.mark.parametrize("caption,figure", [
    ("Quang cảnh hội nghị tập huấn.", True),
    ("Ngày 19/11/2026", False)])  # a date set so is the article's date
def test_a_vietnamese_pages_italic_line_under_a_photo_is_its_caption(caption, figure):
    document = clean(_office_page(caption, _VIETNAMESE_PARAGRAPH).encode(), "page.html").document
    captions = [plain_text(b.caption) for b in document.blocks if isinstance(b, Figure)]
    assert captions == ([caption] if figure else [])


def test_an_italic_line_under_a_photo_elsewhere_stays_a_paragraph():
    # on the benchmark's pages such lines are as often the article's text as a caption
    english = ("At the meeting, the speakers explained the basics of the law on mediation and how "
               "to persuade both sides of a dispute.")
    page = _office_page("A view of the meeting.", english, "Training day for the county's mediators",
                        "The meeting", others="")
    document = clean(page.encode(), "page.html").document
    assert not any(isinstance(b, Figure) for b in document.blocks)


_STORY = ("<p>The new bridge carries four lanes of traffic and a cycle path across the river.</p>"
          "<p>It took three years to build and cost the city less than the tunnel planned first.</p>")


@pytest.mark.parametrize("body_class,caption,captions", [
    ("", "<div class='PhotoCMS_Caption'><p>The bridge at dusk.</p></div>", ["The bridge at dusk."]),
    ("", "<p class='wp-caption-text'>The bridge at dusk.</p>", ["The bridge at dusk."]),
    # a page's setting that names captions, and a video's caption as long as an article, are no
    # photo's caption
    ("wp-featherlight-captions", "<p>The bridge at dusk.</p>", []),
    ("", "<div class='item-caption'>" + "".join(f"<p>At mile {k} the river is wide, and the ferry was "
                                                 "slow.</p>" for k in range(12)) + "</div>", [])])
def test_a_block_in_a_container_named_a_caption_is_a_photos_caption(body_class, caption, captions):
    page = (f"<html><body class='{body_class}'><article><h1>A new bridge opens over the river</h1>"
            f"{_STORY}<img src='b.jpg' alt='The bridge'>{caption}<p>Drivers welcomed it on the first "
            "morning, when the queues at the old ferry were gone.</p></article></body></html>")
    document = clean(page.encode(), "page.html").document
    assert [plain_text(b.caption) for b in document.blocks if isinstance(b, Figure)] == captions


def test_an_old_pages_bold_headline_over_its_date_is_its_title_and_date():
    # no <h1>, a head that declares only the site's name; the headline and its date are one
    # block of <font> and <br>
    page = ("<html><head><title>UBND huyện Đông Anh</title></head><body><table><tr>"
            "<td><a href='/'>Trang chủ</a><br><a href='/tt'>Tin tức</a><br><a href='/vb'>Văn bản</a></td>"
            "<td><font size='4'><b>Huyện Đông Anh ra quân làm thủy lợi mùa khô</b></font><br>"
            "<i>Cập nhật: 15/11/2026</i><br><br>"
            "Sáng 14/11, huyện Đông Anh tổ chức lễ ra quân làm thủy lợi mùa khô năm 2026 - 2027 tại xã "
            "Vân Hà, với sự tham gia của hơn 500 cán bộ, đoàn viên và nhân dân.<br><br>Theo kế hoạch, "
            "toàn huyện sẽ nạo vét hơn 45 km kênh mương nội đồng, khối lượng đất đào đắp khoảng 60.000 "
            "m3, bảo đảm nước tưới cho vụ xuân sắp tới.<br><br><div align='right'><b>Minh Hằng</b></div>"
            "</td></tr></table></body></html>")
    document = clean(page.encode(), "page.html").document
    meta = document.meta
    assert (meta.title, meta.date.wording, meta.authors) \
        == ("Huyện Đông Anh ra quân làm thủy lợi mùa khô", "Cập nhật: 15/11/2026", ("Minh Hằng",))
    source = " ".join(seg.text for seg in prepare(page.encode(), "page.html").segmented.segments)
    assert restore(document).split() == source.split()  # two blocks, each its own number


_DNN_DATE = "2026-11-23T08:30"


@pytest.mark.parametrize("headline,title,date", [
    ("Tăng cường phòng chống dịch bệnh mùa đông xuân năm 2026",
     "Tăng cường phòng chống dịch bệnh mùa đông xuân năm 2026", _DNN_DATE),
    ("Tin hoạt động ngành", "Tin hoạt động ngành", _DNN_DATE),
    # a line closing a sentence, or too short for a headline, is none: the block stays whole,
    # the head's title stands
    ("Sở Y tế yêu cầu tăng cường phòng chống dịch bệnh.", "Sở Y tế tỉnh Bắc Ninh", None),
    ("Tin mới", "Sở Y tế tỉnh Bắc Ninh", None)])
def test_a_portals_headline_date_and_summary_apart_by_single_breaks_give_the_title_and_date(
        headline, title, date):
    # a DNN portal's spans in one cell, each on its line: no heading tag, the head names the site
    page = ("<html><head><title>Sở Y tế tỉnh Bắc Ninh</title></head><body><table><tr>"
            "<td><a href='/'>Trang chủ</a><br><a href='/tt'>Tin tức</a><br><a href='/vb'>Văn bản</a></td>"
            f"<td><span class='NewsTitle'>{headline}</span><br>"
            "<span class='NewsDate'>(23/11/2026 - 08:30)</span><br>"
            "<span class='NewsSummary'><b>Sở Y tế yêu cầu các đơn vị triển khai đồng bộ các biện pháp "
            "phòng, chống dịch bệnh.</b></span>"
            f"<div class='NewsContent'><p>{_VIETNAMESE_PARAGRAPH}</p><p>{_VIETNAMESE_PARAGRAPH}</p></div>"
            "</td></tr></table></body></html>")
    result = clean(page.encode(), "page.html")
    document = result.document
    assert (document.meta.title, document.meta.date and document.meta.date.value) == (title, date)
    assert "Sở Y tế yêu cầu các đơn vị" in result.text  # the summary stays, as a paragraph
    source = " ".join(seg.text for seg in prepare(page.encode(), "page.html").segmented.segments)
    assert restore(document).split() == source.split()


def test_a_portals_lesser_heading_over_its_date_is_its_title_where_the_head_names_the_site():
    page = ("<html><head><title>Cổng thông tin điện tử tỉnh Hậu Giang</title></head><body>"
            "<div class='menu'><a href='/'>Trang chủ</a> <a href='/tt'>Tin tức</a></div>"
            "<div class='journal-content-article'><h3>Hậu Giang xuất khẩu gạo tăng 15% so với cùng kỳ</h3>"
            "<div class='date'>Ngày đăng: 24/11/2026 | 08:15</div>"
            f"<p>{_VIETNAMESE_PARAGRAPH}</p><p>{_VIETNAMESE_PARAGRAPH}</p></div></body></html>")
    meta = clean(page.encode(), "page.html").document.meta
    assert (meta.title, meta.date.value) == ("Hậu Giang xuất khẩu gạo tăng 15% so với cùng kỳ",
                                             "2026-11-24T08:15")


def test_the_last_paragraph_under_a_box_of_links_inside_the_article_stays():
    # Tuổi Trẻ sets "Đọc thêm" and a linked headline inside the article's container, over its
    # last paragraph
    page = ("<html><body><h1>TP.HCM khởi công tuyến metro số 2</h1><div class='detail-content'>"
            f"<p>{_VIETNAMESE_PARAGRAPH}</p><p>{_VIETNAMESE_PARAGRAPH}</p>"
            "<div class='box'><div>Đọc thêm</div>"
            "<a href='/x'>Metro số 1 đón hơn 10 triệu lượt khách</a></div>"
            "<p>Theo kế hoạch, thành phố sẽ hoàn thành khoảng 200 km đường sắt đô thị vào năm 2035.</p>"
            "</div><div class='footer'>Giấy phép số 571/GP-BTTTT</div></body></html>")
    result = clean(page.encode(), "page.html")
    removed = {r.text: r.reason for r in result.document.audit.removals}
    assert result.text.splitlines()[-1].startswith("Theo kế hoạch")
    assert removed["Metro số 1 đón hơn 10 triệu lượt khách"] == "related-links"


def test_a_line_over_a_date_neither_bold_nor_a_heading_does_not_take_the_declared_titles_place():
    # a photo's caption over the date: on the benchmark's pages such lines were as often that
    page = ("<html><head><title>Nuevo paquete de ayuda | El Universal</title></head><body>"
            "<p>Presidente de EEUU, Joe Biden / AFP</p><p>04.05.2022</p>"
            "<p>El senador republicano calificó este miércoles de insuficiente el paquete de ayuda que el "
            "presidente anunció para las familias afectadas por la inflación en todo el país.</p>"
            "<p>La Casa Blanca respondió que el plan llegará a más de cuarenta millones de hogares antes "
            "del verano, según el calendario publicado por el Tesoro.</p></body></html>")
    assert clean(page.encode(), "page.html").document.meta.title == "Nuevo paquete de ayuda"
