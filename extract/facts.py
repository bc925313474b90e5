"""What, where and when each figure counts: its indicator, place and period.

A figure on its own ("1.411 đối tượng") says little; the article says the rest.
Each fact is read from the closest text that states it, in the order Vietnamese
reports state things: the figure's sentence, then its paragraph, then the
article's head (title, dateline, lead), then the organisation acting in the
article ("Công an huyện Đắk Song"), then what the caller knows of the article
(the outlet's province, the publication date).  Every fact says which of these
it came from (``source``), so a researcher can filter on confidence.

* indicator: the words of the sentence that say what is counted, chosen by a
  tagger (``extract.indicator_tagger``), and their key in the taxonomy
  (``extract.taxonomy``, ``data/indicators.tsv``).
* place: a scope (national, province, district, commune, foreign, unknown) and
  the names at each level, from ``extract.places``, by the rules alone.
* period: ``during`` a span or ``as_of`` a moment (``extract.periods``, whose
  stock-or-flow verdict is weighed with the words around the figure by a learned
  model, ``extract.fact_models``).

The article-wide indexes these questions need are built once (``extract.fact_context``),
so facts cost the same per figure however long the article.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import islice
from typing import Any, cast

from extract.fact_context import UNIT_LEVELS, ArticleContext, build_context, cue_res, to_norm
from extract.fact_models import sentence_words_of
from extract.indicator_tagger import phrase_words, tag_indicator, with_head, with_voice
from extract.lexicon import labelled, phrase_pattern, words
from extract.periods import period_of, restated_periods
from extract.places import PlaceMention, former_places, gazetteer, place_key, unit_abbreviations, unit_words
from extract.taxonomy import indicator_key, taxonomy
from extract.types import FactSource, Figure, PlaceFact, Scope

__all__ = ["ArticleContext", "build_context", "figure_facts", "indicator_key", "taxonomy", "to_norm"]

# Places this close to each other name one place: "huyện Lý Nhân, tỉnh Hà Nam", "TP.Cà Mau (Cà Mau)".
CHAIN_WINDOW = 60
# Figures of one article whose indicator the tagger reads; past this budget (crafted text, a statistics
# table pasted as text) the indicator is the unit, so no article holds the extractor long.
TAGGED_FIGURES = 400
# Between two figures of one list ("306 hội viên, trong đó có 6 hội viên", "2.182 tổ ... với 28.229 tổ chức"):
# the second shares the first's period.
LIST_GAP_RE = re.compile(r"[\s,;:()=]*(?:(?:trong đó|trong số đó|bao gồm|gồm|có|và|với|cùng|hoặc|là)[\s,;:()]*)*",
                         re.I)
# a count of provinces ('63 tỉnh, thành phố', '34 địa phương'), not of provincial roads or Party committees
PROVINCES_UNIT_RE = re.compile(r"(?i:tỉnh|địa phương)(?![^\W\d_])(?!\s+(?i:lộ|ủy|uỷ)(?![^\W\d_]))")
UNIT_OF_RE = re.compile(r"\s*(?i:của|trong|thuộc|trên địa bàn)(?![^\W\d_])")
UNITS_COUNTED_RE = re.compile(r"(?:(?P<commune>(?i:xã|phường|thị trấn))|(?i:huyện|quận|thị xã))(?![^\W\d_])"
                              r"(?!\s+(?i:viên|hội|đội|lộ|ủy|uỷ)(?![^\W\d_]))")
# Between a figure (and up to four words of its qualifier) and a percentage that restates it: 'giảm 81 vụ (30,3%)', '185 vụ (chiếm 85,3%)', '(tăng 28%)'.
RESTATED_RE = re.compile(r"(?:[ ]+[^\W\d_]+){0,4}[ ]*\([ ]*(?:(?P<change>(?i:tăng|giảm))[ ]*|(?i:tương đương|chiếm|bằng)[ ]*)?")
CHANGE_BEFORE_RE = re.compile(r"(?i:\b(tăng|giảm)[ ]*$)")  # 'giảm 81 vụ (30,3%)': the change is said before the count
TOTAL_FIRST_RE = re.compile(r"(?i:tổng số|số lượng|tổng cộng|số)\s")  # "tổng số người tái phạm ... 458"
# A penalty a law or decree sets, as the press quotes it ("thì bị phạt tiền từ 10 triệu đồng đến 50 triệu đồng",
# "có thể bị phạt 2-3 triệu đồng", "mức phạt ... từ 2 đến 10 triệu đồng", "khung hình phạt"): it holds across the
# country, wherever the article is; a fine someone was given ("bị phạt 6,5 triệu đồng", "xử phạt 872 trường
# hợp") is counted where it was given.
PRESCRIBED_RE = re.compile(r"(?i:\b(?:thì|sẽ|có thể|đều)\s+(?:bị\s+)?(?:xử\s+)?phạt\b|\bphạt\s+(?:tiền\s+|tù\s+)?từ\s+\d"
                           r"|\bmức\s+(?:xử\s+)?phạt\b|\bkhung\s+(?:hình\s+)?phạt\b|\bphạt\s+(?:tiền\s+)?tối\s+đa\b)")
# Between two units of one list: "huyện Định Quán, Vĩnh Cửu", "thị xã An Khê, thành phố Pleiku và huyện Kbang";
# a list is read up to LIST_REACH units around the figure's (a pasted list of every commune stays cheap).
LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
LIST_REACH = 40
REGION_PROVINCES = 5  # provinces listed together that make a region: their figures are national
# "Công an thu giữ 2 bánh heroin, 1 ô tô, 6 triệu đồng ...": every good listed after the seizure verb is a thing seized,
# however far down the list (past the tagger's window) it stands; its indicator says so ("tiền thu giữ").
SEIZED_RE = re.compile(r"[tT](?<!\w[tT])(?i:hu giữ\b)")  # '\bthu giữ' opening on a character set: searched faster
# The words before 'giữ' that make it a verb of holding: 'thu giữ', 'tạm giữ', 'bắt giữ', 'lưu giữ'.
HOLDING = frozenset({"thu", "tạm", "bắt", "lưu"})
# The classifiers written before a counted noun ('ngôi nhà', 'con gia cầm', 'chiếc xe'): a unit with one counts what
# the bare noun counts.
CLASSIFIERS = frozenset({"ngôi", "con", "chiếc", "cái", "căn", "bức", "cây", "tấm", "quả", "tờ", "cuốn", "bộ", "cục"})
PENALTY_SAID = frozenset({"mức", "phạt", "tiền"})  # words "mức phạt" says for a penalty's amount
CUE_REACH = 200  # characters before a figure a penalty's cue is looked for in (a run-on text is one long sentence)
# "1 vụ tại quận Ô Môn": a place introduced right after a figure by a locative word.
LOCATIVE_NEAR_RE = re.compile(r"[^.;:,]{0,30}$")
TITLE_PLACE_RE = re.compile(r"[ ]*(?:\([^()\n]{0,40}\)[ ]*)?:")  # "Quận Bình Thạnh (TP.HCM): Cháy đại lý gas"
TYPE_WORD_RE = re.compile(rf"(?:(?i:{'|'.join(unit_words())})\s+|"
                          rf"(?:{'|'.join(unit_abbreviations()[0])})\.?\s*|(?:{'|'.join(unit_abbreviations()[1])})\.\s*)"
                          rf"(?:{phrase_pattern(labelled('place_words.tsv')['epithet'])}\s+)?")  # "xã biên giới A"


def figure_facts(ctx: ArticleContext, figures: Sequence[Figure]) -> list[Figure]:
    """The figures with indicator, place, period, model key and sentence index filled, in text order."""
    out: list[Figure] = []
    previous: tuple[int, int, Figure, int] | None = None
    for n, figure in enumerate(figures):
        start, end = to_norm(ctx.doc, figure.start, figure.end)
        sentence = ctx.doc.sentence_at(start)
        before, listed = None, False
        if previous is not None and previous[0] == sentence:
            before = previous[2]
            listed = LIST_GAP_RE.fullmatch(ctx.doc.text, previous[1], start) is not None \
                and not TOTAL_FIRST_RE.match(ctx.doc.text, start)
        found = _facts(ctx, figure, start, end, sentence, before, listed, tag=n < TAGGED_FIGURES)
        if before is not None and previous is not None and figure.kind == "percent" and before.kind != "percent":
            found = _restated(ctx, found, before, previous[3], previous[1], start)
        out.append(found)
        previous = (sentence, end, out[-1], start)
    return restated_periods(ctx, out)


def _restated(ctx: ArticleContext, figure: Figure, before: Figure, before_start: int, before_end: int,
              start: int) -> Figure:
    """'giảm 81 vụ (30,3%)', 'tăng 131 người chết (14,8%)', '185 vụ (chiếm 85,3%)': a percentage in brackets right after
    a count or an amount restates it as a share or a change; it is the rate ("tỷ lệ") of what that figure counts, rising
    or falling as the words before either say. Not '(đạt 65%)', a share of a target."""
    m = RESTATED_RE.fullmatch(ctx.doc.text, before_end, start)
    if m is None or not before.indicator:
        return figure
    phrase = before.indicator.split()
    said_before = CHANGE_BEFORE_RE.search(ctx.doc.text, max(0, before_start - 12), before_start)
    change = m["change"] or (said_before[1] if said_before else None)
    if change and change.lower() not in (w.lower() for w in phrase):
        phrase.append(change.lower())
    phrase = ["tỷ", "lệ", *phrase]
    key, mapped, _ = indicator_key(" ".join(phrase), figure.unit)
    return replace(figure, indicator=" ".join(phrase), indicator_key=key, indicator_mapped=mapped)


def _facts(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int,
           previous: Figure | None, listed: bool, tag: bool) -> Figure:
    """``listed``: the figure continues a list after ``previous`` ('1.589 điểm mô hình và 2.590 tổ')."""
    phrase = _indicator_phrase(ctx, figure, start, end, sentence) if tag else " ".join(figure.unit.split())
    if previous is not None and _same_noun(previous.unit, figure.unit) \
            and _only_unit(phrase, figure, _place_words(ctx, sentence) | set((previous.indicator or "").casefold().split())):
        # 'Hà Giang 97 nhà bị thiệt hại, Sơn La 48 nhà, Thái Nguyên 33 nhà', '47 ngôi nhà bị đổ (Hà Giang: 16 nhà,
        # Lai Châu: 07 nhà)': an item of a list by place that says nothing but its unit, its place and words of the item
        # before it (a stray word of the head clause the tagger takes: 'diện tích nát') counts what that item counts
        phrase = previous.indicator
    key, mapped, default_period = indicator_key(phrase, figure.unit)
    if _prescribed(ctx, start, end, sentence) or _provinces_counted(ctx, figure, end):
        # the law's reach, whatever the article's place; a tally of provinces: nothing to weigh
        place = PlaceFact("national", None, None, None, source="sentence")
    else:
        place = _above_units_counted(_place(ctx, start, end, sentence), figure)
    if listed and previous is not None and previous.period:
        period = previous.period
    else:
        period = period_of(ctx, figure, start, end, sentence, default_period, previous, key)
    return replace(figure, indicator=phrase, indicator_key=key, indicator_mapped=mapped, place=place,
                   period=period, model_key=ctx.model_before(sentence, start), sentence=sentence)


def _only_unit(phrase: str, figure: Figure, named: frozenset[str] = frozenset()) -> bool:
    """Whether the indicator phrase says no more than the figure's unit (with its head: "diện tích ha") and words of
    the place names ``named`` (the place an item of a list by place is of: 'Điện Biên: 47 nhà' -> "nhà Biên")."""
    unit = " ".join(with_head(figure.unit.split(), figure.kind, figure.unit))
    return set(phrase.casefold().split()) - named <= set(unit.casefold().split())


def _same_noun(a: str, b: str) -> bool:
    """Whether two units count the same thing: the same words, or one the other with a classifier before it
    ('ngôi nhà' and 'nhà', 'con gia cầm' and 'gia cầm')."""
    x, y = a.casefold().split(), b.casefold().split()
    if len(x) < len(y):
        x, y = y, x
    return bool(y) and (x == y or (len(x) == len(y) + 1 and x[1:] == y and x[0] in CLASSIFIERS))


def _place_words(ctx: ArticleContext, sentence: int) -> frozenset[str]:
    """The capitalised words of the place names of a sentence (any role), in lower case: the name, not its type word
    ('Điện Biên' of 'tỉnh Điện Biên': a bare 'tỉnh' or 'phường' the tagger takes may say what is counted)."""
    def index() -> dict[int, frozenset[str]]:  # every sentence's, in one pass over the places
        text, out = ctx.doc.text, dict[int, frozenset[str]]()
        for place, s in zip(ctx.places, ctx.place_sentence, strict=True):
            named = [w.casefold() for w in text[place.start:place.end].split() if w[:1].isupper()]
            out[s] = out.get(s, frozenset()).union(named)
        return out
    return ctx.memo("place_words", index).get(sentence, frozenset())


def _indicator_phrase(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int) -> str:
    """The words of the sentence that say what the figure counts (extract.indicator_tagger)."""
    sent = ctx.doc.sentences[sentence]
    if figure.kind == "count":  # '15/15 xã, phường trên địa bàn đã tổ chức ...': the nouns the count shares are its own
        while (m := _coordinated_re().match(ctx.doc.text, end, sent.end)) is not None:
            end = m.end()
    words = tag_indicator(ctx.doc.text, sent.start, sent.end, start, end, figure.kind, sentence_words_of(ctx, sentence))
    # a phrase the tagger leaves empty is the unit, headed all the same ('Sơn Hòa 805ha' -> "diện tích ha")
    phrase = with_voice(with_head(phrase_words(words) or figure.unit.split(), figure.kind, figure.unit), figure.kind)
    if figure.kind == "money" and _penalty_cue(ctx, start, end, sentence):
        # an amount a penalty clause sets ('thì bị phạt từ 6 đến 8 triệu đồng', 'phạt tiền từ 2 đến 3 triệu đồng') is
        # the level of the fine, not a sum of money someone handled: "mức phạt ..."
        phrase = ["mức", "phạt", *(w for w in phrase if w.lower() not in PENALTY_SAID)]
    lows = [w.lower() for w in phrase]
    if phrase and not any(w == "giữ" and k and lows[k - 1] in HOLDING for k, w in enumerate(lows)) \
            and SEIZED_RE.search(ctx.doc.text, sent.start, start):
        # a bare 'giữ' the tagger takes from the verb ('tiền giữ thoại') is said whole
        phrase = [*(w for w in phrase if w.lower() != "giữ"), "thu", "giữ"]
    return " ".join(phrase)


@cache
def _coordinated_re() -> re.Pattern[str]:
    """A noun joined to the one before it by a comma or 'và' (', phường', ', thị trấn', 'và cá nhân'), with no
    number of its own: '8/8 huyện, thành phố', '45 tập thể, cá nhân', '216/216 phường, xã và thị trấn' count the
    units of every noun of the list together (data/listed_nouns.txt)."""
    return re.compile(rf"(?:[ ]*,[ ]*(?:và[ ]+)?|[ ]+và[ ]+){phrase_pattern(words('listed_nouns.txt'))}(?![^\W\d_])")


# -- place -----------------------------------------------------------------------------------------

def _provinces_counted(ctx: ArticleContext, figure: Figure, end: int) -> bool:
    """'19 tỉnh, thành phố có số vụ ... tăng là: Cao Bằng, ...', 'Giám đốc Công an 34 địa phương': a count of provinces
    is a tally across the nation, and the provinces it names are its members, not its place; not 'địa phương' of a
    unit named after it ('3 địa phương của Quế Sơn')."""
    if figure.value is None or figure.value < 2 or not PROVINCES_UNIT_RE.match(figure.unit):
        return False
    return not figure.unit.casefold().startswith("địa") or not UNIT_OF_RE.match(ctx.doc.text, end)


def _above_units_counted(place: PlaceFact, figure: Figure) -> PlaceFact:
    """'8 xã đạt chuẩn', '2 quận có số vụ tăng': a count of several units of a level covers the unit above them, not
    one of them (the commune or district the sentence names): the place is lifted to the level above the units."""
    m = UNITS_COUNTED_RE.match(figure.unit)
    if m is None or figure.value is None or figure.value < 2 or place.scope not in LEVEL_RANK:
        return place
    level = "commune" if m["commune"] else "district"
    if LEVEL_RANK[place.scope] < LEVEL_RANK[level]:
        return place
    if level == "commune":  # not a commune of the 2025 map, which has no districts: it was made of old ones ('3 xã cũ')
        return place if place.district is None else replace(place, scope="district", commune=None, commune_id=None)
    return replace(place, scope="province", district=None, commune=None, district_id=None, commune_id=None)


def _prescribed(ctx: ArticleContext, start: int, end: int, sentence: int) -> bool:
    """Whether the figure is a penalty a law or decree sets (_penalty_cue, no place named before it in its
    sentence)."""
    return _penalty_cue(ctx, start, end, sentence) and not ctx.places_around(sentence, start, end)[0]


def _penalty_cue(ctx: ArticleContext, start: int, end: int, sentence: int) -> bool:
    """Whether PRESCRIBED_RE stands shortly before the figure in its sentence ('thì bị phạt từ 6 đến 8 triệu đồng')."""
    lo = max(ctx.doc.sentences[sentence].start, start - CUE_REACH)
    # every penalty cue says "phạt" (the pattern ignores case; tests/extract/test_facts.py): searched only where it is
    return "phạt" in ctx.doc.text[lo:end].casefold() and PRESCRIBED_RE.search(ctx.doc.text, lo, end) is not None


def _place(ctx: ArticleContext, start: int, end: int, sentence: int) -> PlaceFact:
    """Sentence, paragraph, head, actor, outlet: the first that names a place gives the figure's. Where the people
    of a sentence live ('trú tại ...') places nothing while anything else is named."""
    before, after = ctx.places_around(sentence, start, end)
    whole = _breakdown_total(ctx, end, after)
    if whole is not None:
        return whole
    if before and not after and all(_title_place(ctx, j) for j in before[-20:]):
        head = _head_place(ctx, start)  # 'TP HCM: Cháy 11 căn nhà' over a lead 'tại ..., phường 13, quận Phú Nhuận'
        if _below(head, _fact_of(ctx, before[-1], "sentence")):
            return head
    if after and ctx.locative(after[0]) and LOCATIVE_NEAR_RE.match(ctx.doc.text, end, ctx.places[after[0]].start):
        # "1 vụ tại quận Ô Môn": where the counted things were; "tại xã Đạ Nhim và xã Đạ Chais": the unit holding them
        return _list_parent(ctx, after[0]) or _several_parent(ctx, _typed_in_clause(ctx, after, end)) \
            or _fact_of(ctx, after[0], "sentence")
    if before and not all(ctx.places[j].role == "residence" for j in before[-20:]):
        # "... do 3 đối tượng vận chuyển trên địa bàn huyện X"; not past a new item ("9 đối tượng, trong đó 2 ... tại X")
        located = [j for j in after if ctx.locative(j)
                   and not SCENE_FAR_BREAK_RE.search(ctx.doc.text, end, ctx.places[j].start)]
        near = [j for j in located if ctx.places[j].start - end <= SCENE_AFTER_REACH]
        if not near:  # "bắt 1 sòng bạc tại một khách sạn trên đường Võ Văn Tần, phường 6": the address after 'tại'
            near = [j for j in after[:1] if ctx.places[j].role not in ("residence", "list")
                    and ADDRESS_AFTER_RE.fullmatch(ctx.doc.text, end, ctx.places[j].start)]
        own = _first_own(ctx, reversed(before))
        if not near and after and ctx.places[own].role == "actor":
            near = _scene_in_actor(ctx, own, end, after)
        first = _scene_of_actors(ctx, before, near, own)
        shared = _list_parent(ctx, first)
        if shared is not None:  # "lực lượng công an tại thị xã An Khê, thành phố Pleiku và huyện Kbang ... 09 vụ"
            return shared
        local = _national_body_acting(ctx, first, after, start)
        if local is not None:
            return local
        if located and _several_parent(ctx, _typed_in_clause(ctx, [j for j in after if j >= located[0]], end)) is not None:
            located = []  # 'ra mắt 4 CLB tại phường Cam Linh - TP Cam Ranh, xã Diên Điền ...': all of them, no one
        return _not_wider(ctx, _refine(ctx, first, lambda j: ctx.place_sentence[j] == sentence and (
            ctx.places[j].end <= start or j in located), pool=before[-8:] + located), "sentence", start)
    # "... đã đăng ký bảo hộ tại Việt Nam": a law's reach; "bắt giữ Hà Văn Thìn (SN 1988, trú xã Con Cuông)": where
    # the person named after the figure lives
    after = [j for j in after if not _country(ctx, j) and ctx.places[j].role != "residence"]
    if after:
        shared = _several_parent(ctx, after)
        if shared is not None:  # "11 cán bộ ... gồm: Chủ tịch UBND thị trấn Cầu Giát; ... xã Quỳnh Hồng"
            return shared
        own = _first_own(ctx, after)
        shared = _list_parent(ctx, own, several=True) if ctx.places[own].level in ("district", "commune") else None
        if shared is not None:  # "2 CLB tại 2 xã Đạ Ploa và Madagui (huyện Đạ Huoai)"
            return shared
        return _not_wider(ctx, _refine(ctx, _first_own(ctx, after),
                                       lambda j: ctx.place_sentence[j] == sentence and ctx.places[j].start >= end),
                          "sentence", start)
    para = ctx.paragraph_before[sentence]
    if para is not None and ctx.places[para].role == "residence" and _head_place(ctx, start).scope != "unknown" \
            and not HOME_SEARCH_RE.search(ctx.doc.text, ctx.doc.sentences[sentence].start, start):
        # 'Chị ta khai là Lê Thị Lý (xã Bắc Cường). Trong cốp xe của Lý có 25 g heroin': where a person of an earlier
        # sentence lives places nothing (the head's place does), unless the figure was found there ('Khám xét nơi ở')
        para = None
    if para is not None:
        paragraph = ctx.sentence_paragraph[sentence]
        shared = _list_parent(ctx, para, "paragraph")
        if shared is not None:  # 'ở các xã Hồng Giang, Phì Điền, Biên Sơn ... Sản lượng vải thiều ... ước đạt 118,5 nghìn tấn'
            return shared
        found = _refine(ctx, para, lambda j: ctx.place_sentence[j] < sentence
                        and ctx.sentence_paragraph[ctx.place_sentence[j]] == paragraph)
        scene = ctx.scene_before(start)  # the paragraph's scene inside that place ('tại khu vực bản X, xã Y, ...')
        if scene is not None and ctx.sentence_paragraph[ctx.place_sentence[scene]] == paragraph \
                and _inside(_scene_unit(ctx, scene), ctx.places[found]):
            found = scene
        return _not_wider(ctx, found, "paragraph", start)
    item = _digest_item_place(ctx, start)
    if item is not None:
        return item
    return _head_place(ctx, start)


ITEM_PLACES = 40  # places read back from a digest's figure for its item's last place
ITEM_SENTENCES = 4  # sentences before that place in which its item may name a unit inside it


def _digest_item_place(ctx: ArticleContext, start: int) -> PlaceFact | None:
    """In a digest ('Tin vắn ngày 11/2' over unrelated items), a figure whose sentence and paragraph name no place takes
    the place its item named last before it ('Chiều 13/10, tổ tuần tra ... tại đê Phúc Xá ... Trên đường dẫn giải,
    họ đã hối lộ 800.000 đồng'), as the few sentences before it narrow it ('... huyện Thốt Nốt ... Công an TP Cần
    Thơ cho biết ...': the district), not the head's: the headlines name the places of every item at once."""
    if not ctx.digest:
        return None
    usable = ctx.memo("usable_set", lambda: frozenset(ctx.usable))
    k = bisect_left(ctx.place_starts, start)
    last = next((j for j in range(k - 1, max(-1, k - 1 - ITEM_PLACES), -1) if j in usable
                 and ctx.places[j].role != "residence" and ctx.places[j].level in UNIT_LEVELS
                 and ctx.place_sentence[j] not in ctx.head_sentences), None)
    if last is None:
        return None
    item = [j for j in range(max(0, last - 12), last) if j in usable and ctx.place_sentence[j] not in ctx.head_sentences
            and ctx.place_sentence[j] >= ctx.place_sentence[last] - ITEM_SENTENCES]
    return _fact_of(ctx, _refine(ctx, last, lambda j: True, pool=item), "paragraph")


ITEM_RE = re.compile(r"[^;\n\d]*")


def _typed_in_clause(ctx: ArticleContext, indexes: list[int], end: int) -> list[int]:
    """The places of ``indexes`` written with their type word ('xã Diên Điền', not the bare district of a chain 'xã
    Lóng Luông, Vân Hồ') that stand in the item of a figure ending at ``end`` (no ';' or number between: 'vỡ 100m đê
    tại các xã A, B thuộc huyện C; một đoạn đê xã D', '1 điểm ở huyện A, 2 điểm ở huyện B' go on to another item), and
    are no one's home: the units a scene names one after another."""
    text = ctx.doc.text
    return [j for j in indexes if ctx.places[j].role != "residence" and _strip_type(ctx.places[j].text) != ctx.places[j].text
            and ITEM_RE.fullmatch(text, end, ctx.places[j].start)]


# a search of a person's home: what it finds is counted where the person lives ('Khám xét nơi ở của Tỵ, thu giữ ...')
HOME_SEARCH_RE = re.compile(r"(?<![^\W\d_])(?i:khám xét|khám|lục soát)\s+(?:(?i:khẩn cấp)\s+)?(?i:nhà|nơi ở|chỗ ở|nơi cư trú)"
                            r"(?![^\W\d_])")
# a figure's breakdown by unit in brackets right after it: 'mất tích 21 người (Hòa Bình: 5, Yên Bái: 9, ...)',
# 'làm 6 người chết (Vĩnh Phúc 2 người, Lào Cai 1 người)'
BREAKDOWN_OPEN_RE = re.compile(r"[^().;:!?\n]{0,30}?\(\s*")
BREAKDOWN_ITEM_RE = re.compile(r"\s*(?::\s*)?(?:có\s+|là\s+)?\d")


def _title_place(ctx: ArticleContext, i: int) -> bool:
    """Whether place ``i`` opens the title before a colon ('Quận 10: 30 lô chung cư ...', 'An Giang: Đạt 78,94% ...'):
    the headline's own place, which the lead says more precisely; a figure of the title it stands before is the lead's."""
    p = ctx.places[i]
    sent = ctx.place_sentence[i]
    return sent == 0 and p.level in UNIT_LEVELS and TITLE_PLACE_RE.match(ctx.doc.text, p.end) is not None \
        and not ctx.doc.text[ctx.doc.sentences[sent].start:p.start].strip()


def _breakdown_total(ctx: ArticleContext, end: int, after: list[int]) -> PlaceFact | None:
    """A total broken down by unit in the brackets after it counts for the unit holding them all (the nation for
    several provinces, the province for several of its districts), not for the unit the sentence named before."""
    if not after:
        return None
    m = BREAKDOWN_OPEN_RE.match(ctx.doc.text, end)
    first = ctx.places[after[0]]
    if m is None or first.start != m.end() or not BREAKDOWN_ITEM_RE.match(ctx.doc.text, first.end):
        return None
    close = ctx.doc.text.find(")", m.end())
    items = [ctx.places[j] for j in after if close < 0 or ctx.places[j].end <= close]
    items = [q for q in items if q.level == first.level and BREAKDOWN_ITEM_RE.match(ctx.doc.text, q.end)]
    if len({q.place_id or q.text for q in items}) < 2:
        return None
    if first.level == "province":
        return PlaceFact("national", None, None, None, source="sentence")
    if first.level == "district" and first.province_id and all(q.province_id == first.province_id for q in items):
        return _unit_fact(ctx, "province", {"province": first.province_id}, "sentence")
    if first.level == "commune" and first.district_id and all(q.district_id == first.district_id for q in items):
        return _unit_fact(ctx, "district", {"district": first.district_id}, "sentence")
    return None


def _not_wider(ctx: ArticleContext, i: int, source: FactSource, start: int) -> PlaceFact:
    """Place ``i``'s fact, unless it only widens the scene the head gives (the head's place lies in its unit): an
    organisation named without its unit's name says who acted, not where ('Công an tỉnh đã thu giữ 1 kg', 'Sở Tài
    chính thẩm định'), and a unit or national body named in a paragraph in passing, not as a scene, does not widen it
    either (the lead's 'tại xã Hòa Khánh Đông, huyện Đức Hòa', then 'công an huyện Đức Hòa ập vào ... thu giữ 1 kg ma
    túy đá'; 'Bộ Y tế đã chỉ đạo ... Buổi diễn tập huy động 120 người')."""
    fact = _fact_of(ctx, i, source)
    p = ctx.places[i]
    if _national_award(ctx, i, start):
        head = _head_place(ctx, start)
        if head.scope in LEVEL_RANK:
            return head
    body = p.role == "scope" and p.name is None and not TERRITORY_RE.match(p.text)
    if p.level == "national":  # a national body in a sentence before the figure's ('Bộ Công an chỉ đạo ...') in passing
        body = body and source == "paragraph" and p.text.casefold() not in _national_territories()
    passing = source == "paragraph" and p.role == "named" and not ctx.locative(i)
    if body or passing:
        head = _head_place(ctx, start)
        if head.source == "title" and _below(head, fact):
            return head
    return fact


def _national_body_acting(ctx: ArticleContext, i: int, after: list[int], start: int) -> PlaceFact | None:
    """'Bộ trưởng Bộ Công an ký quyết định thăng cấp cho 2 cán bộ Công an quận Sơn Trà', 'Cơ quan CSĐT Bộ Công an khởi
    tố 10 bị can trong đường dây buôn lậu ở khu vực cửa khẩu X (huyện Y)': a national body acting on people or things
    of a unit the sentence names after the figure counts them there (in an article whose head is about a unit; a
    national body's own totals, with no unit named after them, stay national)."""
    p = ctx.places[i]
    if p.level != "national" or p.role != "scope" or p.text.casefold() in _national_territories():
        return None
    local = next((j for j in after if ctx.places[j].level in UNIT_LEVELS and ctx.places[j].name is not None
                  and ctx.places[j].role not in ("residence", "list")), None)
    if local is None or _head_place(ctx, start).scope not in LEVEL_RANK:
        return None
    text, at = ctx.doc.text, ctx.places[local].start
    if at - start > SCENE_FAR_REACH or not SCENE_FAR_RE.fullmatch(text, start, at) \
            or SCENE_FAR_BREAK_RE.search(text, start, at):
        return None  # '...; trong đó tỉnh X có 12 vụ': a new clause or item, not where these were counted
    return _fact_of(ctx, local, "sentence")


def _national_award(ctx: ArticleContext, i: int, start: int) -> bool:
    """'Bộ Công an tặng Bằng khen cho 18 tập thể', 'được Bộ trưởng Bộ Công an khen thưởng 5 cá nhân': a national body
    that honours counts the honoured, who are the article's own people; the award is theirs, where the article is (a
    national body's own totals stay national)."""
    p = ctx.places[i]
    if p.level != "national" or p.role != "scope" or p.text.casefold() in _national_territories():
        return False
    return cue_res()["award"].search(ctx.doc.text, p.end, start) is not None


@cache
def _national_territories() -> frozenset[str]:
    """The scope phrases naming the nation or a region of it ('cả nước', 'Tây Nguyên'), not a national body."""
    return frozenset(w.casefold() for w in labelled("place_words.tsv")["scope-national"])


def _head_place(ctx: ArticleContext, start: int) -> PlaceFact:
    """The head's place (_article_place), or the last scene the article gives inside it ("tại xã X")."""
    head = ctx.memo("article_place", lambda: _article_place(ctx))
    scene = ctx.scene_before(start)
    if scene is not None and head[1] is not None and _inside(_scene_unit(ctx, scene), ctx.places[head[1]]):
        return _fact_of(ctx, scene, "title")
    return head[0]


def _below(q: PlaceFact, p: PlaceFact) -> bool:
    """Whether place fact q names a unit strictly inside the unit p names (by their ids), or any unit of the nation."""
    if p.scope == "national":
        return q.scope in LEVEL_RANK
    if q.scope not in LEVEL_RANK or p.scope not in LEVEL_RANK or LEVEL_RANK[q.scope] <= LEVEL_RANK[p.scope]:
        return False
    return (p.province_id is None or q.province_id == p.province_id) \
        and (p.scope != "district" or p.district_id is None or q.district_id == p.district_id)


# The scope phrases that name a territory ('toàn tỉnh', 'trên địa bàn huyện', 'cấp tỉnh'), not a body ('Công an tỉnh')
TERRITORY_RE = re.compile(r"(?i:toàn|trên|trong|địa bàn|cấp|cả|phạm vi)(?![^\W\d_])")
LEVEL_RANK = {"province": 1, "district": 2, "commune": 3, "village": 4}
# between a figure and the first unit of the address its 'tại' phrase gives ('1 sòng bạc tại một khách sạn trên đường Võ
# Văn Tần, ', '10 đối tượng đang đánh bài tại thôn 3, '): 'tại'/'ở' soon after the figure, and no clause's end or bracket
ADDRESS_AFTER_RE = re.compile(r"[^.;:!?\n()]{0,40}?(?<![^\W\d_])(?i:tại|ở)(?![^\W\d_])[^.;:!?\n()]{0,60}")
SCENE_AFTER_REACH = 40  # "thu giữ 6 bánh heroin, tại thôn X": a scene right after the figure


def _scene_of_actors(ctx: ArticleContext, before: list[int], located: list[int], first: int) -> int:
    """'tại Quốc lộ 4D, thuộc thôn Giàng Thàng (xã Đồng Tuyển, ...), BĐBP Lào Cai phối hợp với BĐBP 2 tỉnh Điện
    Biên, Lai Châu ... thu giữ 32 bánh heroin', 'BĐBP tỉnh Lào Cai phối hợp với Công an huyện Si Ma Cai ... thu giữ
    6 bánh heroin, tại thôn Lù Dì Sán (xã Sán Chải, ...)': the scene the sentence gives (the last before the figure,
    else the first after it), not the organisations named before the figure (who acted, from a unit at the scene's
    level or above), places what was counted. ``first`` is the place read otherwise (the last before the figure)."""
    scene = next((j for j in (*reversed(before), *located) if ctx.places[j].level in LEVEL_RANK
                  and (j in located or ctx.locative(j))), None)
    if scene is None or scene == first:
        return first
    p = _scene_unit(ctx, scene)  # a village's commune ('thôn Giàng Thàng (xã Đồng Tuyển, ...)')
    for j in before[before.index(scene) + 1:] if scene in before else before:
        q = ctx.places[j]
        if q is p or q.role == "residence" or _inside(p, q):
            continue  # the scene's own chain ('phường Mỹ Hào, tỉnh Hưng Yên')
        if q.role not in ("actor", "scope") or q.level not in LEVEL_RANK or LEVEL_RANK[q.level] > LEVEL_RANK[p.level]:
            return first
    return scene


# between a figure and a scene further on in its clause that places it: no new clause or item ('; trong đó 1 điểm ở ...')
SCENE_FAR_RE = re.compile(r"[^;:!?\n]*")
SCENE_FAR_REACH = 200  # characters after a figure such a scene is read in (a run-on text costs no more per figure)
SCENE_FAR_BREAK_RE = re.compile(r"(?<![^\W\d_])(?i:trong đó|trong số đó|gồm|còn|và\s+\d)(?![^\W\d_])")
# a scene's locative word, the address's first steps between it and the unit ('tại khóm 6 (phường Tân Thành', '(tại tổ 12,
# ấp Bến Tràm, xã Cửa Dương')
SCENE_CUE_RE = re.compile(r"(?<![^\W\d_])(?i:tại|ở|thuộc|trên địa bàn|địa bàn|địa phận)(?![^\W\d_])[^.;:!?()\n]{0,40}"
                          r"(?:\([ ]*)?$")


def _scene_in_actor(ctx: ArticleContext, own: int, end: int, after: list[int]) -> list[int]:
    """'Công an tỉnh Cà Mau bắt quả tang 4 đối tượng đang vận chuyển ... trên xe ô tô ..., tại khóm 6 (phường Tân Thành,
    thành phố Cà Mau)': the organisation of a unit that acts before a figure says who acted; the scene its clause gives
    further on, inside that unit, says where ([scene], or [] when no such scene follows, it lies outside the actor's
    unit, or a new clause or item stands between)."""
    text = ctx.doc.text
    scene = next((j for j in after if ctx.places[j].role != "residence"), None)
    if scene is None or ctx.places[scene].role in ("list", "object", "example"):
        return []  # 'tại các huyện A, B và ...': several scenes
    start = ctx.places[scene].start
    if start - end > SCENE_FAR_REACH or not SCENE_FAR_RE.fullmatch(text, end, start) or SCENE_FAR_BREAK_RE.search(text, end, start) \
            or not SCENE_CUE_RE.search(text, max(end, start - 60), start):
        return []
    return [scene] if _inside(_scene_unit(ctx, scene), ctx.places[own]) else []


def _scene_unit(ctx: ArticleContext, i: int) -> PlaceMention:
    """The unit a scene is in: a village's commune named right after it ('tại khu vực bản Chua Ta C (xã Phì Nhừ,
    ...)'), else the scene itself."""
    p = ctx.places[i]
    if p.level != "village":
        return p
    for j in ctx.neighbours(i, 40):
        q = ctx.places[j]
        if q.level == "commune" and q.place_id and 0 <= q.start - p.end <= 40:
            return q
    return p


def _country(ctx: ArticleContext, i: int) -> bool:
    """'Việt Nam' named as a place (not 'cả nước', 'toàn quốc', which say the figure is national)."""
    return ctx.places[i].level == "national" and ctx.places[i].role == "named"


def _list_parent(ctx: ArticleContext, i: int, source: FactSource = "sentence", several: bool = False) -> PlaceFact | None:
    """The unit holding all the units of a list place ``i`` belongs to ('các huyện Định Quán, Vĩnh Cửu': the province
    both are in), when they share one; None when ``i`` is no list of same-level units. ``several``: a list the text
    counts ('2 xã Đạ Ploa và Madagui') is of several units however many of them were read."""
    p = ctx.places[i]
    if p.level == "province" and p.role in ("list", "named"):
        # 'Tại các tỉnh Hòa Bình, Yên Bái, Thanh Hóa, Nghệ An, Hà Tĩnh, ... đã có 62 nhà bị sập', 'đưa về Hà Nội, Hải
        # Phòng, Hà Tây, Nam Định, Thái Nguyên, ... tiêu thụ 2.882 bánh heroin': a region's worth of provinces, with
        # their type word or bare, is the nation's (as 'miền Bắc'); two or three ('3 tỉnh Bình Định, Quảng Ngãi và
        # Phú Yên') stay provinces (the gold: scope province, no name)
        members = _list_members(ctx, i)
        if len({q.province_id or q.text for q in members}) < REGION_PROVINCES:
            return None
        return PlaceFact("national", None, None, None, source=source)
    if p.level not in ("district", "commune") or not p.province_id:
        return None
    members = _list_members(ctx, i)
    if len(members) < 2 and not (several and p.role == "list"):
        return None
    if p.level == "commune" and p.district_id and all(q.district_id == p.district_id for q in members):
        return _unit_fact(ctx, "district", {"district": p.district_id}, source)
    if all(q.province_id == p.province_id for q in members):
        return _unit_fact(ctx, "province", {"province": p.province_id}, source)
    return None


def _list_members(ctx: ArticleContext, i: int) -> list[PlaceMention]:
    """Place ``i`` and the units of its level listed with it ('huyện Định Quán, Vĩnh Cửu'), up to LIST_REACH; worked
    out once per place (every figure near a list asks)."""
    return ctx.memo(("list_members", i), lambda: _walk_list(ctx, i))


def _walk_list(ctx: ArticleContext, i: int) -> list[PlaceMention]:
    p = ctx.places[i]
    members = [p]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(ctx.places) and len(members) < LIST_REACH:
            q = ctx.places[j + step]
            left, right = (q, ctx.places[j]) if step < 0 else (ctx.places[j], q)
            if q.level != p.level or q.role == "residence" \
                    or not LIST_JOIN_RE.fullmatch(ctx.doc.text, left.end, right.start):
                break
            members.append(q)
            j += step
    return members


def _several_parent(ctx: ArticleContext, indexes: list[int]) -> PlaceFact | None:
    """The unit holding the several different communes (or districts) named after a figure in its sentence ('11 cán
    bộ ... gồm: Chủ tịch UBND thị trấn Cầu Giát; ... xã Quỳnh Hồng; ...'), when they share one; None otherwise."""
    if not indexes:
        return None
    first = ctx.places[indexes[0]]
    if first.level not in ("district", "commune"):
        return None
    same = [ctx.places[j] for j in indexes if ctx.places[j].level == first.level]
    if len({place_key(_strip_type(q.text)) for q in same}) < 2:  # as written: a merged commune has its successor's id
        return None
    if first.level == "commune" and first.district_id and all(q.district_id == first.district_id for q in same):
        return _unit_fact(ctx, "district", {"district": first.district_id}, "sentence")
    if first.province_id and all(q.province_id == first.province_id for q in same):
        return _unit_fact(ctx, "province", {"province": first.province_id}, "sentence")
    return None


def _first_own(ctx: ArticleContext, indexes) -> int:
    """The first place (of the nearest few) that is not where a person lives, else the first one."""
    indexes = list(islice(indexes, 20))
    return next((i for i in indexes if ctx.places[i].role != "residence"), indexes[0])


def _article_place(ctx: ArticleContext) -> tuple[PlaceFact, int | None]:
    """Where the whole article is (and the place it was read from): its head's actor, refined by the places
    of the head, else the first actor, national scope or own territory, else the outlet's province, else the province its body
    names most, else the nation when it names a national body, else nowhere."""
    head = [i for i in ctx.usable if ctx.place_sentence[i] in ctx.head_sentences][:40]
    homes = head if all(ctx.places[i].role == "residence" for i in head) else []
    if homes:  # 'Hứa Anh (SN 1964, thường trú phường 5, quận 11-TPHCM)': where the head's people live, read last
        head = []
    if head:
        actors = [i for i in head if ctx.places[i].role in ("actor", "scope") and ctx.places[i].level != "foreign"]
        primary = actors or [i for i in head if ctx.places[i].role != "residence"] or head
        lead = head[0]  # 'Quận 10: 30 lô chung cư sập bất cứ lúc nào', 'An Giang: Đạt 78,94% ...': the title's own place
        if ctx.places[lead].level in UNIT_LEVELS and ctx.places[lead].place_id \
                and TITLE_PLACE_RE.match(ctx.doc.text, ctx.places[lead].end) \
                and not ctx.doc.text[ctx.doc.sentences[ctx.place_sentence[lead]].start:ctx.places[lead].start].strip():
            primary = [lead]
        abroad = [i for i in head if ctx.places[i].level == "foreign"]
        if not actors and abroad and ctx.places[primary[0]].level == "national":
            primary = abroad  # a story abroad names Việt Nam for its readers ("từng gây sốt ở Việt Nam")
        primary = _national_body_at(ctx, primary, head)
        single = _single_in_head(ctx, primary[0], head)
        if ctx.places[primary[0]].role == "actor" and ctx.places[primary[0]].level == "province":
            # 'Tòa án tỉnh Phú Thọ tuyên phạt 6 án tử hình ... Khi đó, Phương bị bắt ... qua huyện Tam Nông': a
            # provincial body acting in the title or lead is refined by the units of its own sentence or the lead's
            # first sentence (the scene of its act), not by a district a later head sentence names in the back-story
            last = max(ctx.place_sentence[primary[0]], min((s for s in ctx.head_sentences if s > 0), default=0))
            found = _refine(ctx, primary[0], lambda j: single(j) and ctx.place_sentence[j] <= last, pool=head)
        else:
            found = _refine(ctx, primary[0], single, pool=head)
        p, q = ctx.places[primary[0]], ctx.places[found]
        title = [ctx.places[i] for i in head if ctx.place_sentence[i] == 0 and ctx.places[i].role != "residence"]
        if p.level == "province" and q.level == "district" and ctx.place_sentence[found] > 0 \
                and any(t.level == "province" and t.place_id == p.place_id for t in title) \
                and not any(t.level in ("district", "commune", "village") for t in title):
            found = primary[0]  # 'Gia tăng tội phạm ... ở Bình Định': the title's province, not a district of the lead
        found = _namesake_city(ctx, found)
        return _fact_of(ctx, found, "title"), found
    # the first actor, or the nation named before any ('cả nước phát hiện ...', 'Tổng cục Hải quan cho biết ...'), or
    # the article's own territory named before either ('Hiện toàn tỉnh có ...')
    actor = next((i for i in ctx.usable if ctx.places[i].role == "actor"
                  or ctx.places[i].level == "national" and ctx.places[i].role == "scope"
                  or _own_territory(ctx, i)), None)
    if actor is not None:
        return _fact_of(ctx, actor, "body" if _own_territory(ctx, actor) else "actor"), actor
    if ctx.default_ids:
        unit = gazetteer().units[ctx.default_ids[0]]
        return _unit_fact(ctx, unit.level, {unit.level: unit.place_id}, "outlet"), None
    # a head and lead that name no place: the province the body names most ('TP.HCM' in a Tuổi Trẻ court report) and
    # more often than a national body or scope ('cả nước', 'Bộ Công an', 'Tổng cục Hải quan'), else the nation when the
    # body names one
    last = max(ctx.head_sentences, default=-1)
    body = [p for p, s in zip(ctx.places, ctx.place_sentence, strict=True)
            if (s > last or s in ctx.head_sentences) and p.role != "residence"]  # not a caption in the head
    counts = Counter(p.province_id for p in body if p.province_id).most_common(2)
    national = sum(p.level == "national" and p.role == "scope" for p in body)
    if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) and counts[0][1] > national:
        return _unit_fact(ctx, "province", {"province": counts[0][0]}, "body"), None
    # a provincial (or district) paper's own unit, never named: 'trên địa bàn tỉnh xảy ra 67 vụ', 'toàn tỉnh'
    levels = Counter(p.level for p in body if p.name is None and p.role == "scope" and p.level in UNIT_LEVELS)
    if levels:
        return PlaceFact(cast(Scope, levels.most_common(1)[0][0]), None, None, None, source="body"), None
    if any(p.level == "national" for p in body):
        return PlaceFact("national", None, None, None, source="body"), None
    if homes:
        found = _refine(ctx, homes[0], _single_in_head(ctx, homes[0], homes), pool=homes)
        return _fact_of(ctx, found, "title"), found
    return PlaceFact("unknown", None, None, None, source="none"), None


OWN_TERRITORY_RE = re.compile(r"(?i:toàn|trên địa bàn|địa bàn)(?![^\W\d_])")  # not 'trong tỉnh' ('một trường trong tỉnh')


def _own_territory(ctx: ArticleContext, i: int) -> bool:
    """'Hiện toàn tỉnh có 127 mô hình', 'trên địa bàn huyện xảy ra 5 vụ': a phrase naming the territory of the
    article's own unit without its name; named before any actor, it says where the article is."""
    p = ctx.places[i]
    return p.role == "scope" and p.name is None and p.level in UNIT_LEVELS and OWN_TERRITORY_RE.match(p.text) is not None


# a national body's review meeting or conference: its figures are the nation's wherever it meets
MEETING_RE = re.compile(r"(?i:hội nghị|sơ kết|tổng kết|hội thảo|họp báo)(?![^\W\d_])")


def _national_body_at(ctx: ArticleContext, primary: list[int], head: list[int]) -> list[int]:
    """'Bộ Công an phá đường dây ... tại TP HCM', 'TAND Tối cao xử phúc thẩm ... TP HCM', 'Chính phủ đồng ý ... UBND
    tỉnh Lào Cai đề xuất': a national body named in the head with the units of one province acts in that province;
    its figures are the province's (a head naming the nation's territory, 'cả nước', or several provinces is
    national)."""
    p = ctx.places[primary[0]]
    if p.level != "national" or p.text.casefold() in _national_territories():
        return primary
    if any(ctx.places[i].level == "national" and ctx.places[i].text.casefold() in _national_territories()
           for i in head):
        return primary
    units = [i for i in head if ctx.places[i].level in UNIT_LEVELS and ctx.places[i].role in ("named", "actor", "scope")
             and ctx.places[i].province_id]
    if not units or len({ctx.places[i].province_id for i in units}) != 1:
        return primary
    if any(MEETING_RE.search(ctx.doc.sentences[s].text) for s in ctx.head_sentences):
        return primary  # 'Hội nghị tổng kết ngành tòa án tại TP HCM': a national meeting held in the city
    return sorted(units, key=lambda i: (ctx.places[i].role != "actor", LEVEL_RANK[ctx.places[i].level]))[:1]


def _namesake_city(ctx: ArticleContext, i: int) -> int:
    """'Vụ lừa đảo lớn chưa từng có ở Lào Cai' over a body that names 'thị xã Lào Cai' again and again: a head naming a
    province without its type word speaks of the province's namesake city (its capital) when the article names that
    city as a unit more than once, and more often than it writes 'tỉnh Lào Cai'."""
    p = ctx.places[i]
    if p.level != "province" or p.name is None or _strip_type(p.text) != p.text:
        return i
    key = place_key(p.name)
    city = [j for j in range(len(ctx.places)) if ctx.places[j].level == "district"
            and ctx.places[j].province_id == p.province_id and ctx.places[j].name
            and place_key(ctx.places[j].name) == key]
    typed = sum(q.level == "province" and q.province_id == p.province_id and _strip_type(q.text) != q.text
                and q.name is not None for q in ctx.places)
    if len(city) < 2 or len(city) <= typed:
        return i
    return next((j for j in city if j in ctx.usable and ctx.places[j].role != "residence"), i)


def _single_in_head(ctx: ArticleContext, i: int, head: list[int]):
    """Which places of the head may refine its place ``i``: those of a level at which the head names one unit inside
    it; a head that names several ('15 ổ mại dâm trên 5 quận gồm: quận 1, ...', 'TP Hà Tĩnh, TX Hồng Lĩnh') is about
    all of them, the unit above."""
    units: dict[str, set[str]] = {}
    for j in head:
        q = ctx.places[j]
        if j != i and q.role != "residence" and _inside(q, ctx.places[i]):
            units.setdefault(q.level, set()).add(q.place_id or q.text)
    return lambda j: len(units.get(ctx.places[j].level, ())) <= 1


def _refine(ctx: ArticleContext, i: int, allowed, pool: list[int] | None = None) -> int:
    """The most specific place of the chain place ``i`` belongs to: 'huyện Lý Nhân ... xã Phú Phúc, huyện
    Lý Nhân' and 'TP.Cà Mau (Cà Mau)' name one place, the commune and the city. A place inside it counts
    when it stands next to it (``allowed`` neighbours), or anywhere in ``pool`` when one is given. A unit of a list
    ('tại 2 xã Đạ Ploa và Madagui (huyện Đạ Huoai)') is one of several places: it refines none."""
    best = i
    home = ctx.places[i].role == "residence"  # an address refines an address, not where something happened
    near = pool if pool is not None else ctx.neighbours(i, CHAIN_WINDOW)
    several = _several_inside(ctx, i, near, allowed) if pool is None else frozenset()
    for j in near:
        if j != i and allowed(j) and (home or ctx.places[j].role != "residence") and _inside(ctx.places[j], ctx.places[best]) \
                and (ctx.places[j].role != "list" or len(_list_members(ctx, j)) < 2) and ctx.places[j].level not in several:
            best = j
    return best


def _several_inside(ctx: ArticleContext, i: int, near: list[int], allowed) -> frozenset[str]:
    """The levels at which the places next to place ``i`` name several units inside it ('Công an thị xã Bình Long và
    Công an huyện Lộc Ninh (tỉnh Bình Phước)'): the province is the place of them all, no one of them refines it."""
    units: dict[str, set[str]] = {}
    for j in near:
        q = ctx.places[j]
        if j != i and q.role != "residence" and allowed(j) and _inside(q, ctx.places[i]):
            units.setdefault(q.level, set()).add(q.place_id or q.text)
    return frozenset(level for level, ids in units.items() if len(ids) > 1)


def _inside(q: PlaceMention, p: PlaceMention) -> bool:
    """True when q is a unit strictly inside p (by the ids the gazetteer settled)."""
    if p.level == "province" and p.place_id and q.level in ("district", "commune"):
        return q.province_id == p.place_id
    if p.level == "district" and p.place_id and q.level == "commune":
        return q.district_id == p.place_id
    return False


def _fact_of(ctx: ArticleContext, i: int, source: FactSource) -> PlaceFact:
    """Place ``i``'s fact as ``source`` gives it, worked out once per article: the figures of a sentence or
    paragraph mostly take the same place."""
    return ctx.memo(("fact_of", i, source), lambda: _place_fact(ctx, i, source))


def _place_fact(ctx: ArticleContext, i: int, source: FactSource) -> PlaceFact:
    p = ctx.places[i]
    if p.level == "national":
        return PlaceFact("national", None, None, None, source=source)
    if p.level == "foreign":
        return PlaceFact("foreign", None, None, None, source=source)
    if p.level == "village":
        commune = _commune_near(ctx, i)
        return _unit_fact(ctx, "commune", {"commune": commune} if commune else {}, source)
    if p.name is None:  # a scope phrase: its paragraph's unit of that level, else the article's own
        level = "district" if p.level == "province" and _city_below(ctx, p) else p.level
        said = _paragraph_unit(ctx, i, level)
        if said is not None and (level not in ctx.main
                                 or place_key(_unit_name(ctx, said)) != place_key(_unit_name(ctx, ctx.main[level]))):
            return _unit_fact(ctx, level, {level: said}, source)
        if level in ctx.main:
            return _unit_fact(ctx, level, {level: ctx.main[level]}, source)
        fact = _unit_fact(ctx, level, {}, source)
        own = ctx.main_name(level) if level in UNIT_LEVELS else None
        named: dict[str, Any] = {level: own}  # "Công an huyện" after "huyện Bảo Lâm" (two provinces have one)
        return replace(fact, **named) if own else fact
    ids = {}
    if p.place_id:
        ids[p.level] = p.place_id
    if p.district_id:
        ids.setdefault("district", p.district_id)
    if p.province_id:
        ids.setdefault("province", p.province_id)
    if not ids:
        ids = _unit_of_name(ctx, p)
    fact = _unit_fact(ctx, p.level, ids, source)
    written = _written_name(p)
    if not written:
        return fact
    name: dict[str, Any] = {p.level: written}  # the level's name field: province, district or commune
    return replace(fact, **name)


def _paragraph_unit(ctx: ArticleContext, i: int, level: str) -> str | None:
    """The unit of ``level`` the paragraph of scope phrase ``i`` names last before it ('Hà Nội xảy ra bảy vụ ... CSGT
    toàn TP kiểm tra ... 7.800 trường hợp' in a TP.HCM paper's round-up: Hà Nội's), by its id; None when it names none
    or names it only as where someone lives, in a list of units ('tiếp giáp với hai xã Chư Ngọc, Ea Dreh') or bare and
    spelt otherwise than the unit ('sông Kiến Giang' is no 'Kiên Giang'). Worked out for all places in one pass."""
    def compute() -> dict[str, list[str | None]]:
        usable = frozenset(ctx.usable)
        last: dict[str, list[str | None]] = {lv: [] for lv in UNIT_LEVELS}
        said: dict[str, str | None] = {}
        paragraph = -1
        for j, q in enumerate(ctx.places):  # the places are in text order
            if ctx.sentence_paragraph[ctx.place_sentence[j]] != paragraph:
                paragraph, said = ctx.sentence_paragraph[ctx.place_sentence[j]], {}
            for lv in UNIT_LEVELS:
                last[lv].append(said.get(lv))  # named before place j
            if j in usable and q.level in last and q.name and q.place_id and q.role not in ("residence", "list") \
                    and (_strip_type(q.text) != q.text or q.text.casefold() == q.name.casefold()):
                said[q.level] = q.place_id
        return last
    return ctx.memo("paragraph_units", compute)[level][i] if level in UNIT_LEVELS else None


def _unit_of_name(ctx: ArticleContext, p: PlaceMention) -> dict[str, str]:
    """The unit a district or commune left unsettled is, when its name leaves one: 'tại Lăng Cô' (no type word, so the
    place finder kept no unit) is the town of Phú Lộc, Thừa Thiên Huế, and its fact names them. The units of the map
    before 2025 count first; several of that name settle on the one inside the article's own province, else on none."""
    if p.level not in ("district", "commune") or not p.name:
        return {}
    gaz = gazetteer()
    units = [gaz.units[c] for c in p.candidates] if p.candidates else gaz.lookup(p.level, p.name)
    units = [u for u in units if u.era == "2023"] or units
    if len(units) > 1 and "province" in ctx.main:
        units = [u for u in units if u.province_id == ctx.main["province"]]
    return {p.level: units[0].place_id} if len(units) == 1 else {}


def _city_below(ctx: ArticleContext, p: PlaceMention) -> bool:
    """'toàn thành phố', 'Công an thành phố' in an article about a city of a province (Đà Lạt, Buôn Ma Thuột): the
    city is the article's district, not a province (Hà Nội, TP.HCM are both). A city's portal that names no province
    at all ('trên địa bàn thành phố' in the TP Quảng Ngãi pages, 'Công an thành phố' of Bảo Lộc) speaks of a city of a
    province: a centrally-run city's article names the city somewhere."""
    if "thành phố" not in p.text.casefold():
        return False
    units = gazetteer().units
    province = ctx.main.get("province")
    if "district" not in ctx.main:
        return province is None
    return units[ctx.main["district"]].type == "Thành phố" and (province is None or units[province].type != "Thành phố")


def _written_name(p: PlaceMention) -> str | None:
    """The unit's name ('TP.HCM' -> 'Hồ Chí Minh', 'huyện Đăk Tô' -> 'Đắk Tô', 'Đakrông' -> 'Đa Krông'); the name as
    the text writes it, without the type word, when the unit is unknown or the text names a district or commune of its
    day by another name or writes its apostrophe otherwise (_as_written)."""
    name = _strip_type(p.text)
    if p.name is None or _as_written(p.level, name, p.name):
        return name
    return p.name


def _as_written(level: str, name: str, map_name: str) -> bool:
    """Whether a unit the map calls ``map_name`` keeps the name the text writes: a former unit (_former) or an
    apostrophe written otherwise (_apostrophe_variant)."""
    return _former(level, name, map_name) or _apostrophe_variant(name, map_name)


def _apostrophe_variant(written: str, map_name: str) -> bool:
    """'Ia H’Drai' for the map's 'Ia H'Drai', 'Cư M’Gar' for 'Cư M'gar': the same name but for the apostrophe's
    glyph and the letter case after it, kept as the text writes it."""
    return written != map_name and "’" in written and written.replace("’", "'").casefold() == map_name.casefold()


def _strip_type(text: str) -> str:
    m = TYPE_WORD_RE.match(text)
    return " ".join(text[m.end() if m else 0:].split())


def _former(level: str, name: str, map_name: str) -> bool:
    """Whether a district or commune written ``name``, another name than the map's (not another spelling of it), is
    a unit of its day that has since merged ('huyện Nông Sơn', now part of Quế Sơn; 'Quận 9', now Thủ Đức): written
    out in full, not abbreviated ('Q.1', 'TP.HCM') as an alias would be; or a province of data/former_places.tsv
    ('tỉnh Hà Tây', part of Hà Nội since 2008)."""
    return level in ("district", "commune") and "." not in name and not name.isupper() \
        and place_key(name) != place_key(map_name) or level == "province" and place_key(name) in former_places()


def _unit_name(ctx: ArticleContext, place_id: str) -> str:
    """A unit's name in this article: as the article writes it when that is the name of a unit of its day (the
    commune's district 'Đất Đỏ', not the 'Long Đất' it merged into; the province 'Hà Tây' in an article that never
    names Hà Nội, which took it in), else the map's name."""
    def compute() -> dict[str, str]:
        gaz = gazetteer()
        out: dict[str, str] = {}
        mapped: set[str] = set()  # provinces the article also names by the map's name
        for p in ctx.places:
            if p.place_id and p.level in ("province", "district", "commune"):
                name = _strip_type(p.text)
                if _as_written(p.level, name, gaz.units[p.place_id].short):
                    out.setdefault(p.place_id, name)
                elif p.level == "province":
                    mapped.add(p.place_id)
            if p.level == "commune" and p.district_id and (bracket := _bracket_district(ctx, p)):
                out.setdefault(p.district_id, bracket)
        return {k: v for k, v in out.items() if k not in mapped}
    return ctx.memo("unit_names", compute).get(place_id) or gazetteer().units[place_id].short


BRACKET_NAME_RE = re.compile(r"\s*\(([^\W\d_][^(),;\n]{1,30})[),]")


def _bracket_district(ctx: ArticleContext, p: PlaceMention) -> str | None:
    """'xã Mỹ Tiến (Mỹ Lộc)': the name of its day of the commune's district, written bare in brackets after it, when
    that name is a former name of the district the map has the commune in (Mỹ Lộc, merged into the city of Nam
    Định); None otherwise."""
    m = BRACKET_NAME_RE.match(ctx.doc.text, p.end)
    if m is None or p.district_id is None:
        return None
    name = m.group(1).strip()
    district = gazetteer().units[p.district_id]
    if p.district_id not in {u.place_id for u in gazetteer().lookup("district", name)} \
            or not _former("district", name, district.short):
        return None
    return name


def _former_province_of(ctx: ArticleContext, district_id: str) -> str | None:
    """The province of its day a district is written with ('thị xã Hà Đông, tỉnh Hà Tây' in a 2006 article that also
    names Hà Nội): the text's chain names the province the district then lay in (data/former_places.tsv), though the
    map, and _unit_name for an article that names Hà Nội too, give the one it has merged into."""
    def compute() -> dict[str, str]:
        out: dict[str, str] = {}
        for p, q in zip(ctx.places, ctx.places[1:], strict=False):
            if q.level != "province" or not 0 <= q.start - p.end <= 3 or p.level not in ("district", "commune"):
                continue
            district = p.place_id if p.level == "district" else p.district_id
            written = _strip_type(q.text)
            if district and place_key(written) in former_places():
                out.setdefault(district, written)
        return out
    return ctx.memo("former_provinces", compute).get(district_id)


def _commune_near(ctx: ArticleContext, i: int) -> str | None:
    """The commune a village belongs to: 'thôn X, xã Y' right after it, else the article's commune."""
    village = ctx.places[i]
    for j in ctx.neighbours(i, 40):
        p = ctx.places[j]
        if p.level == "commune" and p.place_id and 0 <= p.start - village.end <= 40:
            return p.place_id
    return ctx.main.get("commune")


def _unit_fact(ctx: ArticleContext, scope: str, ids: dict[str, str], source: FactSource) -> PlaceFact:
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
    names = {k: _unit_name(ctx, v) for k, v in ids.items() if v in gaz.units}
    if "district" in ids and (former := _former_province_of(ctx, ids["district"])):
        names["province"] = former
    return PlaceFact(cast(Scope, scope), names.get("province"), names.get("district") if levels >= 2 else None,
                     names.get("commune") if levels >= 3 else None,
                     province_id=ids.get("province"), district_id=ids.get("district") if levels >= 2 else None,
                     commune_id=ids.get("commune") if levels >= 3 else None, source=source)


def _consistent(ids: dict[str, str], candidate: str, level: str) -> bool:
    """A context unit may fill a level only if it contains the levels already known."""
    gaz = gazetteer()
    if level == "province":
        return all(gaz.units[v].province_id == candidate for v in ids.values() if v in gaz.units)
    unit = gaz.units[candidate]
    if level == "commune" and ids.get("district") and (gaz.district_of(unit) or unit).place_id != ids["district"]:
        return False  # a ward of Bình Thạnh is no part of Quận 1
    return not ids.get("province") or unit.province_id == ids["province"]
