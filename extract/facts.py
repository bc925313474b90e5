"""What, where and when each figure counts: its indicator, place and period.

A figure on its own ("1.411 đối tượng") says little; the article says the rest.
Each fact is read from the closest text that states it, in the order Vietnamese
reports state things: the figure's sentence, then its paragraph, then the
article's head (title, dateline, lead), then the organisation acting in the
article ("Công an huyện Đắk Song"), then what the caller knows of the article
(the outlet's province, the publication date).  Every fact says which of these
it came from (``source``), so a researcher can filter on confidence.

* indicator: the figure's unit plus what its clause says about it (the action
  before it, the qualifier after it): ``đối tượng ra đầu thú``, ``heroin thu
  giữ``; mapped to a key of the taxonomy ``data/indicators.tsv``.
* place: a scope (national, province, district, commune, foreign, unknown) and
  the names at each level, from ``extract.places``.
* period: ``during`` a span for flows (arrests, seizures, campaigns), ``as_of`` a
  moment for stocks ("hiện có", "đang quản lý"), from the dates of the text
  (``extract.dates``) and the cue words of ``data/fact_words.tsv``.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from extract.document import Prepared
from extract.indicator_tagger import tag_indicator
from extract.lexicon import labelled, phrase_pattern, read_entries
from extract.normalize import fold, normalize_tone
from extract.places import PlaceMention, gazetteer, place_key
from extract.types import DateMention, Figure, ModelMention, PeriodFact, PlaceFact

__all__ = ["ArticleContext", "figure_facts", "indicator_key", "taxonomy"]

_L = r"[^\W\d_]"
WORD_RE = re.compile(rf"{_L}+(?:['’]{_L}+)*|\d+(?:[.,]\d+)*|[^\w\s]")
CLAUSE_BREAK = frozenset(",;:()“”\"–—-…!?./")
HARD_BREAK = frozenset(";:()“”\"!?.")
SPAN_RE = re.compile(rf"(?<!{_L})(?:(?:qua|sau|trong)\s+(?P<n1>\d+|{_L}+)\s+năm|(?P<n2>\d+|{_L}+)\s+năm\s+qua)(?!{_L})",
                     re.I)
# A stock stated for the whole sentence: "Hiện nay, toàn tỉnh có ...", "Đến nay, ...".
SENTENCE_STOCK_RE = re.compile(r"(?:Hiện|Hiện nay|Hiện tại|Đến nay|Tính đến nay|Đến thời điểm này)(?!" + _L + ")",
                               re.I)
# "... 135 tập thể ... được khen thưởng tại Hội nghị": an award stated after the figure.
AWARDED_AFTER_RE = re.compile(r"(?<!" + _L + r")được\s+(?:tặng|trao|trao tặng|khen thưởng|biểu dương|tuyên dương|vinh danh)"
                              r"(?!" + _L + ")")
SINCE_BEFORE_RE = re.compile(r"(?i:từ|kể từ)\s+(?:ngày\s+|tháng\s+|năm\s+)?$")
SINCE_AFTER_RE = re.compile(r"\s*(?:đến|tới)\s+(?:nay|hiện nay|thời điểm này)(?!" + _L + ")", re.I)
# Places that do not say where a figure counts: where a person lives, a national body named as an
# object ("chỉ đạo của Bộ Công an"), places given as examples ("điển hình như các tỉnh A, B").
SKIP_ROLES = frozenset({"object", "example"})
# Places this close to each other name one place: "huyện Lý Nhân, tỉnh Hà Nam", "TP.Cà Mau (Cà Mau)".
CHAIN_WINDOW = 60
# Whether a head place is refined by a place inside it anywhere in the head (crime news name the
# commune of the incident after the district's police), or only by one next to it.
HEAD_REFINES = True
# Between two figures of one list ("306 hội viên, trong đó có 6 hội viên", "2.182 tổ ... với 28.229 tổ chức"):
# the second shares the first's period.
LIST_GAP_RE = re.compile(r"[\s,;:()=]*(?:(?:trong đó|trong số đó|bao gồm|gồm|có|và|với|cùng|hoặc|là)[\s,;:()]*)*",
                         re.I)
TOTAL_FIRST_RE = re.compile(r"(?i:tổng số|số lượng|tổng cộng|số)\s")  # "tổng số người tái phạm ... 458"
BIRTH_RE = re.compile(r"(?:\bSN|sinh năm|năm sinh|s\.n\.)\s*:?\s*(?:năm\s+)?\d{4}", re.I)
YEAR_OPENER_RE = re.compile(r"(?i:trong|từ|đến|cuối|đầu|giữa|hết)\s+(?:năm\s+)?$")
# A legal norm (a fine level, a threshold): stated as of the article, not as something that happened.
NORM_RE = re.compile(r"^(?:Nếu|Trường hợp|Với người|Theo quy định|Mức phạt)(?!" + _L + r")|thì (?:sẽ )?bị phạt"
                     r"|mức phạt", re.I)
# Units of properties (a distance, an area, a capacity): a measure in them is a stock when nothing says otherwise;
# temperatures, rainfall and weights are observations or flows.
PROPERTY_UNITS = frozenset({"km", "m", "cm", "m2", "km2", "ha", "MW", "kW", "MWp", "m3"})
# A stock cue counts only this close before the figure ("đang quản lý 1.411", not "đang bán ... 2 người").
STOCK_WINDOW = 30
MAX_LEFT_WORDS = 4
MAX_RIGHT_WORDS = 7
HEAD_SENTENCES = 2
DATELINE_RE = re.compile(r"(?:(?:Thứ\s+\w+|Chủ nhật|CN)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
                         r"(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM|GMT\+7))?)?\s*", re.I)
TYPE_WORD_RE = re.compile(r"(?i:tỉnh|thành phố|thủ đô|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+|"
                          r"(?:TP|Tp|TX|TT)\.?\s*|[HQP]\.\s*")


@dataclass(frozen=True, slots=True)
class _Date:
    start: int
    end: int
    value: str
    precision: str
    sentence: int


@dataclass(frozen=True, slots=True)
class _Row:
    key: str
    period: str
    phrase: tuple[str, ...]
    cues: tuple[tuple[str, ...], ...]
    label: str
    generic: bool


@cache
def _fact_words() -> dict[str, tuple[str, ...]]:
    return labelled("fact_words.tsv")


@cache
def _cue_res() -> dict[str, re.Pattern[str]]:
    out = {}
    for kind, phrases in _fact_words().items():
        out[kind] = re.compile(rf"(?<!{_L})" + phrase_pattern(phrases, first="any") + rf"(?!{_L})")
    return out


@cache
def taxonomy() -> tuple[_Row, ...]:
    """Rows of data/indicators.tsv, phrases and cues folded into word tuples."""
    rows, labels, generic = [], {}, {}
    for phrase, rest in read_entries("indicators.tsv"):
        key = phrase  # the first column is the key; read_entries splits at the first tab
        cells = (rest or "").split("\t")
        period, head = cells[0].strip(), cells[1].strip()
        cues = tuple(tuple(_words_of(c)) for c in (cells[2].split("|") if len(cells) > 2 and cells[2] else []))
        label = cells[3].strip() if len(cells) > 3 and cells[3].strip() else labels.get(key, head)
        labels.setdefault(key, label)
        generic.setdefault(key, len(cells) > 4 and cells[4].strip() == "generic")
        rows.append(_Row(key, period, tuple(_words_of(head)), cues, labels[key], generic[key]))
    return tuple(rows)


def _find(words: Sequence[str], phrase: Sequence[str]) -> int:
    """Index of the first occurrence of ``phrase`` in ``words``, or -1."""
    n = len(phrase)
    return next((i for i in range(len(words) - n + 1) if tuple(words[i:i + n]) == tuple(phrase)), -1)


def indicator_key(phrase: str, unit: str = "") -> tuple[str, bool, str | None]:
    """(key, mapped, period) of an indicator phrase: the taxonomy key, or the folded unit when unmapped.

    The row matched earliest in the phrase wins (the phrase starts with what is counted), then a row
    whose cue the phrase holds, then the longest.
    """
    words = _words_of(phrase)
    best: tuple[tuple[int, int, int], _Row] | None = None
    for row in taxonomy():
        at = _find(words, row.phrase)
        if at < 0:
            continue
        cued = any(_find(words, c) >= 0 for c in row.cues)
        if row.cues and not cued:
            continue
        rank = (-at, int(cued), len(row.phrase))
        if best is None or rank > best[0]:
            best = (rank, row)
    if best is not None:
        return best[1].key, True, best[1].period
    return "_".join(fold(unit).split() or fold(phrase).split()) or "unknown", False, None


def _words_of(text: str) -> list[str]:
    """Lower-case words in one tone style, accents kept ('vũ' is not 'vụ')."""
    return normalize_tone(unicodedata.normalize("NFC", text)).casefold().split()


@dataclass
class ArticleContext:
    """What the whole article says about place and time, worked out once for all its figures."""

    doc: Prepared
    places: list[PlaceMention]
    dates: list[_Date]
    models: list[tuple[int, int, str]]
    reference: date | None
    default_ids: tuple[str, ...]
    title: str | None = None

    def __post_init__(self) -> None:
        text = self.doc.text
        self.sentence_paragraph: list[int] = []
        para = 0
        prev_end = 0
        for sent in self.doc.sentences:
            if "\n" in text[prev_end:sent.start] and self.sentence_paragraph:
                para += 1
            self.sentence_paragraph.append(para)
            prev_end = sent.end
        self.head_sentences = self._head()
        self.place_sentence = [self.doc.sentence_at(p.start) for p in self.places]
        self.date_starts = [d.start for d in self.dates]
        head = [p for p, s in zip(self.places, self.place_sentence, strict=True) if s in self.head_sentences]
        self.main = self._main_units(head)

    def dateline(self, sentence: int) -> bool:
        """A sentence that is only a date and time ('09/06/2023 16:30', 'Thứ Ba, 14/03/2017'): the dateline."""
        return DATELINE_RE.fullmatch(self.doc.sentences[sentence].text) is not None

    def _head(self) -> set[int]:
        """Sentences of the title, dateline and lead: the short lines up to and including the first body sentence."""
        out = set()
        for i, sent in enumerate(self.doc.sentences):
            out.add(i)
            if len(sent.text) > 120 and sent.text.rstrip()[-1:] in ".!?…":
                break
            if len(out) >= 8:
                break
        return out

    def _main_units(self, head: list[PlaceMention]) -> dict[str, str]:
        """The article's own province/district/commune ids: named in the head, else most named, else default."""
        gaz = gazetteer()
        out: dict[str, str] = {}
        for pool in (head, self.places):
            for level in ("province", "district", "commune"):
                if level in out:
                    continue
                ids = Counter()
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


def figure_facts(ctx: ArticleContext, figures: Sequence[Figure]) -> list[Figure]:
    """The figures with indicator, place, period and model key filled, in text order."""
    out: list[Figure] = []
    previous: tuple[int, int, Figure] | None = None
    for figure in figures:
        start, end = to_norm(ctx.doc, figure.start, figure.end)
        sentence = ctx.doc.sentence_at(start)
        same = previous is not None and previous[0] == sentence
        before = previous[2] if same else None
        listed = same and LIST_GAP_RE.fullmatch(ctx.doc.text, previous[1], start) is not None \
            and not TOTAL_FIRST_RE.match(ctx.doc.text, start)
        out.append(_facts(ctx, figure, start, end, sentence, before, listed))
        previous = (sentence, end, out[-1])
    return out


def _facts(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int,
           previous: Figure | None, listed: bool) -> Figure:
    """``listed``: the figure continues a list after ``previous`` ('1.589 điểm mô hình và 2.590 tổ')."""
    phrase = _indicator_phrase(ctx, figure, start, end, sentence)
    key, mapped, default_period = indicator_key(phrase, figure.unit)
    place = _place(ctx, start, end, sentence)
    period = previous.period if listed and previous.period else \
        _period(ctx, figure, start, end, sentence, default_period, previous)
    return replace(figure, indicator=phrase, indicator_key=key, indicator_mapped=mapped, place=place,
                   period=period, model_key=_model(ctx, start, sentence))


# -- indicator -------------------------------------------------------------------------------------

GENERIC_NOUNS = frozenset({"", "tỷ lệ", "chiếm tỷ lệ", "chiếm", "bằng", "là", "đạt"})
LEAD_HEDGES = frozenset({"chiếm", "đạt", "là", "với", "có", "gồm", "lên", "tới", "đến", "khoảng", "ước", "tính",
                         "được", "và", "cùng", "còn", "thêm", "khác"})
TAIL_HEDGES = frozenset({"hơn", "gần", "khoảng", "trên", "dưới", "là", "đạt", "chiếm", "lên", "tới", "đến", "với",
                         "có", "ước", "tính", "gồm", "tổng", "cộng", "được", "cho", "của", "và", "thêm", "tất",
                         "cả", "số", "hàng", "mức", "đã", "lên tới"})


def _indicator_phrase(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int) -> str:
    """The words of the sentence that say what the figure counts (extract.indicator_tagger): its unit's
    words first, then the words after it, then those before it ('heroin thu giữ')."""
    sent = ctx.doc.sentences[sentence]
    words = tag_indicator(ctx.doc.text, sent.start, sent.end, start, end, figure.kind)
    ordered = [w for side in "FRL" for w in words if w.side == side]
    return " ".join(w.text for w in ordered) or " ".join(figure.unit.split())


def _right_words(text: str, pos: int, limit: int) -> str:
    """Qualifier after a figure: words up to a clause break or a stop word ('ra đầu thú', 'đang có lệnh truy nã')."""
    out: list[str] = []
    cues = _cue_res()
    for m in WORD_RE.finditer(text, pos, min(limit, pos + 80)):
        w = m.group()
        if w in CLAUSE_BREAK or w[0].isdigit() or len(out) >= MAX_RIGHT_WORDS:
            break
        if cues["stop"].match(text, m.start()) and not cues["keep"].match(text, m.start()):
            break
        if w[0].isupper() and not out:
            break
        out.append(w)
    return " ".join(out)


def _clause_start(text: str, lo: int, pos: int, numbers: bool = True) -> int:
    """Start of the clause that ends at ``pos``: after the last clause break (or number)."""
    for m in reversed(_words_between(text, max(lo, pos - 200), pos)):
        if m.group() in CLAUSE_BREAK or (numbers and m.group()[0].isdigit()):
            return m.end()
    return max(lo, pos - 200)


def _words_between(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return list(WORD_RE.finditer(text, lo, hi))


def _left_verb(text: str, lo: int, pos: int) -> str:
    """The action before a number: the verb nearest to it in its clause ('thu giữ'); a clause that only
    continues a list ('4 tập thể, 6 cá nhân') takes the verb of the clause before."""
    end = pos
    for _ in range(3):
        clause = _clause_start(text, lo, end, numbers=False)
        best = None
        for kind in ("flow", "award", "verb"):
            for m in _cue_res()[kind].finditer(text, clause, end):
                if best is None or m.start() > best.start() or (m.start() == best.start() and m.end() > best.end()):
                    best = m
        if best is not None:
            words = [m.group() for m in WORD_RE.finditer(text, best.start(), end)]
            words = _strip_tail(words)
            if len(words) > MAX_LEFT_WORDS:
                words = best.group().split()
            return " ".join(words)
        if clause <= lo or len(_words_between(text, clause, end)) > 3:
            return ""
        end = clause - 1
    return ""


def _strip_tail(words: list[str]) -> list[str]:
    """Drop hedges, numbers and punctuation at the end of a phrase before a figure."""
    while words and (words[-1].lower() in TAIL_HEDGES or not words[-1][0].isalpha()):
        words.pop()
    cut = next((k for k, w in enumerate(words) if not w[0].isalpha()), len(words))
    return words[:cut]


def _left_noun(text: str, lo: int, pos: int) -> str:
    """The noun phrase a measure, amount or rate belongs to, before it ('tỷ lệ tái phạm 7,39%')."""
    clause = _clause_start(text, lo, pos, numbers=False)
    words = [m.group() for m in WORD_RE.finditer(text, clause, pos)]
    while words and (words[-1].lower() in TAIL_HEDGES or not words[-1][0].isalpha()):
        words.pop()
    cut = max((k + 1 for k, w in enumerate(words) if not w[0].isalpha()), default=0)
    words = words[cut:]
    while words and words[0].lower() in LEAD_HEDGES:
        words.pop(0)
    return " ".join(words[-6:])


# -- place -----------------------------------------------------------------------------------------

def _place(ctx: ArticleContext, start: int, end: int, sentence: int) -> PlaceFact:
    """Sentence, paragraph, head, actor, outlet: the first that names a place gives the figure's."""
    paragraph = ctx.sentence_paragraph[sentence]
    pairs = [(p, s) for p, s in zip(ctx.places, ctx.place_sentence, strict=True) if p.role not in SKIP_ROLES]
    in_sentence = [p for p, s in pairs if s == sentence and not (start <= p.start < end)]
    before = [p for p in in_sentence if p.end <= start]
    after = [p for p in in_sentence if p.start >= end]
    if before:
        return _fact_of(ctx, _pick(before, before, last=True), "sentence")
    if after:
        return _fact_of(ctx, _pick(after, after, last=False), "sentence")
    in_paragraph = [p for p, s in pairs if s < sentence and ctx.sentence_paragraph[s] == paragraph]
    if in_paragraph:
        return _fact_of(ctx, _pick(in_paragraph, in_paragraph, last=True), "paragraph")
    head = [p for p, s in pairs if s in ctx.head_sentences]
    if head:
        actors = [p for p in head if p.role in ("actor", "scope") and p.level != "foreign"]
        primary = actors or [p for p in head if p.role != "residence"] or head
        return _fact_of(ctx, _refine(primary[0], head, anywhere=HEAD_REFINES), "title")
    actors = [p for p, _ in pairs if p.role == "actor"]
    if actors:
        return _fact_of(ctx, actors[0], "actor")
    if ctx.default_ids:
        unit = gazetteer().units[ctx.default_ids[0]]
        return _unit_fact(ctx, unit.level, {unit.level: unit.place_id}, "outlet")
    return PlaceFact("unknown", None, None, None, source="none")


def _pick(candidates: list[PlaceMention], pool: list[PlaceMention], last: bool) -> PlaceMention:
    """The place named nearest (the last one before a figure, the first after it), refined by the places
    around it; where a person lives counts only when nothing else is named (or to refine a chain)."""
    own = [p for p in candidates if p.role != "residence"] or candidates
    return _refine(own[-1] if last else own[0], pool)


def _refine(p: PlaceMention, pool: list[PlaceMention], anywhere: bool = False) -> PlaceMention:
    """The most specific place of the chain a place belongs to: 'huyện Lý Nhân ... xã Phú Phúc, huyện Lý
    Nhân' and 'TP.Cà Mau (Cà Mau)' name one place, the commune and the city; a place inside ``p`` counts
    when it stands next to it (within a short window) or, with ``anywhere``, anywhere in the pool."""
    best = p
    for q in pool:
        near = anywhere or -CHAIN_WINDOW <= q.start - p.end <= CHAIN_WINDOW or -CHAIN_WINDOW <= p.start - q.end <= 0
        if q is not p and near and _inside(q, best):
            best = q
    return best


def _inside(q: PlaceMention, p: PlaceMention) -> bool:
    """True when q is a unit strictly inside p (by the ids the gazetteer settled)."""
    if p.level == "province" and p.place_id and q.level in ("district", "commune"):
        return q.province_id == p.place_id
    if p.level == "district" and p.place_id and q.level == "commune":
        return q.district_id == p.place_id
    return False


def _fact_of(ctx: ArticleContext, p: PlaceMention, source: str) -> PlaceFact:
    if p.level == "national":
        return PlaceFact("national", None, None, None, source=source)
    if p.level == "foreign":
        return PlaceFact("foreign", None, None, None, source=source)
    if p.level == "village":
        commune = _commune_near(ctx, p)
        ids = {"commune": commune} if commune else {}
        return _unit_fact(ctx, "commune", ids, source)
    if p.name is None:  # a scope phrase: the article's own unit of that level
        ids = {p.level: ctx.main[p.level]} if p.level in ctx.main else {}
        return _unit_fact(ctx, p.level, ids, source)
    ids = {}
    if p.place_id:
        ids[p.level] = p.place_id
    if p.district_id:
        ids.setdefault("district", p.district_id)
    if p.province_id:
        ids.setdefault("province", p.province_id)
    fact = _unit_fact(ctx, p.level, ids, source)
    written = _written_name(p)
    return replace(fact, **{p.level: written}) if written else fact


def _written_name(p: PlaceMention) -> str | None:
    """The name as the text writes it, without the type word ('huyện Đắk Song' -> 'Đắk Song'), when
    it spells the unit's own name; else the unit's name ('TP.HCM' -> 'Hồ Chí Minh')."""
    m = TYPE_WORD_RE.match(p.text)
    name = " ".join(p.text[m.end() if m else 0:].split())
    if p.name is None or place_key(name) != place_key(p.name):
        return p.name
    return name


def _commune_near(ctx: ArticleContext, village: PlaceMention) -> str | None:
    """The commune a village belongs to: 'thôn X, xã Y' in the same sentence, else the article's commune."""
    for p in ctx.places:
        if p.level == "commune" and p.place_id and 0 <= p.start - village.end <= 40:
            return p.place_id
    return ctx.main.get("commune")


def _unit_fact(ctx: ArticleContext, scope: str, ids: dict[str, str], source: str) -> PlaceFact:
    """A place fact of a scope, filling each level from its id, the unit above it, or the article's own unit."""
    gaz = gazetteer()
    if scope == "commune" and "commune" in ids:
        unit = gaz.units[ids["commune"]]
        if unit.parent_id and unit.parent_id.startswith("D"):
            ids.setdefault("district", unit.parent_id)
        ids.setdefault("province", unit.province_id)
    if scope in ("commune", "district") and "district" in ids:
        ids.setdefault("province", gaz.units[ids["district"]].province_id)
    levels = {"province": 1, "district": 2, "commune": 3}[scope]
    for level in ("province", "district")[:levels - 1]:
        if level not in ids and level in ctx.main and _consistent(ids, ctx.main[level], level):
            ids[level] = ctx.main[level]
    names = {k: gaz.units[v].short for k, v in ids.items() if v in gaz.units}
    return PlaceFact(scope, names.get("province"), names.get("district") if levels >= 2 else None,
                     names.get("commune") if levels >= 3 else None,
                     province_id=ids.get("province"), district_id=ids.get("district") if levels >= 2 else None,
                     commune_id=ids.get("commune") if levels >= 3 else None, source=source)


def _consistent(ids: dict[str, str], candidate: str, level: str) -> bool:
    """A context unit may fill a level only if it contains the levels already known."""
    gaz = gazetteer()
    if level == "province":
        return all(gaz.units[v].province_id == candidate for v in ids.values() if v in gaz.units)
    return not ids.get("province") or gaz.units[candidate].province_id == ids["province"]


# -- period ----------------------------------------------------------------------------------------

def _period(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int,
            default: str | None, previous: Figure | None) -> PeriodFact:
    text = ctx.doc.text
    sent = ctx.doc.sentences[sentence]
    clause = _clause_start(text, sent.start, start)
    left = text[clause:start]
    cues = _cue_res()
    near = text[max(clause, start - STOCK_WINDOW):start]
    if cues["award"].search(left) or cues["award"].search(text[sent.start:start][-60:]) \
            or AWARDED_AFTER_RE.search(text, end, sent.end):
        kind = "award"
    elif cues["stock"].search(near) or (previous is None and SENTENCE_STOCK_RE.match(sent.text)) \
            or NORM_RE.search(sent.text):
        kind = "stock"
    elif cues["flow"].search(left) or _right_flow(text, end, sent.end):
        kind = "flow"
    else:
        kind = "stock" if default == "stock" or (default is None and figure.canonical_unit in PROPERTY_UNITS) \
            else "flow"
    since = _since(ctx, sentence, start)
    if since:
        return PeriodFact(since, "during", source="sentence")
    if kind == "stock":
        return _as_of(ctx, start, sentence)
    if kind == "award":
        return _award_day(ctx, sentence)
    return _during(ctx, start, end, sentence)


def _right_flow(text: str, end: int, limit: int) -> bool:
    window = text[end:min(limit, end + 40)]
    return bool(_cue_res()["flow"].match(window.lstrip())) or "bị " in window[:8]


def _sentence_dates(ctx: ArticleContext, sentence: int) -> list[_Date]:
    lo = bisect_left([d.sentence for d in ctx.dates], sentence)
    hi = bisect_right([d.sentence for d in ctx.dates], sentence)
    return [d for d in ctx.dates[lo:hi] if not _document_date(ctx.doc.text, d) and not _birth_year(ctx.doc.text, d)]


def _birth_year(text: str, d: _Date) -> bool:
    """'(SN 1990)', 'sinh năm 1988': a person's birth year dates no figure."""
    return d.precision == "year" and BIRTH_RE.search(text, max(0, d.start - 12), d.end) is not None


def _carried(ctx: ArticleContext, d: _Date) -> bool:
    """Whether a date of another sentence may date a figure: a day, month or span, or a year that opens
    its clause ('Năm 2022, ...'); a year inside a name or aside ('ARDEX 2013', 'Asian Cup 2015') does not."""
    if d.precision != "year":
        return True
    return _clause_start(ctx.doc.text, ctx.doc.sentences[d.sentence].start, d.start, numbers=False) >= \
        d.start - 8 or YEAR_OPENER_RE.search(ctx.doc.text, max(0, d.start - 12), d.start) is not None


def _document_date(text: str, d: _Date) -> bool:
    """'Quyết định số 09/QĐ-UBND ngày 1/8/2013': the date of a document, not of a figure."""
    if d.precision != "day":
        return False
    window = text[max(0, d.start - 50):d.start]
    return bool(re.search(r"(?:số|[A-ZĐ]{2,})[\s:]*\S*\d\S*\s*$|/[A-ZĐ][\w-]*\s*$", window)) or \
        bool(_cue_res()["document"].search(window[-25:]))


def _as_of(ctx: ArticleContext, start: int, sentence: int) -> PeriodFact:
    text = ctx.doc.text
    for d in reversed(_sentence_dates(ctx, sentence)):
        if d.end <= start and _cue_res()["as_of"].search(text[max(0, d.start - 14):d.start]):
            return PeriodFact(_end_of(d.value), "as_of", source="sentence")
    before = [d for d in _sentence_dates(ctx, sentence) if d.end <= start]
    if before:  # "Năm 2022, huyện X có 120 tổ": the stock at that time (a span's end)
        return PeriodFact(_end_of(before[-1].value), "as_of", source="sentence")
    if ctx.reference:
        return PeriodFact(ctx.reference.isoformat(), "as_of", source="published")
    return PeriodFact(None, "as_of", source="none")


def _end_of(value: str) -> str:
    return value.split("/")[-1]


def _since(ctx: ArticleContext, sentence: int, start: int) -> str | None:
    """'Từ năm 2013 đến nay ... 6.195 người': the span from that date to the publication date."""
    if ctx.reference is None:
        return None
    text = ctx.doc.text
    for d in _sentence_dates(ctx, sentence):
        if d.end <= start and d.precision != "range" and SINCE_BEFORE_RE.search(text, max(0, d.start - 12), d.start) \
                and SINCE_AFTER_RE.match(text, d.end):
            ref = ctx.reference.isoformat()[:len(d.value)]
            return f"{d.value}/{ref}" if d.value < ref else None
    return None


def _award_day(ctx: ArticleContext, sentence: int) -> PeriodFact:
    """Awards count on the day they were made: a day in the sentence, else the day the article reports."""
    days = [d for d in _sentence_dates(ctx, sentence) if d.precision == "day"]
    if days:
        return PeriodFact(days[0].value, "during", source="sentence")
    _, event = _head_period(ctx)
    return PeriodFact(event, "during", source="title" if event else "none")


def _during(ctx: ArticleContext, start: int, end: int, sentence: int) -> PeriodFact:
    text = ctx.doc.text
    dates = _sentence_dates(ctx, sentence)
    before = [d for d in dates if d.end <= start]
    after = [d for d in dates if d.start >= end]
    if before:
        return PeriodFact(before[-1].value, "during", source="sentence")
    sent = ctx.doc.sentences[sentence]
    span = _span_cue(ctx, text[sent.start:start])
    if span:
        return PeriodFact(span, "during", source="sentence")
    if after:
        return PeriodFact(after[0].value, "during", source="sentence")
    paragraph = ctx.sentence_paragraph[sentence]
    for s in range(sentence - 1, -1, -1):
        if ctx.sentence_paragraph[s] != paragraph:
            break
        since = _since(ctx, s, ctx.doc.sentences[s].end)
        if since:
            return PeriodFact(since, "during", source="paragraph")
        found = [d for d in _sentence_dates(ctx, s) if _carried(ctx, d)]
        if found:
            return PeriodFact(found[-1].value, "during", source="paragraph")
        span = _span_cue(ctx, ctx.doc.sentences[s].text)
        if span:
            return PeriodFact(span, "during", source="paragraph")
    report, event = _head_period(ctx)
    if report:
        return PeriodFact(report, "during", source="title")
    if event:
        return PeriodFact(event, "during", source="title")
    return PeriodFact(None, "during", source="none")


def _span_cue(ctx: ArticleContext, text: str) -> str | None:
    """'qua 10 năm', '10 năm qua': the article's report range of that length, else ending at publication."""
    m = SPAN_RE.search(text)
    if not m:
        return None
    n = _small_number(m["n1"] or m["n2"])
    if n is None:
        return None
    for d in ctx.dates:
        if d.precision == "range" and len(d.value) == 9:
            a, b = int(d.value[:4]), int(d.value[5:])
            if b - a == n:
                return d.value
    if ctx.reference:
        return f"{ctx.reference.year - n}/{ctx.reference.year}"
    return None


_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                 "mười": 10}


def _small_number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


def _head_period(ctx: ArticleContext) -> tuple[str | None, str | None]:
    """(report span, event day) of the article from its head: a span ('giai đoạn 2013 – 2023', 'qua 10
    năm'), else the day the lead reports, else a year the head names."""
    span = year = event = None
    for d in ctx.dates:
        if d.sentence not in ctx.head_sentences or ctx.dateline(d.sentence) or _document_date(ctx.doc.text, d) \
                or _birth_year(ctx.doc.text, d):
            continue
        if span is None and d.precision == "range":
            span = d.value
        if year is None and d.precision == "year":
            year = d.value
        if event is None and d.precision == "day":
            event = d.value
    if span is None:
        for i in sorted(ctx.head_sentences):
            span = _span_cue(ctx, ctx.doc.sentences[i].text)
            if span:
                break
    return span or (None if event else year), event


# -- model link ------------------------------------------------------------------------------------

def _model(ctx: ArticleContext, start: int, sentence: int) -> str | None:
    """The key of a named model whose mention precedes the figure in its sentence."""
    sent = ctx.doc.sentences[sentence]
    keys = [key for s, _, key in ctx.models if sent.start <= s < start]
    return keys[-1] if keys else None


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
            norm_dates.append(_Date(s, e, d.value, d.precision, doc.sentence_at(s)))
    norm_models = [(*to_norm(doc, m.start, m.end), m.key) for m in models]
    norm_places = [replace(p, start=to_norm(doc, p.start, p.end)[0], end=to_norm(doc, p.start, p.end)[1])
                   for p in places]
    return ArticleContext(doc, norm_places, norm_dates, norm_models, reference, default_ids)
