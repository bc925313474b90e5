"""People the officials reader used to miss, one list per error class of the dev corpus (issue 9, second pass).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.officials import extract_officials

# a staff word set off after the name, its body named after 'của' by a ministry's department ('Vụ') or a forest-ranger
# station ('Hạt'), also after a spaced dash
STAFF_OF_BODY = [
    ("Chị Lê Thị Mai, cán bộ kỹ thuật của Hạt Kiểm lâm Sơn Động cho biết rừng đã được giao khoán.",
     [("Lê Thị Mai", None, ("cán bộ kỹ thuật của Hạt Kiểm lâm Sơn Động",))]),
    ("Sau đó, bị can Trần Văn Tâm - chuyên viên của Vụ Kế hoạch Bộ Xây dựng được giao thẩm định hồ sơ.",
     [("Trần Văn Tâm", None, ("chuyên viên của Vụ Kế hoạch Bộ Xây dựng",))]),
]

# a post said of a given name after an honorific, the full name written earlier with no post; a family name inside a
# works' name ('Xí nghiệp Than Giáp Khẩu') does not cut the post short
FULL_NAME_BEFORE = [
    ("Người bị bắt là Trần Văn Lực, 45 tuổi. Với cương vị Phó phòng Kỹ thuật Xí nghiệp Than Giáp Khẩu, ông Lực đã ký "
     "khống nhiều hồ sơ.",
     [("Trần Văn Lực", None, ("Phó phòng Kỹ thuật Xí nghiệp Than Giáp Khẩu",))]),
]
# two full names end with the same given name: nobody to merge the post with
TWO_FULL_NAMES = [
    "Bị can là Trần Văn Lực và Lê Văn Lực. Với cương vị Phó phòng Kỹ thuật, ông Lực đã ký khống nhiều hồ sơ.",
]


@pytest.mark.parametrize(("text", "expected"), STAFF_OF_BODY + FULL_NAME_BEFORE)
def test_people_found(text: str, expected: list[tuple]) -> None:
    found = extract_officials(text)
    assert [(o.name, o.rank, o.titles) for o in found] == expected
    for o in found:
        assert text[o.start:o.end] == o.text


@pytest.mark.parametrize("text", TWO_FULL_NAMES)
def test_short_name_stays_short(text: str) -> None:
    assert [o.name for o in extract_officials(text)] == ["Lực"]
