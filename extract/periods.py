"""When a figure counts: ``during`` a span (flows: arrests, seizures, campaigns) or ``as_of`` a moment
(stocks: "hiện có", "đang quản lý", legal thresholds), read from the dates of the text.

A "từ ... đến nay" span settles the period first. Else the kind comes from cue words near the figure
(``data/fact_words.tsv``: stock, flow, award), else the taxonomy's default for its indicator; a
stock-or-flow verdict is then weighed with the words around the figure by a learned model
(``extract.fact_models``). The value is the date the sentence gives (one written right after the figure, 'tăng
từ 7,9 tỷ USD năm 2014 lên ...', else the one before it, else a span cue like "qua 10 năm" or "trong năm qua",
else the one after), else the nearest dated sentence of its paragraph (moved on by 'Hai ngày sau'), else the
article's head (its span, else the day its lead reports — for a figure in the article's first sentences only —, else
a year it names; a sentence set at the meeting the lead reports, 'Tại buổi lễ, ...', takes its day before its span;
span and year not far into a long article; a head that reports a thing just done, 'vừa', and dates nothing: the day
the story after it opens with); stocks fall back to the day of the meeting the lead reports for a sentence set at it
('Tại lễ ra mắt, ...'), else to the publication date (without one, the day the lead reports,
near the lead or for a stock said to be now, 'Đến nay, ...', else the moment a head sentence opens on), flows to
nothing ("else null", as the gold schema says). An undated flow of the title or lead takes the day the body gives
the figure it restates (``restated_periods``, once all the article's figures have theirs). A figure said of each
time, day or game ('mỗi lần', 'hàng tháng', ``data/period_words.tsv``) is a rate or habit: the day or month of its
paragraph or head does not date it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from extract.fact_context import ArticleContext, DatePoint, clause_start, cue_res
from extract.fact_models import PERIOD_KIND, kind_features
from extract.lexicon import labelled, phrase_pattern
from extract.types import Figure, PeriodFact

__all__ = ["period_of", "restated_periods"]

_L = r"[^\W\d_]"
SPAN_RE = re.compile(rf"(?<!{_L})(?:(?:qua|sau|trong)\s+(?P<n1>\d+|{_L}+)\s+năm|(?P<n2>\d+|{_L}+)\s+năm\s+qua)(?!{_L})",
                     re.I)
# "9 tháng qua", "trong 9 tháng" in a report: the year's first nine months (as "9 tháng đầu năm"), when the article's
# date or the month its head reports on is their last; elsewhere the months are a window this cue alone does not place.
MONTHS_PAST_RE = re.compile(rf"(?<!{_L})(?:(?P<n>\d+|{_L}+)\s+tháng\s+qua|trong\s+(?P<m>\d+|{_L}+)\s+tháng)(?!{_L})",
                            re.I)
# "Trong năm, ...", "năm qua", "trong năm vừa qua": the year the article reports on (not "trong năm 2022", which is a
# date, nor "những năm qua", "trong năm học", "trong năm tới").
REPORT_YEAR_RE = re.compile(rf"(?<!{_L})(?<!những )(?<!các )(?<!mấy )(?<!nhiều )"
                            rf"(?:trong\s+năm(?:\s+vừa\s+qua|\s+qua|\s+nay)?|năm\s+(?:vừa\s+)?qua)(?!{_L})"
                            rf"(?!\s*\d)(?!\s+(?:học|tới|sau|đầu|cuối|trước|thứ|mới|kế|tài chính|[A-ZĐ]))", re.I)
PAST_YEAR_RE = re.compile(r"(?i:qua)$")  # 'năm qua', 'năm vừa qua', 'trong năm qua': the past year, not this one
# A stock stated for the whole sentence: "Hiện nay, toàn tỉnh có ...", "Đến nay, ...".
SENTENCE_STOCK_RE = re.compile(r"(?:Hiện|Hiện nay|Hiện tại|Đến nay|Tính đến nay|Đến thời điểm này)(?!" + _L + ")",
                               re.I)
# "... 135 tập thể ... được khen thưởng tại Hội nghị": an award stated after the figure.
AWARDED_AFTER_RE = re.compile(r"đ(?<!" + _L + r"đ)ược\s+(?:tặng|trao|trao tặng|khen thưởng|biểu dương|tuyên dương"
                              r"|vinh danh)(?!" + _L + ")")
# "Hội nghị tổng kết công tác năm 2016", "đánh giá kết quả công tác ... tháng 7.2022": the span the article
# reports on, which outranks the day of the meeting.
REVIEW_BEFORE_RE = re.compile(r"(?<!" + _L + r")(?i:tổng kết|sơ kết|đánh giá|kết quả|báo cáo|trong)(?!" + _L
                              + r")[^.;:!?\n]{0,80}?(?i:năm|tháng|quý)?\s*$")
# a head sentence that opens on its year ('Năm 2019, Công an tỉnh đã thực hiện tốt ...'): the year it reports on
YEAR_OPENING_RE = re.compile(r"\s*(?i:(?:trong|qua)\s+)?(?i:năm\s*)?")
# The span a review meeting covers, named right after the head ("Ngày 3-7, Công an tỉnh tổ chức Hội nghị sơ kết công
# tác sáu tháng đầu năm 2023", "Đánh giá về tình hình an ninh, trật tự trong năm 2015, ..."): the article's report span
# too, when the head names none. Only a meeting's or report's own words count here ("trong năm 2004", "kết quả"
# this far from the head date other things).
MEETING_SPAN_RE = re.compile(r"(?<!" + _L + r")(?i:tổng kết|sơ kết|đánh giá|báo cáo|hội nghị)(?!" + _L
                             + r")[^.;:!?\n]{0,80}?(?i:năm|tháng|quý)?\s*$")
MEETING_REACH = 2  # body sentences after the head read for a meeting's span
# A day with a clock time right after it in the head ('Phúc Trưởng, Quang Nhật-Thứ ba, ngày 06/12/2022 12:29 GMT+7',
# '- Thứ sáu - 17/01/2020 09:07'): when the page was posted, a dateline inside a byline, not the day of an event.
TIMESTAMP_AFTER_RE = re.compile(r"\s*[,|–-]?\s*\d{1,2}:\d{2}")
# A head's day the news was told on ('Ngày 24/12, Bộ đội Biên phòng tỉnh cho biết, đơn vị vừa bắt giữ ...', 'Ngày 29/10,
# thông tin từ Công an tỉnh cho biết'): the event it tells of is the earlier day the story after the head opens with
# ('Lúc 19h ngày 23/12, tại ...'), when it gives one.
TOLD_AFTER_RE = re.compile(r"[^.;!?\n]{0,120}?(?<!" + _L + r")(?i:cho biết|cho hay|thông tin|tin từ|thông báo|xác nhận)"
                           r"(?!" + _L + ")")
# between two days (or months) of a list: "8, 14 và 26/4", "ngày 6, ngày 12", "tháng 1 và tháng 2.2006"; one night
# over two days: "đêm 15/2 rạng sáng 16/2"
DAY_LIST_GAP_RE = re.compile(r"\s*(?:(?:,|;|và|,\s*và)\s*(?:(?:ngày|tháng)\s+)?|,?\s*(?:(?:đến|tới)\s+)?(?i:rạng\s+sáng)\s+(?:ngày\s+)?)")
# A sentence that goes back to an earlier time without dating it ('Trước đó, ...'): its flows are not dated by the
# paragraph's date or the day the head reports (nor are those of the sentences after it, until one gives a date).
# 'Trước đó, khoảng 11h cùng ngày, ...' is dated: the day the text has just given.
EARLIER_RE = re.compile(r"\W*(?i:trước\s+đó)(?!" + _L + r")(?![^.;!?\n]*(?<!" + _L + r")(?i:cùng\s+ngày|hôm\s+đó|ngày\s+hôm\s+đó)(?!" + _L + "))")
# A sentence that goes on to what the investigation found later without dating it ('Mở rộng điều tra, công an bắt thêm
# 22 người', 'Mở rộng vụ án, ...'): as after 'Trước đó', a time the text does not fix, for it and the sentences after
# it until one gives a date ('Mở rộng điều tra, ngày 23/12, ...' is dated).
MOVED_ON_RE = re.compile(r"\W*(?:(?i:tiếp\s+tục)\s+)?(?i:mở\s+rộng)\s+(?i:điều\s+tra|vụ\s+án|chuyên\s+án)(?!" + _L + ")")
SUBSET_RE = re.compile(r"(?<!" + _L + r")(?i:trong đó|trong số đó|trong số)(?!" + _L + ")")
AS_OF_OPENING_RE = re.compile(r"(?i:tính\s+)?(?i:đến|tới)\s+(?i:hết\s+|cuối\s+)?(?i:(?:sáng|trưa|chiều|tối|đêm)\s+)?"
                              r"(?i:(?:ngày|tháng|năm)\s+)?$")
CLAUSE_GAP_RE = re.compile(r"[,;]")  # a clause break between a date and a figure
SINCE_BEFORE_RE = re.compile(r"(?i:từ|kể từ)\s+(?:ngày\s+|tháng\s+|năm\s+)?$")
# 'từ khi thực hiện đề án (tháng 6/2020) đến nay': the start named in words, its date in brackets after it
SINCE_NAMED_BEFORE_RE = re.compile(r"(?<!" + _L + r")(?i:từ|kể từ)\s+(?i:khi|lúc|ngày)\s[^.;:!?()\n]{0,60}\(\s*"
                                   r"(?:ngày\s+|tháng\s+|năm\s+)?$")
SINCE_REACH = 80  # characters before a date read for the 'từ' that opens its span
SINCE_START_RE = re.compile(r"(?-i:[tTkK\u212a])(?<!" + _L + r"[\s\S])(?:(?<=[tT])ừ|(?<=[kK\u212a])ể từ)"  # "(?i:từ|kể từ)" at a word start, opening on a character set
                            r"\s+đầu\s+(?P<unit>năm|tháng)(?:\s+(?:nay|này|(?P<year>\d{4})))?"
                            r"\s*,?\s*"
                            r"(?i:đến|tới)\s+(?i:nay|hiện nay|thời điểm này)(?!" + _L + ")", re.I)
# between the two dates of a span 'từ A đến B' ('Kể từ 2003 đến giữa năm 2005', 'từ tháng 6/2001 đến ngày bị bắt quả
# tang (28/5/2003)')
FROM_TO_GAP_RE = re.compile(r"\s*,?\s*(?:(?:cho|(?i:kéo\s+dài))\s+)?(?i:đến|tới|sang)(?![^\W\d_])[^.;:!?\n]{0,30}")
# the start of a span named by what happened then, its date after it ('Từ phi vụ đầu tiên vào năm 1993 đến khi bị phát
# hiện năm 2002'): with the end _from_to finds, the span from one to the other
SINCE_WORDS_BEFORE_RE = re.compile(r"(?<!" + _L + r")(?i:từ|kể từ)\s+(?!(?i:ngày|tháng|năm|đầu|cuối|giữa)\s)"
                                   r"[^\W\d_][^.,;:!?()\d\n]{0,40}?\s(?i:vào|trong|khi|lúc)\s+$")
# 'Lũy kế từ đầu năm đến ngày 15/8': the span from the year's first month to that day (or month)
FROM_YEAR_START_RE = re.compile(r"(?<!" + _L + r")(?i:từ)\s+(?i:đầu)\s+(?i:năm)\s*,?\s*(?i:đến|tới)\s+(?i:hết\s+|cuối\s+)?"
                                r"(?i:(?:ngày|tháng)\s+)?$")
SINCE_AFTER_RE = re.compile(r"\s*\)?\s*(?:đến|tới)\s+(?:nay|hiện nay|thời điểm này)(?!" + _L + ")", re.I)
# A legal norm (a fine level, a threshold): stated as of the article, not as something that happened.
NORM_RE = re.compile(r"^(?:Nếu|Trường hợp|Với người|Theo quy định|Mức phạt)(?!" + _L + r")|thì (?:sẽ )?bị phạt"
                     r"|mức phạt", re.I)
# Units of properties (a distance, an area, a capacity): a measure in them is a stock when nothing says otherwise;
# temperatures, rainfall and weights are observations or flows.
PROPERTY_UNITS = frozenset({"km", "m", "cm", "m2", "km2", "ha", "MW", "kW", "MWp", "m3"})
STOCK_WINDOW = 30  # a stock cue counts this close before the figure ("đang quản lý 1.411", not "đang bán ... 2")
HABIT_WINDOW = 40  # characters either side of a figure read for a habitual cue ('mỗi lần', 'hàng tháng')
CUE_WINDOW = 200  # characters around a figure read for award cues and span cues
# The lead's event day dates an undated flow (and, with no publication date, a stock) in the article's first
# sentences only: further on, the text has moved to other events and background (corpus dev, 10,900 figures: a cut
# at sentence 6, 8, 10, 12 or 15 gives periods 0.734, 0.735, 0.734, 0.733, 0.731, against 0.725 with no cut; at
# paragraph 3, 0.736, but a text whose breaks were lost is one paragraph).
EVENT_REACH = 8
# The span the head reports on ('tổng kết 10 năm', 'năm 2016') dates an undated flow up to this sentence: further on,
# a long article has moved to background and other stories (corpus dev, 10,974 figures: a cut at sentence 10, 12, 14,
# 16 or 20 fixes 39, 36, 33, 28, 11 periods and breaks 20, 13, 7, 5, 3; most of the gain in two long court stories).
REPORT_REACH = 14
# (both reaches count sentences as _rank does: a list item's number alone, '1.', '2.', is no sentence of the text)
TITLE_LENGTH = 120  # a first sentence this short is a title ('Số liệu về ... tháng 5/2022'), not a lead
OPEN = ""  # what _since gives for a span 'từ ... đến nay' whose 'nay' the article does not date
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                 "mười": 10}


def period_of(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int,
              default: str | None, previous: Figure | None, key: str | None) -> PeriodFact:
    """The period of a figure at [start, end) (normalised offsets) of ``sentence``; ``default`` and ``key`` are
    its indicator's period and key in the taxonomy, ``previous`` the figure before it in the same sentence."""
    since = _since(ctx, sentence, start)
    if since is not None:
        return PeriodFact(since or None, "during", source="sentence" if since else "none")
    kind = _kind(ctx, figure, start, end, sentence, default, previous)
    # the rules' verdict weighed with the words around the figure (extract.fact_models), but for a stock whose
    # sentence opens on the moment it is counted at ('Đến tháng 12-2012, ... có 50 tỉnh'): that moment settles it
    if kind != "award" and not (kind == "stock" and _opens_as_of(ctx, sentence)):
        dated = bool(ctx.sentence_dates(sentence)) or _paragraph_period(ctx, sentence)[0] is not None
        features = kind_features(ctx, figure, start, end, sentence, kind, default, key, dated)
        kind = "stock" if PERIOD_KIND.decide(start, features, "as_of" if kind == "stock" else "during") == "as_of" \
            else "flow"
    if kind == "award":
        return _award_day(ctx, sentence, start)
    period = _as_of(ctx, start, sentence) if kind == "stock" else _during(ctx, start, end, sentence)
    if period.source in ("paragraph", "title", "body") and period.value and _point(period.value) \
            and _habitual(ctx, start, end, sentence) and not (kind == "stock" and _said_now(ctx, start, sentence)):
        # 'mỗi lần bán 300 viên' is no event of the lead's day: the sentence leaves it undated (source 'sentence': nor
        # does the body's day of a figure of the same value date it, restated_periods)
        return PeriodFact(None, period.kind, source="sentence")
    return period


def _kind(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int, default: str | None,
          previous: Figure | None) -> str:
    text = ctx.doc.text
    sent = ctx.doc.sentences[sentence]
    clause = ctx.clause_of(sentence, start)
    cues = cue_res()
    if cues["award"].search(text, clause, start) or cues["award"].search(text, max(sent.start, start - 60), start) \
            or AWARDED_AFTER_RE.search(text, end, min(sent.end, end + CUE_WINDOW)):
        return "award"
    if cues["stock"].search(text, max(clause, start - STOCK_WINDOW), start) \
            or (previous is None and SENTENCE_STOCK_RE.match(sent.text)) or _norm_sentence(ctx, sentence) \
            or _stock_after(ctx, start, end, sentence):
        return "stock"
    if cues["flow"].search(text, clause, start) or _right_flow(text, end, sent.end):
        return "flow"
    if _opens_as_of(ctx, sentence):
        return "stock"
    return "stock" if default == "stock" or (default is None and figure.canonical_unit in PROPERTY_UNITS) \
        else "flow"


def _stock_after(ctx: ArticleContext, start: int, end: int, sentence: int) -> bool:
    """'297 tin đang xử lý': a stock cue right after the figure, unless the figure is a part of a flow named
    before it ('209 đối tượng ra đầu thú, trong đó có 122 đối tượng đang có lệnh truy nã' counts surrenders)."""
    text = ctx.doc.text
    sent = ctx.doc.sentences[sentence]
    return cue_res()["stock"].match(text[end:min(sent.end, end + 40)].lstrip()) is not None \
        and SUBSET_RE.search(text, max(sent.start, start - 30), start) is None


def _opens_as_of(ctx: ArticleContext, sentence: int) -> bool:
    """'Đến chiều 2/2, video đạt 1,1 triệu lượt xem', 'Tính đến ngày 30/6, toàn tỉnh có ...': a sentence that
    opens on the moment of a count states stocks as of then."""
    def compute() -> bool:
        sent = ctx.doc.sentences[sentence]
        first = next(iter(ctx.sentence_dates(sentence)), None)
        return first is not None and first.start - sent.start <= 24 and \
            AS_OF_OPENING_RE.match(ctx.doc.text, sent.start, first.start) is not None
    return bool(ctx.memo(("opens_as_of", sentence), compute))


def _norm_sentence(ctx: ArticleContext, sentence: int) -> bool:
    return bool(ctx.memo(("norm", sentence), lambda: NORM_RE.search(ctx.doc.sentences[sentence].text) is not None))


def _right_flow(text: str, end: int, limit: int) -> bool:
    window = text[end:min(limit, end + 40)]
    return bool(cue_res()["flow"].match(window.lstrip())) or "bị " in window[:8]


def _as_of(ctx: ArticleContext, start: int, sentence: int) -> PeriodFact:
    text = ctx.doc.text
    before = ctx.dates_before(sentence, start)
    # 'Hoạt động từ năm 2005, đến nay ... có 72 dự án': a day a span starts from, with the stock in a later clause, is
    # not the moment of the stock ('Thành lập từ năm 2018 với 32 thành viên' is the founding size, as of then)
    before = [d for d in before if d.precision == "range" or not SINCE_BEFORE_RE.search(text, max(0, d.start - 12), d.start)
              or not CLAUSE_GAP_RE.search(text, d.end, start)]
    for d in reversed(before):
        if cue_res()["as_of"].search(text, max(0, d.start - 14), d.start):
            return PeriodFact(_end_of(d.value), "as_of", source="sentence")
    if before:  # "Năm 2022, huyện X có 120 tổ": the stock at that time (a span's end)
        return PeriodFact(_end_of(before[-1].value), "as_of", source="sentence")
    if _at_event(ctx, sentence):  # 'Tại lễ ra mắt, ... Ban chủ nhiệm gồm 3 thành viên': as of the meeting the lead reports
        _, event = _head_period(ctx)
        if event:
            return PeriodFact(event, "as_of", source="title")
    if ctx.reference:
        return PeriodFact(ctx.reference.isoformat(), "as_of", source="published")
    _, event = _head_period(ctx)  # no publication date: the day the lead reports stands in for it, near the lead
    now = _said_now(ctx, start, sentence)
    if _rank(ctx, sentence) >= EVENT_REACH and not now:
        event = None
    if event is None and now:  # 'Tính đến cuối tháng 2/2018, toàn tỉnh có ...' in the lead: the article's now
        event = _head_now(ctx)
    return PeriodFact(event, "as_of", source="title" if event else "none")


# a stock said to be the article's now ('Đến nay, toàn xã còn 80 hộ nghèo', 'Hiện toàn huyện có ...'): as of the day
# the article reports, however far from its lead
# ('phát hiện', 'thực hiện', 'xuất hiện', 'thể hiện' are no 'hiện' of time)
NOW_RE = re.compile(r"(?<!" + _L + r")(?i:(?:đến|tới)\s+(?:nay|thời\s+điểm\s+này)|(?<!phát )(?<!thực )(?<!xuất )(?<!thể )hiện)"
                    r"(?!" + _L + ")")


def _head_now(ctx: ArticleContext) -> str | None:
    """The moment a head sentence opens on for its stocks ('Tính đến cuối tháng 2/2018, toàn tỉnh có ...',
    _opens_as_of): the article's now when it has no publication date; None when no head sentence opens so."""
    return next((_end_of(ctx.sentence_dates(s)[0].value) for s in sorted(ctx.head_sentences)
                 if not ctx.dateline(s) and _opens_as_of(ctx, s)), None)


def _said_now(ctx: ArticleContext, start: int, sentence: int) -> bool:
    """Whether the clause of a stock at ``start`` says it is counted now (NOW_RE), or its sentence opens so
    ('Đến nay, ...', SENTENCE_STOCK_RE)."""
    return NOW_RE.search(ctx.doc.text, max(ctx.clause_of(sentence, start), start - CUE_WINDOW), start) is not None \
        or SENTENCE_STOCK_RE.match(ctx.doc.sentences[sentence].text) is not None


def _end_of(value: str) -> str:
    return value.split("/")[-1]


def _since_opening(ctx: ArticleContext, sentence: int, start: int) -> re.Match[str] | None:
    """The sentence's first 'Từ đầu năm (2024) đến nay' written before ``start``; the sentence is searched once, not
    once per figure (a sentence of thousands of figures stays linear)."""
    sent = ctx.doc.sentences[sentence]
    found = ctx.memo(("since_start", sentence), lambda: list(SINCE_START_RE.finditer(ctx.doc.text, sent.start, sent.end)))
    return next((m for m in found if m.end() <= start), None)


def _since(ctx: ArticleContext, sentence: int, start: int, now: str | None = None) -> str | None:
    """'Từ năm 2013 đến nay ... 6.195 người': the span from that date to ``now``, else the article's day (its
    publication, else the day its head reports); 'Từ đầu năm đến nay' from the first month of that year."""
    now = now or (ctx.reference.isoformat() if ctx.reference else _head_period(ctx)[1])
    text = ctx.doc.text
    opening = _since_opening(ctx, sentence, start)
    if now is None:  # 'Từ năm 2021 đến nay' in an article that dates no 'nay': a span whose end the text does not fix
        # ('Từ đầu năm 2005 đến nay' is within that year: its year dates the figures)
        if opening is not None and not opening["year"] and opening["unit"].lower() == "năm":
            # 'tính lũy kế từ đầu năm đến nay' in a month's report ('Trong tháng 11, ...'): January to that month
            month = _head_month(ctx)
            return f"{month[:4]}-01/{month}" if month else None
        return OPEN if opening is None and any(
            d.precision != "range" and _since_before(text, d) and SINCE_AFTER_RE.match(text, d.end)
            for d in ctx.dates_before(sentence, start)) else None
    if opening:  # "Từ đầu năm (2024) đến nay", "từ đầu tháng đến nay"
        if opening["year"]:
            return f"{opening['year']}-01/{now}" if opening["year"] <= now[:4] else None
        return f"{now[:4]}-01/{now}" if opening["unit"].lower() == "năm" else f"{now[:7]}-01/{now}"
    for d in ctx.dates_before(sentence, start):
        if d.precision != "range" and _since_before(text, d) and SINCE_AFTER_RE.match(text, d.end):
            if d.value >= now[:len(d.value)]:
                return None
            # 'nay' is the article's day, written in full ('từ năm 2020 đến nay' -> 2020/2025-09-14), unless the
            # article writes that span out itself ('giai đoạn 2013 - 2023' with 'Từ năm 2013 đến nay')
            ranges = ctx.memo("ranges", lambda: {r.value for r in ctx.dates if r.precision == "range"})
            written = f"{d.value}/{now[:len(d.value)]}"
            return written if written in ranges else f"{d.value}/{now}"
    return None


def _since_before(text: str, d: DatePoint) -> bool:
    """Whether a date opens a span 'từ ...': 'từ năm 2013', or named in brackets after its start ('từ khi thực hiện
    đề án (tháng 6/2020)')."""
    return SINCE_BEFORE_RE.search(text, max(0, d.start - 12), d.start) is not None \
        or SINCE_NAMED_BEFORE_RE.search(text, max(0, d.start - SINCE_REACH), d.start) is not None


def _award_day(ctx: ArticleContext, sentence: int, start: int) -> PeriodFact:
    """Awards count on the day they were made: a day in the sentence, else the span the sentence opens with
    ("Trong năm 2022, có 279 tập thể ... được khen thưởng"), else the year of the achievement, movement or occasion
    the sentence names after the figure ('tặng Cờ thi đua cho 2 đơn vị đầu phong trào thi đua Toàn dân bảo vệ ANTQ năm
    2016', 'Dịp này, ... tặng giấy khen cho 10 tập thể ... có thành tích xuất sắc trong công tác Hội năm 2019': the
    date in the sentence wins over the day of the ceremony), else the day the article reports, else the span it
    reports on."""
    day = next((d for d in ctx.sentence_dates(sentence) if d.precision == "day"), None)
    if day:
        return PeriodFact(day.value, "during", source="sentence")
    before = ctx.dates_before(sentence, start, last=1)
    if before:
        return PeriodFact(before[-1].value, "during", source="sentence")
    report, event = _head_period(ctx)  # no day: the span the article reports on ("Năm 2018, ...")
    after = ctx.date_after(sentence, start)
    if after is not None and after.precision == "year":
        return PeriodFact(after.value, "during", source="sentence")
    return PeriodFact(event or report, "during", source="title" if event or report else "none")


# between a figure and a date written right after it, which is the figure's own ('tăng từ 7,927 tỷ USD năm 2014 lên 15,973
# tỷ USD năm 2015', 'giảm 10% vào năm 2025 và 20% vào năm 2030'), whatever date the sentence gave before it
OWN_DATE_RE = re.compile(r"[ ]*(?:(?i:vào|trong|của)[ ]+)?(?i:năm|tháng|ngày)?[ ]*")


def _during(ctx: ArticleContext, start: int, end: int, sentence: int) -> PeriodFact:
    before = ctx.dates_before(sentence, start)
    own = ctx.date_after(sentence, end) if before else None
    if own is not None and own.precision in ("year", "month", "day") \
            and OWN_DATE_RE.fullmatch(ctx.doc.text, end, own.start):
        return PeriodFact(own.value, "during", source="sentence")  # 'từ 7,927 tỷ USD năm 2014 lên ...'
    before = _named_year_dropped(ctx, before)
    before = [d for d in before if not _term(ctx, d)]
    if before:
        return PeriodFact(_listed_days(ctx, before) or _from_to(ctx, before) or _from_year_start(ctx, before[-1])
                          or before[-1].value, "during", source="sentence")
    sent = ctx.doc.sentences[sentence]
    span = _span_cue(ctx, max(sent.start, start - CUE_WINDOW), start)
    if span:
        return PeriodFact(span, "during", source="sentence")
    after = ctx.date_after(sentence, end)
    if after and _term(ctx, after):
        after = None
    if after and TIMESTAMP_AFTER_RE.match(ctx.doc.text, after.end):
        after = None  # 'Tỉnh ... làm rõ 350 vụ việc 24/06/2025 19:36': a page's timestamp run into a title, not a date
    if after:
        return PeriodFact(after.value, "during", source="sentence")
    found, earlier = _paragraph_period(ctx, sentence)
    if found:
        report, event = _head_period(ctx)
        if report and len(report) > len("2000") and found == event and _rank(ctx, sentence) < REPORT_REACH:
            # the paragraph's day is only the day the head tells its report on ('Ngày 5/7, Công an thành phố tổ chức
            # sơ kết 6 tháng đầu năm 2019 ... Trong đó phát hiện 2.210 vụ'): the span reported dates the figure
            return PeriodFact(report, "during", source="title")
        return PeriodFact(found, "during", source="paragraph")
    if earlier:  # 'Trước đó, ...' with no date: an earlier time the text does not fix, not the day the head reports
        return PeriodFact(None, "during", source="none")
    report, event = _head_period(ctx)
    if event and _at_event(ctx, sentence):
        return PeriodFact(event, "during", source="title")
    rank = _rank(ctx, sentence)
    if rank >= EVENT_REACH:
        event = None  # far from the lead, an undated flow is no longer the event the lead reports
    if rank >= REPORT_REACH:
        report = None  # further still, nor the span the head reports on
    if report or event:
        return PeriodFact(report or event, "during", source="title")
    recent = _recent_story_day(ctx) if rank < EVENT_REACH else None
    if recent:
        return PeriodFact(recent, "during", source="title")
    day = _scene_day(ctx, sentence)
    if day:
        return PeriodFact(day, "during", source="body")
    return PeriodFact(None, "during", source="none")


def _point(value: str) -> bool:
    """Whether a period is a day or a month (a point of a story), not a year or a span (a report's)."""
    return "/" not in value and len(value) > len("2000")


@cache
def _habitual_re() -> re.Pattern[str]:
    return re.compile(phrase_pattern(labelled("period_words.tsv")["habitual"], first="any", word_start=True)
                      + rf"(?!{_L})")


def _habitual(ctx: ArticleContext, start: int, end: int, sentence: int) -> bool:
    """'Mỗi lần đi hàng, chúng cho 30 người áp tải', 'mỗi ngày thu lợi khoảng 9 triệu đồng', 'tiền ăn thua mỗi ván là 3
    triệu đồng': a figure said of each time, day or game (data/period_words.tsv, habitual, within HABIT_WINDOW of it)
    is a rate or a habit, no event of the day or month its paragraph or the article's head is on (it stays undated);
    so is every figure of a sentence that opens on one ('Mỗi lần đi hàng, ...'); not a stock said to be now ('Hiện mỗi
    ngày có hàng trăm chuyến xe'), which is of the article's day;
    a rate within a report's span or year ('bình quân mỗi ngày có 16 người chết' in a review of quý I) is of that
    span, and the caller keeps it."""
    sent = ctx.doc.sentences[sentence]
    text = ctx.doc.text
    return _habitual_re().search(text, max(sent.start, start - HABIT_WINDOW), min(sent.end, end + HABIT_WINDOW)) \
        is not None or _habitual_re().match(text, sent.start + len(sent.text) - len(sent.text.lstrip("\"“'-– "))) \
        is not None


TERM_RE = re.compile(r"(?i:nhiệm\s+kỳ)\s")


def _term(ctx: ArticleContext, d: DatePoint) -> bool:
    """'03 Ủy viên UBND tỉnh, nhiệm kỳ 2016 – 2021', 'ứng cử đại biểu HĐND tỉnh nhiệm kỳ 2021 - 2026': a term of office
    that names a body or a post, not the time of what the sentence counts (not a term that opens the sentence or a
    clause: 'Nhiệm kỳ 2020-2025, Đảng bộ xã đề ra các chỉ tiêu' sets the span of its targets)."""
    if d.precision != "range" or TERM_RE.match(ctx.doc.text, d.start) is None:
        return False
    sent = ctx.doc.sentences[d.sentence]
    return clause_start(ctx.doc.text, sent.start, d.start, numbers=False) < d.start - 2


SPAN_OPENER_RE = re.compile(r"(?<!" + _L + r")(?i:trong|suốt|qua)(?!" + _L + ")")


# A sentence set at the meeting or ceremony the lead reports ('Tại buổi lễ, có 219 học sinh được hỗ trợ học bổng', 'Tại
# hội nghị, 9 tập thể được nhận Giấy khen', 'Tham dự Đại hội có 54 đại biểu'), not one telling its report ('Tại hội nghị,
# báo cáo cho biết ...'): what it counts happened on the day of the meeting.
AT_EVENT_RE = re.compile(r"\W*(?:(?i:tại|trong)\s+(?i:buổi\s+lễ|lễ|hội\s+nghị|đại\s+hội|buổi\s+gặp\s+mặt|phiên\s+tòa|kỳ\s+họp"
                         r"|ngày\s+hội|chương\s+trình)|(?i:tham\s+dự)|(?i:dịp\s+này)|(?i:nhân\s+dịp\s+này)|(?i:buổi\s+lễ))"
                         r"(?!" + _L + ")")
TOLD_RE = re.compile(r"(?<!" + _L + r")(?i:cho biết|báo cáo|cho hay|thông tin|đánh giá|nêu rõ)(?!" + _L + ")")


def _at_event(ctx: ArticleContext, sentence: int) -> bool:
    """Whether a sentence is set at the meeting or ceremony the lead reports (AT_EVENT_RE); worked out once per
    sentence (each of its figures asks)."""
    def compute() -> bool:
        text = ctx.doc.sentences[sentence].text
        return AT_EVENT_RE.match(text) is not None and TOLD_RE.search(text) is None
    return bool(ctx.memo(("at_event", sentence), compute))


def _named_year_dropped(ctx: ArticleContext, before: list[DatePoint]) -> list[DatePoint]:
    """'Sáng 16/8, UBND phường tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2025, thu hút hơn 200 người', 'Sáng
    14/1, tại lễ xuất quân ... Tết Nguyên đán Quý Mão 2023, ...': a year inside the name of the event (no year that opens
    a clause, ctx.carried) after the day the sentence gives in that year only names the event; the day dates the
    figure; not a year a span ends on ('Chiều 22-2, ... cho biết trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ năm 2026, ...':
    the holiday's year)."""
    if len(before) < 2 or before[-1].precision != "year" or ctx.carried(before[-1]):
        return before
    year = before[-1]
    day = next((d for d in reversed(before[:-1]) if d.precision == "day" and d.value[:4] == year.value), None)
    if day is None or SPAN_OPENER_RE.search(ctx.doc.text, day.end, year.start):
        return before
    return before[:-1]


def _scene_day(ctx: ArticleContext, sentence: int) -> str | None:
    """'Tại hiện trường, cơ quan chức năng thu được 1 mã tấu', 'Khám xét nơi ở của Q., công an thu giữ 42 gram
    heroin': a sentence telling the search or seizure of an incident (data/fact_words.tsv, scene) happens on the
    incident's day, the last day the text has named before it, even in a later paragraph that names none; None
    when the sentence tells no such thing or the text has named no day (a month or year is no incident's day)."""
    sent = ctx.doc.sentences[sentence]
    if not ctx.memo(("scene", sentence), lambda: cue_res()["scene"].search(ctx.doc.text, sent.start, sent.end)
                    is not None):
        return None
    def every() -> list[str | None]:  # the last day each sentence follows, computed once per article
        out: list[str | None] = []
        last: str | None = None
        for s in range(len(ctx.doc.sentences)):
            out.append(last)
            found = _sentence_period(ctx, s)
            if found:
                last = found if len(found) == len("2000-01-01") else None
        return out
    return ctx.memo("scene_days", every)[sentence]


def _from_to(ctx: ArticleContext, dates: list[DatePoint]) -> str | None:
    """'Kể từ 2003 đến giữa năm 2005', 'từ tháng 6/2001 đến ngày bị bắt quả tang (28/5/2003)', 'Từ phi vụ đầu tiên vào
    năm 1993 đến khi bị phát hiện năm 2002', 'từ năm 1999 kéo dài sang năm 2000': the last two dates before the figure
    written as the start and end of one span, as the span from the first to the second; None when they are not."""
    if len(dates) < 2:
        return None
    first, last = dates[-2], dates[-1]
    text = ctx.doc.text
    if "/" in first.value or "/" in last.value or not first.value < last.value \
            or not (SINCE_BEFORE_RE.search(text, max(0, first.start - 12), first.start)
                    or SINCE_WORDS_BEFORE_RE.search(text, max(0, first.start - SINCE_REACH), first.start)) \
            or not FROM_TO_GAP_RE.fullmatch(text, first.end, last.start):
        return None
    return f"{first.value}/{last.value}"


def _from_year_start(ctx: ArticleContext, d: DatePoint) -> str | None:
    """'(Lũy kế) từ đầu năm đến ngày 15/8': the span from the first month of that day's (or month's) year to it; None
    when the date ends no such span."""
    if d.precision not in ("day", "month") or not d.value \
            or FROM_YEAR_START_RE.search(ctx.doc.text, max(0, d.start - 30), d.start) is None:
        return None
    return f"{d.value[:4]}-01/{d.value}"


def _listed_days(ctx: ArticleContext, dates: list[DatePoint]) -> str | None:
    """'vào các ngày 8, 14 và 26/4', 'Tháng 1 và tháng 2.2006': the days (or months) a list names before the figure,
    as the span from the first to the last (or two periods of different kinds, _joined_periods); None when the last
    date is no day or month of such a list."""
    text = ctx.doc.text
    run = [dates[-1]]
    for d in reversed(dates[:-1]):
        if run[0].precision not in ("day", "month") or d.precision != run[0].precision \
                or not DAY_LIST_GAP_RE.fullmatch(text, d.end, run[0].start):
            break
        run.insert(0, d)
    if len(run) < 2:
        return _joined_periods(ctx, dates)
    values = sorted(d.value for d in run)
    return f"{values[0]}/{values[-1]}" if values[0] != values[-1] else None


PERIODS_JOIN_RE = re.compile(r"\s*(?:và|,\s*và)\s*")


def _joined_periods(ctx: ArticleContext, dates: list[DatePoint]) -> str | None:
    """'trong năm 2003 và quý I/2004', 'các ngày 6, 12, ..., 25/6/2020 và ngày 6/7': two periods of different kinds
    joined by 'và' before the figure, as the span from the start of the first to the end of the second; None when the
    last two dates are no such pair."""
    if len(dates) < 2:
        return None
    first, last = dates[-2:]
    a, b = first.value.split("/")[0], last.value.split("/")[-1]
    if first.precision == last.precision or not a < b or not PERIODS_JOIN_RE.fullmatch(ctx.doc.text, first.end, last.start):
        return None
    return f"{a}/{b}"


# a sentence that is only a list item's number ('1.', '2)', 'a.'): no sentence of the text's own
NUMBER_ONLY_RE = re.compile(r"\W*(?:\d{1,2}|[a-zđ])\W*", re.I)


def _rank(ctx: ArticleContext, sentence: int) -> int:
    """How many sentences come before ``sentence``, not counting those that are only a list item's number ('1.',
    NUMBER_ONLY_RE): how far into the article it is, however its headings are numbered."""
    def every() -> list[int]:
        out, n = [], 0
        for sent in ctx.doc.sentences:
            out.append(n)
            n += NUMBER_ONLY_RE.fullmatch(sent.text) is None
        return out
    return ctx.memo("ranks", every)[sentence]


def _paragraph_period(ctx: ArticleContext, sentence: int) -> tuple[str | None, bool]:
    """The period the nearest dated sentence before ``sentence`` in its paragraph gives, and whether the text has
    moved to an earlier or later time it does not date ('Trước đó, ...', 'Mở rộng điều tra, ...' with no date, in
    ``sentence`` or since that dated sentence); a sentence that says it is at the same time ('Cũng trong thời gian này, ...') in a paragraph that has
    given no period is at the last period the text gave; computed for all sentences in one pass, once per article."""
    def every() -> list[tuple[str | None, bool]]:
        out: list[tuple[str | None, bool]] = []
        last: str | None = None
        named: str | None = None  # the last period the text gave, in any paragraph (None after 'Trước đó')
        day: tuple[str, int] | None = None  # the last day the text named, and its paragraph
        earlier = False
        for s in range(len(ctx.sentence_paragraph)):
            para = ctx.sentence_paragraph[s]
            if ctx.afresh_time[s]:
                last, earlier = None, False
            found = _sentence_period(ctx, s)
            if found is None and (EARLIER_RE.match(ctx.doc.sentences[s].text)
                                  or MOVED_ON_RE.match(ctx.doc.sentences[s].text)):
                last, named, earlier = None, None, True
            elif found is None and last is None and named and SAME_TIME_RE.match(ctx.doc.sentences[s].text):
                out.append((named, False))  # that sentence only: the ones after it are back in their paragraph
                continue
            elif found is None and (later := LATER_RE.match(ctx.doc.sentences[s].text)) \
                    and (base := _day_before(last, day, para)):
                n = _small_number(later["n"]) if later["n"] else None
                found = _days_after(base, n) if n else None
                last, earlier = found, found is None  # 'Vài ngày sau, ...': a later day the text does not fix
            out.append((last, earlier))
            if found:
                last, named, earlier = found, found, False
                day = (found, para) if len(found) == len("2000-01-01") else day
        return out
    return ctx.memo("paragraph_periods", every)[sentence]


# A sentence at the same time as the text has just told of ('Cũng trong thời gian này, ...', 'Cũng thời gian trên, ...',
# 'Trong thời gian đó, ...', 'Cùng thời điểm, ...'): not 'Thời gian qua', 'Trong thời gian tới'.
SAME_TIME_RE = re.compile(r"\W*(?i:cũng\s+)?(?i:trong\s+)?(?:(?i:cùng\s+)?(?i:khoảng\s+)?(?i:thời\s+(?:gian|điểm))\s+"
                          r"(?i:này|đó|trên|nói\s+trên|ấy)|(?i:cùng\s+thời\s+(?:gian|điểm)))(?![^\W\d_])")


# A sentence that moves on a number of days from the last day the text named ('Hai ngày sau, cơ quan điều tra khởi tố
# ...', 'Ba hôm sau, xác chị T. được tìm thấy'): that day; 'Vài ngày sau' moves to a day the text does not fix.
LATER_RE = re.compile(r"\W*(?:(?P<n>\d{1,2}|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))|(?i:vài|mấy|ít))\s+"
                      r"(?i:ngày|hôm)\s+(?i:sau)(?![^\W\d_])")


def _day_before(last: str | None, day: tuple[str, int] | None, para: int) -> str | None:
    """The day a 'N ngày sau' sentence counts from: the day its paragraph is on, else the last day the paragraph
    before named; None when the text is on no day (a month, a year) or named its last day further back."""
    if last is not None:
        return last if len(last) == len("2000-01-01") else None
    return day[0] if day is not None and day[1] >= para - 1 else None


def _days_after(day: str, n: int) -> str | None:
    """The day ``n`` days after ``day`` (an ISO day), None when ``day`` is no valid day."""
    try:
        return (date.fromisoformat(day) + timedelta(days=n)).isoformat()
    except ValueError:
        return None


def _sentence_period(ctx: ArticleContext, s: int) -> str | None:
    """What a sentence says of time, for the sentences after it: 'từ năm X đến nay', its last date that
    may be carried, or a span cue ('qua 10 năm')."""
    sent = ctx.doc.sentences[s]
    since = _since(ctx, s, sent.end)
    if since:
        return since
    found = [d for d in ctx.sentence_dates(s) if ctx.carried(d)]
    if since == OPEN:  # 'Từ ngày 10-7-2021 đến nay, ...' with no 'nay' dated: its start is no day the sentence is on
        found = [d for d in found if d.precision == "range" or not _since_before(ctx.doc.text, d)
                 or not SINCE_AFTER_RE.match(ctx.doc.text, d.end)]
    if found:
        return _from_to(ctx, found) or found[-1].value
    return _span_cue(ctx, sent.start, sent.end)


def _span_cue(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """'qua 10 năm', '10 năm qua' in text[lo:hi]: the article's report range of that length, else the
    span ending at publication; else 'N tháng qua' (_months_past), else 'trong năm qua' (_report_year)."""
    window = ctx.doc.text[lo:hi].casefold()
    m = SPAN_RE.search(ctx.doc.text, lo, hi) if _says(window, "năm", "qua", "sau", "trong") else None
    n = _small_number(m["n1"] or m["n2"]) if m else None
    if n is None:  # no span cue, or not one of a number of years ("Trong năm qua")
        found = _months_past(ctx, lo, hi, window)
        if found or not _says(window, "năm", "qua", "trong"):
            return found
        year = REPORT_YEAR_RE.search(ctx.doc.text, lo, hi)
        if year is None:
            return None
        return _past_year(ctx) if PAST_YEAR_RE.search(year.group()) else _report_year(ctx)
    ranges: dict[int, str] = ctx.memo("year_ranges", lambda: _year_ranges(ctx))
    if n in ranges:
        return ranges[n]
    if ctx.reference:
        return f"{ctx.reference.year - n}/{ctx.reference.year}"
    return None


def _says(window: str, word: str, *others: str) -> bool:
    """Whether a casefolded window holds ``word`` and one of ``others``: what a span cue pattern needs to match,
    checked before it is searched for (few windows hold them). The patterns ignore case, and every letter they
    take for one of these words casefolds to it ('ſ' to 's' too: tests/extract/test_facts.py)."""
    return word in window and any(other in window for other in others)


def _months_past(ctx: ArticleContext, lo: int, hi: int, window: str) -> str | None:
    """'6 tháng qua', 'trong 6 tháng' in text[lo:hi] (``window``: that text casefolded) of an article published in
    or right after the sixth month, or whose head reports on June: January to June."""
    m = MONTHS_PAST_RE.search(ctx.doc.text, lo, hi) if _says(window, "tháng", "qua", "trong") else None
    n = _small_number(m["n"] or m["m"]) if m else None
    if n is None or not 2 <= n <= 12:
        return None
    month = _head_month(ctx)
    if month and int(month[5:7]) == n:
        return f"{month[:4]}-01/{month}"
    ref = ctx.reference
    return f"{ref.year}-01/{ref.year}-{n:02d}" if ref is not None and n in (ref.month, ref.month - 1) else None


def _head_month(ctx: ArticleContext) -> str | None:
    """The month the head reports on ('Trong tháng 11, toàn tỉnh xảy ra ...'), the first month its sentences name."""
    return ctx.memo("head_month", lambda: next((d.value for s in sorted(ctx.head_sentences) if not ctx.dateline(s)
                                                for d in ctx.sentence_dates(s) if d.precision == "month"), None))


def _report_year(ctx: ArticleContext) -> str | None:
    """The year 'trong năm', 'năm qua' mean: the one the head names, else the publication's (the year before
    for an article of January or February, when reviews of the past year are held), else the latest year the
    article's usable dates give."""
    def compute() -> str | None:
        head = next((d.value for s in sorted(ctx.head_sentences) for d in ctx.sentence_dates(s)
                     if d.precision == "year"), None)
        if head:
            return head
        if ctx.reference:
            return str(ctx.reference.year - (ctx.reference.month <= 2))
        years = [d.value[:4] for ds in ctx.by_sentence.values() for d in ds if d.value]
        return max(years, default=None)
    return ctx.memo("report_year", compute)


def _past_year(ctx: ArticleContext) -> str | None:
    """The year 'năm qua', 'năm vừa qua' mean: the one that ended last before the publication (the year before, for
    an article of the year's first quarter, when last year's reviews are held), or the year the head names when it is
    no later; without a publication date, the year 'trong năm' means (_report_year)."""
    if ctx.reference is None:
        return _report_year(ctx)
    past = ctx.reference.year - (ctx.reference.month <= 3)
    head = next((d.value for s in sorted(ctx.head_sentences) for d in ctx.sentence_dates(s)
                 if d.precision == "year"), None)
    return head if head is not None and int(head) <= past else str(past)


def _year_ranges(ctx: ArticleContext) -> dict[int, str]:
    """The article's year ranges by length ('2013/2023' -> 10), the first of each length."""
    out: dict[int, str] = {}
    for d in ctx.dates:
        if d.precision == "range" and len(d.value) == 9:
            out.setdefault(int(d.value[5:]) - int(d.value[:4]), d.value)
    return out


def _small_number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


def _meeting_span(ctx: ArticleContext) -> str | None:
    """The span a review meeting or report named in the first body sentences after the head covers (MEETING_SPAN_RE)."""
    text = ctx.doc.text
    last = max(ctx.head_sentences, default=-1)
    for s in range(last + 1, min(last + 1 + MEETING_REACH, len(ctx.doc.sentences))):
        lo = ctx.doc.sentences[s].start
        for d in ctx.sentence_dates(s):
            if d.precision in ("year", "month", "range") \
                    and MEETING_SPAN_RE.search(text, max(lo, d.start - 90), d.start) is not None:
                return d.value
    return None


def _story_day(ctx: ArticleContext, told: str) -> str | None:
    """The earliest day before ``told`` that the first body sentences after the head name: the day of the event a
    head told on ``told`` reports ('Theo đó, khoảng 6 giờ ngày 16-1, ...', 'Sáng 29-10, anh Q. trình báo bị mất ...
    vào đêm 28-10'); None when they name none."""
    last = max(ctx.head_sentences, default=-1)
    return min((d.value for s in range(last + 1, min(last + 1 + MEETING_REACH, len(ctx.doc.sentences)))
                for d in ctx.sentence_dates(s) if d.precision == "day" and d.value < told), default=None)


# A head that reports something just done without dating it ('Cục Quản lý thị trường Cần Thơ vừa phát hiện ...',
# 'mới đây đơn vị này đã bắt 2 đối tượng'): the story after it gives the day.
RECENT_RE = re.compile(r"(?<![^\W\d_])(?i:vừa|mới đây)(?![^\W\d_])")


def _recent_story_day(ctx: ArticleContext) -> str | None:
    """The day of the event a head reports as just done ('Lực lượng Bộ đội Biên phòng vừa phá thành công một chuyên án
    ...') when the head names no day, span or year: the earliest day the first body sentences after it name ('Chiều
    15/11, tại khu vực biên giới xã Chiềng Sơn, ...'), not one a span starts from ('Từ ngày 10-7-2021 đến nay'); None
    otherwise. Dates the head's and lead's undated flows."""
    def compute() -> str | None:
        if not any(RECENT_RE.search(ctx.doc.sentences[s].text) for s in ctx.head_sentences):
            return None
        last = max(ctx.head_sentences, default=-1)
        return min((d.value for s in range(last + 1, min(last + 1 + MEETING_REACH, len(ctx.doc.sentences)))
                    for d in ctx.sentence_dates(s) if d.precision == "day" and not _since_before(ctx.doc.text, d)),
                   default=None)
    return ctx.memo("recent_story_day", compute)


def _anniversary(value: str) -> bool:
    """'(26/3/1931 - 26/3/2023)' after 'kỷ niệm 92 năm Ngày thành lập': the same day of years apart, an anniversary
    the article celebrates, not a span it reports on."""
    first, _, last = value.partition("/")
    return len(first) == len(last) == 10 and first[4:] == last[4:] and first[:4] != last[:4]


def _head_period(ctx: ArticleContext) -> tuple[str | None, str | None]:
    """(report span, event day) of the article from its head: a span ('giai đoạn 2013 – 2023', 'qua 10
    năm', a month's tally told on a day of that month with no earlier story day: 'Ngày 25/10, Sở Công thương cho biết,
    ... tháng 10/2022 đạt ...', else the span of a review meeting the body opens with), else the day the lead reports
    on, else a year the head names."""
    def compute() -> tuple[str | None, str | None]:
        span = year = None
        days: list[str] = []
        told: set[str] = set()  # days the head says the news was told on (TOLD_AFTER_RE)
        told_at = -1  # the head sentence that says so
        told_month: str | None = None  # a month that sentence tells of, after its day
        for s in sorted(ctx.head_sentences):
            if ctx.dateline(s):
                continue
            for d in ctx.sentence_dates(s):
                reviewed = d.precision in ("year", "month") and (REVIEW_BEFORE_RE.search(
                    ctx.doc.text, max(ctx.doc.sentences[s].start, d.start - 90), d.start) is not None
                    or d.precision == "year" and ctx.doc.text.startswith(",", d.end)
                    and YEAR_OPENING_RE.fullmatch(ctx.doc.text, ctx.doc.sentences[s].start, d.start) is not None)
                span = span or (d.value if d.precision == "range" and not _anniversary(d.value) or reviewed else None)
                year = year or (d.value if d.precision == "year" or d.precision == "month" and s == 0
                                and len(ctx.doc.sentences[0].text) <= TITLE_LENGTH else None)
                if d.precision == "day" and TIMESTAMP_AFTER_RE.match(ctx.doc.text, d.end):
                    continue  # the page's timestamp in a byline line ('Quang Nhật-Thứ ba, ngày 06/12/2022 12:29')
                if d.precision == "day":
                    days.append(d.value)
                    if TOLD_AFTER_RE.match(ctx.doc.text, d.end):
                        told.add(d.value)
                        told_at = s
                elif d.precision == "month" and told_at == s and told_month is None:
                    told_month = d.value  # 'Ngày 25/10, Sở Công thương cho biết, ... tháng 10/2022 đạt ...'

        # the event is the earliest day the head names: 'Trưa 26.4, trao đổi với PV ..., đêm 24.4, Công an ...
        # đã bao vây một ổ bạc' reports on the 24th
        event = min(days, default=None)
        if event in told:
            story = _story_day(ctx, event)
            if story is None and told_month is not None and told_month == event[:7]:
                span = span or told_month  # what was told is the month's tally, not an event of that day
            event = story or event
        now = ctx.reference.isoformat() if ctx.reference else event
        if span is None and now:  # 'Ngày 4/8, BĐBP tỉnh cho biết, từ đầu năm đến nay, đơn vị đã ...'
            span = next((found for s in sorted(ctx.head_sentences) if not ctx.dateline(s)
                         for found in (_since(ctx, s, ctx.doc.sentences[s].end, now),) if found), None)
        if span is None:
            for s in sorted(ctx.head_sentences):
                sent = ctx.doc.sentences[s]
                span = _span_cue(ctx, sent.start, sent.end)
                if span:
                    break
        if span is None:  # the span of a review meeting the body opens with
            span = _meeting_span(ctx)
        return span or (None if event else year), event
    return ctx.memo("head_period", compute)


def restated_periods(ctx: ArticleContext, figures: list[Figure]) -> list[Figure]:
    """A flow of the title or lead that the head leaves undated ('mang xăng đốt 3 người bỏng nặng') sums up the
    incident the body tells ('vào khoảng 7h sáng ngày 27.10, ... khiến 3 người bị bỏng nặng'): it takes the period of
    the first figure of the same value and unit outside the head that the body dates from its own sentence or
    paragraph, when that is a day (or days; a month or year there is a span or background, not the incident). DECISIONS:
    a crime incident's figures restated in the title or lead take the incident's day from the body. Returns the
    figures, in the same order."""
    body: dict[tuple[float | None, str], PeriodFact] = {}
    for f in figures:
        if f.sentence not in ctx.head_sentences and f.period is not None and f.period.value \
                and f.period.source in ("sentence", "paragraph"):
            body.setdefault((f.value, f.canonical_unit), f.period)
    out = list(figures)
    for i, f in enumerate(out):
        if f.sentence not in ctx.head_sentences or f.period is None or f.period.kind != "during" \
                or f.period.source != "none":
            continue
        told = body.get((f.value, f.canonical_unit))
        if told is not None and told.kind == "during" and told.value \
                and all(len(part) == len("2000-01-01") for part in told.value.split("/")):
            out[i] = replace(f, period=PeriodFact(told.value, "during", source="body"))
    return out
