"""Posts chained by commas before a name, after a verb presenting who came ('có', 'gồm'): the words before that verb
open the clause ('Cùng dự ...', 'Cùng với ...') and say nothing of whose the posts are (read on modern news pages;
dev do_096). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.officials import extract_officials

CASES = [
    ("Cùng dự hội nghị có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Hòa và các đại biểu.",
     [("Lê Văn Hòa", None, ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"))]),
    ("Cùng tham dự có Bí thư Huyện ủy, Chủ tịch HĐND huyện Trần Văn Sơn.",
     [("Trần Văn Sơn", None, ("Bí thư Huyện ủy", "Chủ tịch HĐND huyện"))]),
    # a word saying the post is someone else's, after the presenting verb, still stops the chain
    ("Thay mặt Bộ trưởng Bộ Công an, Đại tá Lê Văn Hải trao quà.", [("Lê Văn Hải", "Đại tá", ())]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_chain_after_a_presenting_verb(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


# after a person's posts, 'đại diện lãnh đạo ...', 'đại diện các/một số ...' open the next attendees of the list (read on
# dev attendance lists and unannotated VNTC news); 'đại diện' + one body right after a name is the person's role
ENVOYS = [
    ("Về dự có Thượng tá Lò Văn Tâm, Bí thư Đảng ủy, Trưởng Công an huyện, đại diện lãnh đạo Đảng ủy, UBND xã và "
     "nhân dân thôn.", [("Lò Văn Tâm", "Thượng tá", ("Bí thư Đảng ủy", "Trưởng Công an huyện"))]),
    ("Theo bà Hà Thị Lan, Phó chủ nhiệm Ủy ban Văn hóa của Quốc hội, đại diện một số nước đã xin đăng cai.",
     [("Hà Thị Lan", None, ("Phó chủ nhiệm Ủy ban Văn hóa của Quốc hội",))]),
    ("Ông Trần Văn Tám, đại diện Công an huyện Tân Châu, cho biết.",
     [("Trần Văn Tám", None, ("đại diện Công an huyện Tân Châu",))]),
]


@pytest.mark.parametrize(("text", "expected"), ENVOYS)
def test_envoys_of_a_group_open_the_next_item(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


# 'về những ...', 'về việc ...' after a post say what the talk is about, no part of the body's name ('Ủy ban về các
# vấn đề xã hội' is one) (dev dn_073)
ABOUT = [
    ("Phóng viên đã trao đổi với Đại tá Lê Văn Hà, Cục trưởng Cục Cảnh sát kinh tế về những kết quả trong năm qua.",
     [("Lê Văn Hà", "Đại tá", ("Cục trưởng Cục Cảnh sát kinh tế",))]),
    ("Ông Lê Văn Năm, Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội, phát biểu.",
     [("Lê Văn Năm", None, ("Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội",))]),
]


@pytest.mark.parametrize(("text", "expected"), ABOUT)
def test_what_is_talked_about_ends_the_post(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected
