"""Figures in Vietnamese text: counts, percentages, measures and money.

A figure is a numeral (``54.000``, ``1,2 triệu``, ``hai``, ``hàng trăm nghìn``)
followed by what it counts or measures (``khu dân cư``, ``%``, ``ha``,
``tỷ đồng``), or, in ``tổng số <noun phrase> (là) 458``, preceded by it.  Numbers
that are dates, times, durations, ordinals, document or place numbers,
fractions, codes, or part of a short quoted name are skipped.  The unit is kept
as written (``gam``); its standard symbol (``g``) goes to ``canonical_unit``.  A
number written in words counts the noun after it when that noun is in
counted_nouns.txt or, failing that, when underthesea tags it N/Nc (the only POS
call here, so only such sentences are tagged).  A range (``3-5 người``, ``từ 3
đến 5 vụ``) is one approximate figure valued at its lower bound.  Word lists live
in ``extract/data/``: units.tsv (measure/money/percent), counted_nouns.txt,
unit_stops.txt, non_figures.tsv and hedges.tsv.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import NamedTuple

from extract.dates import calendar_spans
from extract.document import Prepared, prepare
from extract.numbers import (
    Numeral,
    Word,
    load_phrases,
    load_rows,
    match_phrase,
    parse_digits,
    read_numeral,
    to_number,
    tokenize,
)
from extract.types import Figure, FigureKind

__all__ = ["extract_figures"]

# Short quoted spans are names and slogans ("Hòm thư ANTT 4.0", "Trong nhà 3 có, ngoài ngõ 3 không");
# longer ones are speech, whose figures count.
QUOTE_RE = re.compile(r"“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|‘[^’\n]{1,80}’|(?<!\w)'[^'\n]{1,80}'(?!\w)")
# "tổng số <noun phrase> (là|:) 458": the counted phrase comes before the number.
TOTAL_RE = re.compile(
    r"(?<!\w)(?:(?P<total>tổng số|số lượng|tổng cộng)|số)\s+(?P<np>[^\W\d][^\d;:.!?()“”\"=]{0,80}?)\s*"
    r"(?P<verb>là|:|=|gồm|đạt|lên tới|lên đến)?\s*$", re.I)
# A number glued to a code or fraction: "09-CT", "458/6195", "F-16"; "120 vụ/245 đối tượng" is two counts.
CODE_LEFT_RE = re.compile(r"(?:[\dA-ZĐ][/:.\-–]|[^\W\d_][:.\-–])$")
CODE_RIGHT_RE = re.compile(r"^[/:\-–][\w]")
RANGE_WORDS = frozenset({"-", "–", "đến", "tới"})
NOUN_TAGS = frozenset({"N", "Nc"})
MAX_UNIT_WORDS = 6
WINDOW_BEFORE, WINDOW_AFTER = 32, 120  # characters of context read around a numeral


class _Unit(NamedTuple):
    unit: str  # as written
    kind: FigureKind
    end: int  # word index after the unit
    canonical: str = ""  # standard symbol of a measure or money unit ('gam' -> 'g')


def extract_figures(text: str | Prepared) -> list[Figure]:
    """Counts, percentages, measures and money stated in a text, in text order."""
    doc = prepare(text)
    blocked = _blocked_spans(doc)
    starts = [s for s, _ in blocked]
    out: list[Figure] = []
    done = 0
    for m in _candidate_re().finditer(doc.text):
        if m.start() < done or _is_blocked(m.start(), m.end(), blocked, starts):
            continue
        words, i = _window(doc.text, m.start())
        found = _figure_at(doc, words, i, blocked, starts) if i is not None else None
        if found is not None:
            out.append(found[0])
            done = found[1]
    return out


@cache
def _candidate_re() -> re.Pattern[str]:
    """Where a numeral can start: a digit, or a number word that can open one ('hai', 'hàng')."""
    starters = sorted((row[0] for row in load_rows("number_words.tsv") if row[3] == "yes"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:\d+(?:[.,]\d+)*|(?:" + "|".join(starters) + r")(?!\w))", re.I)


def _window(text: str, pos: int) -> tuple[list[Word], int | None]:
    """Words around ``pos`` (enough for hedges before and the unit after) and the index of the one at pos."""
    lo, hi = max(0, pos - WINDOW_BEFORE), min(len(text), pos + WINDOW_AFTER)
    words = tokenize(text, lo, hi)
    if lo > 0:
        words = words[1:]  # may be cut
    if hi < len(text):
        words = words[:-1]
    k = bisect_left([w.start for w in words], pos)
    return words, (k if k < len(words) and words[k].start == pos else None)


def _blocked_spans(doc: Prepared) -> list[tuple[int, int]]:
    spans = calendar_spans(doc) + [m.span() for m in QUOTE_RE.finditer(doc.text)]
    return sorted(spans)


def _is_blocked(start: int, end: int, blocked: list[tuple[int, int]], starts: list[int]) -> bool:
    k = bisect_right(starts, start)
    return any(s < end and start < e for s, e in blocked[max(0, k - 8):k + 1])


def _figure_at(doc: Prepared, words: list[Word], i: int, blocked, starts) -> tuple[Figure, int] | None:
    """The figure whose numeral starts at word ``i`` and where it ends in ``doc.text``, or None."""
    text = doc.text
    word = words[i]
    if not word.text[0].isdigit() and not word.text[0].isalpha():
        return None
    numeral = read_numeral(words, i)
    if numeral is None or _is_blocked(word.start, words[numeral.last - 1].end, blocked, starts):
        return None
    ranged = _range(words, i, numeral, blocked, starts)
    if _labelled(words, i) or (ranged is None and not numeral.spelled and _code_like(text, word)):
        return None
    numeral = ranged or numeral
    hedge = match_phrase(words, i, _phrases("hedges.tsv", "before"), backward=True)
    start = words[i - hedge].start
    unit = _unit_after(doc, words, numeral)
    if unit is not None:
        end = unit.end
        end += match_phrase(words, end, _phrases("hedges.tsv", "after"))
        approx = bool(hedge) or end > unit.end or numeral.value is None or ranged is not None
        return _make(doc, start, words[end - 1].end, numeral, unit, approx), words[end - 1].end
    if numeral.spelled:
        return None
    total = _unit_before(text, start, doc)
    if total is None:
        return None
    return _make(doc, total[0], word.end, numeral, _Unit(total[1], "count", i + 1), bool(hedge)), word.end


def _make(doc: Prepared, start: int, end: int, numeral: Numeral, unit: _Unit, approx: bool) -> Figure:
    s, e, source = doc.norm.source_span(start, end)
    value = None if numeral.value is None else to_number(numeral.value)
    return Figure(s, e, source, value, unit.unit, unit.kind, approx, unit.canonical or unit.unit)


def _range(words: list[Word], i: int, low: Numeral, blocked, starts) -> Numeral | None:
    """'3-5 người', '3 - 5 triệu đồng', 'từ 3 đến 5 vụ': one figure from i to the second number.

    Its value is the lower bound (scaled like the upper one: '3-5 triệu' is 3 000 000), and the
    figure is marked approximate; a range states no single number.
    """
    j = low.last
    if j + 1 >= len(words) or low.value is None or words[j].low not in RANGE_WORDS:
        return None
    if words[j].low in ("đến", "tới") and (i == 0 or words[i - 1].low != "từ"):
        return None
    if not (_glued(words, j - 1, j + 2) or words[j].start == words[j - 1].end == words[j + 1].start - 1):
        return None
    if not words[j + 1].text[0].isdigit() or low.spelled or low.last != i + 1:
        return None
    high = read_numeral(words, j + 1)
    if high is None or high.value is None or _is_blocked(words[i].start, words[high.last - 1].end, blocked, starts):
        return None
    base = parse_digits(words[j + 1].text) or high.value
    if not base:  # "1-0": a score, not a range
        return None
    value = low.value * (high.value / base)
    if value >= high.value:
        return None
    return Numeral(i, high.last, value, False)


@cache
def _phrases(name: str, position: str | None = None) -> frozenset[tuple[str, ...]]:
    return load_phrases(name, position)


@cache
def _measure_units() -> dict[tuple[str, ...], tuple[str, FigureKind]]:
    """Written unit (case-sensitive word tuple) -> (unit reported, kind)."""
    return {tuple(w.text for w in tokenize(row[0])): (row[2], row[1]) for row in load_rows("units.tsv")}  # type: ignore[misc]


@cache
def _longest_unit() -> int:
    return max(map(len, _measure_units()))


def _tight(words: list[Word], a: int, b: int) -> bool:
    """True when words[a:b] are joined by at most one space ('héc-ta', 'ki-lô-mét', 'đô la')."""
    return all(words[k].start - words[k - 1].end <= 1 for k in range(a + 1, min(b, len(words))))


def _labelled(words: list[Word], i: int) -> bool:
    """'số 09', 'lần thứ 7', 'Quận 1', 'Covid-19': a label word right before the number."""
    j = i - 1 if i > 0 and words[i - 1].text in "-–" else i
    return match_phrase(words, j, _phrases("non_figures.tsv", "before"), backward=True) > 0


def _code_like(text: str, word: Word) -> bool:
    """Fractions, codes, phone and document numbers: '458/6195', '09-CT/TW', '0912...'."""
    if word.text[0] == "0" and len(word.text) > 1 and word.text[1].isdigit():
        return True
    left = text[max(0, word.start - 2):word.start]
    right = text[word.end:word.end + 2]
    return bool(CODE_LEFT_RE.search(left) or CODE_RIGHT_RE.match(right))


def _unit_after(doc: Prepared, words: list[Word], numeral: Numeral) -> _Unit | None:
    """What a numeral counts or measures, from the words right after it."""
    text = doc.text
    j = numeral.last
    if j >= len(words) or words[j].start - words[j - 1].end > 1 or "\n" in text[words[j - 1].end:words[j].start]:
        return None
    units = _measure_units()
    counted = match_phrase(words, j, _phrases("counted_nouns.txt"))  # "3 đồng chí" is not money
    for n in range(_longest_unit(), 0, -1):
        key = tuple(w.text for w in words[j:j + n])
        if counted <= n and len(key) == n and key in units and _tight(words, j, j + n):
            canonical, kind = units[key]
            return _Unit(text[words[j].start:words[j + n - 1].end], kind, j + n, canonical)
    if words[j].start == words[j - 1].end and words[j].text[0].isalnum():
        return None  # "1A", "14h30", "3G": a code, not a count
    if match_phrase(words, j, _phrases("non_figures.tsv", "after")):
        return None
    if numeral.spelled and not match_phrase(words, j, _phrases("counted_nouns.txt")) \
            and not _counted_by_pos(doc, words, numeral):
        return None
    k = j
    if words[j].text.istitle() and match_phrase(words, j, _phrases("counted_nouns.txt")):
        k = j + 1  # "5 Bằng khen": a capitalised counted noun
    while k < len(words) and k - j < MAX_UNIT_WORDS and _unit_word(words[k]):
        if k > j and (not _glued(words, k - 1, k + 1) or match_phrase(words, k, _phrases("unit_stops.txt"))):
            break
        if k == j and match_phrase(words, k, _phrases("unit_stops.txt")):
            return None
        k += 1
    if k == j:
        return None
    return _Unit(text[words[j].start:words[k - 1].end], "count", k)


def _unit_word(word: Word) -> bool:
    """A word that can be part of a counted noun phrase: lower-case, or an acronym such as 'CLB'."""
    return word.text.isalpha() and (word.text.islower() or (len(word.text) > 1 and word.text.isupper()))


def _glued(words: list[Word], a: int, b: int) -> bool:
    """True when words[a:b] are separated by single spaces only."""
    return all(0 < words[k].start - words[k - 1].end <= 1 for k in range(a + 1, min(b, len(words))))


def _unit_before(text: str, start: int, doc: Prepared) -> tuple[int, str] | None:
    """'tổng số người tái phạm tội 458': (start of 'tổng số', the counted phrase), or None."""
    sent = doc.sentences[doc.sentence_at(start)]
    m = TOTAL_RE.search(text, sent.start, start)
    if m is None or (m["total"] is None and m["verb"] is None):
        return None
    np = m["np"].strip(" ,")
    if not np or len(np.split()) > 10 or not np[0].islower():
        return None
    return m.start(), np


def _counted_by_pos(doc: Prepared, words: list[Word], numeral: Numeral) -> bool:
    """'hai đoàn kiểm tra', 'tám phương án': underthesea tags the number M and the next word a noun.

    Asked only for a number word before a noun missing from counted_nouns.txt, so only those
    sentences pay for tagging; 'hai bên', 'hai lực lượng' (both sides) stay out.
    """
    j = numeral.last
    if not words[j].text.islower() or match_phrase(words, j, _phrases("non_figures.tsv", "pair")):
        return False
    tokens = doc.tokens(doc.sentence_at(words[j].start))
    k = bisect_left([t.start for t in tokens], words[j].start)
    if k == 0 or k >= len(tokens) or tokens[k].start != words[j].start:
        return False
    number, noun = tokens[k - 1], tokens[k]
    return number.tag == "M" and number.start == words[numeral.first].start and noun.tag in NOUN_TAGS
