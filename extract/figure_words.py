"""The words around a number: what it counts, and what says it is no figure.

``unit_after`` reads what a numeral counts or measures from the words right after it: a unit
of units.tsv (``kg``, ``tỷ đồng``, ``mg/100 ml``), else a counted noun phrase (``đối tượng``,
``tổ hòa giải``), which ends at a function word, a verb of unit_stops.txt, a hedge, or a word
that introduces a name.  The other functions judge the context of a number: a label before it
(``số 09``, ``Quận 1``, ``xếp hạng 156``), a hedge (``hơn``, ``khoảng``), an attribute of a holder
(``xe 16 chỗ``), a refer-back (``hai người này``), a name (``AirPods 4``, ``Tân Lập 1``).  Every
look is a few words wide.  Word lists: units.tsv, counted_nouns.txt, unit_stops.txt,
non_figures.tsv, hedges.tsv, figure_cues.tsv.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from extract.document import Prepared
from extract.numbers import Numeral, Word, load_phrases, load_rows, match_phrase, tokenize
from extract.types import FigureKind

__all__ = [
    "LIST_REACH",
    "PAUSES",
    "RANGE_WORDS",
    "Unit",
    "Words",
    "after_name",
    "bare_scales",
    "code_like",
    "counted_by_pos",
    "counted_next",
    "cue",
    "describes",
    "glued",
    "half_counts",
    "hedge_before",
    "label_before",
    "listed_label",
    "model_number",
    "names_members",
    "names_places",
    "not_figure_after",
    "one_counts",
    "one_may_count",
    "openers",
    "phrases",
    "points_back",
    "scale_alone",
    "unit_after",
    "year_like",
]

# A number glued to a code: "09-CT", "F-16", "A3:"; "120 vụ/245 đối tượng" is two counts.
CODE_LEFT_RE = re.compile(r"(?:[\dA-ZĐ][/:.\-–]|[^\W\d_][:.\-–])$")
CODE_RIGHT_RE = re.compile(r"^[/:\-–][\w]")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
THOUSAND_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
PAUSES = frozenset(",.;:!?)”\"…")
RANGE_WORDS = frozenset({"-", "–", "đến", "tới"})
NOUN_TAGS = frozenset({"N", "Nc"})
# After "trên" these still say where ("trên các tuyến", "trên toàn bộ"): "trên" is then no refer-back.
PLACE_DETERMINERS = frozenset({"các", "những", "toàn bộ", "tất cả", "mỗi", "nhiều"})
MAX_UNIT_WORDS = 6
LIST_REACH = 4  # numbers of a list looked through, for the unit written once at its end or the label at its head
HOLDER_REACH = 3  # words between a holder noun and the number in "xe du lịch 7 chỗ"
MAX_POS_SENTENCE = 1000  # characters; a longer "sentence" (a bare list, lost breaks) is not tagged


@dataclass
class Words:
    """A text's words, read once, with the sentence of each and the POS answers asked so far."""

    doc: Prepared
    words: list[Word]
    sentence_of: list[int]
    pos: dict[tuple[str, str], bool] = field(default_factory=dict)
    token_starts: dict[int, list[int]] = field(default_factory=dict)

    def sentence(self, k: int) -> int:
        """The sentence of word k."""
        return self.sentence_of[k]


class Unit(NamedTuple):
    """What a numeral counts or measures, as read after it."""

    unit: str  # as written
    kind: FigureKind
    first: int  # word index of the unit's first word
    end: int  # word index after the unit
    canonical: str = ""  # standard symbol of a measure or money unit ('gam' -> 'g')
    lexical: bool = False  # opens with a word of units.tsv or counted_nouns.txt


@cache
def openers() -> frozenset[str]:
    """Number words that can open a numeral ("hai", "hàng", ...; "năm" when a counted noun follows)."""
    return frozenset(row[0] for row in load_rows("number_words.tsv") if row[3] == "yes") | {"năm"}


@cache
def bare_scales() -> frozenset[str]:
    """Scale words that state a round amount alone after a hedge or "cả" ("gần chục người", "cả trăm triệu")."""
    return frozenset(row[0] for row in load_rows("number_words.tsv") if row[2] in ("scale", "tens"))


def scale_alone(words: list[Word], i: int) -> int:
    """Words of the hedge or "cả" before a bare scale word at i ("hơn chục xe", "cả ngàn người"), else 0."""
    if words[i].low not in bare_scales() or i == 0:
        return 0
    return 1 if words[i - 1].low == "cả" else match_phrase(words, i, phrases("hedges.tsv", "before"), backward=True)


def half_counts(words: list[Word], text: str, i: int) -> bool:
    """'nửa' at word i states half an amount: a scale word or a unit of measure or money follows ('nửa tỷ đồng',
    'hơn nửa ký'), not a time ('nửa đêm', 'nửa tháng') or a share of things ('một nửa số tiền')."""
    j = i + 1
    if j >= len(words) or i > 0 and words[i - 1].low == "một":
        return False
    measure = _measure_at(words, text, j)
    return words[j].low in bare_scales() or measure is not None and measure.kind != "percent"


@cache
def cue(role: str) -> frozenset[tuple[str, ...]]:
    """The phrases of one role of figure_cues.tsv."""
    return load_phrases("figure_cues.tsv", role)


@cache
def phrases(name: str, position: str | None = None) -> frozenset[tuple[str, ...]]:
    """The phrases of a word list (of one position, for two-column files)."""
    return load_phrases(name, position)


def one_may_count(words: list[Word], i: int) -> bool:
    """A first look, before reading any unit (so "một" as "a" costs no tagging): a cue before it, an item of a
    list of counts (_listed_one), or a counted noun then, within a few words, a cue after it."""
    if match_phrase(words, i, cue("one_before"), backward=True) or _listed_one(words, i) or _part_one(words, i) \
            or _one_before_count(words, i):
        return True
    n = match_phrase(words, i + 1, phrases("counted_nouns.txt"))
    return bool(n) and any(match_phrase(words, k, cue("one_after")) for k in range(i + 1 + n, min(len(words), i + n + 4)))


def counted_next(words: list[Word], j: int) -> bool:
    """A noun of counted_nouns.txt starts at word j."""
    return j < len(words) and bool(match_phrase(words, j, phrases("counted_nouns.txt")))


GLUED_LABEL_RE = re.compile(r"([^\W\d_]+)\d+")
# Vietnam's emergency lines (111 children, 112 rescue, 113 police, 114 fire, 115 ambulance): after a word of the
# force or the line they name it ('Cảnh sát 113 thành phố', 'lực lượng 113 tỉnh Lâm Đồng'), counting nothing
EMERGENCY_LINES = frozenset({"111", "112", "113", "114", "115"})


def listed_label(words: list[Word], i: int) -> bool:
    """'quận 1, 2, 5', 'bốn tuyến QL1, 5, 18 và 51', 'tiểu khu 38, 40', 'cọc số 64 và 86': a bare number listed after a
    labelled one is a label too."""
    for _ in range(LIST_REACH):  # bounded, as every look around a number
        if i < 2 or words[i - 1].low not in _LIST_LINKS:
            return False
        i -= 2
        glued = GLUED_LABEL_RE.fullmatch(words[i].text)  # 'QL1'
        if glued is not None:
            return (glued[1].lower(),) in phrases("non_figures.tsv", "before")
        if not words[i].text[0].isdigit() or YEAR_RE.fullmatch(words[i].text):
            return False  # "năm 2001, 12 trong 16 ngôi mộ": a clause after a year, no list
        if label_before(words, i) == "strong":
            return True
    return False


def label_before(words: list[Word], i: int) -> str | None:
    """'strong' after a label ('số 09', 'Quận 1', 'ngã ba'); 'weak' after a rank or score word
    ('xếp hạng 156'), which a counted noun after the number overrides; 'spelled' after 'cả'. A number after
    another and '+' goes with it ('Km 40 + 492': the metres of a kilometre marker)."""
    if i >= 2 and words[i - 1].text == "+" and words[i - 2].text[-1].isdigit():
        glued = GLUED_LABEL_RE.fullmatch(words[i - 2].text)  # 'Km82+600'
        if glued is None:
            return label_before(words, i - 2)
        if (glued[1].lower(),) in phrases("non_figures.tsv", "before"):
            return "strong"
    j = i - 1 if i > 0 and words[i - 1].text in ("-", "–") else i
    n = match_phrase(words, j, phrases("non_figures.tsv", "before"), backward=True)
    not_label = match_phrase(words, j, cue("not_label"), backward=True)
    if n and not_label < n:
        return "strong"
    if words[i].text in EMERGENCY_LINES and match_phrase(words, j, cue("line_label"), backward=True):
        return "strong"
    weak = match_phrase(words, j, cue("weak_label"), backward=True)
    if weak and not_label < weak:  # "khẩn cấp 1 lô hàng": no level
        return "weak"
    spelled = match_phrase(words, i, cue("spelled_label"), backward=True)
    if not words[i].text[0].isdigit() and not scale_alone(words, i) and spelled \
            and match_phrase(words, i, cue("not_label"), backward=True) <= spelled:
        return "spelled"
    return None


def hedge_before(words: list[Word], i: int) -> int:
    """Words of a hedge ('hơn', 'khoảng', 'vượt quá') or of 'từ' opening a range, before word i."""
    n = match_phrase(words, i, phrases("hedges.tsv", "before"), backward=True)
    if n and i - n > 0 and words[i - n - 1].text[0].isdigit():
        return 0  # "138 trên 183 quốc gia": 'trên' is 'out of' here
    if not n and i > 0 and words[i - 1].low == "từ" and i + 1 < len(words) and words[i + 1].low in RANGE_WORDS:
        return 1
    return n or scale_alone(words, i)


def code_like(text: str, word: Word) -> bool:
    """Fractions, codes, phone and document numbers: '458/6195', '09-CT/TW', '0912...'."""
    if word.text[0] == "0" and len(word.text) > 2 and word.text[1].isdigit():
        return True  # "05 xã", "07 đồng chí" are counts written the official way; "0912" is not
    left = text[max(0, word.start - 2):word.start]
    right = text[word.end:word.end + 2]
    return bool(CODE_LEFT_RE.search(left) or CODE_RIGHT_RE.match(right))


@cache
def _measure_units() -> dict[tuple[str, ...], tuple[str, FigureKind, bool]]:
    """Written unit (case-sensitive word tuple) -> (canonical unit, kind, whether the unit is reported by its
    canonical name: an abbreviation of one word, 'đ' for 'đồng')."""
    return {tuple(w.text for w in tokenize(row[0])): (row[2], row[1], row[3:4] == ("spelled",))  # type: ignore[misc]
            for row in load_rows("units.tsv")}


@cache
def _longest_unit() -> int:
    return max(map(len, _measure_units()))


@cache
def _unit_firsts() -> frozenset[str]:
    return frozenset(key[0] for key in _measure_units())


def unit_after(ws: Words, numeral: Numeral, checked: bool = False) -> Unit | None:
    """What a numeral counts or measures, from the words right after it (``checked``: the caller
    has ruled out a date, age or duration word after it)."""
    words, text = ws.words, ws.doc.text
    j = numeral.last
    if j >= len(words) or words[j].start - words[j - 1].end > 1 or "\n" in text[words[j - 1].end:words[j].start]:
        return None
    measure = _measure_at(words, text, j)
    if measure is not None:
        return _with_rate(words, text, measure)
    if not checked and not_figure_after(ws, numeral):
        return None
    quoted = _quoted_noun(words, j)
    if quoted is not None and not (numeral.spelled and words[j + 1].text[0].isupper()):  # 'Bảy "Chà"': a nickname
        return Unit(text[words[j + 1].start:words[quoted - 2].end], "count", j, quoted)
    counted = match_phrase(words, j, phrases("counted_nouns.txt"))
    if not numeral.spelled:  # "12 Giám đốc", "15 Nghị quyết": a position or body, capitalised as official writing does
        counted = max(counted, match_phrase(words, j, phrases("office_nouns.txt")))
    if numeral.spelled:
        if words[j].text.istitle() and words[numeral.first].text[0].isupper():
            return None  # "hồ Ba Mẫu", "xã Ba Trang": a number word and a capitalised noun make a name
        if match_phrase(words, j - 1, phrases("non_figures.tsv", "word")) > counted:
            return None  # "ba lô": a backpack (a counted noun that runs longer wins, as for "pair")
        if match_phrase(words, j, phrases("non_figures.tsv", "pair")) >= max(counted, 1):
            return None  # "hai bên", "hai nước" (but "hai mặt trận" counts)
        if not counted and (numeral.value is not None or numeral.last == numeral.first + 1) \
                and not counted_by_pos(ws, numeral) and not _listed_noun(ws, numeral):
            return None  # "hàng trăm gốc cây": a vague amount counts whatever follows, as digits do ("vài" alone does not);
            # so does "một" that goes on a list of counts ("16 xe môtô và một tivi"), whatever its noun
    elif numeral.value == 2 and match_phrase(words, j, phrases("non_figures.tsv", "both")) >= max(counted, 1):
        return None  # "2 bên", "giữa 2 quốc gia": the two sides of a relation, written in digits as often as in words
    if counted:
        k = j + counted  # a noun of the lexicon, even one that is also a stop ("bị can", "đại diện")
        if match_phrase(words, j, cue("closed")) == counted:
            return Unit(text[words[j].start:words[k - 1].end], "count", j, k, lexical=True)
    elif match_phrase(words, j, phrases("unit_stops.txt")) or not (_unit_word(words[j]) or _brand(words[j])):
        return None
    else:
        k = j + 1
    while k < len(words) and k - j < MAX_UNIT_WORDS and _unit_word(words[k]) and glued(words, k - 1, k + 1) \
            and not _ends_phrase(words, k):
        k += 1
    unit = text[words[j].start:words[k - 1].end]
    return _with_rate(words, text, Unit(unit, "count", j, k, unit, lexical=bool(counted)))


def _quoted_noun(words: list[Word], j: int) -> int | None:
    """The word index after a short quote at word ``j`` that names what a number counts ('16 “mắt thần”', '6 "cò"',
    '08 “Cổng ANTT thông minh”'), else None: one to five words, no digit."""
    opening = words[j].text
    if opening not in ("“", '"'):
        return None
    closing = "”" if opening == "“" else '"'
    for k in range(j + 1, min(len(words), j + 7)):
        word = words[k].text
        if word == closing:
            return k + 1 if k > j + 1 else None
        if not word[0].isalpha():
            return None
    return None


def _ends_phrase(words: list[Word], k: int) -> bool:
    """Word k is no part of the counted noun phrase: a function word or verb ('209 đối tượng | ra
    đầu thú'), a hedge ('1 phần | khoảng 1kg'), or a word that introduces a name ('hai cha con |
    ông Vũ', '6 ĐTDĐ | hiệu iPhone', '3 đại diện | gương “Người con hiếu thảo”')."""
    if match_phrase(words, k, phrases("unit_stops.txt")) or match_phrase(words, k, phrases("hedges.tsv", "before")):
        return True
    if words[k].low in openers() and k + 1 < len(words) and words[k + 1].low in bare_scales():
        return True  # "2 tàu cá buôn lậu | hàng chục tấn dầu": a vague amount opens the next figure
    n = match_phrase(words, k, cue("name_head"))
    nxt = words[k + n] if n and k + n < len(words) else None
    return nxt is not None and nxt.start - words[k + n - 1].end <= 1 and (
        nxt.text[0] in "“\"" or nxt.text[0].isupper() or _brand(nxt))


def not_figure_after(ws: Words, numeral: Numeral) -> bool:
    """'10 năm', '30 tuổi', '14 giờ', '2 cuộc kháng chiến'; '1A', '14h30', '3G' (codes)."""
    words, j = ws.words, numeral.last
    if j >= len(words) or words[j].start - words[j - 1].end > 1:
        return False
    if match_phrase(words, j, cue("fraction")) and j + 1 < len(words) and words[j + 1].low in openers():
        return True  # "một phần ba": a fraction
    if words[j].start == words[j - 1].end and words[j].text[0].isalnum() and not (
            words[j].text.isalpha() and words[j].text.islower() and len(words[j].text) > 2) \
            and not (words[j].text.islower() and counted_next(words, j)):
        # "12kg" is a weight; "150.000test", "8bị cáo", "1.795vụ" lost a space before a word or a counted noun
        return _measure_at(words, ws.doc.text, j) is None
    after = match_phrase(words, j, phrases("non_figures.tsv", "after"))
    return bool(after) and match_phrase(words, j, phrases("counted_nouns.txt")) <= after  # "350 ngày công": a count


def _measure_at(words: list[Word], text: str, j: int) -> Unit | None:
    """A unit of units.tsv at word j (longest first), unless a longer counted noun starts there; a measure glued to the
    'x' of a size ('1,60mx2,60mx5,50 m') is the unit of that side."""
    units = _measure_units()
    side = words[j].text[:-1]
    if words[j].text[-1:] in "xX×" and (side,) in units and units[(side,)][1] == "measure" and j + 1 < len(words) \
            and words[j + 1].start == words[j].end and words[j + 1].text[0].isdigit():
        return Unit(side, "measure", j, j + 1, units[(side,)][0], lexical=True)  # "1,60mx2,60mx5,50 m": a side
    if words[j].text not in _unit_firsts():
        return None
    counted = match_phrase(words, j, phrases("counted_nouns.txt"))  # "3 đồng chí" is not money
    if counted and j > 0 and _amount(words[j - 1]) and match_phrase(words, j, cue("money_head")) == counted:
        counted = 0  # "750.000 đồng tiền mặt", "42 triệu đồng tiền thuế": money; "6 đồng tiền chủ chốt": currencies
    for n in range(_longest_unit(), 0, -1):
        key = tuple(w.text for w in words[j:j + n])
        if counted <= n and len(key) == n and key in units and _tight(words, j, j + n):
            canonical, kind, spelled = units[key]
            written = canonical if spelled else text[words[j].start:words[j + n - 1].end]
            return Unit(written, kind, j, j + n, canonical, lexical=True)
    return None


def _amount(word: Word) -> bool:
    """The last word of a numeral states an amount of money rather than a count of coins: a scale word ('triệu') or a
    thousand and more ('750.000')."""
    if word.low in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ"):
        return True
    return word.text[0].isdigit() and (THOUSAND_GROUPS_RE.fullmatch(word.text) is not None or len(word.text) >= 4)


def _with_rate(words: list[Word], text: str, unit: Unit) -> Unit:
    """'kg/phần', 'mg/100 ml', 'Uscents/kWh', 'test/ngày': a unit per something keeps its divisor."""
    k = unit.end
    if k + 1 >= len(words) or words[k].text != "/" or not glued(words, k - 1, k + 2, 0):
        return unit
    j = k + 1
    if words[j].text.isdigit() and j + 1 < len(words) and words[j + 1].start - words[j].end <= 1:
        j += 1  # "/100 ml"
    if not words[j].text.isalpha() or j > k + 1 and unit.kind == "count":
        return unit  # "120 vụ/245 đối tượng" is two counts
    if unit.kind == "percent":
        return unit._replace(end=j + 1)  # '5%/năm', '1%/tháng': a share per year is still a share
    if unit.kind == "money":  # '100.000đ/xe' -> 'đồng/xe', as 'đ' alone is 'đồng'
        return unit._replace(unit=unit.unit + text[words[k].start:words[j].end], end=j + 1)
    return unit._replace(unit=text[words[unit.first].start:words[j].end], end=j + 1)  # as written: 'đ/c', 'đ/kg'


def _tight(words: list[Word], a: int, b: int) -> bool:
    """True when words[a:b] are joined by at most one space ('héc-ta', 'ki-lô-mét', 'đô la')."""
    return all(words[k].start - words[k - 1].end <= 1 for k in range(a + 1, min(b, len(words))))


def glued(words: list[Word], a: int, b: int, least: int = 1) -> bool:
    """True when words[a:b] are separated by single spaces only (by nothing, with least=0)."""
    for k in range(a + 1, min(b, len(words))):
        if not least <= words[k].start - words[k - 1].end <= 1:
            return False
    return True


def spelled_in_name(words: list[Word], i: int, end: int) -> bool:
    """'xã Bình Ba', 'ông Tư Sáu': a capitalised number word right after a capitalised word, inside a sentence, ends
    a name (in a title written in capitals, 'Bắt Ba Đối Tượng', the word after it is capitalised too; after an
    abbreviation, 'Ảnh: C.T.V Bảy cô gái', a caption ran into the next sentence)."""
    before = words[i - 1].text if i > 0 else ""
    return words[i].text[0].isupper() and len(before) > 1 and before[0].isupper() and before[1:].islower() \
        and before.isalpha() and glued(words, i - 1, i + 1) \
        and (end >= len(words) or not words[end].text[0].isupper())


def per_one(words: list[Word], start: int, numeral: Numeral) -> bool:
    """'03 thành viên/1 tổ', 'giá trị sản phẩm/1ha': a 1 right after a noun and a slash is the denominator of a
    rate (per one), not a count (DECISIONS l_025); after 'vụ' it is the other half of a crime statistic
    ('khởi tố 1 vụ/1 bị can')."""
    return numeral.value == 1 and start >= 2 and words[start - 1].text == "/" and words[start - 2].low != "vụ" \
        and words[start - 2].text.isalpha() and glued(words, start - 2, start + 1, 0)


def _unit_word(word: Word) -> bool:
    """A word that can be part of a counted noun phrase: lower-case, or an acronym such as 'CLB'."""
    return word.text.isalpha() and (word.text.islower() or (len(word.text) > 1 and word.text.isupper()))


def _brand(word: Word) -> bool:
    """'iPad', 'iPhone': a lower-case initial then capitals names a product that can be counted."""
    return word.text.isalpha() and word.text[0].islower() and not word.text.islower()


def describes(words: list[Word], start: int, unit: Unit) -> bool:
    """'xe 16 chỗ', 'xe du lịch 7 chỗ ngồi', 'nhà 3 tầng': the number describes the holder noun; 'can nhựa 20 lít',
    'xe tải từ 1 đến 3,5 tấn': a size right after the thing it sizes."""
    n = unit.end - unit.first
    k = start
    if k >= 2 and words[k - 1].low in RANGE_WORDS and words[k - 2].text[0].isdigit():
        k -= 2  # the upper end of a range: 'xe tải từ 1 đến 3,5 tấn', 'xe từ 4 đến 16 chỗ'
        if k > 0 and words[k - 1].low == "từ":
            k -= 1
    if unit.kind == "measure" and match_phrase(words, unit.first, cue("size")) == n:
        if k > 1 and words[k - 1].low == "cỡ":
            k -= 1  # 'sà lan cỡ hàng trăm tấn': of a size of
        return bool(match_phrase(words, k, cue("size_holder"), backward=True)) and words[k - 1].text.islower()
    if not match_phrase(words, unit.first, cue("attribute")) and match_phrase(words, unit.first, cue("attribute_whole")) != n:
        return False  # "bài cào 3 cây", "bộ bài tây 52 lá" (all the unit), not "xe máy, 3 cây dao rựa"
    return any(k - b >= 0 and match_phrase(words, k - b + 1, cue("holder"), backward=True)
               for b in range(1, HOLDER_REACH + 1))


def names_members(words: list[Word], numeral: Numeral, unit: Unit) -> bool:
    """'3 lực lượng Biên phòng-Hải quan-Công an', '2 đơn vị Công an tỉnh A, B': as many names as the number
    follow the noun, so the number only introduces them."""
    if numeral.value is None or not 2 <= numeral.value <= 6:
        return False
    k, items = unit.end, 0
    for _ in range(int(numeral.value)):
        named = k
        if k >= len(words) or not (words[k].text[0].isupper() and words[k].text.isalpha()):
            return False
        k += 1  # a name opens with a capital; its next words may be lower case ('Biên phòng')
        while k < len(words) and k - named < 4 and words[k].text.isalpha() and words[k].low != "và":
            k += 1
        items += 1
        if items < numeral.value:
            if k >= len(words) or words[k].low not in ("-", "–", ",", "và"):
                return False
            k += 1
    return items == numeral.value and (k >= len(words) or not words[k].text[0].isupper())


def names_places(words: list[Word], numeral: Numeral, unit: Unit) -> bool:
    """'2 xã Châu Thôn và Tiền Phong', '2 ấp: Lộc Tiền và Thanh Ba', '2 xóm Sỳ và xóm Đồi Cả', '2 thôn Lủng
    Phặc, xã Cổ Linh, huyện Pác Nặm và thôn Khuổi Vạc': the number only introduces the places it names (the names
    may carry the units above them or repeat the place noun)."""
    places = cue("place_noun")
    if numeral.value is None or numeral.value > 10 or not match_phrase(words, unit.first, places):
        return False
    named = unit.first + match_phrase(words, unit.first, places)
    if named + 1 < len(words) and words[named].text == ":" and _capital(words[named + 1]):
        return True
    k = _names(words, named)
    if k == named:
        return False
    noun = tuple(w.low for w in words[unit.first:named])

    def another(j: int) -> bool:  # after 'và' or ',': the next name, with the same place noun or none
        if tuple(w.low for w in words[j:j + len(noun)]) == noun:
            j += len(noun)
        return j < len(words) and _capital(words[j])

    if k + 1 < len(words) and words[k].low in ("và", ",") and another(k + 1):
        return True
    for j in range(k, min(k + 16, len(words) - 1)):  # past the units above the place: ', xã Cổ Linh, huyện …'
        if words[j].low == "và":
            return another(j + 1)
        if not (words[j].text in ",()" or _capital(words[j]) or match_phrase(words, j, places)
                or j > 0 and match_phrase(words, j - 1, places) == 2):
            return False
    return False


def _capital(word: Word) -> bool:
    return word.text[0].isupper() and word.text[0].isalpha()


def _names(words: list[Word], k: int) -> int:
    """The index after the run of capitalised words (at most four) that starts at ``k``."""
    start = k
    while k < len(words) and k - start < 4 and words[k].text[0].isupper() and words[k].text.isalpha():
        k += 1
    return k


def points_back(words: list[Word], k: int) -> bool:
    """'này', 'đó', 'nói trên' right after the noun; 'trên' before a pause or a verb ('2 xe trên bị')."""
    n = match_phrase(words, k, cue("refer_back"))
    if not n:
        return False
    if words[k].low != "trên" or n > 1:
        return True
    nxt = k + 1
    if nxt >= len(words) or words[nxt].text in PAUSES:
        return True
    return bool(match_phrase(words, nxt, phrases("unit_stops.txt"))) and words[nxt].low not in PLACE_DETERMINERS \
        and " ".join(w.low for w in words[nxt:nxt + 2]) not in PLACE_DETERMINERS


def after_name(words: list[Word], start: int) -> bool:
    """'AirPods 4 bản thường', 'Tân Lập 1 cho biết': a number right after a name inside a sentence
    is part of the name, unless what follows is a known noun or unit."""
    if start < 2 or words[start - 1].start - words[start - 2].end > 1:
        return False
    before = words[start - 1]
    return before.text.isalpha() and not before.text.islower() and words[start - 2].text not in PAUSES \
        and not before.text.isupper()


def model_number(words: list[Word], start: int) -> bool:
    """'AirPods 4 bản thường', 'iPhone 15': after a product name the number is its model."""
    before = words[start - 1] if start > 0 else None
    return before is not None and before.end == words[start].start - 1 and before.text.isalpha() \
        and any(c.isupper() for c in before.text[1:]) and not before.text.isupper()


def year_like(word: Word, numeral: Numeral) -> bool:
    """'cuộc thi Robotics quốc tế 2013 diễn ra': a bare year counts only a known noun or unit."""
    return numeral.last == numeral.first + 1 and bool(YEAR_RE.fullmatch(word.text))


def one_counts(words: list[Word], start: int, unit: Unit) -> bool:
    """'thấp hơn một bậc', 'Một người tử vong tại chỗ', 'một người đã bị chết', 'Một cán bộ kiểm lâm hy sinh' (the
    fate right after the unit, past auxiliaries, or read into it), 'thu giữ 2 ô tô và một tivi': 'một' states a
    quantity, not 'a'."""
    return bool(match_phrase(words, start, cue("one_before"), backward=True)
                or any(match_phrase(words, k, cue("one_after")) for k in range(unit.first + 1, unit.end))
                or any(match_phrase(words, k, cue("one_after")) for k in _past_auxiliaries(words, unit.end))
                or _listed_one(words, start) or _part_one(words, start) or _one_before_count(words, start, unit.end))


_AUXILIARIES = frozenset({"đã", "bị", "cũng", "đều", "vừa"})  # between a subject and its verb: "một người đã bị chết"


def _past_auxiliaries(words: list[Word], k: int) -> list[int]:
    """Word k and the word after each auxiliary (_AUXILIARIES) that follows it, bounded like every look around a
    number: where a verb may start ('bị thương', 'đã | bị | chết')."""
    out = [k]
    while k < len(words) and words[k].low in _AUXILIARIES and len(out) < 4:
        k += 1
        out.append(k)
    return out


_LIST_LINKS = frozenset({",", "và"})
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?", "(", ")"})
_NOT_ITEMS = frozenset({"giờ", "phút", "tuổi", "h", "ngày", "đêm", "tuần", "tháng", "năm"})


def _listed_one(words: list[Word], i: int) -> bool:
    """'tạm giữ 2 ôtô, một dàn máy vi tính và một tivi': 'một' after a comma or 'và' that goes on a list whose
    earlier items, in the same clause, are counted in digits."""
    if i == 0 or words[i - 1].low not in _LIST_LINKS:
        return False
    for k in range(i - 2, max(-1, i - 14), -1):
        if words[k].text in _CLAUSE_ENDS:
            return False
        if words[k].text[0].isdigit():
            # a count: a number then its lower-case noun ('2 ôtô'), not a day ('2/2'), an hour or an age
            return _count_item(words, k, i - 1)
        if words[k].low in _COUNT_WORDS:  # 'hai thùng', not a name or idiom ('ngã ba')
            return _count_item(words, k, i - 1) and label_before(words, k) is None
        if words[k].low == "một":
            return one_may_count(words, k)  # 'một quần jeans, một áo thun và một đôi dép': an earlier item counts
    return False


def _listed_noun(ws: Words, numeral: Numeral) -> bool:
    """'16 xe môtô các loại và một tivi', '5 chiếc cà vạt và một cặp da': the lower-case word after a "một" that goes
    on a list of counts is counted like the digits' items, unless it makes a quantifier or idiom ('và một số tang
    vật', 'một mình') or the digits before measure a size or follow a name ('ti vi LG 21 inches và một tivi': no
    list of counts)."""
    words, i, j = ws.words, numeral.first, numeral.last
    if words[i].low != "một" or j != i + 1 or not words[j].text.islower() or match_phrase(words, j, cue("one_idiom")) \
            or not _listed_one(words, i):
        return False
    k = next((k for k in range(i - 2, max(-1, i - 14), -1) if words[k].text[0].isdigit()), None)
    return k is None or _measure_at(words, ws.doc.text, k + 1) is None \
        and not (words[k - 1].text.isalpha() and not words[k - 1].text.islower())  # 'ti vi LG 21 inches': a model


# number words that count on their own before a noun ('hai thùng', 'ba trang'), "một" apart
_COUNT_WORDS = frozenset({"hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười"})


def _count_item(words: list[Word], k: int, end: int) -> bool:
    """The number at word k, before word end, counts the lower-case noun after it, not an hour or an age."""
    return k + 1 < end and words[k + 1].text[0].islower() and words[k + 1].text[0].isalpha() \
        and words[k + 1].low not in _NOT_ITEMS


def _one_before_count(words: list[Word], i: int, end: int | None = None) -> bool:
    """'tạm giữ một ô tô, 15 xe mô tô và 19 người', 'một vợ và 5 đứa con': 'một' opens a list whose next item,
    right after its noun (at word end when known), is counted in digits; after a comma, the list must go on past
    that item ('một tờ báo, 4.000 ý kiến tham gia' is no list)."""
    for k in range(i + 2, min(len(words) - 2, i + 8) if end is None else min(len(words) - 2, end + 1)):
        if words[k].text in _CLAUSE_ENDS or words[k].text[0].isdigit():
            return False
        if words[k].low in _LIST_LINKS and (end is None or k == end):
            return words[k + 1].text[0].isdigit() and _count_item(words, k + 1, len(words)) and (
                words[k].low == "và" or any(w.low in _LIST_LINKS for w in words[k + 3:k + 6]))
    return False


_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})


def _part_one(words: list[Word], i: int) -> bool:
    """'phát hiện 36 đối tượng vi phạm, trong đó có một đối tượng mang vũ khí', '5 người (trong đó có một cháu nhỏ)':
    'một' after 'trong đó (có)' is one of a total the sentence counted in digits before it."""
    k = i - 1 if i > 0 and words[i - 1].text == "," else i
    n = match_phrase(words, k, cue("one_part"), backward=True)
    if not n:
        return False
    for j in range(k - n - 1, max(-1, k - n - 20), -1):
        if words[j].text in _SENTENCE_ENDS:
            return False
        if words[j].text[0].isdigit():
            return j + 1 < len(words) and words[j + 1].text[0].islower() and words[j + 1].text[0].isalpha() \
                and words[j + 1].low not in _NOT_ITEMS
    return False


def counted_by_pos(ws: Words, numeral: Numeral) -> bool:
    """'hai đoàn kiểm tra', 'tám phương án': underthesea tags the number M and the next word a noun.

    Asked only for a number word before a noun missing from counted_nouns.txt, once per number
    word and noun in a text, and never for a "sentence" too long to be one.
    """
    words = ws.words
    j = numeral.last
    if not words[j].text.islower():
        return False
    key = (words[numeral.first].low, words[j].low)
    if key not in ws.pos:
        ws.pos[key] = _tagged_noun(ws, numeral)
    return ws.pos[key]


def _tagged_noun(ws: Words, numeral: Numeral) -> bool:
    doc, words, j = ws.doc, ws.words, numeral.last
    index = ws.sentence(j)
    sentence = doc.sentences[index]
    if sentence.end - sentence.start > MAX_POS_SENTENCE:
        return False
    tokens = doc.tokens(index)
    starts = ws.token_starts.setdefault(index, [t.start for t in tokens])
    k = bisect_left(starts, words[j].start)
    if k == 0 or k >= len(tokens) or tokens[k].start != words[j].start:
        return False
    number, noun = tokens[k - 1], tokens[k]
    # the whole of a spelled number is one M token; digits and their scale word ('20 triệu') may be two
    whole = number.start == words[numeral.first].start or not numeral.spelled
    return number.tag == "M" and whole and noun.tag in NOUN_TAGS
