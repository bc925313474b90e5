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
