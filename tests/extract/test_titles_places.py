"""A numbered ward or district written after a comma is part of the title when the place chain goes on or the clause
ends with it (corpus DECISIONS 2026-12-03: a place after a comma is part of the title). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from extract.officials import extract_officials

CASES = [
    ("Công an đã bắt Lê Văn Tư (chủ cơ sở điện máy Minh Tâm, quận 5, TP HCM) về tội buôn lậu.",
     [("Lê Văn Tư", None, ("chủ cơ sở điện máy Minh Tâm, quận 5, TP HCM",))]),
    ("Bị cáo Phan Thị Mai (nguyên Giám đốc HTX Dịch vụ Thành Công, phường 7 (TP Cà Mau)) bị phạt 2 năm tù.",
     [("Phan Thị Mai", None, ("nguyên Giám đốc HTX Dịch vụ Thành Công, phường 7",))]),
    ("Bà Ngô Thị Lan, chủ cơ sở may Hồng Phát, quận 11, cho biết đơn hàng đã giảm.",
     [("Ngô Thị Lan", None, ("chủ cơ sở may Hồng Phát, quận 11",))]),
]
# not when the numbered unit opens the next clause, or names other units in a list
CASES += [
    ("Ông Trần Văn Hùng, Chủ tịch Hội Cựu chiến binh, phường 9 đã tổ chức lễ mít tinh.",
     [("Trần Văn Hùng", None, ("Chủ tịch Hội Cựu chiến binh",))]),
    ("Ông Lê Văn Ba, Chủ tịch UBND quận 3, quận 5 và quận 10 đã họp.", [("Lê Văn Ba", None, ("Chủ tịch UBND quận 3",))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbered_ward_after_a_comma(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected
