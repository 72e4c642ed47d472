"""Vietnamese administrative documents: the frame the state sets their form in.

Offices collect decrees, decisions and official letters from government portals. Such a
document's head (the issuing body in capitals beside the national motto, its number, its place
and date) reads like a menu, and its close (the list of recipients, the signer's post and name)
like a footer, so the run of running text that is a news article's holds only its body. Found
here, the document is kept whole, and its date, signer and name are read off its frame.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import vocabulary as V
from .dates import parse_date
from .segment import list_marker
from .textstats import is_caps


@dataclass(frozen=True)
class Frame:
    """Where a document stands among a page's blocks (indexes, inclusive), and what its frame says."""

    start: int  # its head's first block: the issuing body, or the motto
    body: int  # the first block past the head: the document's kind ("QUYẾT ĐỊNH")
    close: int  # the first block of the signature and the recipients (past them for none)
    attached: int  # the first block of the texts it issues with it: a regulation, an appendix
    end: int  # its last block (attached - 1 for no such text)
    date: tuple[str, str] | None  # (ISO 8601 value, the place and date as written)
    signer: str  # the name under the signature ("" for none)
    name: str  # its kind and subject ("Quyết định về việc …"; "" when they are not set so)
    record: bool = False  # a portal's record of the document's fields, not its text


def cells(text: str) -> list[str]:
    """The cells of a block: a pasted table sets them apart by tabs (or, in HTML, line breaks),
    a form that turned its tabs into spaces by a space (see _apart)."""
    return [part for cell in text.replace("\n", "\t").split("\t") if cell.strip()
            for part in _apart(cell.strip())]


def _apart(cell: str) -> list[str]:
    """Two cells of a document's head or close that a space joins, apart: the motto or its
    tagline right of the issuer, a rule or the number ("------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM", a Party body's "Số 215-CV/HU ĐẢNG CỘNG SẢN VIỆT NAM"), the place and date right of the
    number ("Số: 30/2020/NĐ-CP Hà Nội, ngày 05 tháng 3 năm 2020") or of an official letter's
    subject ("V/v phòng, chống bão số 8 Phong Điền, ngày 8 tháng 11 …"), the signature's opening
    right of the last recipient ("- Lưu: VT. TM. CHÍNH PHỦ"). Any other cell stays whole (a
    sentence naming the republic is no motto)."""
    if len(cell) > V.MAX_MOTTO_BLOCK_CHARS or _frame_cell(cell) and not _letter_subject(cell):
        return [cell]  # (a subject may read as a place: "V/v tổ chức hội nghị Cờ Đỏ, ngày …")
    for space in (k for k, ch in enumerate(cell) if ch == " "):
        left, right = cell[:space].rstrip(), cell[space + 1:]
        if left and _left_of(left, right):
            return [left, right]
    return [cell]


def _frame_cell(cell: str) -> bool:
    """Whether a cell is one that _apart finds right of another."""
    return bool(V.OFFICIAL_MOTTO.fullmatch(cell) or V.OFFICIAL_TAGLINE.fullmatch(cell)
                or V.OFFICIAL_PLACE_DATE.fullmatch(cell)) or _signing(cell)


def _left_of(left: str, right: str) -> bool:
    """Whether the frame sets `left` left of its cell `right` (see _apart)."""
    if _signing(right):
        return bool(list_marker(left) or V.OFFICIAL_RECIPIENTS.fullmatch(left))
    if V.OFFICIAL_PLACE_DATE.fullmatch(right):  # right of the number, or of a letter's subject
        return _place(right) and (bool(V.OFFICIAL_NUMBER.fullmatch(left)) or _letter_subject(left))
    if V.OFFICIAL_MOTTO.fullmatch(right) or V.OFFICIAL_TAGLINE.fullmatch(right):
        return _rule(left) or _issuer_cell(left) or bool(V.OFFICIAL_NUMBER.fullmatch(left))
    return False


def _place(place_date: str) -> bool:
    """Whether a place and date's place is a place's name: each word capitalised, but for the
    kind of place ("Thành phố Hồ Chí Minh"). A subject's words before it are not ("V/v tổ chức
    hội nghị Cờ Đỏ, ngày …": the place is "Cờ Đỏ")."""
    return all(w[:1].isupper() or w in V.PLACE_KIND_WORDS for w in place_date.split(",")[0].split())


def find_frame(texts: Sequence[str]) -> Frame | None:
    """The administrative document among the blocks `texts` (their raw text, tabs kept): the
    first national motto with a number or a place and date beside it (a news article names the
    republic in running text, never so). None when there is none."""
    motto = next((i for i, text in enumerate(texts) if len(text) < V.MAX_MOTTO_BLOCK_CHARS
                  and _names_the_country(text) and any(V.OFFICIAL_MOTTO.fullmatch(c) for c in cells(text))),
                 None)
    if motto is None:
        return None
    near = [c for text in texts[max(0, motto - V.OFFICIAL_HEAD_WITHIN):motto + V.OFFICIAL_HEAD_WITHIN + 1]
            for c in cells(text)]
    dated = next((c for c in near if V.OFFICIAL_PLACE_DATE.fullmatch(c)), None)
    if dated is None and not any(V.OFFICIAL_NUMBER.fullmatch(c) for c in near):
        return None
    start, body = _issuer(texts, motto), _head_end(texts, motto) + 1
    close = next((i for i in range(body, len(texts)) if _opens_close(cells(texts[i]))), None)
    if close is None:  # no signature pasted: the body's closing mark ends it, else the head
        end = next((i for i in range(body, len(texts)) if texts[i].rstrip().endswith(V.OFFICIAL_END)),
                   body - 1)
        close, signer = end + 1, ""
    else:
        end, signer = _close_end(texts, close)
    value = parse_date(dated) if dated else None
    return Frame(start=start, body=body, close=close, attached=end + 1, end=_attached_end(texts, end),
                 date=(value, dated) if value and dated else None, signer=signer,
                 name=_name(texts, body, close))


def _names_the_country(text: str) -> bool:
    """Whether a block names Việt Nam, as the motto does: a test quicker than cutting every
    block of every page into cells."""
    return "NAM" in text or "Nam" in text or "nam" in text


def find_record(texts: Sequence[str]) -> Frame | None:
    """A portal's record of a document among the blocks `texts`: the first run of at least
    MIN_RECORD_FIELDS of its fields in rows, at most RECORD_GAP blocks apart ("Số ký hiệu",
    "Ngày ban hành", "Người ký", "Trích yếu": see OFFICIAL_RECORD_FIELD). Its name is its kind,
    number and subject ("Quyết định 1875/QĐ-UBND về việc …"), its date the day it was issued."""
    run: list[tuple[int, re.Match[str]]] = []
    for i, text in enumerate(texts):
        if not (found := V.OFFICIAL_RECORD_FIELD.fullmatch(text.strip())):
            continue
        if run and i - run[-1][0] > V.RECORD_GAP:
            if len(run) >= V.MIN_RECORD_FIELDS:
                break
            run = []
        run.append((i, found))
    if len(run) < V.MIN_RECORD_FIELDS:
        return None
    fields: dict[str, tuple[str, str]] = {}  # field: (value, the row as written)
    for i, found in run:
        fields.setdefault(found["field"].lower(), (found["value"].strip(), " ".join(texts[i].split())))
    issued = fields.get("ngày ban hành") or fields.get("ngày ký")
    value = parse_date(issued[0]) if issued else None
    signer = fields.get("người ký", ("", ""))[0]
    kind = fields.get("loại văn bản", ("", ""))[0]
    number = next((fields[f][0] for f in ("số ký hiệu", "số hiệu", "ký hiệu") if f in fields), "")
    subject = fields.get("trích yếu", ("", ""))[0]
    end = run[-1][0]  # (its rows are all head: no body, close or attached text)
    return Frame(start=run[0][0], body=end + 1, close=end + 1, attached=end + 1, end=end,
                 date=(value, issued[1]) if value and issued else None,
                 signer=signer if _person(signer) else "",
                 name=" ".join(p for p in (kind, number, _after_kind(subject) if kind else subject) if p),
                 record=True)


def _issuer(texts: Sequence[str], motto: int) -> int:
    """The first block of the head: the issuing body's name in capitals over the motto ("ỦY BAN
    NHÂN DÂN" over "TỈNH HẬU GIANG"), with the rules and the number set by it."""
    start, lines = motto, 0
    while start > 0 and lines < V.MAX_ISSUER_LINES:
        above = cells(texts[start - 1])
        if not above or not all(_rule(c) or V.OFFICIAL_NUMBER.fullmatch(c) or _issuer_cell(c)
                                for c in above):
            break
        lines += any(_issuer_cell(c) for c in above)
        start -= 1
    return start


def _issuer_cell(cell: str) -> bool:
    return is_caps(cell) and len(cell.split()) <= V.MAX_ISSUER_WORDS


def _rule(cell: str) -> bool:
    return bool(V.OFFICIAL_RULE.fullmatch(cell))


def _head_end(texts: Sequence[str], motto: int) -> int:
    """The head's last block: the motto, then its tagline, rules, number, place and date."""
    end = motto
    while end + 1 < len(texts) and (found := cells(texts[end + 1])) and all(
            _rule(c) or V.OFFICIAL_TAGLINE.fullmatch(c) or V.OFFICIAL_NUMBER.fullmatch(c)
            or V.OFFICIAL_PLACE_DATE.fullmatch(c) for c in found):
        end += 1
    return end


def _signing(cell: str) -> bool:
    """"TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG": on whose behalf, in capitals."""
    return bool(V.OFFICIAL_SIGNING.fullmatch(cell)) and is_caps(cell)


def _opens_close(found: list[str]) -> bool:
    return any(_signing(c) or V.OFFICIAL_SIGNED.fullmatch(c) or V.OFFICIAL_RECIPIENTS.fullmatch(c)
               for c in found)


def _close_end(texts: Sequence[str], close: int) -> tuple[int, str]:
    """The last block of the close that opens at `close`, and the signer's name in it.

    The close is the signature (whose behalf, the post in capitals, "(Đã ký)", the name) and
    the list of recipients, in either order or side by side; it ends at the first block that
    is neither, and the post in capitals ends at the name (what follows in capitals is the
    site's footer)."""
    end, signer, listing, post = close, "", False, False
    for i in range(close, len(texts)):
        for cell in cells(texts[i]):
            if V.OFFICIAL_RECIPIENTS.fullmatch(cell):
                listing = True
            elif _signing(cell) or V.OFFICIAL_SIGNED.fullmatch(cell):
                post = True
            elif post and not signer and _person(cell):
                signer = cell
            elif not (_rule(cell) or listing and list_marker(cell)
                      or post and not signer and is_caps(cell) and len(cell.split()) <= V.MAX_POST_WORDS):
                return end, signer
        end = i
    return end, signer


def _attached_end(texts: Sequence[str], end: int) -> int:
    """The last block of the texts the document ending at `end` issues with it, when one opens
    within ATTACHED_WITHIN blocks past it ("QUY CHẾ" over its subject and "(Ban hành kèm theo
    Quyết định số …)", "PHỤ LỤC"): it runs on while its blocks read as a legal text (see
    _legal); `end` itself for none."""
    opening = next((i for i in range(end + 1, min(len(texts), end + 1 + V.ATTACHED_WITHIN))
                    if V.OFFICIAL_ATTACHED.fullmatch(texts[i].strip())), None)
    if opening is None:
        return end
    last = opening
    while last + 1 < len(texts) and _legal(texts[last + 1]):
        last += 1
    return last


def _legal(text: str) -> bool:
    """Whether a block reads as a part of a legal text: a heading in capitals, a part's or an
    article's name, a clause ("1. …", "- …", as a list's item opens; "2.1. …", "a) …"), a
    table's row, or a sentence of a few words or more; not a byline, a share button or a site's
    line."""
    text = text.strip()
    return is_caps(text) and len(text.split()) <= V.MAX_HEADING_WORDS \
        or bool(V.OFFICIAL_PART.fullmatch(text) or V.OFFICIAL_ARTICLE.fullmatch(text)
                or list_marker(text) or V.LEGAL_POINT.match(text)) or "\t" in text \
        or len(text.split()) >= V.MIN_LEGAL_SENTENCE_WORDS and text.endswith((".", ";", ":"))


def _person(cell: str) -> bool:
    """Whether a cell is a person's name as a signature gives it: two to five words, each a
    capital over lower-case letters ("Trần Văn Huyến"), after a rank or a degree ("Đại tá
    Nguyễn Văn Cường", "PGS.TS. Lê Minh")."""
    words = V.SIGNER_DEGREE.sub("", V.NAME_HONORIFIC.sub("", cell)).split()
    return 2 <= len(words) <= 5 and all(w.isalpha() and w[0].isupper() and w[1:].islower()
                                        for w in words)


def _name(texts: Sequence[str], body: int, close: int) -> str:
    """The document's kind and subject, as its body opens: "QUYẾT ĐỊNH" over "Về việc ban hành
    …" gives "Quyết định về việc ban hành …"; in capitals both, "NGHỊ ĐỊNH VỀ CÔNG TÁC VĂN THƯ"
    stays so. An official letter has no kind: its subject alone ("V/v …")."""
    opening = cells(texts[body]) if body < close else []
    if not opening:
        return ""
    kind = opening[0]  # (an official letter's subject, the place and date beside it)
    subject = texts[body + 1].strip() if body + 1 < close else ""
    if not (is_caps(kind) and len(kind.split()) <= V.MAX_KIND_WORDS):
        return kind if _letter_subject(kind) else ""
    if not subject or len(subject.split()) > V.MAX_SUBJECT_WORDS or subject.endswith((".", ";", ":")):
        return kind.capitalize()
    if is_caps(subject):
        return f"{kind} {subject}"
    return f"{kind.capitalize()} {_after_kind(subject)}"


def _letter_subject(cell: str) -> bool:
    """Whether a cell is an official letter's subject, which stands where a kind would: "V/v …"."""
    return cell.lower().startswith("v/v ")


def _after_kind(subject: str) -> str:
    """A subject set after the document's kind: "Về việc …" goes on "Quyết định về việc …"."""
    return subject[:1].lower() + subject[1:]
