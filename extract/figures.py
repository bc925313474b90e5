"""Figures in Vietnamese text: counts, percentages, measures and money.

A figure is a numeral (``54.000``, ``05``, ``1,2 triệu``, ``hai``, ``hàng trăm nghìn``)
followed by what it counts or measures (``khu dân cư``, ``%``, ``ha``, ``tỷ đồng``,
``mg/100 ml``), or, in ``tổng số <noun phrase> (là) 458``, preceded by it.  A number with
nothing after it still counts when the text carries the thing over: the unit of the figure
before it in the sentence ("93 nước, Campuchia là 48, Lào 41"), the currency stated earlier
("50 triệu đồng ... thêm 30 triệu"), or the noun of "1 trong 3 lượt đá".  A range ("3-5
người", "từ 6 đến 8 triệu đồng", "50 mg đến 80 mg") gives one approximate figure per end: the
lower spans the range, the upper its own words, so no two figures share a span.

Numbers that are dates, times, durations, ages, ordinals, ranks, scores, document, place
or road numbers, codes, parts of names and idioms ("ngã ba", "xe 16 chỗ", "Ban Chỉ đạo
138"), or counts inside a short quoted name are skipped, and so are number words that point back
at things already counted ("hai người này", "cả hai", "7 đối tượng trên").  The unit is kept
as written (``gam``); its standard symbol (``g``) goes to ``canonical_unit``.  A number
written in words counts the noun after it when that noun is in counted_nouns.txt or, failing
that, when underthesea tags it N/Nc (the only POS call here, asked once per number word and
noun).  What a number counts and what its neighbours say of it is read by
``extract.figure_words``; word lists live in ``extract/data/``.

The text is split into words once and walked once; every look around a number is bounded
(a few words either side), so the time is linear in the length of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from extract.dates import calendar_spans
from extract.document import Prepared, prepare
from extract.figure_words import (
    LIST_REACH,
    PAUSES,
    RANGE_WORDS,
    Unit,
    Words,
    after_name,
    bare_scales,
    code_like,
    counted_by_pos,
    counted_next,
    cue,
    describes,
    glued,
    half_counts,
    hedge_before,
    label_before,
    listed_label,
    model_number,
    names_members,
    names_places,
    not_figure_after,
    one_counts,
    one_may_count,
    openers,
    per_one,
    phrases,
    points_back,
    scale_alone,
    spelled_in_name,
    unit_after,
    year_like,
)
from extract.numbers import (
    HALF,
    Numeral,
    Word,
    last_words,
    match_phrase,
    parse_digits,
    read_numeral,
    to_number,
    tokenize,
)
from extract.types import Figure

__all__ = ["extract_figures"]

# Short quoted spans are names and slogans ("Hòm thư ANTT 4.0", "Trong nhà 3 có, ngoài ngõ 3 không"): no counts in them,
# though money, measures and shares in one are said ("“Đưa đây 30 triệu đồng”");
# longer ones are speech, whose figures count.
WHOLE_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")  # digits, thousands grouped with dots or not
# "51T5 - 7853", "52T - 8783": a number plate written with a spaced dash; "58 đường Láng", "62 ngõ 459 Bạch Mai",
# "48 đường 30": a house number on a street or an alley.
# These patterns are searched through whole articles: each opens with the character it must start with and checks
# what stands before that character after reading it ("\d(?<![\w.,]\d)": no letter, digit, dot or comma before
# the number), so that the regex engine skips to those characters instead of trying every position.
PLATE_RE = re.compile(r"\d(?<![\w.,]\d)\d[A-ZĐ]{1,2}\d{0,2}\s*[-–]\s*\d{3,5}(?:\.\d{2})?(?![\w.,]\d)")
# "CM 92365 TS", "KG-90095-TS": a fishing boat's registration (province code, number, TS for thủy sản).
BOAT_RE = re.compile(r"[A-ZĐ](?<![\w][A-ZĐ])[A-Za-zĐđ]{0,2}[ \-–]?\d{3,5}[ \-–]?TS(?!\w)")
HOUSE_NUMBER_RE = re.compile(r"\d(?<![\w.,/]\d)\d{0,3}[A-Z]?(?:/\d+[A-Z]?)*\s+(?:đường|phố|ngõ|ngách|hẻm|kiệt)\s+(?=[A-ZĐ\d])")
QUOTE_RE = re.compile(r"“[^”\n]{1,80}”|\"(?!\s)[^\"\n]{1,80}(?<!\s)\"|‘[^’\n]{1,80}’|'(?<!\w')[^'\n]{1,80}'(?!\w)")
INITIALS_RE = re.compile(r"\(([A-ZĐ]{2,5})(?=[)\s,–-])")  # "(NTP - quận 5)", "(NH)"
INITIALS_CHARS = 60  # characters before the bracket read for the name the initials stand for
SIDE_RE = re.compile(r"[xX×]\d*")  # "9 x 6 cm", "8x7 cm" (the second side glued to the 'x': "x7")
VAGUE_LINKS = frozenset({",", "hoặc", "rồi"})  # between two vague amounts of one noun: "hàng chục, hàng trăm người"
LIST_LINKS = frozenset({",", "và", "hoặc", "hay"})  # between the numbers of a list whose unit is written once, at its end
LIST_PAUSES = frozenset({";", ":"})  # before a category's words in a list of categories and their counts
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "\"", "“", "-", "–"})  # before a sentence's first word
# Counts of ten thousand and more group their thousands ("12.500 hộ"); five digits or more written together are a
# code or a ticket number ("vé số 695536", "giống lúa IR 50404"), unless a unit of measure or money follows ("50000 đồng").
CODE_DIGITS_RE = re.compile(r"\d{5,}")
PAIR_LOW, PAIR_HIGH = 2, 8  # "hai ba", ..., "tám chín": two number words in a row say "two or three"
IDIOM_MANY = 1001  # "1.001 mánh khóe", "1001 kiểu phạm luật": "nghìn lẻ một", countless (not "1.001 hộ dân")
MAX_TOTAL_WORDS = 12  # words of the counted phrase in "tổng số <phrase> là 458"
_AUXILIARIES = frozenset({"đã", "được", "bị", "vẫn", "cũng", "đều", "vừa", "sẽ"})  # before the verb of a total
ELLIPSIS_REACH = 8  # words from the figure before to a number that takes its unit
# ... and to a change of it ("là 912 (so với thời điểm cuối năm 2021 giảm 360, ..."), a comparison spelling out its
# base, or to the categories it breaks down into ("kỷ luật 548 đảng viên (giảm 69 so với năm 2017) bằng các hình thức:
# khiển trách 438; ...")
CHANGE_REACH = 16
LABEL_WORDS = 4  # words of a category before a bare number in a list ("hình thức: khiển trách 438; cảnh cáo 75")
RECENT = 4  # figures remembered for an ellipsis
MONEY_REACH = 3  # sentences over which "30 triệu" keeps the currency stated before
SPEAKER_CHARS, SPEAKER_WORDS = 40, 4  # the words before a colon searched for a cue of names ("các mô hình:")
MONEY_CUE_REACH = 4  # words before "15 tỷ" searched for a word of money ("trị giá", "chiếm đoạt")


class _Said(NamedTuple):
    """A figure already read, as an ellipsis after it sees it."""

    sentence: int
    end: int  # word index after it
    unit: Unit
    then: str  # the word after its unit ("người | hưởng chế độ")


@dataclass
class _Walk(Words):
    """The words of a text, read once, and what the walk over them has met so far."""

    blocked: list[int] = field(default_factory=list)  # blocked[k]: words of words[:k] in dates, times, plates
    quoted: list[int] = field(default_factory=list)  # quoted[k]: words of words[:k] in short quotes
    cue_end: list[int] = field(default_factory=list)  # the last word before k that can end a "tổng số" cue
    recent: list[_Said] = field(default_factory=list)  # the last figures of the sentence (ellipsis)
    money: tuple[int, Unit] | None = None  # sentence and unit of the last currency stated
    spelled: set[tuple[Decimal, str]] = field(default_factory=set)  # number words that pointed back
    stated: set[tuple[Decimal, str]] = field(default_factory=set)  # counts read so far below the title
    initials: frozenset[str] = frozenset()  # "NH" of "Nguyễn Huệ (NH)": a street's or place's name abbreviated

    def is_blocked(self, a: int, b: int) -> bool:
        return self.blocked[b] > self.blocked[a]

    def is_quoted(self, a: int, b: int) -> bool:
        return self.quoted[b] > self.quoted[a]

    @classmethod
    def over(cls, doc: Prepared) -> _Walk:
        """Words, blocked counts, sentences and cue positions of a text, each found in one pass."""
        words = tokenize(doc.text)
        sentence_of, s = [], 0
        for w in words:
            while s + 1 < len(doc.sentences) and doc.sentences[s + 1].start <= w.start:
                s += 1
            sentence_of.append(s)
        ends = last_words(cue("total")) | last_words(cue("total_weak"))
        cue_end, last = [], -1
        for k, w in enumerate(words):
            cue_end.append(last)
            if w.low in ends:
                last = k
        cue_end.append(last)
        footers = [(s.start, s.end) for s in doc.sentences if s.boilerplate]  # "Giấy phép số 123/GP-BTTTT"
        blocked = calendar_spans(doc) + footers + [m.span() for pattern in (PLATE_RE, BOAT_RE, HOUSE_NUMBER_RE)
                                                   for m in pattern.finditer(doc.text)]
        quoted = [m.span() for m in QUOTE_RE.finditer(doc.text) if not _speech(doc.text, m.start())]
        return cls(doc, words, sentence_of, blocked=_span_counts(words, blocked), quoted=_span_counts(words, quoted),
                   cue_end=cue_end, initials=_name_initials(doc.text))


def _name_initials(text: str) -> frozenset[str]:
    """Initials a text gives a name in brackets after it ('đường Nguyễn Huệ (NH)', '207 Nguyễn Tri Phương (NTP - quận
    5)'): after them a number is the house number ('nhà hàng 119 NH'), not a count of NH."""
    out = set()
    for m in INITIALS_RE.finditer(text):
        letters = m.group(1)
        name = tokenize(text, max(0, m.start() - INITIALS_CHARS), m.start())[-len(letters):]
        if len(name) == len(letters) and "".join(w.text[0] for w in name) == letters:
            out.add(letters)
    return frozenset(out)


def extract_figures(text: str | Prepared) -> list[Figure]:
    """Counts, percentages, measures and money stated in a text, in text order."""
    walk = _Walk.over(prepare(text))
    opening = openers() | bare_scales() | {HALF}  # "chục", "trăm" open one after a hedge ("gần chục người")
    out: list[Figure] = []
    after = 0  # the word after the last figure read
    for i, word in enumerate(walk.words):
        if i < after or not (word.text[0].isdigit() or word.low in opening):  # a numeral opens with one of these
            continue
        found = _figures_at(walk, i)
        if found is not None:
            figures, after = found
            out.extend(figures)
    return out


def _speech(text: str, start: int) -> bool:
    """A quote opened right after a colon is speech ('ông Tính nói: “Lèn đá này có trên 1.000 lao động”'), whose
    counts are stated however short it is, unless the words before the colon announce names ('các mô hình: “5 an
    toàn về ANTT”, ...'); a short quote elsewhere is a name or slogan."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] != ":":
        return False
    before = tokenize(text, max(0, k - SPEAKER_CHARS), k)
    return not any(match_phrase(before, n, cue("name_list"), backward=True)
                   for n in range(max(1, len(before) - SPEAKER_WORDS + 1), len(before) + 1))


def _span_counts(words: list[Word], spans: list[tuple[int, int]]) -> list[int]:
    """Prefix counts of words overlapping any of the spans (one merge walk)."""
    spans = sorted(spans)
    counts, k, reach = [0], 0, -1
    for w in words:
        while k < len(spans) and spans[k][0] < w.end:
            reach = max(reach, spans[k][1])
            k += 1
        counts.append(counts[-1] + (reach > w.start))
    return counts


def _figures_at(walk: _Walk, i: int) -> tuple[list[Figure], int] | None:
    """The figures whose numeral starts at word ``i`` and the word index after them, or None."""
    words = walk.words
    numeral = _numeral(walk, i)
    if numeral is None or walk.is_blocked(i, numeral.last):
        return None
    if numeral.spelled and spelled_in_name(words, i, numeral.last):
        return [], numeral.last
    idiom = match_phrase(words, i, phrases("non_figures.tsv", "idiom")) if numeral.spelled else 0
    if idiom:
        return [], i + idiom  # "ba cọc ba đồng": no number of the saying counts
    label = label_before(words, i)
    if label == "strong" and (numeral.spelled or not _share_or_money(walk, numeral)):
        return [], numeral.last  # 'Kỳ họp thứ mười sáu': the whole numeral is labelled, none of its words opens one
    quoted = walk.is_quoted(i, numeral.last)
    sized = None if numeral.spelled or quoted else _sides(walk, i, numeral)
    if sized is not None:
        return sized
    ranged: tuple[Decimal | None, Numeral] | tuple[Decimal, Numeral, Unit] | None = _range(walk, i, numeral)
    if ranged is None and not numeral.spelled and code_like(walk.doc.text, words[i]):
        return None if quoted else _ratio(walk, i, numeral) or _price(walk, i, numeral)
    last = ranged[1] if ranged else numeral
    if not_figure_after(walk, last):
        return None
    hedge = hedge_before(words, i)
    start = i - hedge
    unit = unit_after(walk, last, checked=True)
    if unit is not None and not unit.lexical and unit.kind == "count" and ranged is None and _scaled(words, numeral):
        unit = _currency_unsaid(walk, numeral, unit)
    code = numeral.last == i + 1 and CODE_DIGITS_RE.fullmatch(words[i].text) is not None
    if unit is None and ranged is not None and ranged[0] is not None and not quoted and _scaled(words, ranged[1]):
        unit = _money_unsaid(walk, i, start, ranged[1].last)  # "tiêu tốn 2-3 triệu", "cắm được 80-120 triệu"
    if unit is None and numeral.spelled and not label and not quoted and _spelled_amount(walk, start, numeral):
        unit = _money_unsaid(walk, i, start, numeral.last)  # "phải chi vài trăm nghìn", "tốn đến cả chục triệu"
    if unit is None:
        return None if label or numeral.spelled or quoted or code else _carried(walk, i, start, numeral)
    if code and not (unit.lexical and unit.kind != "count"):
        return None  # "giải đặc biệt là 695336", "lúa IR 50404": five digits or more, ungrouped, are a code
    if quoted and unit.kind == "count":
        return None  # a short quote is a name or slogan ("Hòm thư ANTT 4.0"); money, measures and shares in it are said
    if _no_count(walk, i, start, numeral, unit, label, bool(hedge)):
        return None
    if ranged is None and not numeral.spelled:
        ranged = _unit_range(walk, i, numeral, unit)
        if ranged is not None:
            unit = ranged[2]
    end = unit.end + match_phrase(words, unit.end, phrases("hedges.tsv", "after"))
    approx = bool(hedge) or end > unit.end or numeral.value is None or ranged is not None
    text_end = words[end - 1].end
    figures = [_make(walk.doc, words[start].start, text_end, numeral.value if ranged is None else ranged[0], unit, approx)]
    if ranged is not None:  # the upper end spans its own words, so no two figures share a span
        figures.append(_make(walk.doc, words[ranged[1].first].start, text_end, ranged[1].value, unit, approx))
    _remember(walk, i, unit, numeral.value if ranged is None else None)
    return figures, end


def _share_or_money(walk: _Walk, numeral: Numeral) -> bool:
    """A share, an amount of money or a measure follows the number ('huyện Chợ Đồn 15,86%', 'hối lộ tổ công tác
    800.000 đồng', 'rừng rụng lá kiệt 16,47 ha', 'đất phân lô 80 m2'): it states that, and the word before it labels
    nothing.  A measure after a label of a class or a time still names that ('can loại 30 lít', 'lúc 14 g'), and a
    size after what it sizes ('xe tải 3,5 tấn') is no figure either (``describes``).  Of a range the unit follows
    its upper end ('tiền phòng 30.000-50.000 đồng')."""
    words, first, j = walk.words, numeral.first, numeral.last
    if j + 1 < len(words) and words[j].low in RANGE_WORDS and words[j + 1].text[0].isdigit() \
            and glued(words, j - 1, j + 2, least=0):
        numeral = read_numeral(words, j + 1) or numeral
    unit = unit_after(walk, numeral)
    if unit is None or not unit.lexical or unit.kind not in ("percent", "money", "measure"):
        return False
    head = words[unit.first].text
    if unit.end < len(words) and head[0].isupper() and not head.isupper() and words[unit.end].text[0].isupper() \
            and words[unit.end].text.isalpha():
        return False  # "số 132-134 Đồng Khởi": a street's name, not money
    return unit.kind != "measure" or not match_phrase(words, first, cue("class_label"), backward=True)


def _sides(walk: _Walk, i: int, numeral: Numeral) -> tuple[list[Figure], int] | None:
    """'9 x 6 cm', '8x7 cm': each side of a size is measured in the unit after the last.  The first side is
    read here; a second written apart is read next as any number, one glued to 'x' ('x7') here too."""
    words = walk.words
    j = numeral.last
    if j + 1 >= len(words) or not SIDE_RE.fullmatch(words[j].text) or not glued(words, j - 1, j + 2, least=0):
        return None
    glued_side = words[j].text[1:]
    second = Numeral(j, j + 1, parse_digits(glued_side), False) if glued_side else read_numeral(words, j + 1)
    if second is None or second.value is None or second.last != second.first + 1:
        return None
    unit = unit_after(walk, second)
    if unit is None or unit.kind != "measure":
        return None
    hedge = hedge_before(words, i)
    text_end = words[unit.end - 1].end
    figures = [_make(walk.doc, words[i - hedge].start, text_end, numeral.value, unit, bool(hedge))]
    if not glued_side:
        return figures, j + 1
    figures.append(_make(walk.doc, words[j].start + 1, text_end, second.value, unit, bool(hedge)))
    return figures, unit.end


def _no_count(walk: _Walk, i: int, start: int, numeral: Numeral, unit: Unit, label: str | None,
              hedged: bool) -> bool:
    """The number before its unit still counts nothing: it describes ('xe 16 chỗ'), introduces
    names ('2 xã Châu Thôn và Tiền Phong'), points back ('hai người này'), belongs to a name
    ('AirPods 4', 'Tân Lập 1'), names the people of the story ('Hai người nảy sinh tình cảm'), is the denominator
    of a rate ('03 thành viên/1 tổ'), says 'countless'
    ('1001 kiểu'), or is the article 'một' / the adverb '1 lần' (once) / '1 số' (some)."""
    words = walk.words
    if describes(words, start, unit) or names_places(words, numeral, unit) or names_members(words, numeral, unit):
        return True
    if per_one(words, start, numeral):
        return True
    if unit.unit in walk.initials:
        return True  # "nhà hàng 119 NH" after "đường Nguyễn Huệ (NH)": an address
    back = points_back(words, unit.end)
    if numeral.spelled and _pointed_back(walk, numeral, unit, back or label == "spelled") or back:
        return True
    if _the_two(words, i, numeral, unit):
        return True
    if model_number(words, start) and not (unit.lexical and unit.kind in ("measure", "money", "percent")) \
            or not unit.lexical and (
            label or year_like(words[i], numeral) or after_name(words, start)):
        return True
    if words[i].low == "một" and numeral.last == i + 1 and not one_counts(words, i, unit):
        return True
    if numeral.value == 1 and not numeral.spelled and match_phrase(words, unit.first, cue("some")) \
            and unit.end - unit.first > 1:
        return True  # "xây dựng 1 số sân bóng chuyền": '1 số' written for 'một số', some
    if numeral.value == IDIOM_MANY and unit.kind == "count" and not unit.lexical:
        return True
    return numeral.value == 1 and (match_phrase(words, unit.first, cue("once")) == unit.end - unit.first
                                   or not hedged and bool(match_phrase(words, i, cue("generic_before"), backward=True)))


def _the_two(words: list[Word], i: int, numeral: Numeral, unit: Unit) -> bool:
    """'Hai người nảy sinh tình cảm', 'Ba người thú nhận': a number word opening a sentence, then 'người' and a verb
    (the unit reads on past the noun), names the people the story is about, 'the two of them', and counts nothing
    ('Hai người tử vong', 'Hai người khác', 'Hai người đàn bà' still count)."""
    return numeral.spelled and numeral.value is not None and words[i].text[0].isupper() \
        and (i == 0 or words[i - 1].text in SENTENCE_OPENERS) and words[unit.first].low == "người" \
        and unit.end - unit.first > match_phrase(words, unit.first, phrases("counted_nouns.txt"))


def _numeral(walk: _Walk, i: int) -> Numeral | None:
    """The numeral at word i; "năm" (also "year") and "một" (also "a") only where they count."""
    words = walk.words
    word = words[i]
    if word.low == "năm":
        if i > 0 and (words[i - 1].text[0].isdigit() or match_phrase(words, i, cue("year_before"), backward=True)
                      or words[i - 1].low in openers()):
            return None  # "46 năm", "mỗi năm", "một năm hoạt động": years
        numeral = read_numeral(words, i, any_start=True)
        if numeral is None or numeral.last == i + 1 and not (counted_next(words, i + 1) and words[i + 1].text.islower()
                                                             or _next_of_pair(words, numeral)):
            return None
        if numeral.last == i + 1 and _labels_number(words, i + 1):
            return None  # "bỏ học từ năm lớp 10": the year of a numbered class, not five classes
        return numeral
    if word.low == HALF:
        return read_numeral(words, i, any_start=True) if half_counts(words, walk.doc.text, i) else None
    numeral = read_numeral(words, i, any_start=bool(scale_alone(words, i)))
    if numeral is None and word.low == "một" and one_may_count(words, i):
        return Numeral(i, i + 1, Decimal(1), True)  # kept only if one_counts says so of its unit
    return numeral


def _labels_number(words: list[Word], j: int) -> bool:
    """A label noun at word j numbered by the digits right after it ('lớp 10', 'tổ 3')."""
    n = match_phrase(words, j, phrases("non_figures.tsv", "before"))
    return bool(n) and j + n < len(words) and words[j + n].text[0].isdigit()


def _range(walk: _Walk, i: int, low: Numeral) -> tuple[Decimal | None, Numeral] | None:
    """'3-5 người', '19 - 22 độ', 'từ 6 đến 8 triệu đồng', 'hàng trăm đến hàng nghìn m2':
    (the lower value, the upper numeral).  The lower end is scaled like the upper ('3-5 triệu'), or a thousand
    times less where that puts it above the upper ('800 đến 1 tỷ': 800 triệu; '100.000 - 1 triệu'), or in thousands
    where the upper is written in thousands and it would be under a tenth of it ('200-250.000': 200.000)."""
    words = walk.words
    j = low.last
    if low.value is None and j + 1 < len(words) and words[j].low in VAGUE_LINKS:
        high = read_numeral(words, j + 1)  # "hàng chục, hàng trăm người", "vài trăm hoặc vài nghìn người"
        return (None, high) if high is not None and high.value is None else None
    if low.spelled and low.value is not None:
        high = _next_of_pair(words, low)  # "hai ba súc gỗ", "ba, bốn xe tải nhỏ": two or three
        return None if high is None else (low.value, high)
    if j + 1 >= len(words) or words[j].low not in RANGE_WORDS or low.last != i + 1 and low.value is not None:
        return None
    if not glued(words, j - 1, j + 2, least=0):  # "3-5", "19 - 22", "25.000- 55.000", "80.000 -150.000"
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
    scale = high.value / base
    while low.value * scale >= high.value and scale > 1:  # "800 đến 1 tỷ": 800 triệu; "100.000 - 1 triệu": 100.000
        scale /= 1000
    value = low.value * max(scale, Decimal(1))
    if "." in words[j + 1].text and words[i].text.isdigit() and value * 1000 < high.value <= value * 10000:
        value *= 1000  # "200-250.000 phụ nữ", "từ 20 đến 100.000 đồng": the lower end's thousands left unwritten
    return (value, high) if value < high.value else None


def _next_of_pair(words: list[Word], low: Numeral) -> Numeral | None:
    """'hai ba súc gỗ', 'ba, bốn xe tải nhỏ', 'năm sáu tên', 'hai- ba người': a number word from two to eight, then (after
    nothing, a comma or a dash) the next one says 'two or three', a range; the numeral of the second, else None."""
    if low.value is None or not PAIR_LOW <= low.value <= PAIR_HIGH or low.last != low.first + 1:
        return None
    k = low.last + (low.last < len(words) and words[low.last].text in (",", "-", "–"))
    if k >= len(words) or not glued(words, low.first, k + 1, least=0):
        return None
    high = read_numeral(words, k, any_start=True)
    if high is None or not high.spelled or high.last != k + 1 or high.value != low.value + 1:
        return None
    return high


def _unit_range(walk: _Walk, i: int, low: Numeral, unit: Unit) -> tuple[Decimal, Numeral, Unit] | None:
    """'50 mg đến 80 mg/100 ml': a range whose ends both carry the unit; both take the upper's."""
    words = walk.words
    j = unit.end
    if j + 1 >= len(words) or words[j].low not in RANGE_WORDS or not words[j + 1].text[0].isdigit():
        return None
    high = read_numeral(words, j + 1)
    if high is None or high.value is None or walk.is_blocked(j + 1, high.last):
        return None
    upper = unit_after(walk, high)
    if upper is None or upper.canonical != unit.canonical or unit.kind == "count" or low.value is None \
            or low.value >= high.value:
        return None
    return low.value, high, upper


def _ratio(walk: _Walk, i: int, numeral: Numeral) -> tuple[list[Figure], int] | None:
    """'114/116 xã', '15/15 xã, phường': the part of a whole counts the noun; other codes do not."""
    words = walk.words
    j = numeral.last
    if j + 1 >= len(words) or numeral.last != i + 1 or words[j].text != "/" or not glued(words, i, j + 2, 0):
        return None
    if j + 2 >= len(words) or not words[j + 2].text.isalpha():
        return None  # "458/6195 =", "1/2/3": no noun after the whole
    whole = read_numeral(words, j + 1)
    if whole is None or whole.last != j + 2 or numeral.value is None or whole.value is None:
        return None
    if numeral.value == 1 and whole.value <= 4:
        return None  # "1/3 số hộ dân", "1/2 lãi suất": a half, a third, a quarter of it (as "một phần ba")
    unit = unit_after(walk, whole)
    if unit is None or numeral.value > whole.value or not WHOLE_NUMBER_RE.fullmatch(words[i].text):
        return None  # "1.042/1.165 khu dân cư" (thousands grouped with dots), not "2,5/10"
    figure = _make(walk.doc, words[i].start, words[unit.end - 1].end, numeral.value, unit, False)
    _remember(walk, i, unit, numeral.value)
    return [figure], unit.end


def _price(walk: _Walk, i: int, numeral: Numeral) -> tuple[list[Figure], int] | None:
    """'giá 40.000/kg', 'với giá 1.400.000/chỉ': an amount of a thousand or more per a unit written after a slash,
    shortly after a word of money, is a price in đồng, its currency unsaid (unit 'đồng/kg')."""
    words = walk.words
    j, start = numeral.last, i - hedge_before(words, i)
    if numeral.value is None or numeral.value < 1000 or numeral.last != i + 1 or j + 1 >= len(words) \
            or words[j].text != "/" or not words[j + 1].text.isalpha() or not words[j + 1].text.islower() \
            or not glued(words, i, j + 2, 0) or not _cue_before(words, start, "money_before"):
        return None
    unit = Unit(f"đồng/{words[j + 1].text}", "money", j, j + 2, "đồng")
    figure = _make(walk.doc, words[start].start, words[j + 1].end, numeral.value, unit, start < i)
    _remember(walk, i, unit, numeral.value)
    return [figure], j + 2


def _pointed_back(walk: _Walk, numeral: Numeral, unit: Unit, back: bool) -> bool:
    """'giữa hai đơn vị ... Hai đơn vị đã xử lý': once number words with their noun have pointed at
    things already known, the same words later point at them again; and so do number words that repeat
    a count of the body ('bắt 2 đối tượng ... Hai đối tượng khai nhận': the two already counted).  (A
    count repeated from the title is stated again: it counts each time.)"""
    if numeral.value is None:
        return back  # "hàng trăm ..., hàng ngàn ..." state amounts, each time
    key = (numeral.value, unit.unit.lower())
    if back:
        walk.spelled.add(key)
    return back or key in walk.spelled or key in walk.stated


def _carried(walk: _Walk, i: int, start: int, numeral: Numeral) -> tuple[list[Figure], int] | None:
    """A number whose unit is not written after it: 'thêm 30 triệu' (money stated before),
    'tổng số người tái phạm 458', '1 trong 3 lượt đá', 'Campuchia là 48, Lào 41'."""
    words = walk.words
    end = numeral.last
    hedged = start < i
    if year_like(words[i], numeral) or listed_label(words, numeral.first):
        return None
    unit = _part_of(walk, numeral)
    if unit is None and _scaled(words, numeral):  # "thêm 30 triệu", "trị giá 15 tỷ": money, its currency said or not
        unit = _money_unsaid(walk, i, start, end)
    if unit is None:
        total = _unit_before(walk, start)
        if total is not None and total[1]:
            start, unit = total[0], Unit(total[1], "count", end, end, total[1])
        elif total is not None:
            unit = _said_unit(walk, i, end)
    if unit is None:
        unit = _listed_before_unit(walk, numeral)
    if unit is None:
        unit = _elided(walk, i, start, numeral)
    if unit is None:
        return None
    approx = hedged or numeral.value is None
    figure = _make(walk.doc, words[start].start, words[end - 1].end, numeral.value, unit, approx)
    _remember(walk, i, unit, numeral.value)
    return [figure], end


def _money_unsaid(walk: _Walk, i: int, start: int, end: int) -> Unit | None:
    """The currency of an amount with a scale word and no unit: the one stated shortly before; else đồng, the
    article's currency, when it has stated money before, however far back ('giá 13 triệu', 'là trên 500 triệu'), or
    after a word of money ('trị giá 15 tỷ', 'thu lời 25 triệu'), or listed before an amount of money ('42 triệu và 2.000
    USD': đồng, see ``_money_listed_after``); else None."""
    listed = _money_listed_after(walk, end)
    if listed is not None:
        return listed
    if walk.money is not None and walk.sentence(i) - walk.money[0] <= MONEY_REACH:
        return walk.money[1]._replace(end=end)
    if (walk.money is not None and not _cue_before(walk.words, start, "not_total")
            or _cue_before(walk.words, start, "money_before")):
        return Unit("đồng", "money", end, end, "đồng")
    return None


def _money_listed_after(walk: _Walk, end: int) -> Unit | None:
    """The currency of an amount with a scale word and none written, listed before an amount of money: that amount's
    unit when it is in đồng ('3 triệu và 5 triệu đồng/kỳ'), đồng when the other is in another currency without a scale
    word ('42 triệu và 2.000 USD': millions of đồng beside a few thousand dollars; DECISIONS bo_007), else None ('2
    triệu và 3 triệu USD' may share the foreign currency, left to the other readings)."""
    words = walk.words
    if end + 1 >= len(words) or words[end].low not in LIST_LINKS or not words[end + 1].text[0].isdigit():
        return None
    following = read_numeral(words, end + 1)
    if following is None or walk.is_blocked(end + 1, following.last):
        return None
    unit = unit_after(walk, following)
    if unit is None or unit.kind != "money":
        return None
    if unit.canonical == "đồng":
        return unit._replace(first=end, end=end)
    return None if _scaled(words, following) else Unit("đồng", "money", end, end, "đồng")


def _listed_before_unit(walk: _Walk, numeral: Numeral) -> Unit | None:
    """'mệnh giá 500, 1.000 và 2.000 đồng', 'chỉ có 1, 2 người', '3 hoặc 4 đối tượng': a bare number listed before
    others of which the last carries the unit counts in that unit.  Plain digits only: a scale word ('20 và 30 triệu
    đồng') would have to be carried too."""
    words = walk.words
    if numeral.last != numeral.first + 1:
        return None
    first = numeral.first
    for _ in range(LIST_REACH):  # bounded, as every look around a number
        if first < 2 or words[first - 1].low not in LIST_LINKS or not words[first - 2].text[0].isdigit():
            break
        first -= 2
    if label_before(words, first):
        return None  # "các quận 1, 5, 6 và 8": a list of labels
    k, previous = numeral.last, numeral
    for _ in range(LIST_REACH):
        if k + 1 >= len(words) or words[k].low not in LIST_LINKS or not words[k + 1].text[0].isdigit():
            return None
        following = read_numeral(words, k + 1)
        if following is None or following.last != following.first + 1 or walk.is_blocked(k + 1, following.last):
            return None
        if words[k].low == "," and not (following.value or 0) > (previous.value or 0):
            return None  # "chiếc xe 67, 2 đồng đội": a comma before a smaller number ends a clause, not an estimate
        unit = unit_after(walk, following)
        if unit is not None:
            return None if unit.kind == "count" and not unit.lexical else unit._replace(end=numeral.last)
        k, previous = following.last, following
    return None


def _cue_before(words: list[Word], start: int, role: str) -> bool:
    """A phrase of the figure cue ``role`` ends within a few words before ``start``, in its clause: 'money_before' a
    word of money ('trị giá', 'đưa', 'thu lời'), 'not_total' a measure that is no total of things ('dân số', 'chỉ
    số': 'Dân số huyện là 1,2 triệu' counts people, not money stated paragraphs before)."""
    for k in range(start, max(0, start - MONEY_CUE_REACH), -1):
        if match_phrase(words, k, cue(role), backward=True):
            return True
        if not words[k - 1].text[0].isalnum():
            return False
    return False


def _currency_unsaid(walk: _Walk, numeral: Numeral, unit: Unit) -> Unit | None:
    """The unit after a round amount ('30 triệu') that is not in the word lists: money said colloquially ('20 triệu
    tiền mặt', '5 triệu bạc': đồng), a noun underthesea tags N after digits ('1,6 triệu dân'), else None ('140 triệu chia
    nhau': a verb, the currency not written)."""
    n = match_phrase(walk.words, unit.first, cue("money_noun"))
    if n:
        return Unit("đồng", "money", unit.first, unit.first + n, "đồng")
    return unit if numeral.spelled or counted_by_pos(walk, numeral) else None


def _spelled_amount(walk: _Walk, start: int, numeral: Numeral) -> bool:
    """A vague amount in words with nothing after it reads as money the way digits with a scale word do ('chi vài
    trăm nghìn', 'tốn cả chục triệu', 'hàng trăm triệu'), but a bare 'hàng ngàn' only after a word of money
    ('vượt quá hàng ngàn' carries the count said before)."""
    words = walk.words
    return _scaled(words, numeral) and (numeral.last - numeral.first > 2 or words[numeral.last - 1].low in ("triệu", "tỷ", "tỉ")
                                        or _cue_before(words, start, "money_before"))


def _scaled(words: list[Word], numeral: Numeral) -> bool:
    """'30 triệu', '1,5 tỷ': a number with a scale word, the way amounts of money are written."""
    return numeral.last > numeral.first + 1 and words[numeral.last - 1].low in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")


def _part_of(walk: _Walk, numeral: Numeral) -> Unit | None:
    """'1 trong 3 lượt đá', '2 trong số 5 đối tượng', '77 trong tổng số 89 làng': the part counts what the whole
    counts."""
    words = walk.words
    j = numeral.last
    if j + 1 >= len(words) or words[j].low != "trong":
        return None
    j += 1
    if j + 1 < len(words) and words[j].low == "tổng" and words[j + 1].low == "số":
        j += 2
    elif words[j].low == "số":
        j += 1
    if j >= len(words) or not words[j].text[0].isdigit():
        return None
    whole = read_numeral(words, j)
    if whole is None or whole.value is None or numeral.value is None or numeral.value > whole.value:
        return None
    unit = unit_after(walk, whole)
    return unit._replace(end=numeral.last) if unit is not None else None


def _elided(walk: _Walk, i: int, start: int, numeral: Numeral) -> Unit | None:
    """'93 nước, Campuchia là 48, Lào 41', '6.800 người hưởng ..., 3.900 hưởng ...': a bare number
    before a pause or a function word, a few words after figures of its sentence, counts what they
    count: the one whose unit was followed by the same word, else the nearest."""
    words, j = walk.words, numeral.last
    sentence = walk.sentence(i)
    before = [said for said in walk.recent if said.sentence == sentence]
    item = _list_item(words, start)
    reach = CHANGE_REACH if item == _CATEGORY or match_phrase(words, start, cue("change"), backward=True) \
        else ELLIPSIS_REACH
    if not before or i - before[-1].end > reach or not item:
        return None
    if not (j >= len(words) or words[j].text in PAUSES or item == _ITEM and match_phrase(words, j, phrases("unit_stops.txt"))):
        return None  # a category's count ends its item ('cảnh cáo 75;'), not '; Công ty công trình 503 nợ'
    then = words[j].low if j < len(words) else ""
    parallel = [said for said in before if said.then == then and then not in PAUSES]
    unit = (parallel or before)[-1].unit
    if item == _CATEGORY and unit.kind != "count":
        return None  # categories break a count down; an amount stays unsaid ('phạt 12.000 USD; đội nhì nhận 7.000')
    return unit._replace(end=j)


_ITEM, _CATEGORY = 1, 2


def _list_item(words: list[Word], start: int) -> int:
    """The number opens an item of a list: after a pause, a link word ('là', 'và', 'thay vì'), or a
    name that follows one (', Lào 41'), or a category of a list of them (': khiển trách 438; cảnh cáo 75'); not the
    number of a name ('trường tiểu học Tân Lập 1')."""
    k = start
    while k > 0 and words[k - 1].text[0].isupper() and words[k - 1].text.isalpha():
        k -= 1
    if k == 0 or words[k - 1].text in PAUSES or match_phrase(words, k, cue("list_link"), backward=True):
        return _ITEM
    k = start
    while k > 0 and start - k < LABEL_WORDS and words[k - 1].text.isalpha():
        k -= 1
        if k > 0 and words[k - 1].text in LIST_PAUSES:
            return _CATEGORY
    return 0


def _unit_before(walk: _Walk, start: int) -> tuple[int, str] | None:
    """'tổng số người tái phạm tội 458': (word index of 'tổng số', the counted phrase), or None; the phrase is empty
    when 'số' points back ('con số này là 13')."""
    words = walk.words
    verb = match_phrase(words, start, cue("total_verb"), backward=True)
    np_end = start - verb
    if np_end - walk.cue_end[np_end] - 1 > MAX_TOTAL_WORDS:
        return None  # no cue near: the common case, decided on one look
    sentence = walk.sentence(start)
    for b in range(np_end - 1, max(-1, np_end - 1 - MAX_TOTAL_WORDS), -1):
        w = words[b]
        if walk.sentence(b) != sentence or w.text[0].isdigit() or w.text in ";:.!?()“”\"=":
            return None
        strong = match_phrase(words, b, cue("total"), backward=True)
        weak = match_phrase(words, b, cue("total_weak"), backward=True)
        if weak and (match_phrase(words, b, cue("not_total"), backward=True) > weak
                     or match_phrase(words, b - weak, cue("not_total")) > weak):
            return None  # "Dân số huyện là 1,2 triệu", "số liệu ... tăng từ 2.000": no "số <noun phrase> là"
        if strong or weak and verb:
            if match_phrase(words, b, cue("refer_back")):
                return b - max(strong, weak), ""  # "con số này đã lên tới 13": the number said before, stated again
            last = np_end
            while last > b + 1 and words[last - 1].low in _AUXILIARIES:  # "số điểm ùn tắc | đã giảm từ 61"
                last -= 1
            np = walk.doc.text[w.start:words[last - 1].end].strip(" ,")
            if np and np[0].islower() and len(np.split()) <= 10:
                return b - max(strong, weak), np
            return None
    return None


def _said_unit(walk: _Walk, i: int, end: int) -> Unit | None:
    """The unit of the count read last, in this sentence or the one before, for a number that states it again ('số
    người chết ... là 20, thì ... con số này đã lên tới 13': 13 người), else None."""
    if not walk.recent or walk.sentence(i) - walk.recent[-1].sentence > 1 or walk.recent[-1].unit.kind != "count":
        return None
    return walk.recent[-1].unit._replace(end=end)


def _remember(walk: _Walk, i: int, unit: Unit, value: Decimal | None) -> None:
    then = walk.words[unit.end].low if unit.end < len(walk.words) else ""
    walk.recent = [*walk.recent[-(RECENT - 1):], _Said(walk.sentence(i), unit.end, unit, then)]
    if value is not None and value > 1 and unit.kind == "count" and walk.sentence(i) > 0:
        walk.stated.add((value, unit.unit.lower()))
    if unit.kind == "money":
        walk.money = (walk.sentence(i), unit)


def _make(doc: Prepared, start: int, end: int, value: Decimal | None, unit: Unit, approx: bool) -> Figure:
    s, e, source = doc.norm.source_span(start, end)
    number = None if value is None else to_number(value)
    return Figure(s, e, source, number, unit.unit, unit.kind, approx, unit.canonical or unit.unit)
