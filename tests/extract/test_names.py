"""Personal names: Kinh syllables, ethnic-minority and foreign syllables, where a name may start."""
from __future__ import annotations

import pytest

from extract.names import foreign_syllable, kinh_syllable, name_syllable, surname_like


@pytest.mark.parametrize("word", ["Nguyễn", "Lâm", "Quỳnh", "Nghĩa", "Khiếu", "Y", "Tường"])
def test_kinh_syllables(word: str) -> None:
    assert kinh_syllable(word) and not foreign_syllable(word)


@pytest.mark.parametrize("word", ["Bhim", "Ksor", "Kpă", "Rmah", "Jang", "Prasat", "Ahn", "Đắk", "K'Nhân", "H’Hen"])
def test_ethnic_and_foreign_syllables(word: str) -> None:
    assert foreign_syllable(word)


@pytest.mark.parametrize(("word", "expected"), [
    ("Nguyễn", True), ("Ksor", True), ("Rơ", True), ("Y", True), ("K'Nhân", True), ("H’Hen", True),
    ("Văn", False), ("Thị", False), ("Hà", True),
])
def test_surname_like(word: str, expected: bool) -> None:
    assert surname_like(word) is expected


@pytest.mark.parametrize(("word", "expected"), [("Lâm", True), ("MTTQ", False), ("PV05", False), ("lâm", False)])
def test_name_syllable(word: str, expected: bool) -> None:
    assert name_syllable(word) is expected
