"""Figures in Vietnamese text: counts, percentages, measures and money.

A figure is a numeral (``54.000``, ``05``, ``1,2 triệu``, ``hai``, ``hàng trăm nghìn``)
followed by what it counts or measures (``khu dân cư``, ``%``, ``ha``, ``tỷ đồng``,
``mg/100 ml``), or, in ``tổng số <noun phrase> (là) 458``, preceded by it.  A number with
nothing after it still counts when the text carries the thing over: the unit of the figure
before it in the sentence ("93 nước, Campuchia là 48, Lào 41"), the currency stated earlier
("50 triệu đồng ... thêm 30 triệu"), or the noun of "1 trong 3 lượt đá".  A range ("3-5
người", "từ 6 đến 8 triệu đồng", "50 mg đến 80 mg") gives one approximate figure per end.

Numbers that are dates, times, durations, ages, ordinals, ranks, scores, document, place
or road numbers, codes, parts of names and idioms ("ngã ba", "xe 16 chỗ", "Ban Chỉ đạo
138"), or inside a short quoted name are skipped, and so are number words that point back
at things already counted ("hai người này", "cả hai", "7 đối tượng trên").  The unit is kept
as written (``gam``); its standard symbol (``g``) goes to ``canonical_unit``.  A number
written in words counts the noun after it when that noun is in counted_nouns.txt or, failing
that, when underthesea tags it N/Nc (the only POS call here, asked once per number word and
noun).  Word lists live in ``extract/data/``: units.tsv, counted_nouns.txt, unit_stops.txt,
non_figures.tsv, hedges.tsv and figure_cues.tsv.

The text is split into words once and walked once; every look around a number is bounded
(a few words either side), so the time is linear in the length of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from extract.dates import calendar_spans
from extract.document import Prepared, prepare
from extract.numbers import (
    Numeral,
    Word,
    last_words,
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
# A number glued to a code: "09-CT", "F-16", "A3:"; "120 vụ/245 đối tượng" is two counts.
CODE_LEFT_RE = re.compile(r"(?:[\dA-ZĐ][/:.\-–]|[^\W\d_][:.\-–])$")
CODE_RIGHT_RE = re.compile(r"^[/:\-–][\w]")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
RANGE_WORDS = frozenset({"-", "–", "đến", "tới"})
PAUSES = frozenset(",.;:!?)”\"…")
NOUN_TAGS = frozenset({"N", "Nc"})
# After "trên" these still say where ("trên các tuyến", "trên toàn bộ"): "trên" is then no refer-back.
PLACE_DETERMINERS = frozenset({"các", "những", "toàn bộ", "tất cả", "mỗi", "nhiều"})
MAX_UNIT_WORDS = 6
MAX_TOTAL_WORDS = 12  # words of the counted phrase in "tổng số <phrase> là 458"
HOLDER_REACH = 3  # words between a holder noun and the number in "xe du lịch 7 chỗ"
ELLIPSIS_REACH = 8  # words from the figure before to a number that takes its unit
RECENT = 4  # figures remembered for an ellipsis
MONEY_REACH = 3  # sentences over which "30 triệu" keeps the currency stated before
MAX_POS_SENTENCE = 1000  # characters; a longer "sentence" (a bare list, lost breaks) is not tagged


class _Unit(NamedTuple):
    unit: str  # as written
    kind: FigureKind
    first: int  # word index of the unit's first word
    end: int  # word index after the unit
    canonical: str = ""  # standard symbol of a measure or money unit ('gam' -> 'g')
    lexical: bool = False  # opens with a word of units.tsv or counted_nouns.txt


class _Said(NamedTuple):
    """A figure already read, as an ellipsis after it sees it."""

    sentence: int
    end: int  # word index after it
    unit: _Unit
    then: str  # the word after its unit ("người | hưởng chế độ")


@dataclass
class _Walk:
    """The words of a text, read once, and what the walk over them has met so far."""

    doc: Prepared
    words: list[Word]
    blocked: list[int]  # blocked[k]: how many of words[:k] lie in dates, times or short quotes
    sentence_of: list[int]  # the sentence of each word
    cue_end: list[int]  # cue_end[k]: the last word before k that can end a "tổng số"-type cue, or -1
    recent: list[_Said] = field(default_factory=list)  # the last figures of the sentence (ellipsis)
    money: tuple[int, _Unit] | None = None  # sentence and unit of the last currency stated
    spelled: set[tuple[Decimal, str]] = field(default_factory=set)  # number words met, with their noun
    pos: dict[tuple[str, str], bool] = field(default_factory=dict)
    token_starts: dict[int, list[int]] = field(default_factory=dict)

    def is_blocked(self, a: int, b: int) -> bool:
        return self.blocked[b] > self.blocked[a]

    def sentence(self, k: int) -> int:
        return self.sentence_of[k]

    @classmethod
    def over(cls, doc: Prepared) -> _Walk:
        """Words, blocked counts, sentences and cue positions of a text, each found in one pass."""
        words = tokenize(doc.text)
        sentence_of, s = [], 0
        for w in words:
            while s + 1 < len(doc.sentences) and doc.sentences[s + 1].start <= w.start:
                s += 1
            sentence_of.append(s)
        ends = last_words(_cue("total")) | last_words(_cue("total_weak"))
        cue_end, last = [], -1
        for k, w in enumerate(words):
            cue_end.append(last)
            if w.low in ends:
                last = k
        cue_end.append(last)
        return cls(doc, words, _blocked_counts(doc, words), sentence_of, cue_end)


def extract_figures(text: str | Prepared) -> list[Figure]:
    """Counts, percentages, measures and money stated in a text, in text order."""
    walk = _Walk.over(prepare(text))
    words = walk.words
    out: list[Figure] = []
    i = 0
    while i < len(words):
        found = _figures_at(walk, i) if _may_open(words[i]) else None
        if found is None:
            i += 1
            continue
        figures, i = found
        out.extend(figures)
    return out


def _may_open(word: Word) -> bool:
    return word.text[0].isdigit() or word.low in _openers()


@cache
def _openers() -> frozenset[str]:
    return frozenset(row[0] for row in load_rows("number_words.tsv") if row[3] == "yes") | {"năm"}


def _blocked_counts(doc: Prepared, words: list[Word]) -> list[int]:
    """Prefix counts of words overlapping a date, a clock time or a short quote (one merge walk)."""
    spans = sorted(calendar_spans(doc) + [m.span() for m in QUOTE_RE.finditer(doc.text)])
    counts, k, reach = [0], 0, -1
    for w in words:
        while k < len(spans) and spans[k][0] < w.end:
            reach = max(reach, spans[k][1])
            k += 1
        counts.append(counts[-1] + (reach > w.start))
    return counts


@cache
def _cue(role: str) -> frozenset[tuple[str, ...]]:
    return load_phrases("figure_cues.tsv", role)


@cache
def _phrases(name: str, position: str | None = None) -> frozenset[tuple[str, ...]]:
    return load_phrases(name, position)


def _figures_at(walk: _Walk, i: int) -> tuple[list[Figure], int] | None:
    """The figures whose numeral starts at word ``i`` and the word index after them, or None."""
    words = walk.words
    numeral = _numeral(walk, i)
    if numeral is None or walk.is_blocked(i, numeral.last):
        return None
    label = _label(words, i)
    if label == "strong":
        return None
    ranged = _range(walk, i, numeral)
    last = ranged[1] if ranged else numeral
    if ranged is None and not numeral.spelled and _code_like(walk.doc.text, words[i]):
        return _ratio(walk, i, numeral)
    if _not_figure_after(walk, last):
        return None
    hedge = _hedge(words, i)
    start = i - hedge
    unit = _unit_after(walk, last, checked=True)
    if unit is not None and (_describes(words, start, unit, walk) or _names_places(words, numeral, unit)):
        return None
    if unit is None:
        if label or numeral.spelled:
            return None
        return _carried(walk, i, start, numeral)
    back = _points_back(words, unit.end)
    if numeral.spelled and _pointed_back(walk, numeral, unit, back or label == "spelled"):
        return None
    if back:
        return None
    if _model_number(words, start) or not unit.lexical and (
            label or _year_like(words[i], numeral) or _after_name(words, start)):
        return None
    if words[i].low == "một" and numeral.last == i + 1 and not _one_counts(words, i, unit):
        return None
    if numeral.value == 1 and (match_phrase(words, unit.first, _cue("once")) == unit.end - unit.first
                               or not hedge and match_phrase(words, i, _cue("generic_before"), backward=True)):
        return None  # "trợ cấp 1 lần" (once), "nếu 1 công ty có ca lây nhiễm" (a company)
    if ranged is None and not numeral.spelled:
        ranged = _unit_range(walk, i, numeral, unit)
        if ranged is not None:
            unit = ranged[2]
    end = unit.end + match_phrase(words, unit.end, _phrases("hedges.tsv", "after"))
    approx = bool(hedge) or end > unit.end or numeral.value is None or ranged is not None
    text_start, text_end = words[start].start, words[end - 1].end
    values = [numeral.value] if ranged is None else [ranged[0], ranged[1].value]
    figures = [_make(walk.doc, text_start, text_end, v, unit, approx) for v in values]
    _remember(walk, i, unit)
    return figures, end


def _numeral(walk: _Walk, i: int) -> Numeral | None:
    """The numeral at word i; "năm" (also "year") and "một" (also "a") only where they count."""
    words = walk.words
    word = words[i]
    if word.low == "năm":
        if i > 0 and (words[i - 1].text[0].isdigit() or match_phrase(words, i, _cue("year_before"), backward=True)):
            return None
        numeral = read_numeral(words, i, any_start=True)
        if numeral is None or numeral.last == i + 1 and not (_counted_next(words, i + 1) and words[i + 1].text.islower()):
            return None
        return numeral
    numeral = read_numeral(words, i)
    if numeral is None and word.low == "một" and _one_may_count(words, i):
        return Numeral(i, i + 1, Decimal(1), True)  # kept only if _one_counts says so of its unit
    return numeral


def _one_may_count(words: list[Word], i: int) -> bool:
    """A first look, before reading any unit (so "một" as "a" costs no tagging): a cue before it,
    or a counted noun then, within a few words, a cue after it."""
    if match_phrase(words, i, _cue("one_before"), backward=True):
        return True
    n = match_phrase(words, i + 1, _phrases("counted_nouns.txt"))
    return bool(n) and any(match_phrase(words, k, _cue("one_after")) for k in range(i + 1 + n, min(len(words), i + n + 4)))


def _counted_next(words: list[Word], j: int) -> bool:
    return j < len(words) and bool(match_phrase(words, j, _phrases("counted_nouns.txt")))


def _label(words: list[Word], i: int) -> str | None:
    """'strong' after a label ('số 09', 'Quận 1', 'ngã ba'); 'weak' after a rank or score word
    ('xếp hạng 156'), which a counted noun after the number overrides; 'spelled' after 'cả'."""
    j = i - 1 if i > 0 and words[i - 1].text in ("-", "–") else i
    n = match_phrase(words, j, _phrases("non_figures.tsv", "before"), backward=True)
    if n and match_phrase(words, j, _cue("not_label"), backward=True) < n:
        return "strong"
    if match_phrase(words, j, _cue("weak_label"), backward=True):
        return "weak"
    if not words[i].text[0].isdigit() and match_phrase(words, i, _cue("spelled_label"), backward=True):
        return "spelled"
    return None


def _hedge(words: list[Word], i: int) -> int:
    """Words of a hedge ('hơn', 'khoảng', 'vượt quá') or of 'từ' opening a range, before word i."""
    n = match_phrase(words, i, _phrases("hedges.tsv", "before"), backward=True)
    if n and i - n > 0 and words[i - n - 1].text[0].isdigit():
        return 0  # "138 trên 183 quốc gia": 'trên' is 'out of' here
    if not n and i > 0 and words[i - 1].low == "từ" and i + 1 < len(words) and words[i + 1].low in RANGE_WORDS:
        return 1
    return n


def _range(walk: _Walk, i: int, low: Numeral) -> tuple[Decimal | None, Numeral] | None:
    """'3-5 người', '19 - 22 độ', 'từ 6 đến 8 triệu đồng', 'hàng trăm đến hàng nghìn m2':
    (the lower value, the upper numeral).  The lower end is scaled like the upper ('3-5 triệu')."""
    words = walk.words
    j = low.last
    if j + 1 >= len(words) or words[j].low not in RANGE_WORDS or low.last != i + 1 and low.value is not None:
        return None
    if not (_glued(words, j - 1, j + 2) or words[j].start == words[j - 1].end == words[j + 1].start - 1):
        return None
    if low.value is None:  # a vague range: "hàng trăm đến hàng nghìn"
        high = read_numeral(words, j + 1) if words[j].low in ("đến", "tới") else None
        return (None, high) if high is not None and high.value is None else None
    if not words[j + 1].text[0].isdigit() or low.spelled:
        return None
    high = read_numeral(words, j + 1)
    if high is None or high.value is None or walk.is_blocked(i, high.last):
        return None
    base = parse_digits(words[j + 1].text) or high.value
    if not base:  # "1-0": a score, not a range
        return None
    value = low.value * (high.value / base)
    return (value, high) if value < high.value else None


def _unit_range(walk: _Walk, i: int, low: Numeral, unit: _Unit) -> tuple[Decimal, Numeral, _Unit] | None:
    """'50 mg đến 80 mg/100 ml': a range whose ends both carry the unit; both take the upper's."""
    words = walk.words
    j = unit.end
    if j + 1 >= len(words) or words[j].low not in RANGE_WORDS or not words[j + 1].text[0].isdigit():
        return None
    high = read_numeral(words, j + 1)
    if high is None or high.value is None or walk.is_blocked(j + 1, high.last):
        return None
    upper = _unit_after(walk, high)
    if upper is None or upper.canonical != unit.canonical or unit.kind == "count" or low.value >= high.value:
        return None
    return low.value, high, upper


def _code_like(text: str, word: Word) -> bool:
    """Fractions, codes, phone and document numbers: '458/6195', '09-CT/TW', '0912...'."""
    if word.text[0] == "0" and len(word.text) > 2 and word.text[1].isdigit():
        return True  # "05 xã", "07 đồng chí" are counts written the official way; "0912" is not
    left = text[max(0, word.start - 2):word.start]
    right = text[word.end:word.end + 2]
    return bool(CODE_LEFT_RE.search(left) or CODE_RIGHT_RE.match(right))


def _ratio(walk: _Walk, i: int, numeral: Numeral) -> tuple[list[Figure], int] | None:
    """'114/116 xã', '15/15 xã, phường': the part of a whole counts the noun; other codes do not."""
    words = walk.words
    j = numeral.last
    if j + 1 >= len(words) or numeral.last != i + 1 or words[j].text != "/" or not _glued(words, i, j + 2, 0):
        return None
    if j + 2 >= len(words) or not words[j + 2].text.isalpha():
        return None  # "458/6195 =", "1/2/3": no noun after the whole
    whole = read_numeral(words, j + 1)
    if whole is None or whole.last != j + 2 or numeral.value is None or whole.value is None:
        return None
    unit = _unit_after(walk, whole)
    if unit is None or numeral.value > whole.value or not words[i].text.isdigit():
        return None
    figure = _make(walk.doc, words[i].start, words[unit.end - 1].end, numeral.value, unit, False)
    _remember(walk, i, unit)
    return [figure], unit.end


@cache
def _measure_units() -> dict[tuple[str, ...], tuple[str, FigureKind]]:
    """Written unit (case-sensitive word tuple) -> (unit reported, kind)."""
    return {tuple(w.text for w in tokenize(row[0])): (row[2], row[1]) for row in load_rows("units.tsv")}  # type: ignore[misc]


@cache
def _longest_unit() -> int:
    return max(map(len, _measure_units()))


@cache
def _unit_firsts() -> frozenset[str]:
    return frozenset(key[0] for key in _measure_units())


def _unit_after(walk: _Walk, numeral: Numeral, checked: bool = False) -> _Unit | None:
    """What a numeral counts or measures, from the words right after it (``checked``: the caller
    has ruled out a date, age or duration word after it)."""
    words, text = walk.words, walk.doc.text
    j = numeral.last
    if j >= len(words) or words[j].start - words[j - 1].end > 1 or "\n" in text[words[j - 1].end:words[j].start]:
        return None
    measure = _measure_at(words, text, j)
    if measure is not None:
        return _with_rate(words, text, measure)
    if not checked and _not_figure_after(walk, numeral):
        return None
    counted = match_phrase(words, j, _phrases("counted_nouns.txt"))
    if numeral.spelled:
        if match_phrase(words, j, _phrases("non_figures.tsv", "pair")) >= max(counted, 1):
            return None  # "hai bên", "hai nước" (but "hai mặt trận" counts)
        if not counted and not _counted_by_pos(walk, numeral):
            return None
    if counted:
        k = j + counted  # a noun of the lexicon, even one that is also a stop ("bị can", "đại diện")
        if match_phrase(words, j, _cue("closed")) == counted:
            return _Unit(text[words[j].start:words[k - 1].end], "count", j, k, lexical=True)
    elif match_phrase(words, j, _phrases("unit_stops.txt")) or not (_unit_word(words[j]) or _brand(words[j])):
        return None
    else:
        k = j + 1
    while k < len(words) and k - j < MAX_UNIT_WORDS and _unit_word(words[k]) and _glued(words, k - 1, k + 1) \
            and not _ends_phrase(words, k):
        k += 1
    unit = text[words[j].start:words[k - 1].end]
    return _with_rate(words, text, _Unit(unit, "count", j, k, unit, lexical=bool(counted)))


def _ends_phrase(words: list[Word], k: int) -> bool:
    """Word k is no part of the counted noun phrase: a function word or verb ('209 đối tượng | ra
    đầu thú'), a hedge ('1 phần | khoảng 1kg'), or a word that introduces a name ('hai cha con |
    ông Vũ', '6 ĐTDĐ | hiệu iPhone', '3 đại diện | gương “Người con hiếu thảo”')."""
    if match_phrase(words, k, _phrases("unit_stops.txt")) or match_phrase(words, k, _phrases("hedges.tsv", "before")):
        return True
    n = match_phrase(words, k, _cue("name_head"))
    nxt = words[k + n] if n and k + n < len(words) else None
    return nxt is not None and nxt.start - words[k + n - 1].end <= 1 and (
        nxt.text[0] in "“\"" or nxt.text[0].isupper() or _brand(nxt))


def _not_figure_after(walk: _Walk, numeral: Numeral) -> bool:
    """'10 năm', '30 tuổi', '14 giờ', '2 cuộc kháng chiến'; '1A', '14h30', '3G' (codes)."""
    words, j = walk.words, numeral.last
    if j >= len(words) or words[j].start - words[j - 1].end > 1:
        return False
    if match_phrase(words, j, _cue("fraction")) and j + 1 < len(words) and words[j + 1].low in _openers():
        return True  # "một phần ba": a fraction
    if words[j].start == words[j - 1].end and words[j].text[0].isalnum() and not (
            words[j].text.isalpha() and words[j].text.islower() and len(words[j].text) > 2):
        return _measure_at(words, walk.doc.text, j) is None  # "12kg" is a weight; "150.000test" lost a space
    return bool(match_phrase(words, j, _phrases("non_figures.tsv", "after")))


def _measure_at(words: list[Word], text: str, j: int) -> _Unit | None:
    """A unit of units.tsv at word j (longest first), unless a longer counted noun starts there."""
    units = _measure_units()
    if words[j].text not in _unit_firsts():
        return None
    counted = match_phrase(words, j, _phrases("counted_nouns.txt"))  # "3 đồng chí" is not money
    for n in range(_longest_unit(), 0, -1):
        key = tuple(w.text for w in words[j:j + n])
        if counted <= n and len(key) == n and key in units and _tight(words, j, j + n):
            canonical, kind = units[key]
            return _Unit(text[words[j].start:words[j + n - 1].end], kind, j, j + n, canonical, lexical=True)
    return None


def _with_rate(words: list[Word], text: str, unit: _Unit) -> _Unit:
    """'kg/phần', 'mg/100 ml', 'Uscents/kWh', 'test/ngày': a unit per something keeps its divisor."""
    k = unit.end
    if k + 1 >= len(words) or words[k].text != "/" or not _glued(words, k - 1, k + 2, 0):
        return unit
    j = k + 1
    if words[j].text.isdigit() and j + 1 < len(words) and words[j + 1].start - words[j].end <= 1:
        j += 1  # "/100 ml"
    if not words[j].text.isalpha() or j > k + 1 and unit.kind == "count":
        return unit  # "120 vụ/245 đối tượng" is two counts
    return unit._replace(unit=text[words[unit.first].start:words[j].end], end=j + 1)


def _tight(words: list[Word], a: int, b: int) -> bool:
    """True when words[a:b] are joined by at most one space ('héc-ta', 'ki-lô-mét', 'đô la')."""
    return all(words[k].start - words[k - 1].end <= 1 for k in range(a + 1, min(b, len(words))))


def _glued(words: list[Word], a: int, b: int, least: int = 1) -> bool:
    """True when words[a:b] are separated by single spaces only (by nothing, with least=0)."""
    for k in range(a + 1, min(b, len(words))):
        if not least <= words[k].start - words[k - 1].end <= 1:
            return False
    return True


def _unit_word(word: Word) -> bool:
    """A word that can be part of a counted noun phrase: lower-case, or an acronym such as 'CLB'."""
    return word.text.isalpha() and (word.text.islower() or (len(word.text) > 1 and word.text.isupper()))


def _brand(word: Word) -> bool:
    """'iPad', 'iPhone': a lower-case initial then capitals names a product that can be counted."""
    return word.text.isalpha() and word.text[0].islower() and not word.text.islower()


def _describes(words: list[Word], start: int, unit: _Unit, walk: _Walk) -> bool:
    """'xe 16 chỗ', 'xe du lịch 7 chỗ ngồi', 'nhà 3 tầng': the number describes the holder noun."""
    if not match_phrase(words, unit.first, _cue("attribute")):
        return False
    return any(start - b >= 0 and match_phrase(words, start - b + 1, _cue("holder"), backward=True)
               for b in range(1, HOLDER_REACH + 1))


def _names_places(words: list[Word], numeral: Numeral, unit: _Unit) -> bool:
    """'2 xã Châu Thôn và Tiền Phong': the number only introduces the places it names."""
    if numeral.value is None or numeral.value > 10 or not match_phrase(words, unit.first, _cue("place_noun")):
        return False
    k = unit.first + match_phrase(words, unit.first, _cue("place_noun"))
    named = k
    while k < len(words) and k - named < 4 and words[k].text[0].isupper() and words[k].text.isalpha():
        k += 1
    return k > named and k + 1 < len(words) and words[k].low in ("và", ",") and words[k + 1].text[0].isupper()


def _pointed_back(walk: _Walk, numeral: Numeral, unit: _Unit, back: bool) -> bool:
    """'giữa hai đơn vị ... Hai đơn vị đã xử lý': once number words with their noun have pointed at
    things already known, the same words later point at them again.  (A count repeated from the
    title or lead is stated again: it counts each time.)"""
    if numeral.value is None:
        return back  # "hàng trăm ..., hàng ngàn ..." state amounts, each time
    key = (numeral.value, unit.unit.lower())
    if back:
        walk.spelled.add(key)
    return back or key in walk.spelled


def _points_back(words: list[Word], k: int) -> bool:
    """'này', 'đó', 'nói trên' right after the noun; 'trên' before a pause or a verb ('2 xe trên bị')."""
    n = match_phrase(words, k, _cue("refer_back"))
    if not n:
        return False
    if words[k].low != "trên" or n > 1:
        return True
    nxt = k + 1
    if nxt >= len(words) or words[nxt].text in PAUSES:
        return True
    return bool(match_phrase(words, nxt, _phrases("unit_stops.txt"))) and words[nxt].low not in PLACE_DETERMINERS \
        and " ".join(w.low for w in words[nxt:nxt + 2]) not in PLACE_DETERMINERS


def _after_name(words: list[Word], start: int) -> bool:
    """'AirPods 4 bản thường', 'Tân Lập 1 cho biết': a number right after a name inside a sentence
    is part of the name, unless what follows is a known noun or unit."""
    if start < 2 or words[start - 1].start - words[start - 2].end > 1:
        return False
    before = words[start - 1]
    return before.text.isalpha() and not before.text.islower() and words[start - 2].text not in PAUSES \
        and not before.text.isupper()


def _model_number(words: list[Word], start: int) -> bool:
    """'AirPods 4 bản thường', 'iPhone 15': after a product name the number is its model."""
    before = words[start - 1] if start > 0 else None
    return before is not None and before.end == words[start].start - 1 and before.text.isalpha() \
        and any(c.isupper() for c in before.text[1:]) and not before.text.isupper()


def _year_like(word: Word, numeral: Numeral) -> bool:
    """'cuộc thi Robotics quốc tế 2013 diễn ra': a bare year counts only a known noun or unit."""
    return numeral.last == numeral.first + 1 and bool(YEAR_RE.fullmatch(word.text))


def _one_counts(words: list[Word], start: int, unit: _Unit) -> bool:
    """'thấp hơn một bậc', 'Một người tử vong tại chỗ': 'một' states a quantity, not 'a'."""
    return bool(match_phrase(words, start, _cue("one_before"), backward=True)
                or match_phrase(words, unit.end, _cue("one_after")))


def _carried(walk: _Walk, i: int, start: int, numeral: Numeral) -> tuple[list[Figure], int] | None:
    """A number whose unit is not written after it: 'thêm 30 triệu' (money stated before),
    'tổng số người tái phạm 458', '1 trong 3 lượt đá', 'Campuchia là 48, Lào 41'."""
    words = walk.words
    end = numeral.last
    hedged = start < i
    if _year_like(words[i], numeral):
        return None
    unit = _part_of(walk, numeral)
    if unit is None and walk.money is not None and walk.sentence(i) - walk.money[0] <= MONEY_REACH \
            and _scaled(words, numeral):
        unit = walk.money[1]._replace(end=end)
    if unit is None:
        total = _unit_before(walk, start)
        if total is not None:
            start, unit = total[0], _Unit(total[1], "count", end, end, total[1])
    if unit is None:
        unit = _elided(walk, i, start, numeral)
    if unit is None:
        return None
    approx = hedged or numeral.value is None
    figure = _make(walk.doc, words[start].start, words[end - 1].end, numeral.value, unit, approx)
    _remember(walk, i, unit)
    return [figure], end


def _scaled(words: list[Word], numeral: Numeral) -> bool:
    """'30 triệu', '1,5 tỷ': a number with a scale word, the way amounts of money are written."""
    return numeral.last > numeral.first + 1 and words[numeral.last - 1].low in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")


def _part_of(walk: _Walk, numeral: Numeral) -> _Unit | None:
    """'1 trong 3 lượt đá', '2 trong số 5 đối tượng': the part counts what the whole counts."""
    words = walk.words
    j = numeral.last
    if j + 1 >= len(words) or words[j].low != "trong":
        return None
    j += 2 if words[j + 1].low == "số" else 1
    if j >= len(words) or not words[j].text[0].isdigit():
        return None
    whole = read_numeral(words, j)
    if whole is None or whole.value is None or numeral.value is None or numeral.value > whole.value:
        return None
    unit = _unit_after(walk, whole)
    return unit._replace(end=numeral.last) if unit is not None else None


def _elided(walk: _Walk, i: int, start: int, numeral: Numeral) -> _Unit | None:
    """'93 nước, Campuchia là 48, Lào 41', '6.800 người hưởng ..., 3.900 hưởng ...': a bare number
    before a pause or a function word, a few words after figures of its sentence, counts what they
    count: the one whose unit was followed by the same word, else the nearest."""
    words, j = walk.words, numeral.last
    sentence = walk.sentence(i)
    before = [said for said in walk.recent if said.sentence == sentence]
    if not before or i - before[-1].end > ELLIPSIS_REACH or not _list_item(words, start):
        return None
    if not (j >= len(words) or words[j].text in PAUSES or match_phrase(words, j, _phrases("unit_stops.txt"))):
        return None
    then = words[j].low if j < len(words) else ""
    parallel = [said for said in before if said.then == then and then not in PAUSES]
    return (parallel or before)[-1].unit._replace(end=j)


def _list_item(words: list[Word], start: int) -> bool:
    """The number opens an item of a list: after a pause, a link word ('là', 'và', 'thay vì'), or a
    name that follows one (', Lào 41'); not the number of a name ('trường tiểu học Tân Lập 1')."""
    k = start
    while k > 0 and words[k - 1].text[0].isupper() and words[k - 1].text.isalpha():
        k -= 1
    return k == 0 or words[k - 1].text in PAUSES or bool(match_phrase(words, k, _cue("list_link"), backward=True))


def _unit_before(walk: _Walk, start: int) -> tuple[int, str] | None:
    """'tổng số người tái phạm tội 458': (word index of 'tổng số', the counted phrase), or None."""
    words = walk.words
    verb = match_phrase(words, start, _cue("total_verb"), backward=True)
    np_end = start - verb
    if np_end - walk.cue_end[np_end] - 1 > MAX_TOTAL_WORDS:
        return None  # no cue near: the common case, decided on one look
    sentence = walk.sentence(start)
    for b in range(np_end - 1, max(-1, np_end - 1 - MAX_TOTAL_WORDS), -1):
        w = words[b]
        if walk.sentence(b) != sentence or w.text[0].isdigit() or w.text in ";:.!?()“”\"=":
            return None
        strong = match_phrase(words, b, _cue("total"), backward=True)
        weak = match_phrase(words, b, _cue("total_weak"), backward=True)
        if weak and match_phrase(words, b, _cue("not_total"), backward=True) > weak:
            return None  # "Dân số huyện là 1,2 triệu": a population, not "số <noun phrase> là"
        if strong or weak and verb:
            np = walk.doc.text[w.start:words[np_end - 1].end].strip(" ,")
            if np and np[0].islower() and len(np.split()) <= 10:
                return b - max(strong, weak), np
            return None
    return None


def _remember(walk: _Walk, i: int, unit: _Unit) -> None:
    then = walk.words[unit.end].low if unit.end < len(walk.words) else ""
    walk.recent = [*walk.recent[-(RECENT - 1):], _Said(walk.sentence(i), unit.end, unit, then)]
    if unit.kind == "money":
        walk.money = (walk.sentence(i), unit)


def _make(doc: Prepared, start: int, end: int, value: Decimal | None, unit: _Unit, approx: bool) -> Figure:
    s, e, source = doc.norm.source_span(start, end)
    number = None if value is None else to_number(value)
    return Figure(s, e, source, number, unit.unit, unit.kind, approx, unit.canonical or unit.unit)


def _counted_by_pos(walk: _Walk, numeral: Numeral) -> bool:
    """'hai đoàn kiểm tra', 'tám phương án': underthesea tags the number M and the next word a noun.

    Asked only for a number word before a noun missing from counted_nouns.txt, once per number
    word and noun in a text, and never for a "sentence" too long to be one.
    """
    words = walk.words
    j = numeral.last
    if not words[j].text.islower():
        return False
    key = (words[numeral.first].low, words[j].low)
    if key not in walk.pos:
        walk.pos[key] = _tagged_noun(walk, numeral)
    return walk.pos[key]


def _tagged_noun(walk: _Walk, numeral: Numeral) -> bool:
    doc, words, j = walk.doc, walk.words, numeral.last
    index = walk.sentence(j)
    sentence = doc.sentences[index]
    if sentence.end - sentence.start > MAX_POS_SENTENCE:
        return False
    tokens = doc.tokens(index)
    starts = walk.token_starts.setdefault(index, [t.start for t in tokens])
    k = bisect_left(starts, words[j].start)
    if k == 0 or k >= len(tokens) or tokens[k].start != words[j].start:
        return False
    number, noun = tokens[k - 1], tokens[k]
    return number.tag == "M" and number.start == words[numeral.first].start and noun.tag in NOUN_TAGS
