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

# a staff word and a trade's lower-case words right before a full name, in a sentence read for people
TRADE_BEFORE_NAME = [
    ("Bị khởi tố có phó thôn Lê Văn Bảy và cán bộ thú y Trần Văn Sáu.",
     [("Lê Văn Bảy", None, ("phó thôn",)), ("Trần Văn Sáu", None, ("cán bộ thú y",))]),
    ("Trưởng công an xã Đỗ Văn Tám cùng cán bộ ngân sách xã Vũ Thị Mười bị cách chức.",
     [("Đỗ Văn Tám", None, ("Trưởng công an xã",)), ("Vũ Thị Mười", None, ("cán bộ ngân sách xã",))]),
]
# a foreign name with a middle initial: its full stop ends neither the name nor the sentence
FOREIGN_INITIAL = [
    ("Đại sứ Anh tại Việt Nam Peter R. Hughes đã đến thăm tỉnh. Ông Hughes nói thêm về dự án.",
     [("Peter R. Hughes", None, ("Đại sứ Anh tại Việt Nam",))]),
    ("Thẩm phán liên bang Mary K. Collins bác đơn kiện.",
     [("Mary K. Collins", None, ("Thẩm phán liên bang",))]),
]
# a post in lower case between two commas of a chain of posts before the name
LOWER_IN_CHAIN = [
    ("Phó Chủ tịch UBND tỉnh, trưởng Ban chỉ đạo phòng chống thiên tai tỉnh, ông Hồ Văn Nam, yêu cầu các huyện trực ban.",
     [("Hồ Văn Nam", None, ("Phó Chủ tịch UBND tỉnh", "trưởng Ban chỉ đạo phòng chống thiên tai tỉnh"))]),
]
# the unit of a post goes on after a comma right into the name: one title with its comma (DECISIONS: comma-chained
# unit titles); lower-case former posts chained before it
UNIT_AFTER_COMMA = [
    ("Trả lời báo chí, Phó phòng Giáo dục tiểu học, Sở Giáo dục và Đào tạo Hải Phòng Lê Thị Thu cho biết như vậy.",
     [("Lê Thị Thu", None, ("Phó phòng Giáo dục tiểu học, Sở Giáo dục và Đào tạo Hải Phòng",))]),
    ("Bị bắt có nguyên trưởng Công an xã An Hòa, nguyên đội phó đội cảnh sát kinh tế, Công an huyện Tân Phú Lê Văn "
     "Cường.",
     [("Lê Văn Cường", None, ("nguyên trưởng Công an xã An Hòa",
                              "nguyên đội phó đội cảnh sát kinh tế, Công an huyện Tân Phú"))]),
]
NOT_TRADE_BEFORE_NAME = [
    "Trưởng phòng Lê Văn Hai cho biết một số cán bộ khác như Ngô Văn Ba cũng được chia đất.",
    "Ông Lê Văn Hai, Giám đốc Sở, làm việc với đại diện tổ chức Nông Lương Liên Hợp Quốc.",
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER_TEN + TRADE_BEFORE_NAME
                         + FOREIGN_INITIAL + LOWER_IN_CHAIN + UNIT_AFTER_COMMA)
def test_people_found(text: str, expected: list[tuple]) -> None:
    found = extract_officials(text)
    assert [(o.name, o.rank, o.titles) for o in found] == expected
    for o in found:
        assert text[o.start:o.end] == o.text


@pytest.mark.parametrize("text", NOT_NAMED_AFTER_TEN)
def test_not_officials(text: str) -> None:
    assert extract_officials(text) == []


@pytest.mark.parametrize("text", NOT_TRADE_BEFORE_NAME)
def test_only_the_post_holder(text: str) -> None:
    assert [o.name for o in extract_officials(text)] == ["Lê Văn Hai"]


def test_an_initial_of_a_kinh_name_still_ends_the_sentence() -> None:
    found = extract_officials("Bị can là ông Nguyễn Văn A. Trưởng phòng Lê Văn Bình cho biết như vậy.")
    assert [(o.name, o.titles) for o in found] == [("Lê Văn Bình", ("Trưởng phòng",))]
