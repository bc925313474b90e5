"""What a whole article says about place and time, worked out once and indexed for its figures.

The figure facts (``extract.facts``, ``extract.periods``) ask, for each figure, for the place
named last before it in its sentence, the nearest dated sentence of its paragraph, the article's
head, and so on. Asked naively each question scans the article, which makes a text with many
figures quadratic; here every answer is a dictionary look-up or a bisect into per-sentence lists
built in one pass.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any, TypeVar

from extract.date_cues import COMPARED_RE
from extract.dates import BIRTH_BRACKET_END_RE, DIGEST_RE, NAME_PAREN_RE
from extract.document import UPPER, Prepared
from extract.lexicon import AFTER_NON_LETTER, labelled, phrase_pattern
from extract.places import PlaceMention, gazetteer
from extract.types import DateMention, ModelMention

__all__ = ["ArticleContext", "build_context", "to_norm", "cue_res", "clause_start", "DatePoint", "UNIT_LEVELS"]

T = TypeVar("T")
_MISSING = object()  # ArticleContext.memo's marker of a value not worked out yet

UNIT_LEVELS = ("province", "district", "commune")  # the levels a place fact names, from the top
_L = r"[^\W\d_]"
WORD_RE = re.compile(rf"[^\s_](?:(?<={_L}){_L}*(?:['’]{_L}+)*|(?<=\d)\d*(?:[.,]\d+)*|(?<=[^\w\s]))")  # as indicator_tagger's
CLAUSE_BREAK = frozenset(",;:()“”\"–—-…!?./")
CLAUSE_WINDOW = 200  # characters a clause is looked for before a figure
# A paragraph that goes on from the one before ("Cạnh đó, ..."): its figures keep that paragraph's period and place
CONTINUES_RE = re.compile(r"(?:Bên\s+cạnh\s+đó|Cạnh\s+đó|Ngoài\s+ra|Đồng\s+thời|Cùng\s+với\s+đó|Bên\s+cạnh)"
                          r"(?![^\W\d_])")
# A paragraph that goes on with the event the one before dated ("Kết quả, ...", "Tang vật thu giữ gồm ...", "Qua kiểm
# tra, ...", "Qua khám xét, ...", "Tại thời điểm kiểm tra, ...", "Lúc này, ..."): its figures keep that paragraph's period, though the
# places it names may be new ones.
TIME_CONTINUES_RE = re.compile(r"(?:Kết\s+quả|Tang\s+vật|Qua\s+kiểm\s+tra|Tại\s+thời\s+điểm|Tại\s+đây"
                               r"|Tại\s+hiện\s+trường|Lúc\s+(?:đó|này|ấy)|Khi\s+(?:đó|ấy)|Cụ\s+thể|Trong\s+đó"
                               r"|Tổng\s+cộng|Qua\s+khám\s+xét|Ngay\s+sau\s+đó)(?![^\W\d_])")
_BIRTH_CUE = r"(?:\bSN|(?<!học )(?<!thí )\bsinh|năm sinh|ngày sinh|s\.n\.)\s*:?\s*"  # "SN", "sinh năm", "ngày sinh:"
BIRTH_RE = re.compile(_BIRTH_CUE + r"(?:năm\s+)?\d{4}", re.I)
BIRTH_DAY_RE = re.compile(_BIRTH_CUE + r"(?:ngày\s+)?$", re.I)
PLAN_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:so\s+với|đạt|bằng|vượt)(?:\s+[\d.,]+\s*%)?(?:\s+(?i:so\s+với))?"
                            r"\s+(?i:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?:\s+(?i:năm|tháng|quý))?\s*$")
# the baseline named further into a comparison's clause ('so với chín ngày tết Nguyên đán Nhâm Thìn 2012')
COMPARED_CLAUSE_RE = re.compile(r"(?<![^\W\d_])(?i:so\s+với|so\s+sánh(?:\s+với)?)(?![^\W\d_])(?:(?!\.\s)[^,;:!?()\n]){0,60}$")
YEAR_OPENER_RE = re.compile(r"(?i:trong|từ|đến|cuối|đầu|giữa|hết)\s+(?:năm\s+)?$")
DOCUMENT_NUMBER_RE = re.compile(r"(?:số|[A-ZĐ]{2,})[\s:]*\S*\d\S*\s*$|/[A-ZĐ][\w-]*\s*$")
# ('Cập nhật, 13:47, Thứ Năm, 12/01/2017 (GMT+7)': a page's update line is a dateline too)
DATELINE_RE = re.compile(r"(?:(?:Cập nhật|Đăng|Ngày đăng|Thời gian)\s*:?\s*,?\s*(?:\d{1,2}[:h]\d{2}\s*,?\s*)?)?"
                         r"(?:(?:Thứ\s+\w+|Chủ nhật|CN)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
                         r"(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|GMT\+7))?)?\s*(?:\(GMT\+7\))?\s*", re.I)
# Places that do not say where a figure counts: a national body named as an object ("chỉ đạo của
# Bộ Công an"), places given as examples ("điển hình như các tỉnh A, B"). Where a person lives
# ("trú tại ...") counts only when nothing else is named.
SKIP_ROLES = frozenset({"object", "example"})
HEAD_LIMIT = 8  # sentences of the head at most
# 'tại xã X', 'trên địa bàn huyện Y', 'tại khu vực bản Z', 'quốc lộ 1A đoạn qua xã X': where something happened
LOCATIVE_RE = re.compile(r"[tTởỞđĐxX]" + AFTER_NON_LETTER + r"(?i:(?<=[tT])(?:ại|rên địa bàn|huộc)|(?<=[ởỞ])"
                         r"|(?<=[đĐ])(?:ịa bàn|oạn qua|oạn thuộc)|(?<=[xX])ảy ra tại)\s+"
                         r"(?:các\s+)?(?:(?i:khu vực|khu vực thuộc|địa phận)\s+)?$")
LOCATIVE_REACH = 32  # characters before a place its locative words are read in
ADDRESS_REACH = 80  # characters before a place a locative word and the address steps after it are read in


@cache
def address_locative_re() -> re.Pattern[str]:
    """'đoạn thuộc ấp 8A, xã An Trường', 'tại khóm 6 (phường Tân Thành', 'tại số 61 Thắng Nhì, phường Vũng Tàu', 'tại
    Km12+300 quốc lộ 6, xã X', 'tại đoạn đường tránh Km5+200, phường Y': a locative word (and 'đoạn', 'địa phận'),
    then the first steps of an address (a village, address or road-point word, data/place_words.tsv, and what names it:
    a number, glued or not, or a name), then the unit; the unit is where something happened, as after 'tại' alone."""
    steps = phrase_pattern([*labelled("place_words.tsv")["village"], *labelled("place_words.tsv")["address"]],
                           first="any")
    name = rf"(?:\d[\w/+]*|[{UPPER}][^\W\d_]*)"  # what names a step: '8A', '12/3', '12+300', 'Thắng Nhì'
    return re.compile(r"(?<![^\W\d_])(?i:tại|thuộc|xảy ra tại|đoạn qua|đoạn thuộc)\s+(?i:đoạn\s+)?"
                      rf"(?:(?<![^\W\d_]){steps}(?:[ ]+{name}|(?<=[kK]m){name})(?:[ ]*[-–]?[ ]*{name}){{0,4}}"
                      r"(?:[ ]*[,(][ ]*|[ ]+)){1,3}$")
HEAD_PLACES = 40  # places of the head read at most
CREDIT_RE = re.compile(r"\(?(?:Ảnh(?:\s+minh\s+\S+)?|Nguồn ảnh)\s*[:(]")  # a photo credit after a caption


@dataclass(frozen=True, slots=True)
class DatePoint:
    """A resolved date of the text (normalised offsets) and its sentence."""

    start: int
    end: int
    value: str
    precision: str
    sentence: int


@cache
def _fact_words() -> dict[str, tuple[str, ...]]:
    return labelled("fact_words.tsv")


@cache
def cue_res() -> dict[str, re.Pattern[str]]:
    """One pattern per kind of data/fact_words.tsv (stock, flow, verb, award, as_of, document ...)."""
    return {kind: re.compile(phrase_pattern(phrases, first="any", word_start=True) + rf"(?!{_L})")
            for kind, phrases in _fact_words().items()}


@cache
def document_re() -> re.Pattern[str]:
    """The document cues of data/fact_words.tsv, a capitalised one matching only as written: 'Luật', 'Kế hoạch'
    name a document, 'pháp luật', 'theo kế hoạch' the law or a plan in general ('tiếp cận pháp luật, chiều ngày
    4/6/2024, ...' dates an event)."""
    phrases = _fact_words()["document"]
    lower = [p for p in phrases if not p[:1].isupper()]
    upper = [p for p in phrases if p[:1].isupper()]
    return re.compile("(?:" + phrase_pattern(lower, first="any", word_start=True) + "|"
                      + phrase_pattern(upper, first="exact", word_start=True) + rf")(?!{_L})")


def clause_start(text: str, lo: int, pos: int, numbers: bool = True) -> int:
    """Start of the clause that ends at ``pos`` (after the last clause break, or number), at most a window back."""
    floor = max(lo, pos - CLAUSE_WINDOW)
    for m in reversed(list(WORD_RE.finditer(text, floor, pos))):
        if m.group() in CLAUSE_BREAK or (numbers and m.group()[0].isdigit()):
            return m.end()
    return floor


@dataclass
class ArticleContext:
    """The article's places, dates and models with their indexes, and what its head says."""

    doc: Prepared
    places: list[PlaceMention]
    dates: list[DatePoint]
    models: list[tuple[int, int, str]]
    reference: date | None
    default_ids: tuple[str, ...]
    sentence_paragraph: list[int] = field(init=False)
    afresh: list[bool] = field(init=False)
    afresh_time: list[bool] = field(init=False)
    head_sentences: set[int] = field(init=False)
    main: dict[str, str] = field(init=False)
    digest: bool = field(init=False)

    def __post_init__(self) -> None:
        text = self.doc.text
        self.sentence_paragraph, para, prev_end = [], 0, 0
        for sent in self.doc.sentences:
            if self.sentence_paragraph and "\n" in text[prev_end:sent.start]:
                para += 1
            self.sentence_paragraph.append(para)
            prev_end = sent.end
        # where a new paragraph starts afresh: not one that goes on from the last ("Cạnh đó, ...")
        self.afresh = [s > 0 and para != self.sentence_paragraph[s - 1]
                       and not CONTINUES_RE.match(self.doc.sentences[s].text)
                       for s, para in enumerate(self.sentence_paragraph)]
        # where a new paragraph starts afresh in time: not one that goes on with the last one's event
        self.afresh_time = [fresh and not TIME_CONTINUES_RE.match(self.doc.sentences[s].text)
                            for s, fresh in enumerate(self.afresh)]
        # a digest of separate short stories ('Tin vắn ngày 14/10' in its title, dates.DIGEST_RE): each places its figures
        title_end = text.find("\n")
        self.digest = DIGEST_RE.search(text, 0, title_end if title_end >= 0 else len(text)) is not None
        self.head_sentences = self._head()
        self.place_sentence = [self.doc.sentence_at(p.start) for p in self.places]
        self.place_starts = [p.start for p in self.places]
        self._index_places()
        self._index_dates()
        self._model_index: dict[int, list[tuple[int, str]]] = {}
        for s, _, key in self.models:
            self._model_index.setdefault(self.doc.sentence_at(s), []).append((s, key))
        self._cache: dict[object, Any] = {}
        head = [p for p, s in zip(self.places, self.place_sentence, strict=True) if s in self.head_sentences]
        self.main = self._main_units(head)

    # -- places ------------------------------------------------------------------------------------

    def _foreign_counts(self, i: int) -> bool:
        """A foreign country places figures only where the text puts something there ('tại Hàn Quốc') or the
        head is about it; compared with ('so với Singapore'), an opponent ('U23 Myanmar'), a possessor ('của
        Mỹ') or a partner ('Việt Nam - Ấn Độ') it says nothing of where a Vietnamese figure counts."""
        return self.places[i].level != "foreign" or self.place_sentence[i] in self.head_sentences \
            or self.locative(i)

    def _index_places(self) -> None:
        self.usable = [i for i, p in enumerate(self.places) if p.role not in SKIP_ROLES and self._foreign_counts(i)]
        self.in_sentence: dict[int, list[int]] = {}
        for i in self.usable:
            self.in_sentence.setdefault(self.place_sentence[i], []).append(i)
        # for each sentence, the place of its paragraph named last before it (a non-residence one when any)
        self.paragraph_before: list[int | None] = []
        last_own: int | None = None
        last_any: int | None = None
        for s in range(len(self.sentence_paragraph)):
            if self.afresh[s]:
                last_own = last_any = None
            self.paragraph_before.append(last_own if last_own is not None else last_any)
            for i in self.in_sentence.get(s, ()):
                last_any = i
                if self.places[i].role != "residence":
                    last_own = i

    def places_around(self, sentence: int, start: int, end: int) -> tuple[list[int], list[int]]:
        """Usable places of the sentence before a figure at [start, end) (the nearest last) and after it."""
        found = self.in_sentence.get(sentence)
        if not found:
            return [], []
        starts = self.memo(("starts", sentence), lambda: [self.places[i].start for i in found])
        k, m = bisect_left(starts, start), bisect_left(starts, end)
        before = [i for i in found[max(0, k - 20):k] if self.places[i].end <= start]
        return before, found[m:m + 20]

    def locative(self, i: int) -> bool:
        """Whether place ``i`` is introduced as where something happened: 'tại xã X', 'trên địa bàn huyện Y'."""
        p = self.places[i]
        return p.role not in ("residence", "list") and (
            LOCATIVE_RE.search(self.doc.text, max(0, p.start - LOCATIVE_REACH), p.start) is not None
            or address_locative_re().search(self.doc.text, max(0, p.start - ADDRESS_REACH), p.start) is not None)

    def scene_before(self, pos: int) -> int | None:
        """The last usable place before ``pos`` introduced as where something happened."""
        scenes = self.memo("scenes", lambda: [i for i in self.usable if self.locative(i)])
        starts = self.memo("scene_starts", lambda: [self.places[i].start for i in scenes])
        k = bisect_left(starts, pos)
        return scenes[k - 1] if k else None

    def neighbours(self, i: int, window: int) -> list[int]:
        """Indexes of the places that start within ``window`` characters of place ``i``'s end, or end
        within ``window`` after its start (a place name is short: the bisect bounds are generous)."""
        p = self.places[i]
        lo = bisect_left(self.place_starts, p.start - window - 100)
        hi = bisect_right(self.place_starts, p.end + window)
        return [j for j in range(lo, hi) if j != i and (
            -window <= self.places[j].start - p.end <= window or -window <= p.start - self.places[j].end <= 0)]

    # -- dates -------------------------------------------------------------------------------------

    def _index_dates(self) -> None:
        text = self.doc.text
        self.by_sentence: dict[int, list[DatePoint]] = {}
        for d in self.dates:
            if not document_date(text, d) and not birth_year(text, d) and not compared(text, d) \
                    and not holiday_bound(text, d):
                self.by_sentence.setdefault(d.sentence, []).append(d)
        self._date_ends = {s: [d.end for d in ds] for s, ds in self.by_sentence.items()}
        self._date_starts = {s: [d.start for d in ds] for s, ds in self.by_sentence.items()}

    def sentence_dates(self, sentence: int) -> list[DatePoint]:
        """The sentence's dates that can date a figure (not a document's date, not a birth year)."""
        return self.by_sentence.get(sentence, [])

    def dates_before(self, sentence: int, pos: int, last: int = 4) -> list[DatePoint]:
        """The sentence's last few usable dates that end before ``pos``, in text order."""
        ends = self._date_ends.get(sentence)
        if not ends:
            return []
        k = bisect_right(ends, pos)
        return self.by_sentence[sentence][max(0, k - last):k]

    def date_after(self, sentence: int, pos: int) -> DatePoint | None:
        """The sentence's first usable date that starts at or after ``pos``."""
        starts = self._date_starts.get(sentence)
        k = bisect_left(starts, pos) if starts else 0
        return self.by_sentence[sentence][k] if starts and k < len(starts) else None

    def carried(self, d: DatePoint) -> bool:
        """Whether a date of another sentence may date a figure: a day, month or span, or a year that opens
        its clause ('Năm 2022, ...'); a year inside a name or aside ('ARDEX 2013', 'Asian Cup 2015') does not."""
        if d.precision != "year":
            return True
        text = self.doc.text
        return clause_start(text, self.doc.sentences[d.sentence].start, d.start, numbers=False) >= d.start - 8 \
            or YEAR_OPENER_RE.search(text, max(0, d.start - 12), d.start) is not None

    # -- models, head, the article's own units ---------------------------------------------------------

    def model_before(self, sentence: int, pos: int) -> str | None:
        """The key of the model named last before ``pos`` in the sentence."""
        found = self._model_index.get(sentence)
        if not found:
            return None
        k = bisect_left(found, (pos, ""))
        return found[k - 1][1] if k else None

    def main_name(self, level: str) -> str | None:
        """The name of the article's own unit at ``level`` when its id is unknown: the one name its mentions of that
        level give ('huyện Bảo Lâm', a name two provinces share), from the head, else from the whole text."""
        def compute() -> str | None:
            for pool in (self.head_sentences, None):
                names = {p.name for p, s in zip(self.places, self.place_sentence, strict=True)
                         if p.level == level and p.name and p.role != "residence" and (pool is None or s in pool)}
                if names:
                    return names.pop() if len(names) == 1 else None
            return None
        return self.memo(("main_name", level), compute)

    def clause_of(self, sentence: int, pos: int) -> int:
        """clause_start of ``pos`` in its sentence, worked out once (a figure's period rules and its attributes
        both ask)."""
        return self.memo(("clause", sentence, pos),
                         lambda: clause_start(self.doc.text, self.doc.sentences[sentence].start, pos))

    def memo(self, key: object, compute: Callable[[], T]) -> T:
        """A per-article value computed once (the head's period, the head's place...)."""
        value = self._cache.get(key, _MISSING)  # one look-up for a value already worked out (most calls)
        if value is _MISSING:
            value = self._cache[key] = compute()
        return value

    def dateline(self, sentence: int) -> bool:
        """A sentence that is only a date and time ('09/06/2023 16:30', 'Thứ Ba, 14/03/2017'): the dateline."""
        return DATELINE_RE.fullmatch(self.doc.sentences[sentence].text) is not None

    def _head(self) -> set[int]:
        """Sentences of the title, dateline and lead: the short lines up to and including the first body sentence.
        A photo's caption ('... tại cảng Cát Lái (TP HCM). Ảnh: Lê Thu.') says where the photo was taken, not
        where the article is: it is left out."""
        out: set[int] = set()
        sentences = self.doc.sentences[:HEAD_LIMIT + 1]
        credit = [CREDIT_RE.match(sent.text) is not None for sent in sentences]
        for i, sent in enumerate(sentences[:HEAD_LIMIT]):
            captioned = i + 1 < len(sentences) and credit[i + 1] \
                and "\n" not in self.doc.text[sent.end:sentences[i + 1].start]
            if not (credit[i] or captioned):
                out.add(i)
            if len(sent.text) > 120 and sent.text.rstrip()[-1:] in ".!?…" and not captioned:
                break
        return out

    def _main_units(self, head: list[PlaceMention]) -> dict[str, str]:
        """The article's own province/district/commune ids: named in the head, else most named, else default."""
        gaz = gazetteer()
        out: dict[str, str] = {}
        for pool in (head, self.places):
            for level in UNIT_LEVELS:
                if level in out:
                    continue
                ids: Counter[str] = Counter()
                for p in pool:
                    if p.role == "residence":
                        continue
                    if level == "province" and p.province_id:
                        ids[p.province_id] += 1
                    elif level == "district" and p.district_id:
                        ids[p.district_id] += 1
                    elif level == "commune" and p.level == "commune" and p.place_id:
                        ids[p.place_id] += 1
                if ids:
                    top = ids.most_common(2)
                    if len(top) == 1 or top[0][1] > top[1][1]:
                        out[level] = top[0][0]
        for pid in self.default_ids:
            unit = gaz.units[pid]
            out.setdefault("province", unit.province_id)
            if unit.level == "district":
                out.setdefault("district", unit.place_id)
        return out


def birth_year(text: str, d: DatePoint) -> bool:
    """'(SN 1990)', 'sinh năm 1988': a person's birth year dates no figure, nor does a birthday ('sinh ngày 5/8/1971',
    'SN 12/3/1990')."""
    if d.precision == "day":
        return BIRTH_DAY_RE.search(text, max(0, d.start - 16), d.start) is not None
    return d.precision == "year" and (BIRTH_RE.search(text, max(0, d.start - 12), d.end) is not None or (
        BIRTH_BRACKET_END_RE.match(text, d.end) is not None and NAME_PAREN_RE.search(text, max(0, d.start - 60), d.start) is not None))


def compared(text: str, d: DatePoint) -> bool:
    """'so với năm 2019', 'So sánh với 5 ngày nghỉ Tết Nguyên đán 2018, ...': the baseline of a comparison dates no
    figure, nor does the plan a figure is measured against ('đạt 83,76% so với kế hoạch năm 2024')."""
    return COMPARED_RE.search(text, max(0, d.start - 30), d.start) is not None \
        or COMPARED_CLAUSE_RE.search(text, max(0, d.start - 70), d.start) is not None \
        or PLAN_BEFORE_RE.search(text, max(0, d.start - 50), d.start) is not None


# "Sáng 3-1, sau ngày Tết Dương lịch, ... khoảng 6-7 người": a holiday after or before which something happens
HOLIDAY_BOUND_RE = re.compile(r"(?<![^\W\d_])(?i:sau|trước)\s+(?:(?i:ngày|dịp|kỳ\s+nghỉ)\s+)?(?=(?i:tết)(?![^\W\d_]))")


def holiday_bound(text: str, d: DatePoint) -> bool:
    """'sau ngày Tết Dương lịch', 'trước Tết Nguyên đán': a holiday named as the bound of a time, not its day."""
    return HOLIDAY_BOUND_RE.search(text, max(0, d.start - 20), d.start + 3) is not None


def document_date(text: str, d: DatePoint) -> bool:
    """'Quyết định số 09/QĐ-UBND ngày 1/8/2013': the date of a document, not of a figure."""
    if d.precision != "day":
        return False
    lo = max(0, d.start - 50)
    return DOCUMENT_NUMBER_RE.search(text, lo, d.start) is not None or \
        document_re().search(text, max(lo, d.start - 25), d.start) is not None


def to_norm(doc: Prepared, start: int, end: int) -> tuple[int, int]:
    """Normalised offsets of a span given in source offsets."""
    offsets = doc.norm.offsets
    if offsets is None:
        return start, end
    return bisect_left(offsets, start), bisect_left(offsets, end)


def build_context(doc: Prepared, places: Sequence[PlaceMention], dates: Sequence[DateMention],
                  models: Sequence[ModelMention], reference: date | None, default_ids: tuple[str, ...]) -> ArticleContext:
    """The article context from the extractors' results (source offsets converted to normalised)."""
    norm_dates = []
    for d in dates:
        if d.value:
            s, e = to_norm(doc, d.start, d.end)
            norm_dates.append(DatePoint(s, e, d.value, d.precision, doc.sentence_at(s)))
    norm_models = [(*to_norm(doc, m.start, m.end), m.key) for m in models]
    norm_places = [p if (s, e) == (p.start, p.end) else replace(p, start=s, end=e)
                   for p in places for s, e in (to_norm(doc, p.start, p.end),)]
    return ArticleContext(doc, norm_places, norm_dates, norm_models, reference, default_ids)
