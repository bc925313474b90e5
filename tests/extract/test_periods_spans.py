"""Spans 'từ A đến B' whose start is named by what happened then (extract.periods._from_to): the figures after them
count over the whole span, not its end alone."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from extract import extract_all
from extract.fact_models import PERIOD_KIND


@pytest.fixture
def rules_only() -> Iterator[None]:
    """The period rules alone: the stock-or-flow model off (it records instead of deciding)."""
    with PERIOD_KIND.off():
        yield


def _periods(text: str, needle: str) -> list[str | None]:
    return [f.period.value for f in extract_all(text).figures if needle in f.text and f.period is not None]


@pytest.mark.parametrize("span", [
    "Từ lần mua bán đầu tiên vào năm 2011 đến khi bị bắt năm 2015",
    "Kể từ khi thành lập công ty vào năm 2011 đến khi bị phát hiện năm 2015",
    "Từ năm 2011 kéo dài sang năm 2015",
])
def test_a_span_from_an_event_named_before_its_year(span: str, rules_only: None) -> None:
    """corpus cr dev: 'Từ phi vụ đầu tiên vào năm 1993 đến khi bị phát hiện năm 2002, ... đã mua bán tổng cộng 103 bánh
    heroin': the trade ran over the whole span."""
    text = ("Xét xử đường dây mua bán ma túy\n"
            f"{span}, các bị cáo đã mua bán tổng cộng 40 bánh heroin.")
    assert _periods(text, "40 bánh") == ["2011/2015"]


@pytest.mark.parametrize("sentence", [
    # a year after 'trong' that is no span's start: the figure is of the later year
    "Năm 2011 công ty thành lập; đến năm 2015, các bị cáo đã mua bán 40 bánh heroin.",
    # 'từ' too far from the year, across a comma: no span
    "Từ đó, công ty hoạt động mạnh vào năm 2011 và đến năm 2015 đã mua bán 40 bánh heroin.",
])
def test_no_span_without_its_start(sentence: str, rules_only: None) -> None:
    text = "Xét xử đường dây mua bán ma túy\n" + sentence
    assert _periods(text, "40 bánh") == ["2015"]


def test_a_term_of_office_naming_a_post_does_not_date_the_vote(rules_only: None) -> None:
    """corpus dn, z dev: 'miễn nhiệm 03 Ủy viên UBND tỉnh, nhiệm kỳ 2016 – 2021' names the post's term; the vote is of the
    day the sentence gives, not the term (ruling T1: a term of office for votes, elections, decisions)."""
    text = ("HĐND tỉnh bầu bổ sung Phó Chủ tịch UBND tỉnh\n"
            "Chiều 7/12/2020, HĐND tỉnh đã bỏ phiếu miễn nhiệm 03 Ủy viên UBND tỉnh, nhiệm kỳ 2016 – 2021.")
    assert _periods(text, "03 Ủy viên") == ["2020-12-07"]


def test_a_term_that_opens_the_sentence_is_the_span_of_its_targets(rules_only: None) -> None:
    """'Nhiệm kỳ 2020-2025, Đảng bộ xã đề ra ... phát triển mới 20 cơ sở': the term is the span the targets cover."""
    text = ("Đại hội Đảng bộ xã\n"
            "Nhiệm kỳ 2020-2025, Đảng bộ xã đề ra mục tiêu phát triển mới 20 cơ sở tiểu thủ công nghiệp.")
    assert _periods(text, "20 cơ sở") == ["2020/2025"]
