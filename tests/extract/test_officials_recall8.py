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

# a staff word after 'là', the body it serves in capitals (after 'của' or 'thuộc' too)
STAFF_AFTER_COPULA = [
    ("Người nhận tiền là Hồ Văn Đức. Hồ Văn Đức là cán bộ Phòng Tài nguyên và Môi trường huyện Krông Pa.",
     [("Hồ Văn Đức", None, ("cán bộ Phòng Tài nguyên và Môi trường huyện Krông Pa",))]),
    ("Bà Trịnh Thị Hà là nhân viên của Công ty Điện lực Gia Lai.",
     [("Trịnh Thị Hà", None, ("nhân viên của Công ty Điện lực Gia Lai",))]),
]
# no body after the staff word: no post
NOT_STAFF_AFTER_COPULA = [
    "Ông Hồ Văn Đức là cán bộ hưu trí ở thôn 3.",
]
# the one in charge of a task ('phụ trách', 'chuyên trách') or a manager ('quản lý') set off after a name
IN_CHARGE = [
    ("Bà Lê Thị Hoa, quản lý khách sạn Sao Mai, cho biết khách đã trả phòng.",
     [("Lê Thị Hoa", None, ("quản lý khách sạn Sao Mai",))]),
    ("Ông Trần Văn Bốn - phụ trách an ninh Công ty Hòa Phát - cho biết camera đã ghi lại.",
     [("Trần Văn Bốn", None, ("phụ trách an ninh Công ty Hòa Phát",))]),
    ("Theo anh Vũ Văn Năm, chuyên trách Quân sự Ban CHQS phường Đông Hải, đợt tuyển quân đã xong.",
     [("Vũ Văn Năm", None, ("chuyên trách Quân sự Ban CHQS phường Đông Hải",))]),
]
# the same words as a verb after a name are no post
NOT_IN_CHARGE = [
    "Ông Trần Văn Bốn quản lý khách sạn Sao Mai từ năm 2005.",
    "Anh Lê Văn Sáu đã phụ trách quầy vé ở ga Hà Nội nhiều năm.",
    "Đội xe, đơn vị trực tiếp quản lý tài xế Ngô Văn Bảy, đã kỷ luật hai cán bộ.",
    "Người trực tiếp quản lý Tâm là bà Đỗ Thị Hạnh cũng phải giải trình.",
]
# an address set off after the name, then the post: after a comma, or in a bracket after an address with no comma
AFTER_ADDRESS = [
    ("Bị can là bà Võ Thị Tám, ngụ phường 5, quận 10, TP.HCM, nguyên Giám đốc Công ty TNHH Minh Phát.",
     [("Võ Thị Tám", None, ("nguyên Giám đốc Công ty TNHH Minh Phát",))]),
    ("Ông Đào Văn Chín ở thôn 2 (Trưởng thôn 2, xã Hòa Phú) cho biết nước đã rút.",
     [("Đào Văn Chín", None, ("Trưởng thôn 2, xã Hòa Phú",))]),
    ("Anh Lý Văn Mười, sinh năm 1975, ở 12 đường Hàng Bạc, Hà Nội là Giám đốc Công ty TNHH Hòa Bình.",
     [("Lý Văn Mười", None, ("Giám đốc Công ty TNHH Hòa Bình",))]),
]
# a consul general and his deputy; a country's one foreign word after the post is the country, not a person
CONSULS = [
    ("Ông Lê Văn An đã tiếp Tổng lãnh sự Hungary tại TPHCM Ferenc Kovács.",
     [("Ferenc Kovács", None, ("Tổng lãnh sự Hungary tại TPHCM",))]),
    ("Bà Phạm Thị Lan, Tổng lãnh sự Việt Nam tại Lào, đã tiếp đoàn.",
     [("Phạm Thị Lan", None, ("Tổng lãnh sự Việt Nam tại Lào",))]),
]
# the address goes on with what the person did, or another person's post follows: not the person's post
NOT_AFTER_ADDRESS = [
    "Ông Đào Văn Chín, trú tại xã Hòa Phú, bị bắt quả tang, Trưởng Công an huyện Hòa Vang cho biết.",
    "Ông Đào Văn Chín ở lại cơ quan (Phó Chủ tịch UBND xã thì đi họp) để trực.",
]
# a name printed in capitals after a rank or an honorific, as interviews print the one who answers; a memoir's closing
# byline in capitals names no official
CAPITALS = [
    ("Thiếu tướng TRẦN VĂN HẢI, Giám đốc Công an tỉnh: Chúng tôi đã chỉ đạo quyết liệt.",
     [("TRẦN VĂN HẢI", "Thiếu tướng", ("Giám đốc Công an tỉnh",))]),
]
NOT_CAPITALS = [
    "Những năm tháng ấy còn mãi trong tim chúng tôi. Đại tá NGUYỄN VĂN MINH",
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


@pytest.mark.parametrize(("text", "expected"), STAFF_OF_BODY + STAFF_AFTER_COPULA + IN_CHARGE + AFTER_ADDRESS + CONSULS + CAPITALS + FULL_NAME_BEFORE)
def test_people_found(text: str, expected: list[tuple]) -> None:
    found = extract_officials(text)
    assert [(o.name, o.rank, o.titles) for o in found] == expected
    for o in found:
        assert text[o.start:o.end] == o.text


@pytest.mark.parametrize("text", TWO_FULL_NAMES)
def test_short_name_stays_short(text: str) -> None:
    assert [o.name for o in extract_officials(text)] == ["Lực"]


@pytest.mark.parametrize("text", NOT_CAPITALS + NOT_STAFF_AFTER_COPULA + NOT_IN_CHARGE + NOT_AFTER_ADDRESS)
def test_no_post(text: str) -> None:
    assert extract_officials(text) == []
