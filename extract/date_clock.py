"""Calendar arithmetic for the dates extractor: years a date leaves out, relative and lunar dates.

``Clock`` answers "which year?" for a day or month written without one: the
reference (publication) date's, or, without a reference, the article's own
year.  Lunar dates are converted with ``lunar_vn`` (the Vietnamese calendar,
UTC+7, which differs from the Chinese one in some years); a year named by its
sexagenary name ("Quý Mão") is found with ``lunar_vn.can_chi`` near the clock's
year.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from lunar_vn import LunarDate, can_chi, lunar_to_solar, solar_to_lunar

from extract.numbers import load_rows

__all__ = ["NEWEST_YEAR", "Clock", "can_chi_pattern", "eve_day", "glossed_day", "lunar_day", "tet_day", "year_of_can_chi"]

# A day or month written without a year is the occurrence nearest the reference date, leaning to the
# past as news does.  A narrative day ("Sáng 17/10, tại Hà Nội ...") is from the year before once it
# would fall more than a month after the reference; any other ("có hiệu lực từ ngày 1/7", "đến hết ngày
# 30-6") only beyond about six months.  A day more than about ten months before the reference is from
# the year after ("ngày 5/1" in a late-December article).
_NARRATIVE_AHEAD = timedelta(days=31)
_AHEAD = timedelta(days=183)
_BEHIND = timedelta(days=300)
# Without a reference, an article's days run forward from the dates it writes out in full ('Ngày 16/12/2004
# ... ngày 1/3, ngày 6/4'): a day or month more than a month before the latest of them is not of that year
# for certain (a later year, or a recollection), so it gets no year; nor does one more than about four months
# after it: the full date may recall the start of a story told from a later day, perhaps of a later year. Where a
# day or month with its year is written before it in the text, the dates extractor gives it that point's year
# instead, with no such window (ruling D1, ``extract.dates._account_years``: 'Tháng 2/2003, hắn bị bắt ... Ngày
# 20/9, tòa xét xử' is 2003).
_CHAIN_BACK = timedelta(days=31)
_CHAIN_ON = timedelta(days=120)
# The chain runs on over New Year: a day in the month after a late-December latest ('ngày 30-12-2005 ... Sáng
# 3-1') is of the next year.
_NEW_YEAR = timedelta(days=31)
# A document the article cites ('Quyết định số 4761/QĐ-BCA ngày 9/6/2025') dates by itself only the days of the
# weeks after its issue ('Chiều 12/6, ... công bố quyết định'); a warrant or a rule may be years old.
_ISSUED_AHEAD = timedelta(days=62)


class Clock(NamedTuple):
    """The reference date, or without one the article's year, against which dates are resolved."""

    ref: date | None
    year: int | None = None
    reviewed: bool = False  # no reference; ``year`` is one the article reviews, its meeting early in the next
    latest: date | None = None  # no reference; the latest day of ``year`` the article writes out in full
    issued: date | None = None  # no reference and no other year: the day of the document the article cites
    # no reference; ``year`` is only written as the Tết the article looks ahead to ('cao điểm ... dịp Tết Nguyên Đán
    # 2025'): the campaign's October to December days are in the year before
    before_tet: bool = False
    # no reference; ``year`` closes a school year the article names ('năm học 2019 - 2020'): its August to December
    # days are in the year before, when that school year began
    school: bool = False
    # no reference and no year for its days; the one year the body writes, of 'quý I', '6 tháng đầu năm' only
    period_year: int | None = None
    # no reference; spans of days the article writes out in full ('từ 15-12-2021 đến 14-2-2022'): a day inside one is
    # of the year that puts it there (corpus DECISIONS: the day lies inside a campaign the text dates)
    spans: tuple[tuple[date, date], ...] = ()


    def year_for(self, month: int, day: int | None = None, narrative: bool = False) -> int | None:
        """The year of a day (or, with no day, a month) written without one."""
        if self.ref is None:
            for first, last in self.spans:
                for y in range(first.year, last.year + 1):
                    if first <= date(y, month, min(day or 1, 28)) <= last:
                        return y
            if self.year is None or self.reviewed and month <= 3:
                return self.year + 1 if self.year is not None else None
            if self.before_tet and month >= 10:
                return self.year - 1
            if self.school and month >= 8:
                return self.year - 1
            this = date(self.year, month, min(day or 28, 28))  # a month reaches the chain by its last days
            if self.latest is not None and self.latest < this.replace(year=self.year + 1) <= self.latest + _NEW_YEAR:
                return self.year + 1  # 'Sáng 3-1' after 'ngày 30-12-2005': 2006
            if self.latest is not None and not self.latest - _CHAIN_BACK <= this <= self.latest + _CHAIN_ON:
                return None  # 'ngày 11/2' in an article that tells of 'Tối 8/10/2003': 2004 or later, not certain
            if self.issued is not None and not self.issued <= this <= self.issued + _ISSUED_AHEAD:
                return None  # 'lệnh truy nã ... ngày 13.9.2010' dates no arrest years later, only its own weeks
            return self.year
        this = date(self.ref.year, month, min(day or 1, 28))
        if this > self.ref + (_NARRATIVE_AHEAD if narrative else _AHEAD):
            return self.ref.year - 1
        if day is not None and this < self.ref - _BEHIND:
            return self.ref.year + 1
        return self.ref.year

    def this_year(self) -> int | None:
        """The year of 'quý I', '6 tháng đầu năm' written without one."""
        return self.ref.year if self.ref else self.year or self.period_year

    def day(self, d: int, m: int, y: int | None = None, narrative: bool = False) -> str | None:
        """ISO day, taking the year from the clock when not written; None if impossible."""
        if y is None:
            y = self.year_for(m, d, narrative)
        if y is None:
            return None
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            return None

    def shift_day(self, days: int) -> str | None:
        return (self.ref + timedelta(days=days)).isoformat() if self.ref else None

    def shift_month(self, months: int) -> str | None:
        if self.ref is None:
            return None
        index = self.ref.year * 12 + self.ref.month - 1 + months
        return f"{index // 12}-{index % 12 + 1:02d}"

    def shift_year(self, years: int) -> str | None:
        return str(self.ref.year + years) if self.ref else None


def lunar_day(day: int, month: int, year: int | None, clock: Clock) -> str | None:
    """The solar ISO day of a lunar date; without a lunar year, the occurrence nearest the reference."""
    if year is not None:
        return _solar(day, month, year)
    if clock.ref is not None:
        near = _lunar_year(clock.ref)
        options = [(abs((date.fromisoformat(s) - clock.ref).days), s)
                   for s in (_solar(day, month, y) for y in (near - 1, near, near + 1)) if s]
        return min(options)[1] if options else None
    return _solar(day, month, clock.year) if clock.year else None


def glossed_day(month_day: str, lunar: str) -> str | None:
    """The solar day written as ``month_day`` ('01-20') whose lunar day is that of the solar day ``lunar`` in a year
    next to it: '20.1 (23 tháng Chạp)' is 2017-01-20, the 23rd of the last month of the lunar year 2016."""
    twin = solar_to_lunar(date.fromisoformat(lunar))
    for year in (twin.year - 1, twin.year, twin.year + 1):
        solar = _solar(twin.day, twin.month, year)
        if solar is not None and solar[5:] == month_day:
            return solar
    return None


def eve_day(day: int, year: int | None, clock: Clock) -> str | None:
    """'28 Tết', 'đêm 30 Tết Giáp Thân' -> the solar day of the 28th (30th) day of the last lunar month before the
    Tết of ``year`` (the clock's year without one); a 30th in a month of 29 days is its last day, New Year's Eve."""
    if year is None and clock.ref is not None:
        return lunar_day(day, 12, None, clock) or lunar_day(day - 1, 12, None, clock)
    year = year or clock.year
    if year is None:
        return None
    return _solar(day, 12, year - 1) or _solar(day - 1, 12, year - 1)


def tet_day(day: int, year: int | None, clock: Clock) -> str | None:
    """'mùng 4 Tết' -> the solar day of the 4th day of the first lunar month."""
    return lunar_day(day, 1, year, clock)


@lru_cache(maxsize=64)
def _lunar_year(day: date) -> int:
    return solar_to_lunar(day).year


@lru_cache(maxsize=1024)
def _solar(day: int, month: int, year: int) -> str | None:
    try:
        solar = lunar_to_solar(LunarDate(day, month, year))
    except ValueError:
        return None
    back = solar_to_lunar(solar)  # lunar_vn rolls a 30th of a 29-day month over into the next month's 1st
    return solar.isoformat() if (back.day, back.month) == (day, month) else None


# The latest year an article can be of: the year after this archive's newest (a late-December article may be dated
# into it). A year worked out for the article past it is a misreading.
NEWEST_YEAR = 2027
# An article that writes no year at all names a year by its sexagenary name within the span news archives
# cover, looking back as news does: each name once in the sixty years 1968-2027 ('Tết Nguyên đán Ất Dậu' is
# 2005's, 'Tết Mậu Thân' the offensive's 1968, not 2028).
_ERA = NEWEST_YEAR - 29


def year_of_can_chi(name: str, clock: Clock) -> int | None:
    """The year called ``name`` ('Quý Mão') within 30 years of the clock's year (of 2000 when the article has no
    year), else None."""
    near = clock.this_year() or _ERA
    stem, branch = name.split(maxsplit=1)
    wanted = f"{stem.capitalize()} {_aliases().get(branch.lower(), branch.capitalize())}"
    return next((y for y in range(near - 30, near + 30) if can_chi.get_year_can_chi(y) == wanted), None)


@cache
def _aliases() -> dict[str, str]:
    return {row[0].lower(): row[2] for row in load_rows("calendar_words.tsv") if row[1] == "chi_alias"}


@cache
def can_chi_pattern() -> str:
    """A regex for a sexagenary year name, 'Quý Mão', 'Ất Tỵ' (or 'Ất Tị'), any case."""
    branches = list(can_chi.CHI) + [row[0] for row in load_rows("calendar_words.tsv") if row[1] == "chi_alias"]
    stems = "|".join(map(re.escape, can_chi.CAN))
    return rf"(?i:(?:{stems})\s+(?:{'|'.join(map(re.escape, branches))}))(?!\w)"
