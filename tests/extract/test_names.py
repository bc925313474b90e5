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


def test_a_body_named_in_capitals_is_no_name() -> None:
    """'Tổng Cục Hải quan', 'Tổ Bảo vệ an ninh', 'Đội Quản lý thị trường': capitalised words with an organisation word
    among them, the last one making an organisation word with the lower-case word after it, name a body (corpus au, bo,
    h dev)."""
    from extract.officials import extract_officials

    found = extract_officials("Phó Tổng cục trưởng Tổng Cục Hải quan Nguyễn Văn Thái trao quyết định.")
    assert [(o.name, o.titles) for o in found] == [("Nguyễn Văn Thái", ("Phó Tổng cục trưởng Tổng Cục Hải quan",))]
    assert extract_officials("Dự hội nghị có Bí thư Chi bộ, Trưởng thôn, Tổ trưởng Tổ Bảo vệ an ninh trật tự các thôn.") \
        == []


def test_five_word_names_and_unlisted_family_names() -> None:
    """'Lê Ngô Hữu Thiện Tâm' carries both parents' family names (corpus ck dev); 'ông Mấu Thái Cư': right after an
    honorific a family name the list lacks opens a three-word name (corpus dn dev)."""
    from extract.officials import extract_officials

    found = extract_officials("Các bị can: Lê Văn Tình - trưởng phòng vật tư, Trần Phạm Minh Thiện Nhân - nguyên trưởng "
                              "phòng kế hoạch.")
    assert [o.name for o in found] == ["Lê Văn Tình", "Trần Phạm Minh Thiện Nhân"]
    found = extract_officials("Sáng 2/9, ông Pinăng Thái Cường - Bí thư Huyện ủy Khánh Vĩnh đến thăm chốt.")
    assert [(o.name, o.titles) for o in found] == [("Pinăng Thái Cường", ("Bí thư Huyện ủy Khánh Vĩnh",))]
