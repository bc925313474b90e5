"""Where the CRF trainers (tools/crf.py) find a gold figure in its article: the figure's own occurrence, not the same
digits inside another number or the same word inside another word, and a figure written twice at its successive
occurrences."""
from __future__ import annotations

import pytest

from tools.crf import located


def _spans(text: str, *figures: str) -> list[str]:
    """Each figure found, with the character before and after it."""
    return [text[max(0, s - 1):e + 1] for _, s, e in located(text, [{"text": f} for f in figures])]


@pytest.mark.parametrize(
    ("text", "figure", "found"),
    [
        # Not the tail or head of a longer number, nor a part of a decimal, a thousands group or a date.
        ("Huyện tạm giữ 19 người, xã giữ 9 người.", "9 người", " 9 người."),
        ("Thu giữ 2,5kg ma túy và 5kg bạc.", "5kg", " 5kg "),
        ("Lượt khách đạt 550 lượt, tăng 5 lượt.", "5", " 5 "),
        ("Cập nhật 01/03/2023. Năm nay có 23 tổ hòa giải.", "23", " 23 "),
        ("Nhập lậu 12.000 bao loại A, 2.000 bao loại B.", "2.000 bao", " 2.000 bao "),
        ("Giá từ 15.000 đồng; hỗ trợ 5.000 - 6.000 đồng.", "5.000", " 5.000 "),
        # A word is matched whole.
        ("Phát hiện 20 người nghiện; khoảng 20 người khác bỏ trốn.", "khoảng 20 người", " khoảng 20 người "),
        # A number written against a word is still itself.
        ("Nhà máy đạt công suất150.000test/ngày.", "150.000test/ngày", "t150.000test/ngày."),
    ],
)
def test_a_figure_is_found_where_it_stands_alone(text: str, figure: str, found: str) -> None:
    assert _spans(text, figure) == [found]


def test_a_figure_the_text_writes_only_inside_other_text_is_found_there() -> None:
    # '3' of 3/5 and '1,60m' of 1,60mx2,60m stand nowhere alone: they are taken where they are written.
    assert _spans("Bắt 5 đối tượng, 3/5 đối tượng từng có tiền án.", "3") == [" 3/"]
    assert _spans("Nồi kích thước 1,60mx2,60m.", "1,60m") == [" 1,60mx"]


def test_a_figure_written_twice_takes_its_successive_occurrences() -> None:
    text = "Tổng 371 triệu đồng, mỗi suất 1 triệu đồng; suất khác 1 triệu đồng."
    assert _spans(text, "1 triệu đồng", "1 triệu đồng") == [" 1 triệu đồng;", " 1 triệu đồng."]
    # A figure the text does not hold is skipped.
    assert _spans(text, "7 tỷ đồng") == []
