"""Reading publication dates from the wording sites use, into ISO 8601."""

from __future__ import annotations

import re

from .vocabulary import WEEKDAY

# a year ends at a non-digit, or where a time copied without its space begins ("NOV 15, 20195:45
# AM", "18.11.2019Get short URL")
_YEAR = r"(\d{4})(?:(?!\d)|(?=\d{1,2}:\d{2}))"
_DMY = re.compile(rf"\b(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*{_YEAR}")
_YMD = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
# "2016.12.01", "2016年08月03日"; not a version's "v2019.11.5"
_YMD_DOTTED = re.compile(r"(?<![A-Za-z0-9.])(\d{4})\s*[.年]\s*(\d{1,2})\s*[.月]\s*(\d{1,2})(?:日|(?!\d))")
_WORDS = re.compile(r"(?:ngày\s+)?\b(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})", re.I)
# a time of day, maybe with its half: "8:40 PM", and as Vietnamese writes it, "8:15 CH" (chiều),
# "8:15 SA" (sáng), "8 giờ 15 tối"
_TIME = re.compile(r"\b(\d{1,2})\s*(?:[:h]|giờ)\s*(\d{2})(?!\d)"
                   r"(?:\s*([ap])\.?m\b\.?|\s+(sa|ch|sáng|chiều|tối)\b)?", re.I)
_AFTERNOON = ("p", "ch", "chiều", "tối")

# Month names (and the short forms sites print) in the languages of the chrome benchmark, each
# list in calendar order; Polish and Russian in the genitive a date uses ("13 listopada 2019",
# "24 сентября 2018").
_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jänner feber mrz apr mai jun jul aug sept okt nov dez",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janv févr mars avr mai juin juil août sept oct nov déc",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ene feb mar abr may jun jul ago setiembre oct nov dic",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "jan fev mar abr mai jun jul ago set out nov dez",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "gen feb mar apr mag giu lug ago set ott nov dic",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
    "grudnia",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
)
# Vietnamese names its months by number in words, as a WordPress site in Vietnamese prints them
# ("23 Tháng Mười Một, 2026"); not May, "tháng năm": "9 tháng năm 2024" is nine months of 2024.
_VIETNAMESE_MONTHS = ("tháng một", "tháng hai", "tháng ba", "tháng tư", "", "tháng sáu", "tháng bảy",
                      "tháng tám", "tháng chín", "tháng mười", "tháng mười một", "tháng mười hai")
_MONTHS = {name: number for names in _MONTH_NAMES
           for number, name in enumerate(names.split(), 1)}
_MONTHS.update((name, number) for number, name in enumerate(_VIETNAMESE_MONTHS, 1) if name)
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "19 November 2019", "6. November 2023", "13 de noviembre de 2019", "1er mars 2020"
# "21.dez.2018"
_NAMED_DMY = re.compile(rf"\b(\d{{1,2}})(?:\.\s*|(?:er|º)?\s+)(?:de\s+)?({_MONTH})(?:\.\s*|,?\s+)(?:de\s+)?"
                        rf"{_YEAR}", re.I)
# "November 19th, 2019", "Nov. 20 2019"
_NAMED_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.I)


# every date docnorm reads states its year in four figures: a line without them is searched no
# further (most lines a byline or a title candidate is looked for in have none)
_FOUR_FIGURES = re.compile(r"\d{4}")


def parse_date(wording: str) -> str | None:
    """Return the ISO 8601 date (with time when given) that `wording` states, or None.

    >>> parse_date("Cập nhật lúc 10:47 ngày 13/08/2021")
    '2021-08-13T10:47'
    >>> parse_date("Thứ Hai, 14 Tháng 7, 2025"), parse_date("14 giờ 30 phút, ngày 13/9/2021")
    ('2025-07-14', '2021-09-13T14:30')
    >>> parse_date("November 19th, 2019 at 8:40 PM"), parse_date("6. März 2023, 1:16pm")
    ('2019-11-19T20:40', '2023-03-06T13:16')
    >>> parse_date("NOV 15, 20195:45 AM"), parse_date("21.dez.2018 às 12h55")
    ('2019-11-15T05:45', '2018-12-21T12:55')
    >>> parse_date("2016年08月03日"), parse_date("v2019.11.5"), parse_date("24 сентября 2018")
    ('2016-08-03', None, '2018-09-24')
    >>> parse_date("23 Tháng Mười Một, 2026"), parse_date("Kết quả 9 tháng năm 2024")
    ('2026-11-23', None)
    """
    if not _FOUR_FIGURES.search(wording):
        return None
    iso = _YMD.search(wording) or _YMD_DOTTED.search(wording)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
        hour_min = (int(iso[4]), int(iso[5])) if iso.re is _YMD and iso[4] else _clock(wording[iso.end():])
    else:
        match = _DMY.search(wording) or _WORDS.search(wording)
        if match:
            day, month, year = int(match[1]), int(match[2]), int(match[3])
        elif match := _NAMED_DMY.search(wording):
            day, month, year = int(match[1]), _MONTHS[match[2].lower()], int(match[3])
        elif match := _NAMED_MDY.search(wording):
            day, month, year = int(match[2]), _MONTHS[match[1].lower()], int(match[3])
        else:
            return None
        rest = wording[:match.start()] + " " + wording[match.end():]
        hour_min = _clock(rest)
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if hour_min and hour_min[0] < 24 and hour_min[1] < 60:
        out += f"T{hour_min[0]:02d}:{hour_min[1]:02d}"
    return out


_ANY_DATE = (rf"(?:{_YMD.pattern}|{_YMD_DOTTED.pattern}|{_DMY.pattern}|{_NAMED_DMY.pattern}|"
             rf"{_NAMED_MDY.pattern}|{_WORDS.pattern})")
# a date alone on its line, maybe with its time, after it or before it: "16 marca 2021",
# "19.10.2019, 05:00", "- Nov. 18th 2019 8:54 am PT", "| 05. November 2021 | 08:02 Uhr",
# "15:20 - 21/09/2021", "Ngày 12/10/2023 | 08:30". Not one that opens with its weekday
# (WEEKDAY: Vietnamese and English), unless it gives its time of day: a header bar's date of today
# opens so, and so does a day's heading in a programme, but neither gives a time.
_AT = r"(?:at|um|à|a las|às|alle|o|lúc)\s+"  # "… 2023 um 12:50 Uhr", "… 2019 at 8:54 am PT"
# "Uhr", "PT", "CEST"; "GMT+7", "(GMT+07:00)", as Vietnamese sites print their time zone
_ZONE = r"\s*\(?(?:uhr|h|utc|gmt|[a-z]{1,2}t|[a-z]{2}st|cest|mesz?)\b(?:\s*[+-]\d{1,2}(?::?\d{2})?)?"
_ONLY_DATE = re.compile(rf"[\s(|•·/–-]*(?:ngày\s+)?(?:{_TIME.pattern}[\s,|•·–-]+)?{_ANY_DATE}"
                        rf"[\s,.|•·–-]*(?:{_AT})?(?:{_TIME.pattern})?(?:{_ZONE})?[\s.)]*", re.I)
# a site's name as its domain or in brackets, marking the line it opens: "VOV.VN - ", "Zing.vn | ",
# "(ĐCSVN) - "
_SITE_MARK = re.compile(r"(?:[\w-]+(?:\.[A-Za-z]{2,})+|\([^()\d]{2,24}\))\s*[|–-]\s+")
_DATE_ANYWHERE = re.compile(_ANY_DATE, re.I)
# a line that opens with a date: "January 13, 2020 at 08:45 AM | categories: Python"
_OPENING_DATE = re.compile(rf"[\s⋅•·]*{_ANY_DATE}", re.I)


def date_start(wording: str) -> int | None:
    """Where the first date `wording` states begins, or None: what stands before it in a byline
    is the author's name ("by Laura Smith July 10, 2015").

    >>> date_start("by Laura Smith July 10, 2015"), date_start("by Laura Smith")
    (15, None)
    """
    match = _first_date(wording)
    return match.start() if match else None


def date_end(wording: str) -> int | None:
    """Where the first date `wording` states ends, or None: what follows it in a dateline may
    name the author ("Posted on January 5, 2020 by John Smith", "Đăng ngày 10/11/2024 bởi Minh
    Thư").

    >>> date_end("Posted on January 5, 2020 by John Smith"), date_end("by John Smith")
    (25, None)
    """
    match = _first_date(wording)
    return match.end() if match else None


def _first_date(wording: str) -> re.Match[str] | None:
    """The first date `wording` states, where one reads from there on (see parse_date)."""
    if not _FOUR_FIGURES.search(wording):
        return None
    match = _DATE_ANYWHERE.search(wording)
    return match if match and parse_date(wording[match.start():]) else None


def only_date(wording: str) -> bool:
    """Whether `wording` states a date and nothing else ("16 marca 2021", "7. Januar 2022",
    "19.10.2019, 05:00"): not a version's release ("4.2.3 April 2014"), not an update's note;
    after its weekday only when it gives its time ("Thứ hai, 13/9/2021, 10:30 (GMT+7)", not a
    header bar's "Thứ Sáu, 24/09/2021").

    >>> only_date("16 marca 2021"), only_date("Update vom 3. April 2019"), only_date("4.2.3 April 2014")
    (True, False, False)
    >>> only_date("| 05. November 2021 | 08:02 Uhr"), only_date("Mi, 18. Oktober 2023 um 12:50 Uhr")
    (True, False)
    >>> only_date("20/11/2021 08:15 GMT+7"), only_date("13/9/2021, 10:30 (GMT+7)")
    (True, True)
    >>> only_date("Thứ hai, 13/9/2021, 10:30 (GMT+7)"), only_date("Thứ Sáu, 24/09/2021")
    (True, False)
    >>> only_date("Thứ Ba, 15:20, 21/09/2021"), only_date("15:20 21/09/2021 ở Hà Nội")
    (True, False)
    >>> only_date("14 Tháng 7, 2025"), only_date("ngày 13 tháng 8 năm 2021 lúc 10:47")
    (True, True)
    >>> only_date("Ngày 13 tháng 8 năm 2021, hội nghị bế mạc.")
    False
    >>> only_date("VOV.VN - Thứ Ba, 21/09/2021 15:20"), only_date("VOV.VN - Thứ Ba, 21/09/2021")
    (True, False)
    >>> only_date("(ĐCSVN) - 12/10/2023 08:30"), only_date("Ngày 12/10/2023 | 08:30")
    (True, True)
    >>> only_date("Thứ Hai, 23/11/2026 • 10:15"), only_date("10:15 · 23/11/2026")
    (True, True)
    """
    weekday, value = _date_alone(wording)
    return value is not None and (not weekday or "T" in value)


def todays_date(wording: str) -> bool:
    """Whether `wording` is what a header bar shows as the date of today: a weekday and a date
    alone, no time of day ("Thứ Sáu, 24/09/2021"), which only_date refuses.

    >>> todays_date("Thứ Sáu, 24/09/2021"), todays_date("Thứ hai, 13/9/2021, 10:30")
    (True, False)
    >>> todays_date("24/09/2021"), todays_date("Thứ Sáu, 24/09/2021 ở Hà Nội")
    (False, False)
    """
    weekday, value = _date_alone(wording)
    return weekday and value is not None and "T" not in value


def _date_alone(wording: str) -> tuple[bool, str | None]:
    """Whether `wording` opens with a weekday (WEEKDAY), and the date it states when, past that
    weekday, it states a date and nothing else (see only_date). A site's name opening the line,
    as its domain or in brackets, is no more than a mark ("VOV.VN - Thứ Ba, 21/09/2021 15:20",
    "(ĐCSVN) - 12/10/2023 08:30")."""
    if not _FOUR_FIGURES.search(wording):
        return False, None
    if mark := _SITE_MARK.match(wording):
        wording = wording[mark.end():]
    weekday = WEEKDAY.match(wording)
    date = wording[weekday.end():].lstrip(" ,") if weekday else wording
    return weekday is not None, parse_date(date) if _ONLY_DATE.fullmatch(date) else None


def opens_with_date(wording: str) -> bool:
    """Whether `wording` opens with a date, as a post's line of facts does ("19.6.2007 9:40 Uhr
    Christoph Becker 71 Kommentare"); not a sentence that names one ("Am 3. Mai 2021 …").

    >>> opens_with_date("January 13, 2020 at 08:45 AM | categories: Python")
    True
    >>> opens_with_date(". 24 August 2021."), opens_with_date("Am 3. Mai 2021 tagte der Rat.")
    (False, False)
    """
    return bool(_FOUR_FIGURES.search(wording)) and bool(_OPENING_DATE.match(wording)) \
        and parse_date(wording) is not None


def _clock(text: str) -> tuple[int, int] | None:
    """The time of day `text` states, on a 24-hour clock ("8:40 PM" and "8:40 CH" are 20:40)."""
    clock = _TIME.search(text)
    if not clock:
        return None
    hour, minute = int(clock[1]), int(clock[2])
    half = clock[3] or clock[4]
    if half and hour <= 12:
        hour = hour % 12 + (12 if half.lower() in _AFTERNOON else 0)
    return hour, minute


# a declared time's zone: UTC ("Z", "+00:00") or none at all, where a page shows its local time
_UTC_OR_NO_ZONE = re.compile(r"(?:Z|[+-]00:?00|(?<![+-]\d\d):\d\d(?:\.\d+)?)\s*$")
QUARTER_HOUR = 15  # time zones stand whole quarter hours apart (Nepal's +05:45)
ROUNDED_MINUTES = 2  # a page shows 06:02 for the head's 06:01:44


def same_moment(shown: str, declared: str, declared_wording: str) -> bool:
    """Whether the ISO time `shown` on a page can be the one its head declares (`declared`, read
    from `declared_wording`) on the same day: equal to the minute, rounding aside, or, where the
    head gives UTC or no zone, a whole number of quarter hours off it (the site's time zone).
    A head stating another zone states the local time: "11:30" on the page is then another time
    than the head's "10:15:00+07:00", an update's.

    >>> same_moment("2019-11-18T08:54", "2019-11-18T16:54", "2019-11-18T16:54:19+00:00")
    True
    >>> same_moment("2024-11-23T11:30", "2024-11-23T10:15", "2024-11-23T10:15:00+07:00")
    False
    """
    if shown[:10] != declared[:10]:
        return False
    if "T" not in shown or "T" not in declared:
        return True
    minutes = abs(_minutes(shown) - _minutes(declared))
    off = min(minutes % QUARTER_HOUR, QUARTER_HOUR - minutes % QUARTER_HOUR)
    return minutes <= ROUNDED_MINUTES or (off <= ROUNDED_MINUTES
                                          and bool(_UTC_OR_NO_ZONE.search(declared_wording)))


def _minutes(iso: str) -> int:
    """The minutes since midnight of an ISO date and time ("2019-11-18T08:54" gives 534)."""
    return int(iso[11:13]) * 60 + int(iso[14:16])
