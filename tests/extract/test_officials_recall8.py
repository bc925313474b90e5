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


@pytest.mark.parametrize(("text", "expected"), STAFF_OF_BODY)
def test_people_found(text: str, expected: list[tuple]) -> None:
    found = extract_officials(text)
    assert [(o.name, o.rank, o.titles) for o in found] == expected
    for o in found:
        assert text[o.start:o.end] == o.text
