"""Calendar references in Vietnamese text: days, months, years, quarters and ranges.

Values are ISO strings: ``2013-08-01`` (day), ``2012-12`` (month), ``2012``
(year), and ``A/B`` for ranges (``2013/2023``, ``2023-08-01/2023-08-15``,
``2024-01/2024-03`` for ``quý I/2024``).  A day or month written without a
year takes the year of the reference (publication) date, or the year before
when that would put it more than a month after the reference; without a
reference, or for an annual day such as ``“Ngày hội ...” (19/8)``, the value is
None.  The regular expressions below find the digit shapes; the words around
them (``ngày``, ``giai đoạn``, ``Chiều``, event names) come from
``extract/data/date_words.tsv``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from extract.document import Prepared, prepare
from extract.numbers import load_rows, read_numeral, to_number, tokenize
from extract.types import DateMention, Precision

__all__ = ["extract_dates", "calendar_spans"]

# Boundaries: not inside a longer number or code ("1.140", "09-CT/TW"); a letter glued after a date
# is a lost line break ("16:30Trong", "2023Hội nghị"), so letters may follow.
_START = r"(?<![\w/,-])(?<!\d\.)"
_END = r"(?![\d/]|[.,-]\d)"
_START_FULL = r"(?<![\d/,-])(?<!\d\.)"  # a full d/m/yyyy date is distinctive enough to follow a glued word
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_DASH = r"[-–—]"
DMY_RE = re.compile(rf"{_START_FULL}(?P<d>\d{{1,2}})(?P<s>[/.-])(?P<m>\d{{1,2}})(?P=s)(?P<y>{_YEAR}){_END}")
ISO_DAY_RE = re.compile(rf"{_START}(?P<y>{_YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_END}")
DM_RE = re.compile(rf"{_START}(?P<d>\d{{1,2}})(?P<s>[/-])(?P<m>\d{{1,2}}){_END}")
# "ngày 11 và 12/4/2024", "các ngày 12, 13, 14/10": leading bare days share the last one's month and year.
_LIST_SEP = r"\s*(?:,|và|hoặc|&)\s*"
DAY_LIST_RE = re.compile(
    rf"{_START}(?P<days>\d{{1,2}}(?:{_LIST_SEP}\d{{1,2}})*){_LIST_SEP}"
    rf"(?P<d>\d{{1,2}})(?P<s>[/.-])(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>{_YEAR}))?{_END}", re.I)
DAY_MONTH_WORDS_RE = re.compile(
    rf"{_START}(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s*,?\s*năm\s+(?P<y>{_YEAR})|\s*[/-]\s*(?P<y2>{_YEAR}))?{_END}",
    re.I)
DAY_RANGE_RE = re.compile(
    rf"{_START}(?P<d1>\d{{1,2}})(?:(?P<s1>[/-])(?P<m1>\d{{1,2}})(?:(?P=s1)(?P<y1>{_YEAR}))?)?"
    rf"\s*(?:đến|tới|{_DASH})\s*(?:ngày\s+)?"
    rf"(?P<d2>\d{{1,2}})(?P<s2>[/.-])(?P<m2>\d{{1,2}})(?:(?P=s2)(?P<y2>{_YEAR}))?{_END}", re.I)
MONTH_YEAR_RE = re.compile(
    rf"(?<!\w)tháng\s+(?P<m>\d{{1,2}})(?:\s*[/.-]\s*|\s+năm\s+)(?P<y>{_YEAR}){_END}", re.I)
MONTH_RE = re.compile(rf"(?<!\w)tháng\s+(?P<m>\d{{1,2}}){_END}", re.I)
MONTH_RANGE_RE = re.compile(
    rf"(?<!\w)tháng\s+(?P<m1>\d{{1,2}})(?:\s*[/-]\s*(?P<y1>{_YEAR}))?\s*(?:đến|tới|{_DASH})\s*"
    rf"tháng\s+(?P<m2>\d{{1,2}})(?:\s*[/.-]\s*|\s+năm\s+)?(?P<y2>{_YEAR})?{_END}", re.I)
QUARTER_RE = re.compile(
    rf"(?<!\w)quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?:\s*[/.-]\s*|\s+năm\s+)?(?P<y>{_YEAR})?(?![\w/])", re.I)
PART_OF_YEAR_RE = re.compile(
    rf"(?<!\w)(?P<n>\d{{1,2}}|[^\W\d_]+)\s+tháng\s+(?P<part>đầu|cuối)\s+năm(?:\s+(?P<y>{_YEAR}))?(?![\w/])", re.I)
YEAR_RANGE_RE = re.compile(
    rf"{_START}(?P<y1>{_YEAR})\s*(?:{_DASH}|đến|tới)\s*(?:năm\s+)?(?P<y2>{_YEAR}){_END}", re.I)
# A bare year after a cue ("từ 2013 đến nay", "đến 2030,"): only before punctuation or a range word,
# so "từ 2000 người" stays a count.
BARE_YEAR_RE = re.compile(rf"{_START}(?P<y>{_YEAR})(?=\s*(?:[,.;:)!?]|$|đến\b|tới\b|và\b|nay\b|trở\b))", re.I | re.M)
YEAR_RE = re.compile(rf"(?<!\w)năm\s+(?P<y>{_YEAR}){_END}", re.I)
# A year written on the next date of a pair: "tháng 5 và tháng 6/2024", "ngày 5/8 và 6/8/2023".
SHARED_YEAR_RE = re.compile(
    rf"\s*(?:,|và|hoặc|đến|tới|{_DASH})\s*(?:ngày\s+|tháng\s+)?(?:\d{{1,2}}[/.-])?\d{{1,2}}[/.-](?P<y>{_YEAR})(?!\d)",
    re.I)
TIME_RE = re.compile(r"(?<![\w/.,])\d{1,2}(?::\d{2}|h\d{0,2}|\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?)(?!\w)", re.I)
DIGITS_RE = re.compile(r"\d+")
KEYWORD_RE = re.compile(r"(?<!\w)(?:tháng|năm|quý)(?!\w)", re.I)
NAMED_DAY_RE = re.compile(r"Ngày\s+[A-ZĐ]")  # "Ngày Pháp luật", "Ngày Quốc khánh": a named annual day
CLAUSE_BREAK_RE = re.compile(r"[,.;:!?()\n]")
COUNT_BEFORE_RE = re.compile(r"(?<!\w)(?:\d{1,2}|[^\W\d_]+)\s+$")
QUOTE_CLOSE_RE = re.compile(r"[”\"’']\s*$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


class _Found(NamedTuple):
    start: int
    end: int
    value: str | None
    precision: Precision


def extract_dates(text: str | Prepared, reference: date | None = None) -> list[DateMention]:
    """Dates, months, years and ranges in a text, in text order, with offsets into the text given."""
    doc = prepare(text)
    out = []
    for f in _find(doc.text, reference):
        start, end, source = doc.norm.source_span(f.start, f.end)
        out.append(DateMention(start, end, source, f.value, f.precision))
    return out


def calendar_spans(doc: Prepared) -> list[tuple[int, int]]:
    """Spans of ``doc.text`` taken by dates and clock times (numbers there are not figures)."""
    spans = [(f.start, f.end) for f in _find(doc.text, None)]
    spans.extend(m.span() for m in _matches(TIME_RE, doc.text, _anchors(doc.text).digits))
    return sorted(spans)


class _Anchors(NamedTuple):
    """Where a date can start: digit runs and the words tháng / năm / quý."""

    digits: tuple[int, ...]
    words: dict[str, tuple[int, ...]]


@lru_cache(maxsize=8)
def _anchors(text: str) -> _Anchors:
    # Trying each pattern only where a date can start is far faster than scanning the text per pattern.
    digits = tuple(m.start() for m in DIGITS_RE.finditer(text))
    words: dict[str, list[int]] = {"tháng": [], "năm": [], "quý": []}
    for m in KEYWORD_RE.finditer(text):
        words[m.group().lower()].append(m.start())
    return _Anchors(digits, {k: tuple(v) for k, v in words.items()})


def _matches(regex: re.Pattern[str], text: str, positions: tuple[int, ...]):
    """Matches of ``regex`` starting exactly at each of ``positions``."""
    for pos in positions:
        m = regex.match(text, pos)
        if m is not None:
            yield m


@lru_cache(maxsize=8)
def _find(text: str, ref: date | None) -> tuple[_Found, ...]:
    anchors = _anchors(text)
    found: list[_Found] = []
    for finder in _FINDERS:
        found.extend(f for f in finder(text, ref, anchors) if f is not None)
    found.sort(key=lambda f: (f.start - f.end, f.start))
    chosen: list[_Found] = []
    for f in found:
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return tuple(sorted(chosen, key=lambda f: f.start))


@cache
def _role_words(role: str) -> str:
    """A regex alternation of the words of a date_words.tsv role, longest first."""
    words = sorted((row[0] for row in load_rows("date_words.tsv") if row[1] == role), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


@cache
def _cue_re(role: str) -> re.Pattern[str]:
    """Matches, at the end of a text, one of the words of a date_words.tsv role."""
    return re.compile(r"(?<![^\W\d_])" + _role_words(role) + r"\s*$", re.I)


@cache
def _recurring_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after, before) patterns that mark a day/month as an annual day: 'hằng năm', 'là Ngày ...'."""
    event = rf"(?:(?i:{_role_words('event')})|{NAMED_DAY_RE.pattern})"
    after = re.compile(rf"\s*,?\s*(?i:{_role_words('recurring')})(?![^\W\d_])"
                       rf"|\s+(?i:{_role_words('recurring_link')})\s+{event}")
    before = re.compile(rf"(?<![^\W\d_]){_role_words('recurring')}\s*,?\s*(?:vào\s+)?$", re.I)
    return after, before


def _recurring(text: str, start: int, end: int) -> bool:
    """True for a day/month named as a yearly day: 'ngày 19/8 hằng năm', 'Hằng năm, vào ngày 9/11'."""
    after, before = _recurring_res()
    return after.match(text, end) is not None or before.search(text, max(0, start - 24), start) is not None


def _before(text: str, start: int, role: str) -> int:
    """Start of a ``role`` word right before ``start``, or ``start`` when there is none."""
    m = _cue_re(role).search(text, max(0, start - 24), start)
    return m.start() if m else start


def _day(d: int, m: int, y: int | None, ref: date | None) -> str | None:
    """ISO day, taking the year from the reference date when not written; None if impossible."""
    if y is None:
        y = _infer_year(m, d, ref)
        if y is None:
            return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _infer_year(m: int, d: int, ref: date | None) -> int | None:
    if ref is None:
        return None
    try:
        return ref.year - 1 if date(ref.year, m, d) > ref + timedelta(days=31) else ref.year
    except ValueError:
        return None


def _shared_year(text: str, end: int) -> int | None:
    """The year of the date that follows in a pair ('tháng 5 và tháng 6/2024' -> 2024), else None."""
    m = SHARED_YEAR_RE.match(text, end)
    return int(m["y"]) if m else None


def _valid(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31


def _full_days(text: str, ref: date | None, at: _Anchors):
    for m in _matches(DMY_RE, text, at.digits):
        value = _day(int(m["d"]), int(m["m"]), int(m["y"]), ref)
        if value:
            yield _Found(_before(text, m.start(), "day_prefix"), m.end(), value, "day")
    for m in _matches(ISO_DAY_RE, text, at.digits):
        value = _day(int(m["d"]), int(m["m"]), int(m["y"]), ref)
        if value:
            yield _Found(m.start(), m.end(), value, "day")


def _bare_days(text: str, ref: date | None, at: _Anchors):
    for m in _matches(DM_RE, text, at.digits):
        d, mo = int(m["d"]), int(m["m"])
        if not _valid(d, mo):
            continue
        start = _before(text, m.start(), "day_prefix")
        cued = start < m.start() or _before(text, m.start(), "day_cue") < m.start()
        in_parens = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        if m["s"] == "-" and start == m.start():
            continue  # "09-12" without "ngày" is more often a code than a date
        year = _shared_year(text, m.end())
        if not cued and (in_parens or _named_day_before(text, m.start())) and _after_event(text, m.start() - 1):
            yield _Found(m.start(), m.end(), None, "day")
        elif cued or in_parens:
            recurring = year is None and _recurring(text, start, m.end())
            yield _Found(start, m.end(), None if recurring else _day(d, mo, year, ref), "day")


def _named_day_before(text: str, start: int) -> bool:
    """True for 'Ngày Nhà giáo Việt Nam 20/11': an annual-day name ends right before, in the same clause."""
    window = text[max(0, start - 60):start]
    last = window.split()[-1:] or [""]
    if not last[0][:1].isupper():
        return False  # "Ngày hội diễn ra 19/8" is one occurrence, not the name of the day
    clause = window[max((m.end() for m in CLAUSE_BREAK_RE.finditer(window)), default=0):]
    return _event_re().search(clause) is not None or NAMED_DAY_RE.search(clause) is not None


def _day_lists(text: str, ref: date | None, at: _Anchors):
    """'ngày 11 và 12/4/2024', 'các ngày 12, 13, 14/10': one day each, month and year from the last."""
    for m in _matches(DAY_LIST_RE, text, at.digits):
        prefix = _before(text, m.start(), "day_prefix")
        mo, last = int(m["m"]), int(m["d"])
        if prefix == m.start() or (m["s"] == "." and not m["y"]) or not _valid(last, mo):
            continue
        year = int(m["y"]) if m["y"] else None
        recurring = year is None and _recurring(text, prefix, m.end())
        days = [(m.start("days") + d.start(), m.start("days") + d.end(), int(d.group()))
                for d in DIGITS_RE.finditer(m["days"])]
        days.append((m.start("d"), m.end(), last))
        for k, (s, e, d) in enumerate(days):
            value = None if recurring or not _valid(d, mo) else _day(d, mo, year, ref)
            yield _Found(prefix if k == 0 else s, e, value, "day")


def _after_event(text: str, paren: int) -> bool:
    """True when a '(' follows a quoted name or an annual-day phrase: '“Ngày hội ...” (19/8)'."""
    window = text[max(0, paren - 80):paren]
    return QUOTE_CLOSE_RE.search(window) is not None or _event_re().search(window) is not None


@cache
def _event_re() -> re.Pattern[str]:
    words = sorted((row[0] for row in load_rows("date_words.tsv") if row[1] == "event"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _worded_days(text: str, ref: date | None, at: _Anchors):
    for m in _matches(DAY_MONTH_WORDS_RE, text, at.digits):
        d, mo = int(m["d"]), int(m["m"])
        year = m["y"] or m["y2"]
        start = _before(text, m.start(), "day_prefix")
        if not _valid(d, mo) or (year is None and start == m.start()
                                 and _before(text, m.start(), "day_cue") == m.start()):
            continue
        if year is None and _recurring(text, start, m.end()):
            yield _Found(start, m.end(), None, "day")
        else:
            yield _Found(start, m.end(), _day(d, mo, int(year) if year else None, ref), "day")


def _day_ranges(text: str, ref: date | None, at: _Anchors):
    for m in _matches(DAY_RANGE_RE, text, at.digits):
        start = _before(text, m.start(), "day_prefix")
        cued = start < m.start() or _before(text, m.start(), "day_cue") < m.start()  # "từ 11-13/4"
        if (m["m1"] is None or m["s1"] == "-") and not cued:
            continue
        d1, d2, m2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
        m1 = int(m["m1"]) if m["m1"] else m2
        y2 = int(m["y2"]) if m["y2"] else _infer_year(m2, d2, ref)
        y1 = int(m["y1"]) if m["y1"] else y2
        if not (_valid(d1, m1) and _valid(d2, m2)) or (m["s2"] == "." and not m["y2"]):
            continue
        a, b = _day(d1, m1, y1, ref), _day(d2, m2, y2, ref)
        value = f"{a}/{b}" if a and b and a < b else None
        if value or y2 is None:
            yield _Found(_before(text, start, "range_prefix"), m.end(), value, "range")


def _months(text: str, ref: date | None, at: _Anchors):
    for m in _matches(MONTH_YEAR_RE, text, at.words["tháng"]):
        if 1 <= int(m["m"]) <= 12:
            yield _Found(m.start(), m.end(), f"{m['y']}-{int(m['m']):02d}", "month")
    for m in _matches(MONTH_RE, text, at.words["tháng"]):
        mo = int(m["m"])
        if 1 <= mo <= 12 and not _follows_number(text, m.start()):
            year = _shared_year(text, m.end()) or _infer_year(mo, 1, ref)
            yield _Found(m.start(), m.end(), f"{year}-{mo:02d}" if year else None, "month")


def _follows_number(text: str, start: int) -> bool:
    """True for '6 tháng' (a duration): a number right before the month word."""
    return re.search(r"\d\s*$", text[max(0, start - 4):start]) is not None


def _month_ranges(text: str, ref: date | None, at: _Anchors):
    for m in _matches(MONTH_RANGE_RE, text, at.words["tháng"]):
        m1, m2 = int(m["m1"]), int(m["m2"])
        y2 = int(m["y2"]) if m["y2"] else _infer_year(m2, 1, ref)
        y1 = int(m["y1"]) if m["y1"] else y2
        if 1 <= m1 <= 12 and 1 <= m2 <= 12:
            ok = y1 is not None and y2 is not None and (y1, m1) < (y2, m2)
            value = f"{y1}-{m1:02d}/{y2}-{m2:02d}" if ok else None
            yield _Found(_before(text, m.start(), "range_prefix"), m.end(), value, "range")


def _quarters(text: str, ref: date | None, at: _Anchors):
    for m in _matches(QUARTER_RE, text, at.words["quý"]):
        q = m["q"].upper()
        quarter = _ROMAN.get(q) or int(q)
        year = int(m["y"]) if m["y"] else (ref.year if ref else None)
        yield _Found(m.start(), m.end(), _month_span(year, 3 * quarter - 2, 3 * quarter), "range")


def _parts_of_year(text: str, ref: date | None, at: _Anchors):
    for m in _parts_of_year_matches(text, at.words["tháng"]):
        words = tokenize(m["n"])
        numeral = read_numeral(words, 0) if len(words) == 1 else None
        if numeral is None or numeral.value is None or not 1 <= numeral.value <= 12:
            continue
        n = int(to_number(numeral.value))
        year = int(m["y"]) if m["y"] else (ref.year if ref else None)
        first, last = (1, n) if m["part"].lower() == "đầu" else (13 - n, 12)
        yield _Found(m.start(), m.end(), _month_span(year, first, last), "range")


def _parts_of_year_matches(text: str, months: tuple[int, ...]):
    """PART_OF_YEAR_RE matches ('6 tháng đầu năm'), found from their 'tháng'."""
    for pos in months:
        count = COUNT_BEFORE_RE.search(text, max(0, pos - 12), pos)
        m = PART_OF_YEAR_RE.match(text, count.start()) if count else None
        if m is not None:
            yield m


def _month_span(year: int | None, first: int, last: int) -> str | None:
    return f"{year}-{first:02d}/{year}-{last:02d}" if year else None


def _years(text: str, ref: date | None, at: _Anchors):
    for m in _matches(YEAR_RANGE_RE, text, at.digits):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2 <= y1 + 100:
            yield _Found(_before(text, m.start(), "range_prefix"), m.end(), f"{y1}/{y2}", "range")
    for m in _matches(BARE_YEAR_RE, text, at.digits):
        if _before(text, m.start(), "year_cue") < m.start():
            yield _Found(m.start(), m.end(), m["y"], "year")
    for m in _matches(YEAR_RE, text, at.words["năm"]):
        if not _follows_number(text, m.start()):
            yield _Found(_before(text, m.start(), "year_prefix"), m.end(), m["y"], "year")


_FINDERS = (_full_days, _bare_days, _day_lists, _worded_days, _day_ranges, _months, _month_ranges, _quarters,
            _parts_of_year, _years)
