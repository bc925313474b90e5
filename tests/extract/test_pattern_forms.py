"""Patterns searched over whole texts or every sentence are written to open on a character set (Python's regex engine
then skips to the positions that can start a match): the first character read, then the look-behind of a word start
(lexicon.AFTER_NON_LETTER) or the rest of each kind of token. Each finds exactly what its plain form finds; the plain
forms are kept here and compared on sentences and on random strings of the characters the patterns turn on."""
from __future__ import annotations

import random
import re

import pytest

from extract import date_cues, fact_context, facts, indicator_tagger, numbers, periods, sentence_tokens
from extract.numbers import _LOWER_VI

_L = r"[^\W\d_]"
PLAIN = {
    "numbers.TOKEN_RE": (numbers.TOKEN_RE, re.compile(
        rf"\d+(?:[.,]\d+)*|[a-z{_LOWER_VI}]*[{_LOWER_VI}][a-z{_LOWER_VI}]*(?=\d)|[^\W\d_]+(?:\d++(?![.,]\d))?|\S")),
    "indicator_tagger.WORD_RE": (indicator_tagger.WORD_RE, re.compile(
        r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,/]\d+)*|[^\w\s]")),
    "fact_context.WORD_RE": (fact_context.WORD_RE, re.compile(rf"{_L}+(?:['’]{_L}+)*|\d+(?:[.,]\d+)*|[^\w\s]")),
    "sentence_tokens.TOKEN_RE": (sentence_tokens.TOKEN_RE, re.compile(
        r"\d+|[^\W\d_đ]+(?:['’][^\W\d_]+)*|đ[^\W\d_đ]*(?:['’][^\W\d_]+)*|\S")),
    "facts.SEIZED_RE": (facts.SEIZED_RE, re.compile(r"(?i:\bthu giữ\b)")),
    "date_cues.T_MONTH_RE": (date_cues.T_MONTH_RE, re.compile(r"(?<![\w/])T(?=\d)")),
    "periods.SINCE_START_RE": (periods.SINCE_START_RE, re.compile(
        rf"(?<!{_L})(?i:từ|kể từ)\s+đầu\s+(?P<unit>năm|tháng)(?:\s+(?:nay|này|(?P<year>\d{{4}})))?\s*,?\s*"
        rf"(?i:đến|tới)\s+(?i:nay|hiện nay|thời điểm này)(?!{_L})", re.I)),
    "periods.AWARDED_AFTER_RE": (periods.AWARDED_AFTER_RE, re.compile(
        rf"(?<!{_L})được\s+(?:tặng|trao|trao tặng|khen thưởng|biểu dương|tuyên dương|vinh danh)(?!{_L})")),
    "fact_context.LOCATIVE_RE": (fact_context.LOCATIVE_RE, re.compile(
        r"(?<![^\W\d_])(?i:tại|ở|trên địa bàn|địa bàn|thuộc|xảy ra tại|đoạn qua|đoạn thuộc)\s+"
        r"(?:các\s+)?(?:(?i:khu vực|khu vực thuộc|địa phận)\s+)?$")),
}
SENTENCES = [
    "Từ đầu năm đến nay, lực lượng chức năng thu giữ 1.250 kg hàng hóa; KỂ TỪ ĐẦU THÁNG 3 tới nay có 12 vụ.",
    "Anh Nguyễn Văn Tý được tặng bằng khen, còn ông Lê Thị Đào (56 tuổi) được trao tặng kỷ niệm chương.",
    "Doanh thu T9/2026 đạt 7,39 tỷ đồng, công suất150.000 kWh; đơn vị10 triệu và km6 ở phường Đông Hòa.",
    "Vụ cháy xảy ra tại khu vực chợ, ở các khu vực thuộc thôn 3; thu giữ tang vật tại địa bàn xã.",
    "Theo Cty TNHH Đức Long, m2 đất 'đắt' nhất là ở quận 1 (2.500 USD/m²), chỉ đền7 triệu_đồng.",
    "kế từ đầu năm 2024 đến thời điểm này, đã thu giữ; từ đầu năm nay, tới hiện nay.",
    "gthu giữ, _thu giữ, 3thu giữ, Thu Giữ và thu giữa; mđược tặng, 3được trao, Được vinh danh, được trao tặngx.",
    "Ctừ đầu năm đến nay, btừ đầu tháng tới nay; sự việc xảy ra tại ",
    "hàng hóa của các hộ ở ", "đoạn thuộc khu vực ", "Xtại ", "_tại ", "3 ĐỊA BÀN các địa phận ",
]
ALPHABET = "at ừTKđĐ" + "uhgiữ" + "0129" + ".,/-_'’(\n\t" + "é²Ởở"


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_same_matches_as_the_plain_form(name: str) -> None:
    written, plain = PLAIN[name]
    rng = random.Random(name)
    texts = [*SENTENCES, *("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 16))) for _ in range(5000))]
    for text in texts:
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)):
            assert [(m.span(), m.groups()) for m in written.finditer(text, lo, hi)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text, lo, hi)], (name, text, lo, hi)


def test_opens_on_a_character_set() -> None:
    """Each pattern's compiled form names the characters a match can start with (what makes the search fast)."""
    from re import _compiler, _constants, _parser  # the compiler's own view of the pattern's prefix

    for name, (written, _) in PLAIN.items():
        code: list[int] = []
        _compiler._compile_info(code, _parser.parse(written.pattern, written.flags), written.flags)
        assert code[2] & (_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET), name
