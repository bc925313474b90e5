"""Where dates can start and the words around them, for the dates extractor.

A text is scanned once for digit runs and for the words dates hang on
(``Anchors``), once for annual-day names and "hằng năm" (``Marks``); every
pattern of ``extract.dates`` is then tried only at those positions, and the
cue word before a position ("ngày", "Sáng", "khoảng") is read from a bounded
window.  The words come from ``extract/data/date_words.tsv`` (roles) and
``extract/data/calendar_words.tsv`` (words with a value).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from extract.numbers import load_rows, read_numeral, tokenize
from extract.types import Precision

__all__ = [
    "Anchors", "Found", "after_event", "alternation", "anchors", "before", "compared_before", "counted_after", "has_before",
    "matches", "named_day_before", "number_word_before", "opens_clause", "recurring", "values", "word_hits",
    "words",
]

DIGITS_RE = re.compile(r"\d+")
T_MONTH_RE = re.compile(r"T(?<![\w/]T)(?=\d)")  # "T9/2026", "T3/2017-T3/2018": "tháng" shortened
NAMED_DAY_RE = re.compile(r"Ngày\s+[A-ZĐ]")  # "Ngày Pháp luật", "Ngày Quốc khánh": a named annual day
# "ngày Quốc tế Phụ nữ 8-3", "ngày Thương binh - liệt sĩ 27.7": a day's name opens on a capital, then runs to its date
DAY_NAME_RE = re.compile(r"(?<![^\W\d_])(?i:ngày)\s+[A-ZĐ][^\W\d_]*(?:\s+(?:-\s+)?[^\W\d_]+){0,10}(?:\s+[-–])?\s+$")
CLAUSE_BREAKS = ",.;:!?()\n"
PAIRED_VERBS_RE = re.compile(r"(?i:phòng),(?=\s+(?i:chống)(?![^\W\d_]))")  # "Ngày toàn dân phòng, chống ma túy"
CLAUSE_OPENERS = ".;:!?()\n-–—"  # before a clause's first word ("(Mặt trận) -Ngày 26/6", "NDĐT - Ngày 3-11")
CLOSING_QUOTES = "”\"’'"
RECURRING_GAP_RE = re.compile(r"\s*,?\s*(?:vào\s+)?", re.I)
NEXT_WORDS_RE = re.compile(r"[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})")
COUNT_BEFORE_RE = re.compile(r"(?<!\w)(?:\d{1,2}|[^\W\d_]+)\s+$")
_WINDOW = 24  # a cue word ends at most this far before the date


class Found(NamedTuple):
    """A date candidate: offsets into the normalised text, ISO value, precision."""

    start: int
    end: int
    value: str | None
    precision: Precision
    # What its year says of the article's own year: "written" (may be it), "goal" ("tầm nhìn đến năm 2045":
    # only if close to the written ones), "compared" ("so với năm 2019": a year before it), "birth" (never),
    # "document" (a cited document's day, "Quyết định số 365/QĐ-CAT ngày 4.3.2020": only the weeks after it),
    # "edition" (closes an event's name, "Ngày hội ... năm 2024": may be it, in the body as in the head), "law"
    # (a law's, "Bộ luật Hình sự năm 2015": never), "to_date" ("Từ đầu năm 2023 đến nay, ...": may be it, in the body
    # as in the head).
    standing: str = "written"


# "giảm 52 vụ so với năm 2019", "so với cùng kỳ năm 2022", "so với vụ xuân 2019", "so sánh với vụ xuân năm 2019",
# "cao hơn năm 2013", "theo giá so sánh năm 2010": the date a figure is compared with (an earlier one), not its
# period.
COMPARED_RE = re.compile(r"(?<![^\W\d_])(?i:so\s+với|so\s+sánh(?:\s+với)?|so|hơn|vượt\s+cả)(?:\s+(?i:cùng\s+kỳ|cùng\s+thời\s+điểm|thời\s+điểm|đầu|cuối"
                         r"|(?:vụ|mùa)\s+[^\W\d_]+|niên\s+vụ))?(?:\s+(?i:năm|tháng|quý|ngày))?\s*$")
_COMPARED_REACH = 40


def compared_before(text: str, start: int) -> re.Match[str] | None:
    """The comparison cue ('so với cùng kỳ', 'cao hơn') right before ``start``, if the date there is one a figure is
    compared with."""
    return COMPARED_RE.search(text, max(0, start - _COMPARED_REACH), start)


class Anchors(NamedTuple):
    """Where a date can start: digit runs, the words a date opens or closes with (lower case), and "T"
    for a shortened "tháng"."""

    digits: tuple[int, ...]
    words: dict[str, tuple[int, ...]]


# The words patterns are anchored on; "tết" may follow a letter ("dịpTết": a lost space).
_ANCHOR_WORDS = ("tháng", "năm", "quý", "quí", "nửa", "nay", "mai", "qua", "kia", "tết", "rằm", "xuân", "giao thừa", "lần", "mùng", "mồng",
                 "táo")


@lru_cache(maxsize=8)
def anchors(text: str) -> Anchors:
    # Trying each pattern only where a date can start is far faster than scanning the text per pattern.
    digits = tuple(m.start() for m in DIGITS_RE.finditer(text))
    found: dict[str, list[int]] = {w: [] for w in _ANCHOR_WORDS}
    for start, end in word_hits(text, _ANCHOR_WORDS, glued=("quý", "quí", "tết")):
        found[" ".join(_lowered(text)[start:end].split())].append(start)
    found["T"] = [m.start() for m in T_MONTH_RE.finditer(text)]
    return Anchors(digits, {k: tuple(v) for k, v in found.items()})


@lru_cache(maxsize=64)
def matches(regex: re.Pattern[str], text: str, positions: tuple[int, ...]) -> tuple[re.Match[str], ...]:
    """Matches of ``regex`` starting exactly at each of ``positions`` (kept for the last few: an article's dates are
    read up to three times, with the clock of its publication date, without one, and for its figures)."""
    return tuple(m for m in (regex.match(text, pos) for pos in positions) if m is not None)


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    """The text in lower case with every offset kept (a character whose lower case is longer stays)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) > 1 else c.lower() for c in text)


@cache
def _literal_re(words: tuple[str, ...]) -> re.Pattern[str]:
    # Case-sensitive literals over the lower-cased text: the regex engine then skips ahead by first letter.
    return re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)))


def word_hits(text: str, words: tuple[str, ...], glued: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Spans of ``words`` (lower case) in ``text``, any case, as whole words; those in ``glued`` may
    follow a letter."""
    low = _lowered(text)
    out = []
    for m in _literal_re(words).finditer(low):
        s, e = m.span()
        if (s == 0 or not _is_word(low[s - 1]) or low[s:e] in glued) and (e == len(low) or not _is_word(low[e])):
            out.append((s, e))
    return out


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


@cache
def words(role: str) -> tuple[str, ...]:
    """The words of a date_words.tsv role, longest first."""
    return tuple(sorted((row[0] for row in load_rows("date_words.tsv") if row[1] == role), key=len, reverse=True))


@cache
def values(role: str) -> dict[str, int]:
    """Lower-cased word -> value of a calendar_words.tsv role."""
    return {row[0].lower(): int(row[2]) for row in load_rows("calendar_words.tsv")
            if row[1] == role and row[2] != "-"}


def alternation(items) -> str:
    """A regex alternation of words or phrases, longest first, any run of spaces between words."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True)) + ")"


@cache
def _cue_re(role: str) -> re.Pattern[str]:
    """Matches, at the end of a text, one of the words of a date_words.tsv role."""
    glued = "|" + alternation(_glued(role)) if _glued(role) else ""
    return re.compile(r"(?:(?<![^\W\d_])" + alternation(words(role)) + glued + r")\s*$", re.I)


@cache
def _glued(role: str) -> tuple[str, ...]:
    return tuple(w for w in _GLUED_CUES if w in words(role))


# A cue word glued to the word before it, a lost space ("vàongày 1/7", "từngày 30/6"): no Vietnamese syllable ends in it.
_GLUED_CUES = ("ngày",)


def before(text: str, start: int, role: str) -> int:
    """Start of a ``role`` word right before ``start``, or ``start`` when there is none."""
    last = _last_word(text, start)
    if last not in _last_words(role) and not any(last.endswith(w) for w in _glued(role)):
        return start  # the cheap test first: most positions have no cue at all
    m = _cue_re(role).search(text, max(0, start - _WINDOW), start)
    return m.start() if m else start


def has_before(text: str, start: int, role: str) -> bool:
    return before(text, start, role) < start


def _last_word(text: str, start: int) -> str:
    """The letters that end the text before ``start`` (spaces skipped), lower-cased: 'Sáng' in '2023Sáng '."""
    global _LAST
    last = _LAST  # one entry, swapped whole: a position is asked about several roles in a row
    if last[0] is text and last[1] == start:
        return last[2]
    window = text[max(0, start - _WINDOW):start].rstrip()
    k = len(window)
    while k > 0 and window[k - 1].isalpha():
        k -= 1
    word = window[k:].lower()
    _LAST = (text, start, word)
    return word


_LAST: tuple[str | None, int, str] = (None, -1, "")


@cache
def _last_words(role: str) -> frozenset[str]:
    return frozenset(w.split()[-1].lower() for w in words(role))


class _Marks(NamedTuple):
    """Spans of annual-day names ('Ngày hội', 'Ngày Pháp luật') and ends of 'hằng năm', found once per text."""

    event_starts: tuple[int, ...]
    event_ends: tuple[int, ...]
    recurring_ends: tuple[int, ...]


@lru_cache(maxsize=8)
def _marks(text: str) -> _Marks:
    events = sorted(set(word_hits(text, tuple(w.lower() for w in words("event"))))
                    | {m.span() for m in NAMED_DAY_RE.finditer(text)})
    starts: list[int] = []
    ends: list[int] = []
    for s, e in events:  # "Ngày Quốc khánh" is found twice: keep spans that do not overlap
        if not ends or s >= ends[-1]:
            starts.append(s)
            ends.append(e)
    recurring = tuple(e for _, e in word_hits(text, tuple(w.lower() for w in words("recurring"))))
    return _Marks(tuple(starts), tuple(ends), recurring)


def _event_within(text: str, lo: int, hi: int) -> bool:
    """True when an annual-day name lies inside text[lo:hi]."""
    marks = _marks(text)
    k = bisect_left(marks.event_starts, max(0, lo))
    return k < len(marks.event_ends) and marks.event_ends[k] <= hi


@cache
def _recurring_after_re() -> re.Pattern[str]:
    """After a day/month, marks it as an annual day: ', hằng năm', ' là Ngày ...'."""
    event = rf"(?:(?i:{alternation(words('event'))})|{NAMED_DAY_RE.pattern})"
    return re.compile(rf"\s*,?\s*(?i:{alternation(words('recurring'))})(?![^\W\d_])"
                      rf"|\s+(?i:{alternation(words('recurring_link'))})\s+{event}")


def recurring(text: str, start: int, end: int) -> bool:
    """True for a day/month named as a yearly day: 'ngày 19/8 hằng năm', 'Hằng năm, vào ngày 9/11'."""
    if _recurring_after_re().match(text, end) is not None:
        return True
    ends = _marks(text).recurring_ends
    k = bisect_right(ends, start) - 1
    return k >= 0 and start - ends[k] <= _WINDOW and RECURRING_GAP_RE.fullmatch(text, ends[k], start) is not None


def named_day_before(text: str, start: int) -> bool:
    """True for 'Ngày Nhà giáo Việt Nam 20/11': an annual-day name ends right before, in the same clause."""
    lo = max(0, start - 60)
    window = PAIRED_VERBS_RE.sub(lambda m: m[0].replace(",", " "), text[lo:start])  # "phòng, chống" is one phrase
    last = window.split()[-1:] or [""]
    if last[0] in "-–" and len(window.split()) > 1:
        last = window.split()[-2:-1]  # "Ngày hội toàn dân bảo vệ ANTQ - 19.8"
    clause = max(window.rfind(c) for c in CLAUSE_BREAKS) + 1
    if not last[0][:1].isupper() and not DAY_NAME_RE.search(window, clause):
        return False  # "Ngày hội diễn ra 19/8" is one occurrence, not the name of the day ("ngày Quốc tế Phụ nữ 8-3" is)
    return _event_within(text, lo + clause, start)


# A yearly event's or campaign's name ends on its year within this reach of its head word.
_EDITION_REACH = 100


@cache
def _edition_re() -> re.Pattern[str]:
    """Matches, at the end of a text, an edition head word and the rest of its sentence."""
    return re.compile(rf"(?<![^\W\d_])(?i:{alternation(words('edition'))})(?![^\W\d_])[^.;:!?()\n]*$")


def names_edition(text: str, start: int) -> bool:
    """True for a year that closes the name of a yearly event or campaign: 'Ngày hội toàn dân bảo vệ ANTQ năm 2024',
    'lễ phát động toàn dân giao nộp vũ khí, vật liệu nổ năm 2020', 'Liên hoan Văn hóa du lịch Đà Nẵng 2005'; not one
    that opens a clause ('..., năm 2014 BCĐ xã ...') or follows a cue ('phong trào ... được phát động từ năm 2015')."""
    lo = max(0, start - _EDITION_REACH)
    if text[lo:start].rstrip().endswith(",") or has_before(text, start, "year_cue"):
        return False
    return _edition_re().search(text, lo, start) is not None \
        or text[start:start + 1].isdigit() and ACRONYM_BEFORE_RE.search(text, lo, start) is not None


# "HHX 2005", "APEC 2006", "tuyển sinh ĐH, CĐ 2006", "CAN 2006": an event's acronym and its year, the edition the article
# tells of, written right before its digits (not "SN 1987", a birth year, a law's "BLHS 1999", a standard's "ISO 2001" or
# an amount's "USD 2000")
ACRONYM_BEFORE_RE = re.compile(r"(?<![\w.-])(?!SN\s|BL[A-Z]*\s|TTHS\s|ISO\s|USD\s)[A-ZĐ]{2,6}\s+$")


def after_event(text: str, paren: int) -> bool:
    """True when a '(' follows a quoted name or an annual-day phrase: '“Ngày hội ...” (19/8)'."""
    return text[max(0, paren - 80):paren].rstrip()[-1:] in CLOSING_QUOTES or _event_within(text, paren - 80, paren)


def opens_clause(text: str, start: int) -> bool:
    """True when ``start`` opens a sentence or clause: 'Ngày 30/5, Công an tỉnh ...' tells what happened."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in CLAUSE_OPENERS


def counted_after(text: str, end: int) -> bool:
    """True when the words after a number are a counted noun, a unit or a multiplier ('2000 người', 'tháng ba lần',
    '3-5 triệu đồng')."""
    m = NEXT_WORDS_RE.match(text, end)
    if m is None:
        return False
    following = m[1].lower().split()
    if following[0] in _MULTIPLIERS:
        return True  # "mỗi tháng 3-5 triệu đồng": thousands, millions of something
    nouns = _counted_nouns()
    return any(" ".join(following[:n]) in nouns for n in range(len(following), 0, -1))


_MULTIPLIERS = frozenset({"chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"})


@cache
def _counted_nouns() -> frozenset[str]:
    # The figures' lexicons of counted nouns and units, and spans of time: a number followed by one is a
    # count or a duration ("3-5 ngày"), not a date.
    rows = load_rows("counted_nouns.txt") + load_rows("units.tsv")
    return frozenset({row[0].lower() for row in rows} | {"lần", "lượt", "ngày", "tuần", "tháng", "năm", "giờ",
                                                          "phút", "tiếng", "tuổi"})


def number_word_before(text: str, start: int) -> bool:
    """True after a number written as a word: 'hai năm nay' (a span of time, not a date)."""
    m = COUNT_BEFORE_RE.search(text, max(0, start - 12), start)
    if m is None:
        return False
    tokens = tokenize(m.group())
    numeral = read_numeral(tokens, 0) if len(tokens) == 1 else None
    return numeral is not None and numeral.value is not None
