"""Calendar references in Vietnamese text: days, months, years, quarters, periods and ranges.

Values are ISO strings: ``2013-08-01`` (day), ``2012-12`` (month), ``2012``
(year), and ``A/B`` for ranges (``2013/2023``, ``2023-08-01/2023-08-15``,
``2024-01/2024-03`` for ``quý I/2024``).  A day or month written without a
year takes the year of the reference (publication) date, or the year before
when that would put it more than a month after the reference.  Without a
reference it takes the latest year the article's own dates write out (not a
birth year, not a goal such as "tầm nhìn đến năm 2045"), else None, and None
too for a day more than a month before, or four months after, the latest full
date of that year, unless a day or month written with its year before it in the text dates it (corpus DECISIONS
ruling D1: the closest such point, when the item falls at or after it within the months that follow); an annual day
such as ``“Ngày hội ...” (19/8)`` gets None.
Relative dates ("hôm qua", "năm ngoái") count from the reference date; lunar
dates ("mùng 4 Tết Quý Mão") are converted with ``lunar_vn`` (``extract.date_clock``).

This module finds the digit shapes; ``extract.date_phrases`` the dates written
in words; ``extract.date_cues`` the words around them.  Every pattern is tried
only where a date can start (``Anchors``) and matches a bounded stretch of
text, and overlapping candidates are resolved in one pass over an occupancy
map, so the work grows linearly with the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from heapq import merge
from itertools import islice

from extract.date_clock import NEWEST_YEAR, Clock, glossed_day, lunar_day
from extract.date_cues import (
    CLOSING_QUOTES,
    DIGITS_RE,
    Anchors,
    Found,
    after_event,
    alternation,
    anchors,
    before,
    compared_before,
    counted_after,
    has_before,
    matches,
    named_day_before,
    names_edition,
    opens_clause,
    recurring,
)
from extract.date_phrases import (
    END,
    EVERY_YEAR_RE,
    WORD_FINDERS,
    YEAR,
    follows_number,
    month_span,
    rel_year,
    shared_year,
)
from extract.document import UPPER, Prepared, prepare
from extract.lexicon import AFTER_NON_LETTER
from extract.names import SURNAMES
from extract.types import DateMention

__all__ = ["extract_dates", "calendar_spans"]

# Boundaries: not inside a longer number or code ("1.140", "09-CT/TW"); a letter glued after a date
# is a lost line break ("16:30Trong", "2023Hội nghị"), so letters may follow.
_START = r"(?<![\w/,-])(?<!\d\.)"
_START_FULL = r"(?<![\d/,-])(?<!\d\.)"  # a full d/m/yyyy date is distinctive enough to follow a glued word
_DASH = r"[-–—]"
_REL_YEAR = r"năm\s+(?:nay|ngoái|trước)"  # "tháng 5 năm nay": the year counted from the reference
# "ngày 22- 8-2013", and "Đăng ngày 09 - 07 - 2024" (a dateline's dashes spaced on both sides)
DMY_RE = re.compile(rf"{_START_FULL}(?P<d>\d{{1,2}})(?: (?=-))?(?P<s>[/.-])(?:(?<=-) )?(?P<m>\d{{1,2}})(?: (?=-))?(?P=s)"
                    rf"(?:(?<=-) )?(?P<y>{YEAR}){END}")
ISO_DAY_RE = re.compile(rf"{_START}(?P<y>{YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){END}")
# "chiều 22- 8" too, and an en dash: "Sáng 13–1"
DM_RE = re.compile(rf"{_START}(?P<d>\d{{1,2}})(?P<s>[/.–-])(?:(?<=[-–]) )?(?P<m>\d{{1,2}}){END}")
# "ngày 11, 12/4/2024", "các ngày 12, 13, 14/10": leading bare days share the last one's month and year.
# At most eight days, so a run of "1, 1, 1, ..." costs each digit a bounded attempt.
_LIST_SEP = r"\s*(?:,|và|hoặc|&)\s*"
DAY_LIST_RE = re.compile(
    rf"{_START}(?P<days>\d{{1,2}}(?:{_LIST_SEP}\d{{1,2}}){{0,7}}){_LIST_SEP}"
    rf"(?P<d>\d{{1,2}})(?P<s>[/.-])(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>{YEAR}))?{END}", re.I)
DAY_MONTH_WORDS_RE = re.compile(
    rf"{_START}(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})"
    rf"(?:\s*,?\s*năm\s+(?P<y>{YEAR})|\s*[/-]\s*(?P<y2>{YEAR})|\s+(?P<rel>{_REL_YEAR})(?!\w))?{END}", re.I)
DAY_RANGE_RE = re.compile(
    rf"{_START}(?P<d1>\d{{1,2}})(?:(?P<s1>[/.-])(?P<m1>\d{{1,2}})(?:(?P=s1)(?P<y1>{YEAR}))?)?"
    rf"\s*(?:(?:đến|tới)(?:\s+hết)?|{_DASH}|(?P<and>và)|(?<=\s)(?P<slash>/)(?=\s))\s*(?:ngày\s+)?"
    rf"(?P<d2>\d{{1,2}})(?P<s2>[/.-])(?:(?<=-) )?(?P<m2>\d{{1,2}})(?:(?P=s2)(?P<y2>{YEAR}))?{END}", re.I)
# "Đêm 19 rạng sáng 20/6": a night across two days, one range (as "Tối 14 và 15-1").
NIGHT_RE = re.compile(
    rf"{_START}(?P<d1>\d{{1,2}})\s*,?\s+(?:rạng(?:\s+sáng)?|sáng)\s+(?:ngày\s+)?(?P<d2>\d{{1,2}})(?P<s>[/.-])(?P<m>\d{{1,2}})"
    rf"(?:(?P=s)(?P<y>{YEAR}))?{END}", re.I)
# "Từ nay đến hết ngày 3/2", "từ chiều tối mai đến ngày 21/9": from the reference date (or the day after)
# to that day; found from "nay" / "mai".
# The day may be written after the word: "từ hôm nay (3-10) đến ngày 5-10".
FROM_NOW_RE = re.compile(
    rf"(?P<rel>nay|mai)(?:\s*\(\s*(?P<d0>\d{{1,2}})(?P<s0>[/.-])(?P<m0>\d{{1,2}})\s*\))?"
    rf"\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?P<d>\d{{1,2}})(?P<s>[/.-])(?P<m>\d{{1,2}})"
    rf"(?:(?P=s)(?P<y>{YEAR}))?{END}", re.I)
# A day-month alone in brackets is the day of what the clause tells ("bị bắt (4-10)", "Nhà hát TP.HCM (22-9)"), unless
# the clause is about a match: "(1-1)", "(2-0)" are scores.
SCORE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:trận|tỷ số|tỉ số|thắng|thua|hòa|hoà|bàn thắng|hiệp|set|ván|chung kết|"
                             r"bán kết|vòng đấu|sân cỏ|kèo)(?![^\W\d_])")
REACH_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:đến|tới)\s+$")  # "triển khai đến 6/9 giáo xứ"
TIME_WORD_AFTER_RE = re.compile(r"\s+(?i:năm|ngày|tháng|tuần|giờ|phút|hôm|sáng|trưa|chiều|tối|đêm)(?![^\W\d_])")
SHARE_OF_AFTER_RE = re.compile(r"\s+(?i:số|tổng\s+số)(?![^\W\d_])")  # "đến 3/4 số hộ dân": a share
RECENT_AFTER_RE = re.compile(r"\s+(?i:vừa\s+qua|vừa\s+rồi)(?![^\W\d_])")  # "thì 15/4 vừa qua là ngày kinh hoàng"
IS_YEAR_AFTER_RE = re.compile(r"\s+(?i:là\s+năm)(?![^\W\d_])")  # "Theo Japan Times, 2002 là năm chứng kiến ..."
SINCE_OPENS_RE = re.compile(r"(?<![^\W\d_])(?i:từ)\s+$")
# the other words that allow a day-month written with "/" (date_words.tsv day_cue); with "-" only where it ends the clause
CUE_OPENS_RE = re.compile(r"(?<![^\W\d_])(?i:trước|sau|vào|đến|tới|hồi|đến\s+hết)\s+$")
FROM_BEFORE_RE = re.compile(r"(?<!\w)từ\s+(?:(?:rạng\s+sáng|sáng|trưa|chiều\s+tối|chiều|tối|đêm)\s+)?(?:(?:hôm|ngày)\s+)?$",
                            re.I)
MONTH_YEAR_RE = re.compile(rf"(?:tháng\s+|T)(?P<m>\d{{1,2}})(?:\s*[/.–—-]\s*|\s+năm\s+)(?P<y>{YEAR}){END}", re.I)
# A month and year without 'tháng' where a span or a list of months makes it one: "Từ 9.2020", "từ 12-1999 đến
# 8-2001", "(tháng 8/2002 và 4/2003)".
MONTH_YEAR_BARE_RE = re.compile(rf"{_START}(?P<m>\d{{1,2}})[/.-](?P<y>{YEAR}){END}")
MONTH_SPAN_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:từ|kể từ|đến|tới)\s+$")
MONTH_LIST_BEFORE_RE = re.compile(rf"(?i:tháng)\s+\d{{1,2}}\s*[/.-]\s*{YEAR}\s*(?:,|(?i:và|hoặc))\s*$")
MONTH_REL_RE = re.compile(rf"tháng\s+(?P<m>\d{{1,2}})\s+(?P<rel>{_REL_YEAR})(?!\w)", re.I)
MONTH_RE = re.compile(rf"tháng\s+(?P<m>\d{{1,2}}){END}", re.I)
# "từ tháng 3 đến tháng 5/2024", "tháng 3 - 6/2027", "T9/2013-T9/2014", "tháng 6.2021 - 5.2022"; two months in a row
# that share a year ("tháng 7 và 8-2005", "tháng 6, 7 năm 2020": one range, corpus DECISIONS h_009).
MONTH_RANGE_RE = re.compile(
    rf"(?:tháng\s+|T)(?P<m1>\d{{1,2}})(?:\s*[/.-]\s*(?P<y1>{YEAR}))?\s*(?:(?:đến|tới)(?:\s+(?:đầu|cuối|giữa|hết)(?=\s+tháng))?"
    rf"|{_DASH}|(?P<and>và|,))\s*"
    rf"(?P<t2>tháng\s+|T)?(?P<m2>\d{{1,2}})(?:(?:\s*[/.-]\s*|\s+năm\s+)(?P<y2>{YEAR})|\s+(?P<rel>{_REL_YEAR})(?!\w))?{END}",
    re.I)
# "giai đoạn 2 từ 6 – 12/2025": after "từ", a bare number then a month and year is the first month of a range that
# shares that year (a range of days would write its month: "từ 6 – 12/5/2025").
MONTH_RANGE_BARE_RE = re.compile(rf"(?<=(?<![^\W\d_])[Tt]ừ\s)(?P<m1>\d{{1,2}})\s*{_DASH}\s*(?P<m2>\d{{1,2}})[/.-](?P<y>{YEAR}){END}")
# "trongquý 1/2021": a lost space, so "quý" may follow a letter (see date_cues.anchors); "Quí I" is an old spelling.
QUARTER_RE = re.compile(rf"qu[ýí]\s+(?P<q>IV|I{{1,3}}|[1-4])(?:(?:\s*[/.-]\s*|\s+năm\s+)?(?P<y>{YEAR}))?(?![\w/])", re.I)
YEAR_RANGE_RE = re.compile(rf"{_START}(?P<y1>{YEAR})\s*(?:{_DASH}|đến|tới)\s*(?:(?:hết|cuối|đầu|giữa)\s+)?(?:năm\s+)?"
                           rf"(?P<y2>{YEAR}){END}", re.I)  # "năm 2002 đến giữa năm 2003" too
# "năm học 2023/2024", "niên vụ 2023/2024": a slash between years only after a range word.
YEAR_SLASH_RANGE_RE = re.compile(rf"{_START}(?P<y1>{YEAR})/(?P<y2>{YEAR}){END}")
YEAR_RE = re.compile(rf"năm\s+(?P<y>{YEAR}){END}", re.I)
SPAN_JOIN_RE = re.compile(r",?\s*(?:cho\s+)?(?:đến|tới)\s+(?:(?:hết|cuối|đầu|giữa)\s+)?", re.I)
PART_END_RE = re.compile(r"(?:\d{1,2}|[^\W\d_]+)\s+tháng\s+(?:đầu|cuối)|nửa\s+(?:đầu|cuối)|quý\s", re.I)
_CLOCK = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?"
FROM_CLOCK_RE = re.compile(rf"(?<![^\W\d_])(?:từ|kể từ)\s+{_CLOCK}\s+$", re.I)
CLOCK_JOIN_RE = re.compile(rf"\s*(?:,?\s*(?:đến|tới)|[-–—])\s+{_CLOCK}\s+", re.I)
FROM_RE = re.compile(r"(?<![^\W\d_])(?:từ|kể từ)\s+(?:(?:cuối|đầu|giữa)\s+)?$", re.I)
DOCUMENT_BEFORE_RE = re.compile(  # "số 12/QĐ-UBND", "67/2001/NĐ- CP" (a space after the code's dash)
    r"(?:(?<![^\W\d_])(?i:số)\s+\d+[\w./-]*|\d+[/-][\w./-]*[A-ZĐ][\w./-]*(?:(?<=-)\s[A-ZĐ][\w./-]*)?)\s*,?\s*$")
# "công điện số 364/2005", "quyết định số 571/2004/QĐ-CTN": a document numbered in its year's series
NUMBERED_IN_YEAR_RE = re.compile(rf"(?<![^\W\d_])(?i:số)\s+\d+[/-](?P<y>{YEAR})(?![\w-]|[/.]\d)")
# "Bộ luật Hình sự năm 2015", "Luật Đất đai năm 2013": a law's name; not "vi phạm pháp luật năm 2019"
LAW_BEFORE_RE = re.compile(r"[bBlLhHpP]" + AFTER_NON_LETTER + r"(?<!(?i:pháp) [\s\S])(?:(?<=[bB])(?i:ộ\s+luật)|(?<=[lL])(?i:uật)"
                           r"|(?<=[hH])(?i:iến\s+pháp)|(?<=[pP])(?i:háp\s+lệnh))(?:\s+[^\W\d_]+){0,6}\s+$")
AMENDED_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:sửa\s+đổi)(?:\s*,?\s*(?i:bổ\s+sung))?\s+$")
BORN_ON_RE = re.compile(r"(?<![^\W\d_])(?i:sinh|ngày sinh)\s*:?\s*$")
# A person's name right before "(1961)": the bracket holds a birth year.
BIRTH_BRACKET_END_RE = re.compile(r"\)|,\s*[^\W\d_]")  # "(1961)", "(1986, ấp 5": not "(2014, 2022 và 2026)"
NAME_PAREN_RE = re.compile(rf"[{UPPER}]{AFTER_NON_LETTER}[^\W\d_]*\s+(?:[{UPPER}][^\W\d_]*\s+){{0,2}}[{UPPER}][^\W\d_]*\s*\($")  # "Hoàng Văn Ánh ("
# ... or the name, its nickname and a comma: "Lê Tiến Công (Công “Mắt To”, 1987)", "Nguyễn Văn Hậu (Hậu Ngọng, 1958)"
NAME_ALIAS_PAREN_RE = re.compile(rf"[{UPPER}]{AFTER_NON_LETTER}[^\W\d_]*\s+(?:[{UPPER}][^\W\d_]*\s+){{0,2}}[{UPPER}][^\W\d_]*\s*"
                                 rf"\(\s*[{UPPER}\"“][^()\d\n]{{0,30}},\s*$")
# ... or a person's name, a dash and the year in a list of people: "Nguyễn Cao Cường – 1991 và Nguyễn Văn Sĩ – 1992",
# "Hứa Hữu Hiển - 1988, ngụ ..." (a name opens with a family name, data/surnames.txt; not "Năm du lịch Đà Nẵng - 2005")
NAME_DASH_RE = re.compile(rf"(?<![^\W\d_]){alternation(SURNAMES)}(?:\s+[{UPPER}][^\W\d_]*){{1,3}}"
                          r"\s*[-–—]\s*$")
BIRTH_COLON_RE = re.compile(r"(?<![^\W\d_])(?:SN|(?i:sinh năm|năm sinh))\s*:\s*$")
GLUED_BIRTH_RE = re.compile(rf"(?:(?<=(?<![^\W\d_])SN)|(?<=(?i:sinh) năm))(?P<y>{YEAR}){END}")
PLATE_BEFORE_RE = re.compile(r"(?<![\w.])\d{2}[A-ZĐ]{1,2}\d?\s*[-.]?\s*$")  # "21C 1819", "51T5 - 7853"
BARE_YEAR_RE = re.compile(rf"{_START}(?P<y>{YEAR}){END}")
# "Ngày hội Du lịch tỉnh lần I-2018", "Giải lướt ván buồm lần 7-2006": an edition's number and its year
EDITION_YEAR_RE = re.compile(rf"(?<![^\W\d_])(?i:lần)\s+(?:(?i:thứ)\s+)?(?:[IVX]{{1,4}}|\d{{1,2}})\s*[-–]\s*(?P<y>{YEAR}){END}")
REL_YEAR_AFTER_RE = re.compile(rf"\s+(?P<rel>{_REL_YEAR})(?!\w)", re.I)
LIST_GAP_RE = re.compile(r"\s*(?:,|và|hoặc|&)\s*", re.I)
# the bracket may name the gloss: "(nhằm mùng 3 Tết)", "(tức ngày mùng 2 Tết)"
GLOSS_OPEN_RE = re.compile(r"\s*\(\s*(?:(?i:nhằm|tức)(?:\s+(?i:là|ngày))?\s+)?")
GLOSS_CLOSE_RE = re.compile(r"\s*\)")
SAME_DAY_GLOSS_RE = re.compile(r"\s*,?\s*(?i:tức|nhằm)(?:\s+(?i:là))?\s*")
# "Sáng nay (18/8)", "chiều qua 17-8", "hôm nay, 22/10": a relative day and the day-month it is, written together
TOLD_DAY_RE = re.compile(r"\s*(?:(?P<open>\()|,)?\s*")
TET_RE = re.compile(r"(?<![^\W\d_])(?i:tết)(?![^\W\d_])")
RANGE_GLOSS_RE = re.compile(r"\s*\(\s*(?P<inner>(?i:tức\s+)?(?:từ\s+)?(?i:mùng|mồng|ngày)\s[^()]{1,48})\)"
                            r"|\s*,\s*(?P<told>(?i:tức|nhằm)\s+[^().;]{1,48}?)(?=\s*[).;])")
LUNAR_WORD_RE = re.compile(r"(?<![^\W\d_])(?i:tết|tháng\s+(?:giêng|chạp))(?![^\W\d_])")  # a day of the lunar calendar
LUNAR_AFTER_RE = re.compile(r"\s*(?:\(\s*(?:âm\s+lịch|AL)\s*\)|(?:âm\s+lịch|AL)\b)", re.I)
# "14:30", "8h", "8 giờ 15 phút"; "19g30", "10g sáng", "khoảng 18g ngày 13-4" (the papers' "g" for "giờ", not grams)
TIME_RE = re.compile(r"(?<![\w/.,])\d{1,2}(?::\d{2}|h\d{0,2}|\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?|g\d{2}"
                     r"|g(?=\s+(?:sáng|trưa|chiều|tối|đêm|khuya|rạng|ngày|hôm|cùng\s+ngày)(?!\w)))(?!\w)", re.I)
# "Từ 18g, đại lộ ...", "Gần 23g, tất cả ...", "từ sau 0g đến 6g": an hour after a word of time that ends its clause
# or opens a span ("khoảng 10g heroin" weighs: a noun follows)
CLOCK_G_RE = re.compile(r"(?:(?<=lúc )|(?<=khoảng )|(?<=từ )|(?<=sau )|(?<=gần )|(?<=vào )|(?<=đúng ))"
                        r"(?:[01]?\d|2[0-4])g(?=\s*[,;?]|\s+(?:đến|tới)(?!\w))", re.I)
WORD_BEFORE_RE = re.compile(r"(?:[^\W\d_]+|[”\"’'])[ \t]+$|\(\s*$")
NUMBER_AFTER_RE = re.compile(r"\s*\d")
YEARS_RE = re.compile(r"\d{4}")
DIGIT_RE = re.compile(r"\d")
COMMA_BEFORE_RE = re.compile(r",\s*$")
SCHOOL_YEAR_RE = re.compile(r"(?i:năm\s+học|niên\s+khóa)(?![^\W\d_])")
CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)\n]|$)")
# "nhiệm kỳ 2021-2026": a term of office, begun by the article's day
TERM_RE = re.compile(r"(?i:nhiệm\s+kỳ)(?![^\W\d_])")
TERM_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:nhiệm\s+kỳ)\s*(?:\(\s*)?$")
SINCE_YEAR_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:từ|kể từ)\s+$")
# "Từ đầu năm 2023 đến nay, quần chúng ...", "Ngoài ra, từ đầu năm 2005 đến nay, ...": a clause that counts from the
# start of the year to the article's day, which is of that year (not "khai nhận đã bán ma túy từ đầu năm 2004 đến nay",
# what someone told of their past)
YEAR_TO_DATE_BEFORE_RE = re.compile(r"(?:^|[.;:!?\n,(])\s*(?i:từ|kể từ)\s+(?i:đầu)\s+$")
NOW_AFTER_RE = re.compile(r"\s*(?i:đến|tới)\s+(?i:nay|hiện nay|bây giờ)(?![^\W\d_])")
# "Hội nghị tổng kết công tác công an năm 2024": a year a review closes (held at the turn of the year)
REVIEWED_BEFORE_RE = re.compile(r"[tT]" + AFTER_NON_LETTER + r"(?i:ổng\s+kết)(?![^\W\d_])"
                                r"(?:[^.;:!?\n\d]|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}(?!\d))" + "{0,140}$")  # "công tác 1389 năm 2016"
# A plan or a strategy named earlier in the sentence of a span of years ("Quy hoạch sử dụng đất quốc phòng thời kỳ
# 2021 - 2030", "xây dựng kế hoạch ... giai đoạn 2006- 2010"): the span has begun by the article's day, its end is a goal;
# unless the sentence reviews it ("tổng kết 10 năm thực hiện Kế hoạch ... giai đoạn 2013-2023")
PLAN_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:kế\s+hoạch|quy\s+hoạch|chiến\s+lược|đề\s+án|định\s+hướng)(?![^\W\d_])"
                            r"[^.;!?\n]*$")
# ... and a programme's phase ("ký kết Chương trình hợp tác ... giai đoạn 2006-2010"), not a course's school year
# ("chương trình học bổng ... năm 2005-2006")
PROGRAMME_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:chương\s+trình)(?![^\W\d_])[^.;!?\n]*$")
PHASE_RE = re.compile(r"(?i:giai\s+đoạn|thời\s+kỳ)(?![^\W\d_])")
REVIEW_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:tổng\s+kết|sơ\s+kết|nhìn\s+lại|kết\s+quả|đánh\s+giá)(?![^\W\d_])"
                              r"[^.;!?\n]*$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def extract_dates(text: str | Prepared, reference: date | None = None) -> list[DateMention]:
    """Dates, months, years and ranges in a text, in text order, with offsets into the text given."""
    doc = prepare(text)
    out = []
    for f in _find(doc.text, reference):
        start, end, source = doc.norm.source_span(f.start, f.end)
        out.append(DateMention(start, end, source, f.value, f.precision))
    return out


def calendar_spans(doc: Prepared) -> list[tuple[int, int]]:
    """Spans of ``doc.text`` taken by dates and clock times (numbers there are not figures)."""
    text = doc.text
    spans = [(f.start, f.end) for f in _choose(_candidates(text, Clock(None)), len(text))]
    digits = anchors(text).digits
    spans.extend(m.span() for regex in (TIME_RE, CLOCK_G_RE) for m in matches(regex, text, digits))
    return sorted(spans)


def _find(text: str, ref: date | None) -> list[Found]:
    found = _choose(_candidates(text, Clock(ref)), len(text))
    if ref is None and any(f.value is None for f in found):
        year, reviewed = _article_year(found, _head_end(text), text)
        anniversary = _anniversary_year(text, found)
        if anniversary is not None and (year is None or anniversary > year):
            year, reviewed = anniversary, False
        if year is None:  # no other year: a document the article cites is numbered in the year it is issued
            year = max((int(m["y"]) for m in NUMBERED_IN_YEAR_RE.finditer(text)), default=None)
        if year is not None:
            dated = [f for f in found if not _names_tet(text, f)]  # 'dịp Tết Nguyên đán Quý Mão': a Tết ahead, no day told
            latest, issued = _latest_day(dated, year, "written"), None
            if latest is None:  # dated by a document only: the days of its issue and the weeks after
                latest = issued = _latest_day(found, year, "document")
            # a year written only as a Tết ahead or as the year of the tasks set: October to December days are in
            # the year before (a campaign, a meeting that plans the next year)
            before_tet = latest is None and (_tet_year_only(text, found, year) or _tasks_year_only(text, found, year))
            school = any(f.value == f"{year - 1}/{year}" and SCHOOL_YEAR_RE.match(text, f.start) for f in found
                         if f.precision == "range")
            found = _choose(_candidates(text, Clock(None, year, reviewed, latest, issued, before_tet, school,
                                                    spans=_written_spans(found))), len(text))
            if not (reviewed or before_tet or school):
                found = _account_years(text, found)
        else:
            # no year dates the article's days, but one its body writes ('hoàn thành kế hoạch năm 2020') is the year of
            # the parts of a year it reports on ('6 tháng đầu năm')
            body = {f.value for f in found if f.value and f.precision == "year" and f.standing == "written"
                    and text[f.start - 1:f.start] != "("}  # not 'giảm từ 61 (năm 2003) xuống còn 37', a past level
            if len(body) == 1 and any(f.value is None and f.precision == "range" for f in found):
                found = _choose(_candidates(text, Clock(None, period_year=int(body.pop()))), len(text))
    return _glossed(text, _spans(text, found), dated=ref is not None)


# the parts of a year ('6 tháng đầu năm', 'quý 3') and lunar days take the year otherwise
PART_OF_YEAR_RE = re.compile(r"(?<![^\W\d_])(?i:năm|quý|quí|tết|tháng\s+(?:giêng|chạp))(?![^\W\d_])")
# 'Tin vắn ngày 14/10', 'Tin tóm tắt': a digest of separate stories, none of which dates another's days
DIGEST_RE = re.compile(r"(?<![^\W\d_])(?i:tin\s+vắn|tin\s+tóm\s+tắt|điểm\s+tin)(?![^\W\d_])")
# A day the clause looks ahead to dates no account yet: a deadline, a plan, an intake or an exam ('nộp hồ sơ chậm nhất
# ngày 4/2/2005', 'dự kiến hoàn thành vào tháng 11/2005', 'cho khóa nhập học tháng 2/2006', 'Đến tháng 1/2006 phải ...')
AHEAD_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:sẽ|dự\s+kiến|hạn|hạn\s+chót|chậm\s+nhất|trước|nhập\s+học|kỳ\s+thi|kỳ\s+học"
                             r"|khó?a\s+học|khoá\s+học|khó?a\s+thi|khoá\s+thi|khai\s+giảng|phải|mục\s+tiêu|kế\s+hoạch|hết)"
                             r"(?![^\W\d_])[^.;:!?\n]*$")
_AHEAD_REACH = 60
# ... or that a 'must' or a 'will' follows: 'Đến tháng 1/2006 phải đi vào hoạt động', 'tháng 10/2005 sẽ khánh thành'
AHEAD_AFTER_RE = re.compile(r"\s*,?\s*(?i:phải|sẽ)(?![^\W\d_])")
# ... nor does the day a law, a decree or a decision was issued ('theo Nghị định 61/CP (ngày 5-7-1994 của Chính phủ)')
ISSUED_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:nghị\s+định|quyết\s+định|thông\s+tư|chỉ\s+thị|nghị\s+quyết|luật|pháp\s+lệnh"
                              r"|công\s+điện)(?![^\W\d_])[^.;:!?\n]{0,30}(?i:ngày)?\s*$")
# A dated point of the article's account: a day or a month written with its year, or the end of a span of them.
_POINT_STANDINGS = ("written", "since")
# 'Ngày 1/6 ... Trước đó, ngày 30/5': a day told a little before the point it follows is still of its year.
_ACCOUNT_BACK = timedelta(days=31)
# ... and one of the months that follow it; a day almost a year on is of another story, or another year.
_ACCOUNT_ON = timedelta(days=300)


def _point(f: Found, text: str) -> tuple[date, bool] | None:
    """The day an item written with its year dates the account at (a month by its first day; a span of a campaign's
    length by its start, a longer one by its end), and whether it is a day, else None."""
    if not f.value or f.standing not in _POINT_STANDINGS or not YEARS_RE.search(text, f.start, f.end) \
            or AHEAD_BEFORE_RE.search(text, max(0, f.start - _AHEAD_REACH), f.start) \
            or ISSUED_BEFORE_RE.search(text, max(0, f.start - _AHEAD_REACH), f.start) \
            or AHEAD_AFTER_RE.match(text, f.end):
        return None
    value = f.value if f.precision in ("day", "month") else ""
    if f.precision == "range":
        first, _, value = f.value.partition("/")
        start, end = _day_of(first), _day_of(value)
        if start is not None and end is not None and start <= end <= start + _CAMPAIGN_MAX \
                and not PART_OF_YEAR_RE.search(text, f.start, f.end):  # not a report's 'quý 2/2005': read from its end
            value = first  # a campaign or an event ('từ ngày 19-12-2005 đến tháng 4-2006'): its days run on from its start
    if len(value) == 10:
        return date.fromisoformat(value), True
    return (date(int(value[:4]), int(value[5:7]), 1), False) if len(value) == 7 else None


def _day_of(value: str) -> date | None:
    """The day the first part of a value stands for when an item is placed against a point: a day itself, a month
    by its 28th (a month the point falls in counts as at or after it), else None."""
    first = value.split("/")[0]
    if len(first) == 10:
        return date.fromisoformat(first)
    return date(int(first[:4]), int(first[5:7]), 28) if len(first) == 7 else None


def _account_years(text: str, found: list[Found]) -> list[Found]:
    """Without a reference date, a day or month written without a year takes the year of the closest dated point
    written before it (corpus DECISIONS ruling D1): reading on in time it falls at or after that point, in its
    year; where its month goes back past it, in the year after. Before any such point the article's year stands."""
    points = [(f.start, p) for f in _spans(text, found) if (p := _point(f, text)) is not None]  # spans joined
    if not points or DIGEST_RE.search(text, 0, _head_end(text)):
        return found
    starts = [s for s, _ in points]
    by_year: dict[int, dict[tuple[int, int], Found]] = {}

    def valued(f: Found, year: int) -> str | None:
        if year not in by_year:
            by_year[year] = {(g.start, g.end): g for g in _candidates(text, Clock(None, year))}
        g = by_year[year].get((f.start, f.end))
        return g.value if g is not None and g.precision == f.precision else None

    out = []
    for f in found:
        i = bisect_left(starts, f.start) - 1
        if i < 0 or f.value is not None or f.precision not in ("day", "month", "range") or not DIGIT_RE.search(text, f.start, f.end) \
                or YEARS_RE.search(text, f.start, f.end) or PART_OF_YEAR_RE.search(text, f.start, f.end) \
                or recurring(text, f.start, f.end):  # 'Khai giảng: tháng 1 và tháng 9 hằng năm': every year's
            out.append(f)
            continue
        point, is_day = points[i][1]
        value = valued(f, point.year)
        day = _day_of(value) if value else None
        told = day is not None and point - (_ACCOUNT_BACK if is_day else timedelta(0)) <= day <= point + _ACCOUNT_ON
        out.append(f._replace(value=value) if told else f)
    return out


def _glossed(text: str, found: list[Found], dated: bool = True) -> list[Found]:
    """'ngày 30/1 (mùng 2 Tết)', 'mùng 4 Tết (ngày 1-2)': a day and the day of Tết it is, one in brackets right after
    the other, are one item (corpus DECISIONS an_015, bc_010, cu_010), valued by the solar one (with a reference
    date, in the year the lunar day puts it; without one, no value where that year is not the article's: the
    coincidence of the two calendars alone does not fix a year, corpus DECISIONS ruling 1); a lunar day-month
    told with its own words ('15/3 (tức ngày 6/2 âm lịch)') stays an item of its own; a range and the days of Tết it
    runs over, in brackets after it, are one item too: 'từ 29 đến 31/1 (mùng 1 đến mùng 3 Tết)'."""
    out: list[Found] = []
    gloss_end = -1  # the end of a bracket that glosses the range before it: its dates are that range's
    for f in found:
        if f.start < gloss_end:
            continue
        prev = out[-1] if out else None
        if f.precision == "range":
            bracket = RANGE_GLOSS_RE.match(text, f.end)
            if bracket is not None and LUNAR_WORD_RE.search(bracket["inner"] or bracket["told"]):
                # "từ 29 đến 31/1 (mùng 1 đến mùng 3 Tết)", "từ 28-1 đến 2-2, tức từ 30 đến mùng 5 Tết": the lunar
                # days restate the range, one item
                gloss_end = bracket.end("inner") + 1 if bracket["inner"] else bracket.end("told")
                out.append(Found(f.start, gloss_end, f.value, f.precision, f.standing))
                continue
        if prev is not None and prev.value and prev.value == f.value and prev.precision == f.precision \
                and SAME_DAY_GLOSS_RE.fullmatch(text, prev.end, f.start):
            # 'từ ngày 14 -22/2, tức từ ngày 27 tháng Chạp ... đến ngày Mùng 6 tháng Giêng ...': one span told twice
            out[-1] = Found(prev.start, f.end, prev.value, prev.precision, prev.standing)
            relative = out[-2] if len(out) > 1 else None
            if relative is not None and relative.precision == "day" and relative.value in (None, prev.value) \
                    and not DIGIT_RE.search(text, relative.start, relative.end) and GLOSS_OPEN_RE.fullmatch(text, relative.end, prev.start) \
                    and text[relative.end:prev.start].strip().startswith("(") and GLOSS_CLOSE_RE.match(text, f.end):
                # 'ngày hôm nay (ngày 6/2 tức ngày 2 Tết Nguyên đán Kỷ Hợi)': the relative day told with both, one item
                del out[-2]
            continue
        if prev is not None and prev.precision == f.precision == "day" and DIGIT_RE.search(text, f.start, f.end) \
                and not DIGIT_RE.search(text, prev.start, prev.end) and (not prev.value or not f.value or prev.value == f.value):
            told = TOLD_DAY_RE.fullmatch(text, prev.end, f.start)
            close = told is not None and told["open"] and GLOSS_CLOSE_RE.match(text, f.end)
            if told is not None and (close or not told["open"]):
                # one day told twice is one item, the written day-month (corpus DECISIONS: 'Sáng nay (28/4)' -> '28/4')
                out[-1] = Found(f.start, f.end, f.value or prev.value, "day", f.standing)
                continue
        if prev is not None and prev.precision == f.precision == "day" and GLOSS_OPEN_RE.fullmatch(text, prev.end, f.start):
            close = GLOSS_CLOSE_RE.match(text, f.end)
            tet = [LUNAR_WORD_RE.search(text, g.start, g.end) is not None for g in (prev, f)]
            if close is not None and tet[0] != tet[1]:
                solar, other = (f, prev) if tet[0] else (prev, f)
                value = solar.value or other.value
                if solar.value and other.value and not YEARS_RE.search(text, solar.start, solar.end):
                    # the lunar day puts a day-month in one year: '20.1 (23 tháng Chạp)' is of 2017 only; an article
                    # of 2016 (its award 'năm 2016') that writes it has not fixed which year its day is of
                    glossed = glossed_day(solar.value[5:], other.value) or value
                    value = glossed if dated or glossed == value else None
                out[-1] = Found(prev.start, close.end(), value, "day", prev.standing)
                continue
        out.append(f)
    return out


def _spans(text: str, found: list[Found]) -> list[Found]:
    """'từ năm 2018 đến tháng 10/2023', 'từ tháng 1 đến 30-8': two dates of different precision that a 'từ ...
    đến' joins are one range (ranges of one precision are read whole by their own patterns), and two days written
    in different ways: 'từ 29 tháng Chạp đến mùng 8 Tết', or months: 'từ tháng 10 năm ngoái đến tháng 7 năm nay' (one
    range, without a value when their year is not known); hours of two days: 'từ 19h ngày 22/12 - 7h ngày 23/12'."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.precision == f.precision == "day" \
                and CLOCK_JOIN_RE.fullmatch(text, prev.end, f.start) \
                and FROM_CLOCK_RE.search(text, max(0, prev.start - 24), prev.start):
            # "từ 19h ngày 22/12/2023 - 7h ngày 23/12/2023", "Từ 22h ngày 25/9 đến 4h ngày 26/9": hours of two days
            ok = prev.value and f.value and prev.value < f.value
            out[-1] = Found(prev.start, f.end, f"{prev.value}/{f.value}" if ok else None, "range", prev.standing)
            continue
        if prev is not None and prev.precision == f.precision and f.precision in ("day", "month") \
                and prev.value is None and f.value is None and SPAN_JOIN_RE.fullmatch(text, prev.end, f.start) \
                and all(DIGIT_RE.search(text, g.start, g.end) for g in (prev, f)):  # not 'từ tối qua đến hôm nay'
            since = FROM_RE.search(text, max(0, prev.start - 14), prev.start)
            if since is not None:
                out[-1] = Found(since.start(), f.end, None, "range", prev.standing)
                continue
        if prev is not None and prev.precision == f.precision == "month" and _next_month(text, prev, f) \
                and END_START_JOIN_RE.fullmatch(text, prev.end, f.start) and LATE_BEFORE_RE.search(text, max(0, prev.start - 8), prev.start):
            # 'cuối tháng 9 đầu tháng 10', 'cuối tháng 3 và đầu tháng 4': the turn of two months in a row, one range
            # (as 'tháng 7 và 8-2005'; corpus gold cn_018), without a value when their year is not known
            value = f"{prev.value}/{f.value}" if prev.value and f.value else None
            out[-1] = Found(prev.start, f.end, value, "range", prev.standing)
            continue
        # a span may end on a part of a year: 'Từ năm 2004 đến 6 tháng đầu năm 2005' runs to June 2005, '... đến hết quý 1/2021' to March
        end = f.value.split("/")[-1] if f.value and f.precision == "range" and PART_END_RE.match(text, f.start) \
            else f.value if f.precision in ("day", "month", "year") else None
        first = prev.value if prev is not None else None
        if prev is not None and prev.precision == "month" and end and len(end) >= 7 and YEARS_RE.search(text, f.start, f.end) \
                and not YEARS_RE.search(text, prev.start, prev.end) and (month := MONTH_NUMBER_RE.match(text, prev.start)):
            # 'từ đầu tháng 12 đến 30-3-2006': a month without a year takes it from the end of its span, the year before
            # when the span crosses the new year
            number = int(month[1])
            first = f"{int(end[:4]) - (number > int(end[5:7]))}-{number:02d}"
        if prev is not None and prev.precision in ("day", "month", "year") and end \
                and (prev.precision != f.precision or f.precision in ("day", "month")) and first and first < end \
                and SPAN_JOIN_RE.fullmatch(text, prev.end, f.start):
            since = FROM_RE.search(text, max(0, prev.start - 14), prev.start)
            if since is not None:
                out[-1] = Found(since.start(), f.end, f"{first}/{end}", "range", prev.standing)
                continue
        out.append(f)
    return out


END_START_JOIN_RE = re.compile(r"\s*(?:,|(?i:và)(?![^\W\d_]))?\s*(?i:đầu)\s+")
LATE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:cuối)\s+$")
MONTH_NUMBER_RE = re.compile(r"(?i:tháng)\s+(\d{1,2})")


def _next_month(text: str, first: Found, second: Found) -> bool:
    """Whether ``second`` is the month after ``first``: by their values, or by the numbers written when neither has one."""
    if first.value and second.value:
        a, b = (int(v[:4]) * 12 + int(v[5:7]) for v in (first.value, second.value))
        return b == a + 1
    numbers = [MONTH_NUMBER_RE.match(text, g.start) for g in (first, second)]
    if first.value or second.value or None in numbers:
        return False
    a, b = (int(n[1]) for n in numbers if n)
    return b == a % 12 + 1


LINE_RE = re.compile(r"[^\n]*(?:\n|$)")


# A title is shorter than this; a first line longer is the lead of an article stored without its title.
_TITLE_MAX = 200


def _head_end(text: str) -> int:
    """Where the article's title and lead end: after its first two lines that hold text, or after the first when
    that is too long for a title."""
    lines = list(islice((m for m in LINE_RE.finditer(text) if m.group().strip()), 2))
    if lines and len(lines[0].group()) > _TITLE_MAX:
        return lines[0].end()
    return lines[1].end() if len(lines) == 2 else len(text)


def _article_year(found: list[Found], head_end: int, text: str) -> tuple[int | None, bool]:
    """Without a reference date, the latest year the article writes out dates its days and months: a year of a
    date ('ngày 26/11/2005', 'tháng 3/2005'), a year or a span of years written alone in the title and lead ('Tổng
    kết ... năm 2022', 'giai đoạn 2019-2024'; not the body's 'từ năm 2016 đến 2019, bị can ...', a past the story recalls)
    or closing the name of an event ('Liên hoan ... Đà Nẵng 2005') or naming the year of the tasks it sets ('nhiệm vụ
    công tác năm 2005'), not one the body recalls ('năm 2002, Tám đã ...') nor one set off by commas inside a
    sentence of the lead ('Theo cơ quan điều tra, năm 2018, UBND tỉnh ...'); a goal never ('mục tiêu năm 2023', 'đến 2006,
    tình hình buôn lậu sẽ ...': a year ahead, which a review's own year rule covers), a birth year never,
    nor a year a span runs from to now ('từ năm 1976 đến nay'). Also whether that year is one a review closes ('tổng kết
    công tác năm 2024'): its meeting's January to March days are in the year after."""
    def years(standing: str, recalled: bool = True) -> list[int]:
        return [int(y) for f in found if f.value and f.standing == standing
                and (recalled or not _years_only(f) or f.start < head_end and not _year_told_of(text, f))
                for y in YEARS_RE.findall(f.value)]
    # the term of office a congress in the title or lead opens ('Đại hội ... nhiệm kỳ 2021-2026', 'bầu vào Ban Chấp
    # hành ... nhiệm kỳ 2020 - 2025') begins in the article's year: its first year counts; the term of a post ('giữ chức
    # Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2004-2011', 'bầu bổ sung ... Ủy viên UBND tỉnh, nhiệm kỳ 2016-2021') may be in
    # any of its years, and one the body names ('nguyên Chủ tịch UBND xã nhiệm kỳ 2011-2016') is a past post
    terms = [int(f.value[:4]) for f in found if f.value and f.standing == "term" and f.start < head_end
             and CONGRESS_BEFORE_RE.search(text, max(0, f.start - _CONGRESS_REACH), f.start)]
    # a year compared with ('giảm 5% so với năm 2019') is one the article's own year is past
    # the year an event's name closes on ('Ngày hội toàn dân bảo vệ ANTQ năm 2024') is the event's, wherever it stands
    # a year counted from its start to now ('Từ đầu năm 2023 đến nay, ...') is the article's, wherever it stands
    # the year whose tasks the article sets ('đề ra nhiệm vụ công tác năm 2005 của hội') is the article's, wherever it
    # stands (corpus DECISIONS c_010, f_017: a meeting early in that year)
    tasks = _task_years(text, found)
    written = years("written", recalled=False) + years("edition") + years("to_date") + terms + tasks \
        + [y + 1 for y in years("compared")]
    reviewed = years("reviewed")
    if not written and not reviewed:
        return max(years("document"), default=None), False
    year = max(written + reviewed)
    if year not in reviewed and year - 1 in reviewed:
        return year - 1, True  # 'tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023': the meeting's year is 2022
    return year, year in reviewed


# a congress that elects the leaders of a term, in the sentence before the term: 'Đại hội ... lần thứ XII, nhiệm kỳ
# 2023 - 2028', 'được bầu vào Ban Chấp hành Đảng bộ ..., nhiệm kỳ 2020 - 2025'
CONGRESS_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:(?i:đại\s+hội|ban\s+chấp\s+hành)|BCH)(?![^\W\d_])[^.!?\n]*$")
_CONGRESS_REACH = 240


def _year_told_of(text: str, f: Found) -> bool:
    """'Theo cơ quan điều tra, năm 2018, UBND tỉnh có quyết định ...': a year set off by commas inside a sentence, after
    the source the clause is told from, tells what happened in it, a past the article looks back on (a year that opens
    its sentence, 'Năm 2022, huyện đã ...', frames the passage)."""
    return f.precision == "year" and text.startswith(",", f.end) \
        and COMMA_BEFORE_RE.search(text, max(0, f.start - 4), f.start) is not None


def _years_only(f: Found) -> bool:
    """A year or a span of whole years ('năm 2018', 'từ năm 2016 đến 2019', 'giai đoạn 2019-2024')."""
    return f.precision == "year" or f.precision == "range" and len(f.value or "") == 9


# "kỷ niệm 29 năm ngày giải phóng huyện đảo", "Lễ kỷ niệm 20 năm thành lập Hội đồng hương": an anniversary, N years
# after the day it celebrates
ANNIVERSARY_RE = re.compile(r"(?<![^\W\d_])(?i:kỷ\s+niệm)\s+(?P<n>\d{1,3})\s+(?i:năm)(?![^\W\d_])")
FOUNDED_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:thành\s+lập|ra\s+đời|giải\s+phóng)(?:\s+(?i:vào|từ))?(?:\s+(?i:ngày))?\s*$")
_ANNIVERSARY_REACH = 400


def _anniversary_year(text: str, found: list[Found]) -> int | None:
    """The year of an anniversary the article celebrates, from the day it celebrates written in full near it: 'kỷ
    niệm 29 năm ngày giải phóng huyện đảo ... 9h sáng 29/4/1975' (the day-month written again alone, 'Chiều 28/4 ...
    ngày 29/4') or 'kỷ niệm 20 năm thành lập Hội ... được thành lập ngày 01/01/1997': 2004, 2017. A full date that is
    the celebration's own ('kỷ niệm 115 năm ngày sinh ... Sáng 19-5-2005, ... Cũng trong ngày 19-5') would give a year
    no article is of (2120): such years are none."""
    celebrated = list(ANNIVERSARY_RE.finditer(text))
    if not celebrated:
        return None
    bare = {f"{int(m['m']):02d}-{int(m['d']):02d}" for m in DM_RE.finditer(text)}  # day-months written without a year
    full = [(f.start, f.value) for f in found if f.precision == "day" and f.value
            and f.standing in ("written", "document") and YEARS_RE.search(text, f.start, f.end)]
    starts = [start for start, _ in full]
    years: list[int] = []
    for m in celebrated:
        lo, hi = bisect_left(starts, m.start() - _ANNIVERSARY_REACH), bisect_right(starts, m.start() + _ANNIVERSARY_REACH)
        years.extend(int(value[:4]) + int(m["n"]) for start, value in full[lo:hi]
                     if value[5:] in bare or FOUNDED_BEFORE_RE.search(text, max(0, start - 30), start))
    return max((y for y in years if y <= NEWEST_YEAR), default=None)


def _task_years(text: str, found: list[Found]) -> list[int]:
    """Years the article sets tasks for: 'nhiệm vụ công tác năm 2005', 'nhiệm vụ trọng tâm năm 2025', 'thực hiện thắng lợi
    nhiệm vụ rất nặng nề trong năm 2025' (the weight of the tasks ahead)."""
    return [int(f.value) for f in found if f.value and f.standing == "written" and f.precision == "year"
            and TASKS_BEFORE_RE.search(text, max(0, f.start - 30), f.start)]


TASKS_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:nhiệm\s+vụ)(?:\s+(?i:công\s+tác|trọng\s+tâm|chủ\s+yếu))?(?:\s+(?i:rất\s+)?(?i:nặng\s+nề|khó\s+khăn|to\s+lớn))?(?:\s+(?i:của|trong))?\s+$")


def _tasks_year_only(text: str, found: list[Found], year: int) -> bool:
    """``year`` is written only as the year of the tasks the article sets."""
    own = [f for f in found if f.value and f.value[:4] == str(year)]
    return bool(own) and year in _task_years(text, own) and len(_task_years(text, own)) == len(own)


def _tet_year_only(text: str, found: list[Found], year: int) -> bool:
    """``year`` is written only as the year of a Tết ('dịp Tết Nguyên Đán 2025')."""
    own = [f for f in found if f.value and f.value[:4] == str(year)]
    return bool(own) and all(_names_tet(text, f) for f in own)


TET_NAME_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:tết)(?:\s+[^\W\d_]+){0,3}\s+(?:(?i:năm)\s+)?$")


def _names_tet(text: str, f: Found) -> bool:
    """'Tết Nguyên đán 2025', 'Tết Dương lịch 2023' (the year after the name), 'Tết Nguyên đán Quý Mão' (a day from the
    year's name, no digit): a Tết the article names, not a day it tells of."""
    if f.precision == "year":
        return TET_RE.search(text, f.start, f.end) is not None \
            or TET_NAME_BEFORE_RE.search(text, max(0, f.start - 30), f.start) is not None
    return f.precision == "day" and TET_RE.search(text, f.start, f.end) is not None \
        and DIGIT_RE.search(text, f.start, f.end) is None


# A campaign or an event the article dates in full runs weeks or months; a longer span is an anniversary's ('(19/8/1945 -
# 19/8/2023)') or a statistic's, not the time its days are told in.
_CAMPAIGN_MAX = timedelta(days=183)


def _written_spans(found: list[Found]) -> tuple[tuple[date, date], ...]:
    """Spans of days written out in full with their years ('từ 15-12-2021 đến 14-2-2022', 'từ ngày 22 - 25.12.2018'),
    no longer than a campaign."""
    spans = ((date.fromisoformat(a), date.fromisoformat(b)) for a, b in
             (f.value.split("/") for f in found if f.value and f.precision == "range" and f.standing == "written"
              and len(f.value) == 21))
    return tuple((a, b) for a, b in spans if b - a <= _CAMPAIGN_MAX)


def _latest_day(found: list[Found], year: int, standing: str) -> date | None:
    """The latest day of ``year`` the article writes out with its year ('Tối 8/10/2003', 'tháng 12/2004' as its
    last day), the point its undated days run on from."""
    days = []
    for f in found:
        if not f.value or f.standing != standing:
            continue
        # a range of days or months ('từ ngày 22 - 25.12.2018', 'từ tháng 3 đến tháng 5/2024') runs on to its end
        value = f.value.split("/")[-1] if f.precision == "range" else f.value if f.precision in ("day", "month") else ""
        if value[:4] == str(year) and (len(value) == 10 or len(value) == 7 and f.precision != "range"):
            days.append(date.fromisoformat(value) if len(value) == 10 else _month_end(value))
    return max(days, default=None)


def _month_end(value: str) -> date:
    return date(int(value[:4]), int(value[5:7]), 28)


def _candidates(text: str, clock: Clock) -> list[Found]:
    at = anchors(text)
    found: list[Found] = []
    for finder in _FINDERS:
        found.extend(finder(text, clock, at))
    return found


def _choose(found: list[Found], size: int) -> list[Found]:
    """The longest candidates that do not overlap a longer (or earlier, equally long) one, in text order."""
    taken = bytearray(size + 1)
    chosen = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if taken.find(1, f.start, f.end) == -1:
            taken[f.start:f.end] = b"\x01" * (f.end - f.start)
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def _valid(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31


_STRONG_CUES = ("day_time", "weekday", "day_word")


def _strong_cue(text: str, start: int) -> bool:
    """A time of day, a weekday or another day word right before: 'Sáng 29-10', 'thứ Sáu 6-3', 'Tính đến 15-8'; or
    before the bracket the day stands in: 'chiều chủ nhật (23-4)', 'tối hôm sau (14-3)'. (Not a weekday before a
    comma: 'Thứ ba, 2-3 người ...' is 'thirdly'.)"""
    bracket = start - 1
    return any(has_before(text, start, role) or bracket > 0 and text[bracket] == "(" and has_before(text, bracket, role)
               for role in _STRONG_CUES)


def _weekday_comma(text: str, start: int, end: int) -> bool:
    """'đêm thứ tư, 13/10.': a weekday and a comma before a day-month written with '/' that ends its clause (with '-'
    the comma reads as 'thirdly, 2-3 people', and 'Thứ hai, 2/3 diện tích' is a fraction)."""
    comma = COMMA_BEFORE_RE.search(text, max(0, start - 4), start)
    return comma is not None and has_before(text, comma.start(), "weekday") and CLAUSE_END_RE.match(text, end) is not None


def _narrative(text: str, start: int) -> bool:
    """A day told as it happened: after a time of day ('Sáng 17/10') or opening its clause ('Ngày 30/5, ...')."""
    return _strong_cue(text, start) or opens_clause(text, start)


def _opens_since(text: str, start: int, end: int) -> bool:
    """'Từ 24-3, nhốt khách ...', 'Từ 1-5, thuê bao ...': a clause that opens with 'từ' and a day-month set off by a
    comma dates what follows (a count would run on: 'từ 3-5 người')."""
    since = SINCE_OPENS_RE.search(text, max(0, start - 8), start)
    return since is not None and (opens_clause(text, since.start()) or text[since.start()] == "T") \
        and text[end:end + 1] == ","  # a capital 'Từ' opens a sentence whose break was lost: "Ảnh: B. TRUNG Từ 24-3,"


def _opens_dated(text: str, start: int, end: int) -> bool:
    """'...; 26-3, lực lượng tuần tra ...': a day-month that opens a clause after a semicolon or a line break and is
    set off by a comma dates the clause, as 'Ngày 26-3, ...' would (a count would run on: '2-3 người'); not a code
    padded unlike a date, its day with a zero and its month without ('lô\n04-3, bồn trũng': a line broken in a name)."""
    day, month = re.split(r"[/.–-]", text[start:end], maxsplit=1)
    if day.startswith("0") and len(month.strip()) == 1:
        return False
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return (k == 0 or text[k - 1] in ";\n") and text[end:end + 1] == ","


def _since_day(text: str, start: int, end: int) -> bool:
    """'có hiệu lực từ 1-6)', 'Kể từ 16-2 đến nay', 'từ 30-4 trở đi', 'Theo đó, từ 3-12, các loại phương tiện ...': 'từ'
    and a day-month with '-' that ends the clause, runs to now or on, or (after a comma) opens the clause; and 'trước
    15-3.', 'thời hạn chỉ đến 29-3.', 'mở cửa thành cổ đến 20-5' (a headline): another day cue and a day-month with '-'
    that ends the clause.  A count runs on into what it counts ('từ 2-3 sao', 'từ 5-10 khách', 'từ 3-4h sáng', 'kê
    khai tới 6-7, phần việc'), and 'các gói thầu từ 1-5, trong đó' numbers things."""
    if "-" not in text[start:end]:
        return False
    since = SINCE_OPENS_RE.search(text, max(0, start - 8), start)
    if since is None:
        if FROM_MONTH_TO_RE.search(text, max(0, start - 40), start):
            return not counted_after(text, end)  # 'từ tháng 1 đến 30-8, ...': the day a span from a month runs to
        cue = CUE_OPENS_RE.search(text, max(0, start - 10), start)
        return cue is not None and CUE_END_RE.match(text, end) is not None
    if SINCE_END_RE.match(text, end):
        return True
    return text[end:end + 1] == "," and COMMA_BEFORE_RE.search(text, max(0, since.start() - 4), since.start()) is not None


# what may follow a day-month another cue opens: the clause's end; one 'từ' opens: that, or 'đến nay', 'trở đi', 'này'
# ('từ 1-4 này')
FROM_MONTH_TO_RE = re.compile(rf"(?<![^\W\d_])(?i:từ|kể\s+từ)\s+(?:(?i:đầu|cuối|giữa)\s+)?(?i:tháng)\s+\d{{1,2}}"
                              rf"(?:\s*[/.-]\s*{YEAR})?\s*,?\s*(?i:đến|tới)\s+(?:(?i:hết)\s+)?$")
CUE_END_RE = re.compile(r"\s*(?:[.:;)]|\n|$)")
SINCE_END_RE = re.compile(CUE_END_RE.pattern + r"|\s+(?i:(?:đến|tới)\s+nay|trở\s+đi|này)(?![^\W\d_])")


def _occasion(text: str, start: int, end: int) -> bool:
    """'dịp 8-3', 'nghỉ lễ 30/4', 'lễ 20-10 năm ngoái'; not 'dịp 3-5 ngày' (a count follows)."""
    return has_before(text, start, "occasion") and (
        not counted_after(text, end) or REL_YEAR_AFTER_RE.match(text, end) is not None)


def _weak_cue(text: str, start: int) -> bool:
    """'vào 30/4', 'nghỉ lễ 30/4', but not a fraction: 'chưa tới 1/3', 'hơn 1/2'."""
    cue = before(text, start, "day_cue")
    return cue < start and not has_before(text, cue, "count_cue") and not has_before(text, start, "count_cue")


def _full_days(text: str, clock: Clock, at: Anchors):
    for m in matches(DMY_RE, text, at.digits):
        value = clock.day(int(m["d"]), int(m["m"]), int(m["y"]))
        if value:
            start = before(text, m.start(), "day_prefix")
            birth = BORN_ON_RE.search(text, max(0, start - 12), start) is not None  # "sinh ngày 25/8/1985"
            document = DOCUMENT_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            yield Found(start, m.end(), value, "day", "birth" if birth else "document" if document else "written")
    for m in matches(ISO_DAY_RE, text, at.digits):
        value = clock.day(int(m["d"]), int(m["m"]), int(m["y"]))
        if value:
            yield Found(m.start(), m.end(), value, "day")


def _bare_days(text: str, clock: Clock, at: Anchors):
    """'ngày 30/5', 'Sáng 29-10', 'chiều 30.10', 'nghỉ lễ 30/4 và 1/5', '(19/8)' after an annual day."""
    listed_until = -1  # end of the last day taken, so "30/4 và 1/5" shares its cue
    for m in matches(DM_RE, text, at.digits):
        d, mo = int(m["d"]), int(m["m"])
        if not _valid(d, mo):
            continue
        start = before(text, m.start(), "day_prefix")
        listed = listed_until >= 0 and LIST_GAP_RE.fullmatch(text, listed_until, m.start()) is not None
        cued = (start < m.start() or _strong_cue(text, m.start()) or listed or _occasion(text, m.start(), m.end())
                or LUNAR_AFTER_RE.match(text, m.end()) is not None or _opens_since(text, m.start(), m.end())
                or _opens_dated(text, m.start(), m.end())
                or RECENT_AFTER_RE.match(text, m.end()) is not None
                or (m["s"] == "/" and (_weak_cue(text, m.start()) or _weekday_comma(text, m.start(), m.end())))
                or _since_day(text, m.start(), m.end()))
        if cued and start == m.start() and REACH_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) \
                and (counted_after(text, m.end()) and not TIME_WORD_AFTER_RE.match(text, m.end())
                     or SHARE_OF_AFTER_RE.match(text, m.end())):
            continue  # "triển khai đến 6/9 giáo xứ": a fraction of the parishes, not a day (a day keeps "ngày 6/9 người")
        in_parens = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        named = not cued and in_parens and after_event(text, m.start() - 1)
        if in_parens and m["s"] == "-" and not cued and not named and (SCORE_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
                                                     or counted_after(text, m.end() + 1)):
            in_parens = False  # "chuỗi trận thắng của Liverpool (1-1)": a score; "(3-5) người": a count
        if not cued and m["s"] != "/" and not named and not named_day_before(text, m.start()) \
                and not (in_parens and m["s"] == "-"):
            continue  # "09-12", "1.11" without "ngày" or a time of day are codes and numbers
        if not cued and not named and m.end() < len(text) and text[m.end()] in CLOSING_QUOTES and named_day_before(text, m.start()):
            named = True  # "“Ngày toàn dân phòng, chống ma túy 26/6”": the day ends the quoted name, no year of its own
        if named:  # "Ngày hội toàn dân bảo vệ ANTQ (19/8)", "Ngày Gia đình Việt Nam (28.6)": the day's name
            listed_until = m.end()
            yield Found(m.start(), m.end(), None, "day")
        elif cued or in_parens or named_day_before(text, m.start()):  # "nhân Ngày Gia đình Việt Nam 28/6": this year's
            listed_until = m.end()
            yield _day_found(text, clock, start, m.end(), d, mo, shared_year(text, m.end()))


def _day_found(text: str, clock: Clock, start: int, end: int, d: int, mo: int, year: int | None) -> Found:
    """A day without a written year: lunar ('15/7 âm lịch'), 'năm nay', recurring, or the clock's year."""
    lunar = LUNAR_AFTER_RE.match(text, end)
    if lunar:
        return Found(start, lunar.end(), lunar_day(d, mo, year, clock), "day")
    rel = REL_YEAR_AFTER_RE.match(text, end)
    if rel and year is None:
        year = rel_year(clock, rel["rel"])
        return Found(start, rel.end(), clock.day(d, mo, year) if year else None, "day")
    if year is None and recurring(text, start, end):
        return Found(start, end, None, "day")
    return Found(start, end, clock.day(d, mo, year, _narrative(text, start)), "day")


def _day_lists(text: str, clock: Clock, at: Anchors):
    """'ngày 11, 12/4/2024', 'các ngày 8, 14 và 26/4': one range from the first day to the last, month and year
    from the last (corpus DECISIONS: 'ngày 13, 14 và 15-5', 'vào các ngày 8, 14 và 26/4')."""
    for m in matches(DAY_LIST_RE, text, at.digits):
        prefix = before(text, m.start(), "day_prefix")
        mo, last = int(m["m"]), int(m["d"])
        if prefix == m.start() or not _valid(last, mo):
            continue
        year = int(m["y"]) if m["y"] else None
        first = int(DIGITS_RE.findall(m["days"])[0])
        a = b = None
        if _valid(first, mo) and not (year is None and recurring(text, prefix, m.end())):
            narrative = _narrative(text, prefix)
            a, b = clock.day(first, mo, year, narrative), clock.day(last, mo, year, narrative)
        yield Found(prefix, m.end(), f"{a}/{b}" if a and b and a < b else None, "range")


def _nights(text: str, clock: Clock, at: Anchors):
    """'Đêm 19 rạng sáng 20/6', 'đêm 18 rạng sáng ngày 19/7/2020': the night from one day to the next."""
    for m in matches(NIGHT_RE, text, at.digits):
        d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
        if not (_valid(d1, mo) and _valid(d2, mo)) or d2 != d1 + 1 or not has_before(text, m.start(), "day_time"):
            continue
        y = int(m["y"]) if m["y"] else None
        narrative = _narrative(text, m.start())
        first, second = clock.day(d1, mo, y, narrative), clock.day(d2, mo, y, narrative)
        yield Found(m.start(), m.end(), f"{first}/{second}" if first and second else None, "range")


def _worded_days(text: str, clock: Clock, at: Anchors):
    """'ngày 21 tháng 9 năm 2025', 'ngày 5 tháng 3 năm nay', 'ngày 15 tháng 7 âm lịch'."""
    for m in matches(DAY_MONTH_WORDS_RE, text, at.digits):
        d, mo = int(m["d"]), int(m["m"])
        year = m["y"] or m["y2"]
        start = before(text, m.start(), "day_prefix")
        cued = start < m.start() or _strong_cue(text, m.start()) or LUNAR_AFTER_RE.match(text, m.end())
        if not _valid(d, mo) or (year is None and m["rel"] is None and not cued):
            continue
        if m["rel"]:
            y = rel_year(clock, m["rel"])
            yield Found(start, m.end(), clock.day(d, mo, y) if y else None, "day")
        elif year:
            yield Found(start, m.end(), clock.day(d, mo, int(year)), "day")
        else:
            yield _day_found(text, clock, start, m.end(), d, mo, None)


def _day_ranges(text: str, clock: Clock, at: Anchors):
    """'từ 11-13/4', '24-25/10/2019', 'từ ngày 1/8 đến 15/8', 'Tối 14 và 15-1' (two days in a row)."""
    for m in matches(DAY_RANGE_RE, text, at.digits):
        start = before(text, m.start(), "day_prefix")
        cued = start < m.start() or _strong_cue(text, m.start()) or _weak_cue(text, m.start()) \
            or _occasion(text, m.start(), m.end()) \
            or text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"  # "2 ngày (15 và 16-12)"
        if (m["m1"] is None or m["s1"] == "-" and not (m["y1"] and m["y2"])) and not cued:
            continue
        d1, d2, m2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
        m1 = int(m["m1"]) if m["m1"] else m2
        if m["slash"] and not (m["y1"] and m["y2"]):
            continue  # a spaced slash joins only two full dates: "(23-1-1955 / 23-1-2025)"
        if m["and"] and m["m1"]:
            continue  # "30/4 và 1/5": two days, not one span ("ngày 5 và 9/8" is one, as a list)
        if not (_valid(d1, m1) and _valid(d2, m2)) or (m["s2"] == "." and not m["y2"] and not cued):
            continue  # before the clock is asked for a year: "từ 5.5 - 7.0 IELTS" has no month 0
        y2 = int(m["y2"]) if m["y2"] else clock.year_for(m2, d2, _narrative(text, start))
        # 'từ ngày 20/12 đến 15/1/2006': a span that crosses the new year begins in the year before its end's
        y1 = int(m["y1"]) if m["y1"] else y2 - 1 if y2 is not None and m1 > m2 else y2
        a, b = clock.day(d1, m1, y1), clock.day(d2, m2, y2)
        value = f"{a}/{b}" if a and b and a < b else None
        if value or y2 is None:
            yield Found(before(text, start, "range_prefix"), m.end(), value, "range")
    for pos in sorted(at.words["nay"] + at.words["mai"]):
        since = FROM_BEFORE_RE.search(text, max(0, pos - 24), pos)
        upto = FROM_NOW_RE.match(text, pos) if since else None
        if since is not None and upto is not None and _valid(int(upto["d"]), int(upto["m"])):
            end = clock.day(int(upto["d"]), int(upto["m"]), int(upto["y"]) if upto["y"] else None)
            now = (clock.ref + timedelta(days=upto["rel"].lower() == "mai")).isoformat() if clock.ref else None
            if upto["d0"] and _valid(int(upto["d0"]), int(upto["m0"])):
                now = clock.day(int(upto["d0"]), int(upto["m0"]), int(upto["y"]) if upto["y"] else None)
            if now is None and upto["y"]:  # without a reference 'từ nay' has no day: the end is a day of its own
                yield Found(before(text, upto.start("d"), "day_prefix"), upto.end(), end, "day")
                continue
            yield Found(since.start(), upto.end(), f"{now}/{end}" if now and end and now < end else None, "range")


def _months(text: str, clock: Clock, at: Anchors):
    for m in matches(MONTH_YEAR_RE, text, at.words["tháng"] + at.words["T"]):
        if 1 <= int(m["m"]) <= 12:
            yield Found(m.start(), m.end(), f"{m['y']}-{int(m['m']):02d}", "month")
    for m in matches(MONTH_YEAR_BARE_RE, text, at.digits):
        lo = max(0, m.start() - 30)
        if 1 <= int(m["m"]) <= 12 and (MONTH_SPAN_BEFORE_RE.search(text, lo, m.start())
                                       or MONTH_LIST_BEFORE_RE.search(text, lo, m.start())):
            yield Found(m.start(), m.end(), f"{m['y']}-{int(m['m']):02d}", "month")
    for m in matches(MONTH_REL_RE, text, at.words["tháng"]):
        year = rel_year(clock, m["rel"])
        if 1 <= int(m["m"]) <= 12:
            yield Found(m.start(), m.end(), f"{year}-{int(m['m']):02d}" if year else None, "month")
    for m in matches(MONTH_RE, text, at.words["tháng"]):
        mo = int(m["m"])
        if 1 <= mo <= 12 and not follows_number(text, m.start()) and not has_before(text, m.start(), "month_named"):
            year = shared_year(text, m.end()) or clock.year_for(mo, None, opens_clause(text, m.start()))
            yield Found(m.start(), m.end(), f"{year}-{mo:02d}" if year else None, "month")


def _month_ranges(text: str, clock: Clock, at: Anchors):
    for m in matches(MONTH_RANGE_RE, text, at.words["tháng"] + at.words["T"]):
        m1, m2 = int(m["m1"]), int(m["m2"])
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):  # "hàng tháng 10-15 triệu đồng": no month range
            continue
        if not (m["y2"] or m["rel"] or m["t2"]) and counted_after(text, m.end()):
            continue  # "mỗi tháng 3-5 triệu đồng": a monthly amount
        if m["and"] and (m["y1"] or m["t2"] or not m["y2"] or m2 != m1 + 1):
            continue  # "tháng 6, 7 người", "tháng 3/2020 và 4/2021", "Tháng 1 và tháng 2.2006": two dates
        y2 = int(m["y2"]) if m["y2"] else rel_year(clock, m["rel"]) if m["rel"] \
            else clock.year_for(m2, None, opens_clause(text, m.start()))
        y1 = int(m["y1"]) if m["y1"] else (y2 - 1 if y2 and m1 > m2 else y2)  # "tháng 11 đến tháng 2/2024"
        ok = y1 is not None and y2 is not None and (y1, m1) < (y2, m2)
        start = before(text, m.start(), "range_prefix")
        end = m.end()
        if not m["y2"] and recurring(text, start, end):
            ok = False  # "từ tháng 9 - 12 hằng năm": the months of every year, the words that say so kept in its span
            every = EVERY_YEAR_RE.match(text, end)
            end = every.end() if every else end
        value = f"{y1}-{m1:02d}/{y2}-{m2:02d}" if ok else None
        yield Found(start, end, value, "range")
    for m in matches(MONTH_RANGE_BARE_RE, text, at.digits):
        m1, m2 = int(m["m1"]), int(m["m2"])
        if 1 <= m1 < m2 <= 12:
            yield Found(m.start(), m.end(), f"{m['y']}-{m1:02d}/{m['y']}-{m2:02d}", "range")


SAME_PERIOD_RE = re.compile(r"(?i:cùng\s+kỳ)")  # 'so với cùng kỳ quý I/2022'


def _quarters(text: str, clock: Clock, at: Anchors):
    for m in matches(QUARTER_RE, text, tuple(sorted(at.words["quý"] + at.words["quí"]))):
        q = m["q"].upper()
        quarter = _ROMAN.get(q) or int(q)
        year = int(m["y"]) if m["y"] else clock.this_year()
        # 'So với quý IV-2003, ...', 'so với cùng kỳ quý I/2022': the quarter a figure is compared with, which the
        # article's year is past (an earlier quarter of the same year may be compared with: 'so với quý I/2023')
        cue = compared_before(text, m.start()) if m["y"] else None
        compared = cue is not None and (quarter == 4 or SAME_PERIOD_RE.search(cue.group()) is not None)
        yield Found(m.start(), m.end(), month_span(year, 3 * quarter - 2, 3 * quarter), "range",
                    "compared" if compared else "written")


def _years(text: str, clock: Clock, at: Anchors):
    for m in matches(YEAR_RANGE_RE, text, at.digits):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2 <= y1 + 100:
            start = before(text, m.start(), "range_prefix")
            standing = _standing(text, start)
            if standing in ("written", "edition") and (PLAN_BEFORE_RE.search(text, max(0, start - 240), start) or (
                    PROGRAMME_BEFORE_RE.search(text, max(0, start - 240), start) and PHASE_RE.match(text, start))) \
                    and not REVIEW_BEFORE_RE.search(text, max(0, start - 240), start):
                # "kế hoạch phối hợp ... giai đoạn 2023-2025", 'chương trình phối hợp về “...” giai đoạn 2023-2033' (after
                # the programme's quoted name, not an event's edition): a plan's span, begun by the article's day
                standing = "goal"
            yield Found(start, m.end(), f"{y1}/{y2}", "range", standing)
    for m in matches(YEAR_SLASH_RANGE_RE, text, at.digits):
        y1, y2 = int(m["y1"]), int(m["y2"])
        start = before(text, m.start(), "range_prefix")
        if y1 < y2 <= y1 + 10 and start < m.start():
            yield Found(start, m.end(), f"{y1}/{y2}", "range", _standing(text, start))
    for m in matches(EDITION_YEAR_RE, text, at.words["lần"]):
        if not counted_after(text, m.end()):  # not "lần 2 - 2000 đồng"
            yield Found(m.start("y"), m.end(), m["y"], "year", "edition")
    for m in matches(GLUED_BIRTH_RE, text, at.digits):  # "(SN1987)", "sinh năm1969": a lost space
        yield Found(m.start() - (2 if text[m.start() - 2:m.start()] == "SN" else 3), m.end(), m["y"], "year", "birth")
    listed_until = -1  # end of the last year taken, so "(2014, 2022 và 2026)", "năm 2012 và 2013" share it
    for m in merge(matches(YEAR_RE, text, at.words["năm"]), matches(BARE_YEAR_RE, text, at.digits),
                   key=lambda m: m.start()):
        if m["y"].endswith("0") and has_before(text, m.start("y"), "decade"):
            continue  # "những năm 1980", "thập niên 1970": a decade, not a date
        if m.re is YEAR_RE:
            if not follows_number(text, m.start()):
                standing = "birth" if has_before(text, m.start(), "birth_cue") else _standing(text, m.start(), m.end())
                listed_until = m.end()
                yield Found(before(text, m.start(), "year_prefix"), m.end(), m["y"], "year", standing)
            continue
        birth = before(text, m.start(), "birth_prefix")
        if birth == m.start() and (colon := BIRTH_COLON_RE.search(text, max(0, m.start() - 16), m.start())):
            birth = colon.start()  # "(SN: 1992, TT: ...)", "năm sinh: 1987"
        listed = 0 <= listed_until < m.start() and LIST_GAP_RE.fullmatch(text, listed_until, m.start()) is not None
        if birth < m.start():
            yield Found(birth, m.end(), m["y"], "year", "birth")
        elif (NAME_PAREN_RE.search(text, max(0, m.start() - 60), m.start()) and BIRTH_BRACKET_END_RE.match(text, m.end())
              or NAME_ALIAS_PAREN_RE.search(text, max(0, m.start() - 90), m.start()) and text.startswith(")", m.end())):
            yield Found(m.start(), m.end(), m["y"], "year", "birth")  # "Nguyễn Khắc Tỉnh (1961), trú ...", "(1986, ấp 5"
        elif NAME_DASH_RE.search(text, max(0, m.start() - 40), m.start()) and not counted_after(text, m.end()) \
                and not NUMBER_AFTER_RE.match(text, m.end()):
            yield Found(m.start(), m.end(), m["y"], "year", "birth")  # "Nguyễn Cao Cường – 1991 và ..."
        elif (listed and not counted_after(text, m.end())) or _bare_year(text, m.start(), m.end()):
            listed_until = m.end()
            yield Found(m.start(), m.end(), m["y"], "year", _standing(text, m.start(), m.end()))



def _standing(text: str, start: int, end: int | None = None) -> str:
    if has_before(text, start, "target"):
        return "goal"
    if TERM_RE.match(text, start) or TERM_BEFORE_RE.search(text, max(0, start - 12), start):
        return "term"  # "nhiệm kỳ 2021-2026" (the span keeps its prefix), "Đại hội ... nhiệm kỳ (2020-2025)"
    if compared_before(text, start):
        return "compared"
    if LAW_BEFORE_RE.search(text, max(0, start - 60), start) or AMENDED_BEFORE_RE.search(text, max(0, start - 24), start):
        # "điều 356 Bộ luật Hình sự năm 2015", "..., sửa đổi bổ sung năm 2017": the year a law was passed or amended, long
        # before the article's
        return "law"
    if end is not None and YEAR_TO_DATE_BEFORE_RE.search(text, max(0, start - 12), start) and NOW_AFTER_RE.match(text, end):
        return "to_date"  # "Từ đầu năm 2023 đến nay, ...": the article's own year, in the body as in the head
    if end is not None and SINCE_YEAR_BEFORE_RE.search(text, max(0, start - 10), start):
        # "Từ năm 1976 đến nay", "xảy ra từ năm 2016", "Mô hình được triển khai từ năm 2022, đến nay ...": where something
        # began, before the article's day by how much the text does not say
        return "since"
    if REVIEWED_BEFORE_RE.search(text, max(0, start - 160), start):
        return "reviewed"
    return "edition" if names_edition(text, start) else "written"


def _bare_year(text: str, start: int, end: int) -> bool:
    """A four-digit year with no 'năm': after a cue ('từ 2013', 'hồi 2011') or a name ('Asian Cup 2015',
    'Robothon quốc gia 2013'), and not a count ('khoảng 2000 người') or part of a phone number."""
    if NUMBER_AFTER_RE.match(text, end) or (counted_after(text, end) and not REL_YEAR_AFTER_RE.match(text, end)):
        return False
    if has_before(text, start, "code_cue") or PLATE_BEFORE_RE.search(text, max(0, start - 12), start):
        return False  # "km 1899 + 100", "biển số 21C 1819": a marker or a number plate
    if has_before(text, start, "year_cue") or IS_YEAR_AFTER_RE.match(text, end):
        return True  # "từ 2013", and "2005 là năm nóng bỏng nhất": the number is a year
    return WORD_BEFORE_RE.search(text, max(0, start - 40), start) is not None and not has_before(
        text, start, "count_cue")


_FINDERS = (_full_days, _bare_days, _day_lists, _nights, _worded_days, _day_ranges, _months, _month_ranges, _quarters,
            _years, *WORD_FINDERS)
