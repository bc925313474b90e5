"""Periods of figures said of each time, day or game (extract.periods, data/period_words.tsv habitual): a rate or a
habit is no event of the day or month its paragraph is on."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from extract import extract_all
from extract.fact_models import PERIOD_KIND


@pytest.fixture
def rules_only() -> Iterator[None]:
    """The period rules alone: the stock-or-flow model off (it records instead of deciding)."""
    with PERIOD_KIND.off():
        yield


def _periods(text: str, needle: str, reference: date | None = None) -> list[tuple]:
    return [(f.period.value, f.period.value and f.period.source) for f in extract_all(text, reference=reference).figures
            if needle in f.text and f.period is not None]


_RAID = ("Công an quận triệt phá tụ điểm đánh bạc\n"
         "Khoảng 22 giờ ngày 14/3/2024, Công an quận kiểm tra một căn nhà trên đường Lê Lợi, bắt quả tang 9 người "
         "đang đánh bạc. ")


@pytest.mark.parametrize("habit", [
    "Theo lời khai, các con bạc chơi xóc đĩa, tiền ăn thua mỗi ván từ 2 triệu đồng.",
    "Chủ nhà khai mỗi đêm thu tiền xâu khoảng 2 triệu đồng.",
    "Mỗi lần tổ chức, chủ nhà thu của các con bạc 2 triệu đồng.",
    "Theo lời khai, chủ nhà thu tiền xâu hàng ngày khoảng 2 triệu đồng.",
])
def test_a_rate_or_habit_in_a_dated_paragraph_is_undated(habit: str, rules_only: None) -> None:
    """corpus bj, bm, dd, cy dev: 'tiền ăn thua mỗi ván là 3 triệu đồng', 'mỗi ngày 0,5 chỉ', 'mỗi lần 300-500 viên'
    after the day of the raid tell how the ring worked, not what happened that day."""
    assert _periods(_RAID + habit, "2 triệu đồng") == [(None, None)]


def test_a_figure_of_the_raid_itself_keeps_the_paragraphs_day(rules_only: None) -> None:
    """Without a habitual cue, the next sentence of the paragraph is on its day."""
    text = _RAID + "Tại chỗ, công an thu giữ 2 triệu đồng cùng nhiều tang vật khác."
    assert _periods(text, "2 triệu đồng") == [("2024-03-14", "paragraph")]


def test_a_rate_within_a_reports_span_keeps_the_span(rules_only: None) -> None:
    """corpus dh, di dev: 'Bình quân mỗi ngày có 16 người chết vì tai nạn giao thông' in a review of a quarter is the
    quarter's average: a span (or year) stays."""
    text = ("Tai nạn giao thông quý I giảm\n"
            "Trong quý I/2024, toàn quốc xảy ra 5.500 vụ tai nạn giao thông, làm chết 2.600 người. "
            "Bình quân mỗi ngày có 29 người chết vì tai nạn giao thông.")
    assert _periods(text, "29 người") == [("2024-01/2024-03", "paragraph")]


def test_a_rate_said_to_be_now_is_of_the_articles_day(rules_only: None) -> None:
    """'Hiện mỗi ngày có hàng trăm chuyến xe tải đến khai thác cát': a stock the text says holds now keeps the
    article's day (here, with no publication date, the day its lead reports)."""
    text = ("Ngày 14/3/2024, Công an huyện kiểm tra bãi cát trái phép ven sông.\n"
            "Hiện mỗi ngày có khoảng 200 chuyến xe tải đến khai thác cát tại đây.")
    assert _periods(text, "200 chuyến") == [("2024-03-14", "title")]
