"""Periods of figures over classes of real phrasings (extract.periods): which time governs a figure whose own sentence
gives none."""
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


def _periods(text: str, needle: str, reference: date | None = date(2024, 3, 12)) -> list[tuple]:
    return [(f.period.value, f.period.kind, f.period.source) for f in extract_all(text, reference=reference).figures
            if needle in f.text and f.period is not None]


_SAPO = ("Bực tức vì bị nhắc nhở khi đang uống rượu tại quán, một thanh niên ở huyện Yên Dũng đã dùng dao tấn công "
         "khiến 2 người bị thương nặng phải nhập viện cấp cứu.\n")


def test_an_undated_incident_figure_of_the_head_takes_the_day_the_body_gives_it(rules_only: None) -> None:
    """corpus a, d, do, dn dev: the title and lead sum up the incident without a date ('dùng dao chém 2 người bị
    thương'); the body tells it on its day ('Khoảng 21 giờ ngày 9/3, ... khiến 2 người bị thương'): the head's figures
    count on that day, as the body's does."""
    text = ("Bắc Giang: Mâu thuẫn khi uống rượu, dùng dao chém 2 người bị thương\n" + _SAPO
            + "Khoảng 21 giờ ngày 9/3, tại thôn Đông, xã Yên Lư, Nguyễn Văn T. đã dùng dao chém khiến 2 người bị "
            "thương nặng. Công an huyện đã bắt giữ đối tượng.")
    assert _periods(text, "2 người") == [("2024-03-09", "during", "body")] * 2 + [("2024-03-09", "during", "sentence")]


def test_an_undated_head_figure_the_body_dates_only_by_month_stays_undated(rules_only: None) -> None:
    """A month or year the body gives the restated figure is a span or background, not the incident's day: the head's
    figures keep no period."""
    text = ("Bắc Giang: Mâu thuẫn khi uống rượu, dùng dao chém 2 người bị thương\n" + _SAPO
            + "Trong tháng 2/2024, trên địa bàn huyện xảy ra nhiều vụ gây thương tích khiến 2 người bị thương nặng.")
    assert _periods(text, "2 người")[:2] == [(None, "during", "none")] * 2


@pytest.mark.parametrize("opening", ["Cũng trong thời gian này", "Cũng thời gian trên", "Trong thời gian đó",
                                     "Cùng thời điểm"])
def test_a_sentence_at_the_same_time_takes_the_last_period_the_text_gave(opening: str, rules_only: None) -> None:
    """corpus dh, aa dev: 'Cũng trong thời gian này, ...' after a paragraph that dated nothing refers back to the last
    period the text gave ('Từ đầu năm đến nay', two paragraphs up), not to none."""
    text = ("Công an tỉnh đẩy mạnh đấu tranh với tội phạm ma túy\n"
            "Từ đầu năm đến nay, lực lượng công an tỉnh đã phát hiện, xử lý 38 vụ với 44 đối tượng về tội phạm ma túy.\n"
            "Theo đánh giá, địa bàn có nhiều vụ nhất là thành phố, tiếp đó là các huyện phía nam của tỉnh.\n"
            f"{opening}, lực lượng công an còn xử lý vi phạm hành chính 32 vụ với 96 đối tượng sử dụng trái phép chất "
            "ma túy.")
    assert _periods(text, "96 đối tượng") == [("2024-01/2024-03-12", "during", "paragraph")]


def test_a_later_time_the_text_does_not_date_is_no_same_time(rules_only: None) -> None:
    """'Thời gian tới', 'Thời gian qua' are no reference back: the sentence is not dated by the earlier paragraph
    (only, near the lead, by the span the head reports, as any undated flow)."""
    text = ("Công an tỉnh đẩy mạnh đấu tranh với tội phạm ma túy\n"
            "Từ đầu năm đến nay, lực lượng công an tỉnh đã phát hiện, xử lý 38 vụ với 44 đối tượng về tội phạm ma túy.\n"
            "Theo đánh giá, địa bàn có nhiều vụ nhất là thành phố, tiếp đó là các huyện phía nam của tỉnh.\n"
            "Thời gian tới, lực lượng công an sẽ tiếp tục rà soát 96 đối tượng sử dụng trái phép chất ma túy.")
    assert _periods(text, "96 đối tượng")[0][2] != "paragraph"


@pytest.mark.parametrize(("follow", "period"), [
    ("Mở rộng điều tra, công an bắt thêm 22 người khác.", (None, "during", "none")),
    ("Mở rộng vụ án, công an khám xét nơi ở của Q., thu giữ thêm 22 người khác.", (None, "during", "none")),
    # dated: the day it gives
    ("Mở rộng điều tra, ngày 23/3, công an bắt thêm 22 người khác.", ("2024-03-23", "during", "sentence")),
])
def test_what_the_investigation_found_later_without_a_date_is_undated(follow: str, period: tuple,
                                                                     rules_only: None) -> None:
    """corpus m, dk, do dev: 'Mở rộng điều tra, ...' goes on to a later time the text does not fix, as 'Trước đó'
    goes back to one: its figures (and those of the sentences after it, until one gives a date) are not dated by the
    paragraph's day nor by the day the lead reports."""
    text = ("Công an tỉnh Sơn La vừa bắt 2 đối tượng vận chuyển trái phép chất ma túy trên địa bàn huyện Vân Hồ, thu giữ "
            "nhiều tang vật có liên quan.\n"
            "Hồi 16h20 ngày 20/3, tại bản Tân Lập, Công an tỉnh bắt giữ 1 đối tượng vận chuyển 2 bánh heroin.\n"
            f"{follow}")
    assert _periods(text, "22 người") == [period]


def test_a_sentence_after_an_undated_investigation_is_undated_too(rules_only: None) -> None:
    """corpus m dev: 'Mở rộng điều tra, lực lượng công an bắt giữ Tráng A Của. Tiến hành khám xét, ... thu giữ thêm
    khoảng 5.200 viên ...': the search is part of that later, undated step."""
    text = ("Công an tỉnh Sơn La vừa bắt 2 đối tượng vận chuyển trái phép chất ma túy trên địa bàn huyện Vân Hồ, thu giữ "
            "nhiều tang vật có liên quan.\n"
            "Hồi 16h20 ngày 20/3, tại bản Tân Lập, Công an tỉnh bắt giữ 1 đối tượng vận chuyển 2 bánh heroin. "
            "Mở rộng điều tra, lực lượng công an bắt giữ khẩn cấp hàng xóm của đối tượng. Tiến hành khám xét, cơ quan "
            "điều tra thu giữ thêm khoảng 5.200 viên ma túy tổng hợp.")
    assert _periods(text, "5.200 viên") == [(None, "during", "none")]
