"""Dates written in words: relative ('hôm qua', 'năm ngoái'), lunar ('mùng 4 Tết Quý Mão', 'rằm tháng
Giêng'), months by name ('hồi tháng ba') and periods of a year ('6 tháng đầu năm', 'nửa đầu năm nay') and
of a month ('15 ngày đầu tháng 8').

Each finder takes the normalised text, the ``Clock`` that resolves years, and the text's ``Anchors``,
and yields ``Found`` candidates for ``extract.dates`` to choose from.
"""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from functools import cache

from extract.date_clock import Clock, can_chi_pattern, eve_day, lunar_day, tet_day, year_of_can_chi
from extract.date_cues import (
    COUNT_BEFORE_RE,
    Anchors,
    Found,
    alternation,
    before,
    compared_before,
    counted_after,
    has_before,
    matches,
    number_word_before,
    opens_clause,
    values,
    words,
)
from extract.numbers import load_rows, read_numeral, to_number, tokenize

__all__ = ["WORD_FINDERS", "follows_number", "month_span", "rel_year", "shared_year"]

YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
# "(năm sau) tăng cao hơn | năm trước": each year against the one before it, before "năm trước".
YEAR_AFTER_YEAR_RE = re.compile(r"(?<!\w)năm\s+sau\s+(?:[^\W\d_]+\s+){0,3}hơn\s+$", re.I)
END = r"(?![\d/]|[.,-]\d)"
# "6 tháng đầu năm 2024", "9 tháng năm 2019", "9 tháng của năm 2022", "sáu tháng cuối năm nay"; "nửa đầu năm".
PART_OF_YEAR_RE = re.compile(
    rf"(?P<n>\d{{1,2}}|[^\W\d_]+)\s+tháng\s+(?:(?P<part>đầu|cuối)\s+)?(?:của\s+(?=năm\s+(?:\d|nay)))?năm"
    rf"(?:\s+(?P<y>{YEAR})|\s+(?P<now>nay))?(?![\w/])", re.I)
HALF_YEAR_RE = re.compile(
    rf"(?<!\w)nửa\s+(?P<part>đầu|cuối)\s+(?:của\s+(?=năm\s+(?:\d|nay)))?năm(?:\s+(?P<y>{YEAR})|\s+(?P<now>nay))?(?![\w/])", re.I)
# "15 ngày đầu tháng 8", "10 ngày cuối tháng 7-2024": the first or last days of a month.
PART_OF_MONTH_RE = re.compile(
    rf"(?P<n>\d{{1,2}}|[^\W\d_]+)\s+ngày\s+(?P<part>đầu|cuối)\s+tháng\s+(?P<m>\d{{1,2}})"
    rf"(?:\s*[/.-]\s*(?P<y>{YEAR})|\s+năm\s+(?P<y2>{YEAR}))?{END}", re.I)
DAYS_OF_YEAR_RE = re.compile(rf"(?P<n>\d{{1,2}}|[^\W\d_]+)\s+ngày\s+(?P<part>đầu|cuối)\s+năm\s+(?P<y>{YEAR}){END}", re.I)
DAYS_BEFORE_RE = re.compile(r"(?:\d{1,2}|[^\W\d_]+)\s+ngày\s+(?:đầu|cuối)\s+$", re.I)
# A day written right after a relative word: "hôm nay (21/10)", "Hôm nay, 21/10", "chiều nay 30/9", "Sáng nay, ngày 6/7/2024".
EXPLICIT_DAY_RE = re.compile(
    rf"\s*(?:(?P<open>\()\s*|,\s*|(?=\d)|(?=ngày\s+\d))(?:ngày\s+)?(?P<d>\d{{1,2}})(?P<s>[/.-])(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>{YEAR}))?{END}"
    r"(?(open)\s*\))")
# A year written on the next date of a pair: "tháng 5 và tháng 6/2024", "ngày 5/8 và 6/8/2023".
SHARED_YEAR_RE = re.compile(
    rf"\s*(?:,|và|hoặc|đến|tới|[-–—])\s*(?:ngày\s+|tháng\s+)?(?:\d{{1,2}}[/.-])?\d{{1,2}}[/.-](?P<y>{YEAR})(?!\d)",
    re.I)
COUNT_DIGITS_BEFORE_RE = re.compile(r"(?<![\d.,])\d{1,3}\s*$")
NUMBER_BEFORE_RE = re.compile(r"(?<!\w)\d(?:[\d.,]*\d)?\s*$")  # "6 tháng", not "U15 năm 2024"
EVE_BEFORE_RE = re.compile(r"(?<![\w/.,-])(?:2\d|30)\s+$")  # "28 Tết": a day of the last lunar month
FULL_DATE_BRACKET_RE = re.compile(rf"\s*\(\s*(?:ngày\s+)?\d{{1,2}}[/.-]\d{{1,2}}[/.-]{YEAR}")
SOLAR_NEW_YEAR_RE = re.compile(
    rf"(?i:tết\s+dương\s+lịch)(?:\s+(?:(?i:năm)\s+)?(?P<y>{YEAR}){END}|\s+(?P<rel>(?i:năm\s+(?:nay|ngoái|trước|tới|sau)))"
    rf"(?!\w))?(?!\w)")
DATE_AFTER_RE = re.compile(r"\s*\(?\s*\d")
# the Tết Nguyên đán listed right after "Tết Dương lịch", with its year: "và Tết Nguyên đán Nhâm Dần 2022"
TET_YEAR_AFTER_RE = re.compile(rf"\s*(?:,|(?i:và))\s*(?:(?i:dịp|lễ)\s+)?(?i:tết\s+nguyên\s+đán)(?:\s+[^\W\d_]+){{0,2}}"
                               rf"?(?:\s+(?i:năm))?\s+(?P<y>{YEAR}){END}")
START_OF_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:đầu)\s+$")
FROM_TO_BEFORE_RE = re.compile(r"(?<!\w)(?i:từ|đến|tới)\s+$")
NEW_YEAR_EVE_RE = re.compile(r"(?i:giao\s+thừa)(?P<gap>\s*)")
# the year written after a lunar month ("tháng Giêng 2007", "tháng Giêng năm 2007"), or the words that make it every year's
MONTH_YEAR_AFTER_RE = re.compile(rf"(?:\s*[/.-]\s*|\s+(?:(?i:năm)\s+)?)(?P<y>{YEAR}){END}")
EVERY_YEAR_RE = re.compile(r"\s+(?i:hằng|hàng)\s+(?i:năm)(?![^\W\d_])")
# the day before "tháng Chạp" / "tháng Giêng": "29 tháng Chạp", "mùng 6 tháng Giêng", "ngày Mùng 6 tháng Giêng"
LUNAR_DAY_BEFORE_RE = re.compile(r"(?:(?<![\w/.,-])|(?<!\w)(?i:mùng|mồng)\s+)(?P<d>\d{1,2}|(?<=\s)[^\W\d_]+)\s+$")
DAY_NUMBER_BEFORE_RE = re.compile(r"(?<![\w/.,-])(?P<d>\d{1,2})\s+$")  # "10 Tháng Mười Một, 2023"
# days of Tết listed before the last one: "29, mùng 1, " in "ba ngày 29, mùng 1, mùng 2 tết Quý Tỵ"
LUNAR_LIST_BEFORE_RE = re.compile(
    r"(?<![\w/.,-])(?:(?P<mung>(?i:mùng|mồng)\s+))?(?P<first>\d{1,2})\s*(?:,|(?i:và))\s*"
    r"(?:(?:(?i:mùng|mồng)\s+)?\d{1,2}\s*(?:,|(?i:và))\s*){0,6}$")
# "đêm mùng 9", "ngày mùng một hoặc rằm": a lunar day named alone, its month and year unsaid (a day of Tết or of a month
# is read whole by the patterns of Tết and of the lunar months, which run longer)
LUNAR_DAY_ALONE_RE = re.compile(r"(?i:mùng|mồng)\s+(?P<d>\d{1,2}|[^\W\d_]+)(?![\w/.-]|\s*[-–]\s*\d|\s+(?i:tết|tháng|âm\s+lịch|al)(?!\w))")
# "ngày 2 Tết" counts the days of Tết as "mùng 2 Tết" does, in digits only ("ngày cận Tết" is no day of it); from the
# 20th on the number is a day of the last month before it ("ngày 28 Tết")
LUNAR_PREFIX_RE = re.compile(r"(?<!\w)(?:(?:mùng|mồng)\s+(?:\d{1,2}|[^\W\d_]+)|ngày\s+1?\d)\s+$", re.I)


def rel_year(clock: Clock, rel: str | None) -> int | None:
    """The year of 'năm nay' / 'năm ngoái' counted from the reference date."""
    offset = values("year_offset").get(" ".join(rel.lower().split())) if rel else None
    return clock.ref.year + offset if clock.ref and offset is not None else None


def shared_year(text: str, end: int) -> int | None:
    """The year of the date that follows in a pair ('tháng 5 và tháng 6/2024' -> 2024), else None."""
    m = SHARED_YEAR_RE.match(text, end)
    return int(m["y"]) if m else None


def follows_number(text: str, start: int) -> bool:
    """True for '6 tháng' (a duration): a number right before the month word."""
    return NUMBER_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def month_span(year: int | None, first: int, last: int) -> str | None:
    return f"{year}-{first:02d}/{year}-{last:02d}" if year else None


def _relative_days(text: str, clock: Clock, at: Anchors):
    """'hôm qua', 'ngày hôm qua', 'sáng nay (28/4)', 'ngày mai', counted from the reference date (without one, 'sáng nay' and
    '28/4' are two dates, as the gold files them)."""
    offsets = values("day_offset")
    for word in offsets:
        ahead = offsets[word] > 0
        for pos in at.words[word]:
            if ahead and not text[pos].islower():
                continue  # "Bệnh viện Bạch Mai", "chị Sáng Mai": a name
            head = min(before(text, pos, "relative_head"), before(text, pos, "day_time"),
                       before(text, pos, "tomorrow_head") if ahead else pos)
            end = pos + len(word)
            if head == pos or _compound_tail_re().match(text, end) or has_before(text, head, "few_days"):
                continue
            explicit = EXPLICIT_DAY_RE.match(text, end)
            if explicit and 1 <= int(explicit["m"]) <= 12 and 1 <= int(explicit["d"]) <= 31:
                y = int(explicit["y"]) if explicit["y"] else None
                day = clock.day(int(explicit["d"]), int(explicit["m"]), y, narrative=True)
                if clock.ref or y:  # 'Chiều nay 3/11/2020': a full date names the day the word stands for, one item
                    yield Found(head, explicit.end(), day, "day")
                else:  # with no reference date the word names no day: two dates, the word's (None) and the day's
                    yield Found(head, end, None, "day")
                    yield Found(explicit.start("d"), explicit.end("y") if y else explicit.end("m"), day, "day")
            else:
                yield Found(head, end, clock.shift_day(offsets[word]), "day")


def _relative_spans(text: str, clock: Clock, at: Anchors):
    """'năm ngoái', 'năm nay', 'tháng trước'; not 'những năm trước', 'hai năm nay', 'năm trước đó'."""
    for unit in ("năm", "tháng"):
        for m in matches(_relative_span_re(), text, at.words[unit]):
            if has_before(text, m.start(), "relative_block") or _relative_stop_re().match(text, m.end()):
                continue
            if YEAR_AFTER_YEAR_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "năm sau cao hơn năm trước": year after year, no year in particular
            if COUNT_DIGITS_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) or number_word_before(
                    text, m.start()):
                continue  # "2 năm trước", "hai năm nay": a span of time ("Robothon 2013 năm nay" is not)
            key = " ".join(m.group().lower().split())
            if key in values("month_offset"):
                yield Found(m.start(), m.end(), clock.shift_month(values("month_offset")[key]), "month")
            else:
                yield Found(m.start(), m.end(), clock.shift_year(values("year_offset")[key]), "year")


@cache
def _relative_span_re() -> re.Pattern[str]:
    phrases = list(values("month_offset")) + list(values("year_offset"))
    return re.compile(rf"{alternation(phrases)}(?!\w)", re.I)


@cache
def _compound_tail_re() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(words('compound_tail'))}(?!\w)", re.I)


@cache
def _relative_stop_re() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(words('relative_stop'))}(?!\w)", re.I)


def _lunar_dates(text: str, clock: Clock, at: Anchors):
    """'mùng 4 Tết Quý Mão', 'Tết Nguyên đán Bính Ngọ', 'rằm tháng Giêng', 'đêm giao thừa'; 'Tết Nhâm Dần 2022' is the
    year."""
    for pos in at.words["tết"]:
        new_year = SOLAR_NEW_YEAR_RE.match(text, pos)
        if new_year is not None:
            # "dịp Tết Dương lịch": New Year's Day, of the year of the Tết Nguyên đán named with it ("Tết Dương lịch,
            # Tết Nguyên đán Giáp Thìn 2024") or else the clock's; "Tết Dương lịch 2023", "... năm nay" are read as
            # the year, and days written right after ("tết Dương lịch (1-3/1/2016)") as those days
            if new_year["y"] is None and new_year["rel"] is None and DATE_AFTER_RE.match(text, new_year.end()) is None:
                shared = TET_YEAR_AFTER_RE.match(text, new_year.end())
                yield Found(pos, new_year.end(), clock.day(1, 1, int(shared["y"]) if shared else None), "day")
            continue
        eve = EVE_BEFORE_RE.search(text, max(0, pos - 8), pos)
        if eve is not None and (has_before(text, eve.start(), "day_prefix") or has_before(text, eve.start(), "day_time")
                                or text[eve.start() - 1:eve.start()] == "(" or FROM_TO_BEFORE_RE.search(
                                    text, max(0, eve.start() - 8), eve.start())):
            m = _eve_re().match(text, eve.start())
            if m is not None and FULL_DATE_BRACKET_RE.match(text, m.end()) is None:
                # "ngày 30 Tết", "rạng sáng 27 Tết", "(27 Tết âm lịch)": a day of the year's last month (one item
                # with the full date a bracket may give it: "Trưa 24 Tết (2-2-2005)")
                year = year_of_can_chi(m["cc"], clock) if m["cc"] else None
                yield Found(before(text, m.start(), "day_prefix"), m.end(), eve_day(int(m["d"]), year, clock), "day")
                continue
        prefix = LUNAR_PREFIX_RE.search(text, max(0, pos - 16), pos)
        m = _tet_re().match(text, prefix.start() if prefix else pos)
        if m is None:
            continue
        if m["y"]:
            # 'Tết Nguyên đán Giáp Thìn 2024' is the Tết the article tells of; not one it compares with ('cao hơn
            # so với Tết 2004'), which may be a year or more back
            compared = compared_before(text, m.start()) is not None
            yield Found(m.start(), m.end(), m["y"], "year", "written" if compared else "edition")
        elif m["cc"] or m["d"] or m["nd"]:  # "dịp Tết" alone names no day
            year = year_of_can_chi(m["cc"], clock) if m["cc"] else None
            named = m["d"] or m["nd"]
            day = _lunar_number(named) if named else 1
            listed = LUNAR_LIST_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) if named else None
            if listed is not None and day:
                # "ba ngày 29, mùng 1, mùng 2 tết Quý Tỵ": the days listed before share the Tết, one span from the
                # first (a 29th or 30th before mùng 1 is the eve) to the last
                first = int(listed["first"])
                start = tet_day(first, year, clock) if listed["mung"] or first < 20 else eve_day(first, year, clock)
                last = tet_day(day, year, clock)
                value = f"{start}/{last}" if start and last and start < last else None
                yield Found(before(text, listed.start(), "day_prefix"), m.end(), value, "range")
                continue
            yield Found(m.start(), m.end(), tet_day(day, year, clock) if day else None, "day")
    for pos in at.words["giao thừa"]:
        # "đêm giao thừa": New Year's Eve, the last day of the lunar year, of the Tết named right after it ("đêm giao
        # thừa Tết Bính Thân 2016", which stays a date of its own) or else of the clock's
        m = NEW_YEAR_EVE_RE.match(text, pos)
        if m is None:
            continue
        tet = _tet_re().match(text, m.end()) if m["gap"] else None
        year = (int(tet["y"]) if tet["y"] else year_of_can_chi(tet["cc"], clock) if tet["cc"] else None) if tet else None
        yield Found(before(text, pos, "day_time"), m.start("gap"), eve_day(30, year, clock), "day")
    for m in matches(_lunar_day_re(), text, at.digits):  # "ngày 13/1 năm Bính Thân": a lunar day and year
        lunar_year = year_of_can_chi(m["cc"], clock)
        solar = lunar_day(int(m["d"]), int(m["m"]), lunar_year, clock) if lunar_year and 1 <= int(m["m"]) <= 12 \
            else None
        yield Found(before(text, m.start(), "day_prefix"), m.end(), solar, "day")
    for m in matches(_spring_re(), text, at.words["xuân"]):  # "xuân Bính Thân": the year its Tết opens
        spring = int(m["y"]) if m["y"] else year_of_can_chi(m["cc"], clock)  # "Xuân Ất Tỵ năm 2025": one date
        yield Found(m.start(), m.end(), str(spring) if spring else None, "year")
    for m in matches(_year_name_re(), text, at.words["năm"]):  # "năm Giáp Thân", "Năm Quý Mùi này", "năm mới Ất Dậu"
        if START_OF_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "những ngày đầu năm mới Nhâm Dần": the first days of that year, not the year
        named = year_of_can_chi(m["cc"], clock)
        yield Found(m.start(), m.end(), str(named) if named else None, "year")
    for m in matches(_lunar_month_day_re(), text, at.words["tháng"]):
        # "29 tháng Chạp", "mùng 6 tháng Giêng năm Bính Ngọ": a day of the lunar year's last or first month; without
        # a year, the Chạp before (the Giêng of) the Tết of the clock's year
        day_before = LUNAR_DAY_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        number = _lunar_number(day_before["d"]) if day_before else None
        if number is None and not m["cc"]:
            # "từ tháng Chạp", "vào giữa tháng giêng hàng năm": a lunar month alone runs over two solar months, an
            # item without a value (the words that make it every year's kept in its span)
            # ("tháng Giêng 2007" with its year is read as January, as the papers write it)
            every, written = EVERY_YEAR_RE.match(text, m.end()), MONTH_YEAR_AFTER_RE.match(text, m.end())
            if written is not None:
                month = values("lunar_month")[m["name"].lower()]
                yield Found(m.start(), written.end(), f"{written['y']}-{month:02d}", "month")
            else:
                yield Found(m.start(), every.end() if every else m.end(), None, "month")
            continue
        if day_before is None or number is None:
            continue
        month = values("lunar_month")[m["name"].lower()]
        year = year_of_can_chi(m["cc"], clock) if m["cc"] else None
        if month == 12:
            solar_day = lunar_day(number, 12, year, clock) if year or clock.ref else eve_day(number, None, clock)
        else:
            solar_day = tet_day(number, year, clock)
        yield Found(before(text, day_before.start(), "day_prefix"), m.end(), solar_day, "day")
    for m in matches(LUNAR_DAY_ALONE_RE, text, tuple(sorted(at.words["mùng"] + at.words["mồng"]))):
        if m["d"].lower() == "một" or _lunar_number(m["d"]) is not None:  # "mùng một": 'một' read as a day here
            yield Found(before(text, m.start(), "day_prefix"), m.end(), None, "day")
    for m in matches(_full_moon_re(), text, at.words["rằm"]):
        name = " ".join(m["month"].lower().split())
        month = values("lunar_month").get(name) or values("month_name").get(name) or int(name)
        yield Found(m.start(), m.end(), lunar_day(15, month, None, clock), "day")


def _eve_names(text: str, clock: Clock, at: Anchors):
    """'ngày đưa ông Táo về trời': a day of the last lunar month before the Tết of the clock's year, named."""
    for pos in at.words["táo"]:
        m = _eve_name_re().search(text, max(0, pos - 28), pos + 12)
        if m is not None and m.start() < pos < m.end():
            yield Found(m.start(), m.end(), eve_day(values("eve_name")[" ".join(m[0].lower().split())], None, clock), "day")


@cache
def _eve_name_re() -> re.Pattern[str]:
    return re.compile(rf"{alternation(values('eve_name'))}(?![^\W\d_])", re.I)


def _lunar_number(word: str) -> int | None:
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 30 else None
    numeral = read_numeral(tokenize(word), 0)
    return int(to_number(numeral.value)) if numeral and numeral.value and 1 <= numeral.value <= 30 else None


@cache
def _tet_re() -> re.Pattern[str]:
    prefix = alternation(row[0] for row in load_rows("calendar_words.tsv") if row[1] == "lunar_prefix")
    # "dịpTết Nguyên đánBính Ngọ": lost spaces around the names.
    return re.compile(
        rf"(?:(?:(?i:{prefix})\s+(?P<d>\d{{1,2}}|[^\W\d_]+)|(?i:ngày)\s+(?P<nd>1?\d))\s+)?"
        rf"(?i:tết)(?:\s+(?i:nguyên\s+đán))?(?:\s*(?P<cc>{can_chi_pattern()}))?"
        rf"(?:\s+(?:(?i:năm)\s+)?(?P<y>{YEAR}){END})?(?!\w)")


@cache
def _eve_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<d>2\d|30)\s+(?i:tết)(?:\s+(?i:âm\s+lịch))?(?:\s*(?P<cc>{can_chi_pattern()}))?(?!\w)")


@cache
def _lunar_day_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})\s+(?:\(?(?i:âm\s+lịch)\)?\s+)?(?i:năm)\s+"
                      rf"(?P<cc>{can_chi_pattern()})")


@cache
def _year_name_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:năm)\s+(?:(?i:mới)\s+)?(?P<cc>{can_chi_pattern()})(?!\s*(?:\d|\())")  # "năm mới Ất Tỵ" too


@cache
def _lunar_month_day_re() -> re.Pattern[str]:
    """'tháng Chạp', 'tháng Giêng' after the day's number (or after 'mùng 6'), a sexagenary year name may follow."""
    names = alternation(values("lunar_month"))
    return re.compile(rf"(?i:tháng)\s+(?P<name>(?i:{names}))(?!\w)"
                      rf"(?:\s+(?:(?i:năm)\s+)?(?P<cc>{can_chi_pattern()}))?")


@cache
def _spring_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:xuân)\s+(?P<cc>{can_chi_pattern()})(?:\s+(?:(?i:năm)\s+)?(?P<y>{YEAR}){END})?")


@cache
def _full_moon_re() -> re.Pattern[str]:
    names = list(values("lunar_month")) + list(values("month_name"))
    return re.compile(rf"rằm\s+tháng\s+(?P<month>{alternation(names)}|\d{{1,2}})(?!\w)"
                      rf"(?:\s*\(\s*âm\s+lịch\s*\)|\s+âm\s+lịch)?", re.I)


def _month_names(text: str, clock: Clock, at: Anchors):
    """'hồi tháng ba', 'tháng Tám năm 1945'; not 'Cách mạng tháng Tám' (a name), 'mỗi tháng ba lần'."""
    for m in matches(_month_name_re(), text, at.words["tháng"]):
        mo = values("month_name")[" ".join(m["name"].lower().split())]
        year = m["y"] or m["y2"] or (m["y3"] if not counted_after(text, m.end()) else None)
        day = DAY_NUMBER_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
        if day is not None and year:  # "Thứ Sáu, 10 Tháng Mười Một, 2023": a dateline
            try:
                yield Found(day.start(), m.end(), date(int(year), mo, int(day["d"])).isoformat(), "day")
            except ValueError:
                pass
        elif year:
            yield Found(m.start(), m.end(), f"{year}-{mo:02d}", "month")
        elif ((has_before(text, m.start(), "month_cue") or _capital_name(text, m)) and not follows_number(text, m.start())
              and not counted_after(text, m.end("name"))):
            year = shared_year(text, m.end("name")) or clock.year_for(mo, None, opens_clause(text, m.start()))
            yield Found(m.start(), m.end("name"), f"{year}-{mo:02d}" if year else None, "month")


def _capital_name(text: str, m: re.Match[str]) -> bool:
    """'tháng Chín', 'tháng Mười': a month name capitalised after a lower-case 'tháng' is the month (not a name such as
    'Cách mạng tháng Tám', 'đường Cách Mạng Tháng Tám')."""
    return text[m.start()] == "t" and m["name"][0].isupper() and not has_before(text, m.start(), "month_named")


@cache
def _month_name_re() -> re.Pattern[str]:
    return re.compile(rf"tháng\s+(?P<name>{alternation(values('month_name'))})(?!\w)"
                      rf"(?:\s*[/.-]\s*(?P<y>{YEAR}){END}|\s+năm\s+(?P<y2>{YEAR}){END}|,\s*(?P<y3>{YEAR}){END})?", re.I)


def _parts_of_year(text: str, clock: Clock, at: Anchors):
    """'6 tháng đầu năm 2024', '9 tháng năm 2019', 'sáu tháng cuối năm nay', 'nửa đầu năm nay'."""
    for pos in at.words["tháng"]:
        count = COUNT_BEFORE_RE.search(text, max(0, pos - 12), pos)
        m = PART_OF_YEAR_RE.match(text, count.start()) if count else None
        if m is None or not (m["part"] or m["y"] or m["now"]):
            continue  # "3 tháng năm" is no period
        n = _count(m["n"], 12)
        if n is None:
            continue
        first, last = (1, n) if (m["part"] or "đầu").lower() == "đầu" else (13 - n, 12)
        yield Found(m.start(), m.end(), month_span(_period_year(m, clock), first, last), "range", _compared(text, m))
    for m in matches(HALF_YEAR_RE, text, at.words["nửa"]):
        first, last = (1, 6) if m["part"].lower() == "đầu" else (7, 12)
        yield Found(m.start(), m.end(), month_span(_period_year(m, clock), first, last), "range", _compared(text, m))


def _compared(text: str, m: re.Match[str]) -> str:
    """'tăng 13 nghìn tin so với 6 tháng đầu năm 2004': the same part of an earlier year, which the article's is
    past (as 'so với năm 2004'), not the article's own."""
    if m["y"] and compared_before(text, m.start()):
        return "compared"
    return "written"


def _parts_of_month(text: str, clock: Clock, at: Anchors):
    """'15 ngày đầu tháng 8' -> 1-15 August, '10 ngày cuối tháng 7/2024' -> 22-31 July 2024."""
    for pos in at.words["tháng"]:
        days = DAYS_BEFORE_RE.search(text, max(0, pos - 24), pos)
        m = PART_OF_MONTH_RE.match(text, days.start()) if days else None
        if m is None:
            continue
        n, month = _count(m["n"], 28), int(m["m"])
        if n is None or not 1 <= month <= 12:
            continue
        year = int(m["y"] or m["y2"] or 0) or clock.year_for(month, None, opens_clause(text, m.start()))
        if year is None:
            yield Found(m.start(), m.end(), None, "range")
            continue
        last = monthrange(year, month)[1]
        first, final = (1, n) if m["part"].lower() == "đầu" else (last - n + 1, last)
        yield Found(m.start(), m.end(), f"{date(year, month, first).isoformat()}/{date(year, month, final).isoformat()}",
                    "range")


def _days_of_year(text: str, clock: Clock, at: Anchors):
    """'ba ngày đầu năm 2021' -> 1-3 January 2021, '10 ngày cuối năm 2020' -> 22-31 December 2020 (the year written:
    'những ngày đầu năm' alone names no days)."""
    for pos in at.words["năm"]:
        days = DAYS_BEFORE_RE.search(text, max(0, pos - 24), pos)
        m = DAYS_OF_YEAR_RE.match(text, days.start()) if days else None
        n = _count(m["n"], 31) if m else None
        if m is None or n is None:
            continue
        year = int(m["y"])
        first, last = (date(year, 1, 1), date(year, 1, n)) if m["part"].lower() == "đầu" \
            else (date(year, 12, 32 - n), date(year, 12, 31))
        yield Found(m.start(), m.end(), f"{first.isoformat()}/{last.isoformat()}", "range")


def _count(word: str, most: int) -> int | None:
    """How many months or days a period counts ('6', 'sáu'), from 1 to ``most``; None otherwise."""
    tokens = tokenize(word)
    numeral = read_numeral(tokens, 0) if len(tokens) == 1 else None
    if numeral is None or numeral.value is None or not 1 <= numeral.value <= most:
        return None
    return int(to_number(numeral.value))


def _period_year(m: re.Match[str], clock: Clock) -> int | None:
    if m["y"]:
        return int(m["y"])
    if m["now"]:
        return clock.ref.year if clock.ref else None
    return clock.this_year()


WORD_FINDERS = (_relative_days, _relative_spans, _lunar_dates, _eve_names, _month_names, _parts_of_year, _parts_of_month,
                _days_of_year)
