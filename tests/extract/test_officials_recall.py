"""People the officials reader used to miss, one list per error class of the dev corpus (issue 9). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from extract.officials import extract_officials

# a post, then 'tên (là)' and a given name alone: the name is the person's, as after an honorific; the people counted
# are each named ('2 công an viên tên là A và B')
NAMED_AFTER_TEN = [
    ("Hắn cùng một nhân viên thuế khác tên Lan gây khó dễ cho chủ hàng.",
     [("Lan", None, ("nhân viên thuế",))]),
    ("Xã đã đình chỉ 2 công an viên tên là Tâm và Phúc để làm rõ.",
     [("Tâm", None, ("công an viên",)), ("Phúc", None, ("công an viên",))]),
    ("Người bắn súng là một trinh sát hình sự Công an huyện Bình Chánh tên Lộc.",
     [("Lộc", None, ("trinh sát hình sự Công an huyện Bình Chánh",))]),
]
NOT_NAMED_AFTER_TEN = [
    "Một thanh niên tên Hùng đã bỏ chạy khỏi hiện trường.",
    "Một người bạn tên là Hoa cho biết cô không hay biết gì.",
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER_TEN)
def test_people_found(text: str, expected: list[tuple]) -> None:
    found = extract_officials(text)
    assert [(o.name, o.rank, o.titles) for o in found] == expected
    for o in found:
        assert text[o.start:o.end] == o.text


@pytest.mark.parametrize("text", NOT_NAMED_AFTER_TEN)
def test_not_officials(text: str) -> None:
    assert extract_officials(text) == []
