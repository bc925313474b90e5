"""extract_figures on further classes of issue 9, in sentences written for these tests.

Expected figures follow tests/fixtures/corpus/ANNOTATION.md (figures) and DECISIONS.md.
"""
from __future__ import annotations

import pytest

from extract import extract_figures


def _rows(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'một' in a list whose other items are counted by number words
        ("Tổ công tác gồm ba trinh sát, hai cảnh sát hình sự và một cảnh sát khu vực.",
         [(3, "trinh sát"), (2, "cảnh sát hình sự"), (1, "cảnh sát khu vực")]),
        # 'một' after earlier 'một' items of a seizure list
        ("Tại nhà Lâm, công an thu giữ một khẩu súng, một con dao và một chiếc cân điện tử.",
         [(1, "khẩu súng"), (1, "con dao"), (1, "chiếc cân điện tử")]),
        # 'một' opening a list whose next item is counted in digits
        ("Đội tuần tra tạm giữ một ô tô, 12 xe mô tô và 27 người cùng nhiều tang vật.",
         [(1, "ô tô"), (12, "xe mô tô"), (27, "người")]),
        ("Anh Hùng ra đi để lại một vợ và 3 đứa con nhỏ.", [(1, "vợ"), (3, "đứa con nhỏ")]),
    ],
)
def test_one_in_a_list_of_counts(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no list: after a comma the digits start another clause, or the count before is a day or an idiom
        ("Theo khảo sát của một tờ báo, 4.000 ý kiến tham gia đều đồng tình.", [(4000, "ý kiến")]),
        ("Bốn ngày sau, một cảnh sát khác cũng bị tấn công.", []),
        ("Gần ngã ba Cây Xoài, một xe cứu thương đã đậu sẵn.", []),
    ],
)
def test_one_outside_a_list_is_the_article(text: str, expected: list) -> None:
    assert _rows(text) == expected
