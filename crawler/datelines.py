"""Visible datelines as Vietnamese pages print them, and the publication time reconciled with the meta.

"Thứ Ba, 14/03/2017 08:05", "05/06/2014 10:20", "Cập nhật lúc 15:45 03/04/2024", "14/03/17 - 8h05",
"ngày 14 tháng 3 năm 2017": day first, optional weekday and label, time before or after the date,
two-digit years. The meta (``article:published_time``, JSON-LD ``datePublished``) often carries a wrong
offset (+00:00 or +08:00 on a site that writes local time): when its wall-clock time is the visible time,
the offset is wrong and the visible time is taken as Asia/Ho_Chi_Minh.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DATA = Path(__file__).resolve().parent / "data" / "metadata.yaml"
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?!\d|[/.-]\d)")
ISO_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?!\d)")
WORDED_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
CLOCK = re.compile(r"(?<![\d/.:])([01]?\d|2[0-3])\s?(?:[:h]|giờ)\s?([0-5]\d)(?:\s?(?::\d{2}|phút))?"
                   r"(?:\s?(AM|PM|SA|CH)\b)?(?![\d/.])", re.I)
CLOCK_WINDOW = 24  # characters either side of a date searched for its time
MAX_DATELINE_CHARS = 160  # a visible dateline is short; longer text is a sentence that mentions a date


@dataclass(frozen=True)
class Dateline:
    """A date (and time, when shown) read from visible text."""

    when: datetime
    has_time: bool
    label: str  # "published", "updated" or "" (no label)
    text: str


@cache
def labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(published-label, updated-label) patterns from data/metadata.yaml."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))

    def pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.I)

    return pattern(data["published_labels"]), pattern(data["updated_labels"])


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # two-digit years on older pages: 17 -> 2017, 98 -> 1998
        year += 2000 if year <= (datetime.now().year % 100) + 1 else 1900
    return year


def _clock(text: str, start: int, end: int) -> tuple[int, int] | None:
    window_start = max(0, start - CLOCK_WINDOW)
    window = text[window_start:end + CLOCK_WINDOW]
    best = None
    for m in CLOCK.finditer(window):
        m_start, m_end = window_start + m.start(), window_start + m.end()
        if m_start < end and m_end > start:  # inside the date itself
            continue
        distance = start - m_end if m_end <= start else m_start - end
        hour, minute = int(m.group(1)), int(m.group(2))
        meridiem = (m.group(3) or "").upper()
        if meridiem in ("PM", "CH") and hour < 12:
            hour += 12
        elif meridiem in ("AM", "SA") and hour == 12:
            hour = 0
        if best is None or distance < best[0]:
            best = (distance, hour, minute)
    return (best[1], best[2]) if best else None


def _label(text: str, start: int) -> str:
    published, updated = labels()
    before = text[max(0, start - 40):start]
    last_pub = max((m.end() for m in published.finditer(before)), default=-1)
    last_upd = max((m.end() for m in updated.finditer(before)), default=-1)
    if last_pub < 0 and last_upd < 0:
        return ""
    return "updated" if last_upd > last_pub else "published"


def find_datelines(text: str) -> list[Dateline]:
    """Every date written in a short text, with its time and label, in reading order."""
    found: list[tuple[int, Dateline]] = []
    for m in NUMERIC_DATE.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        found += _dateline(text, m, year, month, day)
    for m in WORDED_DATE.finditer(text):
        found += _dateline(text, m, int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in ISO_DATE.finditer(text):
        if m.group(4):
            try:
                when = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))
            except ValueError:
                continue
            found.append((m.start(), Dateline(when, True, _label(text, m.start()), text)))
        else:
            found += _dateline(text, m, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return [d for _, d in sorted(found, key=lambda pair: pair[0])]


def _dateline(text: str, m: re.Match[str], year: int, month: int, day: int) -> list[tuple[int, Dateline]]:
    if not 1990 <= year <= datetime.now().year + 1:
        return []
    clock = _clock(text, m.start(), m.end())
    try:
        when = datetime(year, month, day, *(clock or (0, 0)))
    except ValueError:
        return []
    return [(m.start(), Dateline(when, clock is not None, _label(text, m.start()), text))]


@cache
def _dateline_words() -> re.Pattern[str]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    words = sorted([*data["published_labels"], *data["updated_labels"], *data["weekdays"], "ngày", "lúc", "giờ",
                    "tháng", "năm", "GMT", "UTC"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def is_dateline_text(text: str, max_other_words: int = 6) -> bool:
    """True for a short text that is a dateline (a date with its time, label, weekday, maybe a byline),
    not a sentence that mentions a date ("... giao dịch trở lại kể từ ngày 6/3/2026")."""
    if len(text) > 160:
        return False
    rest = NUMERIC_DATE.sub(" ", WORDED_DATE.sub(" ", ISO_DATE.sub(" ", text)))
    rest = _dateline_words().sub(" ", CLOCK.sub(" ", rest))
    return len(re.findall(r"\w+", rest)) <= max_other_words


def parse_dateline(text: str) -> datetime | None:
    """The first date of a visible dateline (``Thứ Ba, 14/03/2017 08:05``) as naive local time."""
    found = find_datelines(text)
    return found[0].when if found else None


def to_local(value: datetime) -> datetime:
    """A naive Asia/Ho_Chi_Minh datetime (aware values converted, naive ones taken as local)."""
    return value.astimezone(LOCAL_TZ).replace(tzinfo=None) if value.tzinfo else value


def parse_iso(value: str) -> datetime | None:
    """An ISO 8601 timestamp as meta tags and JSON-LD write it (``Z``, ``+0700`` and a space accepted)."""
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"\s+([+-]\d{2}:?\d{2})$", r"\1", text)  # '2026-03-07T08:52:11.000 +07:00'
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        if m := ISO_DATE.search(text):
            try:
                return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)),
                                int(m.group(4) or 0), int(m.group(5) or 0))
            except ValueError:
                return None
    return None


def reconcile(visible: Dateline | None, meta: datetime | None) -> tuple[datetime | None, str | None]:
    """(publication time, source) from the visible dateline near the headline and the meta timestamp.

    The visible dateline is what the page shows its readers; the meta decides only when it agrees with it
    (adding the time the dateline lacks) or when nothing is visible. An offset that contradicts the visible
    time is fixed by reading the meta's wall-clock time as local time.
    """
    if meta is None:
        return (visible.when, "dateline") if visible else (None, None)
    local = to_local(meta)
    if visible is None:
        return local, "meta"
    wall = meta.replace(tzinfo=None)
    if visible.has_time:
        for value, source in ((local, "meta"), (wall, "meta_tz_fixed")):
            if abs(value - visible.when) <= timedelta(minutes=1):
                return value, source
        return visible.when, "dateline"
    for value, source in ((local, "meta"), (wall, "meta_tz_fixed")):
        if value.date() == visible.when.date():
            return value, source
    return visible.when, "dateline"


__all__ = ["Dateline", "find_datelines", "is_dateline_text", "parse_dateline", "parse_iso", "reconcile", "to_local"]
