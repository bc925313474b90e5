"""Where a post's unit ends: the units a numbered unit belongs to, chained after commas; a unit marked as former
('(cũ)'); the military heads named by their province or district (read on dev and unannotated VNTC news). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from extract.officials import extract_officials

NUMBERED = [
    # a numbered team, then the units it belongs to, in either case
    ("Bà Lê Thị Hoa, tổ trưởng Tổ thu hoạch chè số 2, đội 4, nông trường 9, Công ty Chè Mộc Châu cho biết vậy.",
     [("Lê Thị Hoa", None, ("tổ trưởng Tổ thu hoạch chè số 2, đội 4, nông trường 9, Công ty Chè Mộc Châu",))]),
    ("Thiếu tá Phan Văn Lộc (đại đội phó đại đội 2, trung đoàn cảnh sát cơ động miền Nam) đến hiện trường.",
     [("Phan Văn Lộc", "Thiếu tá", ("đại đội phó đại đội 2, trung đoàn cảnh sát cơ động miền Nam",))]),
    ("Ông Trịnh Văn Bảy, tổ trưởng tổ dân phố 12, khu đô thị Văn Quán cho biết.",
     [("Trịnh Văn Bảy", None, ("tổ trưởng tổ dân phố 12, khu đô thị Văn Quán",))]),
    # a numbered district is a place: the body after it opens the next clause
    ("Theo ông Hồ Văn Lâm, chủ tịch UBND quận 7, Khu chế xuất Tân Thuận đã mở rộng.",
     [("Hồ Văn Lâm", None, ("chủ tịch UBND quận 7",))]),
    # the unit's noun alone is the next clause's subject
    ("Theo ông Võ Văn Tư, giám đốc Xí nghiệp may số 3, công ty vừa trả lương.",
     [("Võ Văn Tư", None, ("giám đốc Xí nghiệp may số 3",))]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED)
def test_a_numbered_unit_goes_on_with_the_units_it_belongs_to(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


FORMER = [
    ("Ông Đào Văn Kha, nguyên chủ tịch UBND xã Tân Hưng (cũ) đã ký nhiều hồ sơ.",
     [("Đào Văn Kha", None, ("nguyên chủ tịch UBND xã Tân Hưng (cũ)",))]),
    ("Ông Lý Văn Sáu, nguyên cán bộ địa chính xã Tân Hưng (cũ), nay là cán bộ tư pháp xã Tân Phú, bị kỷ luật.",
     [("Lý Văn Sáu", None, ("nguyên cán bộ địa chính xã Tân Hưng (cũ)", "cán bộ tư pháp xã Tân Phú"))]),
    ("Đại tá Trần Văn Chín, nguyên Tỉnh đội phó tỉnh Hà Tuyên (cũ) kể lại.",
     [("Trần Văn Chín", "Đại tá", ("nguyên Tỉnh đội phó tỉnh Hà Tuyên (cũ)",))]),
]


@pytest.mark.parametrize(("text", "expected"), FORMER)
def test_a_former_unit_keeps_its_bracket(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


SEAT = [
    # the seat of a body named by its own name: a commune or village, unit word first
    ("Anh Lò Văn Pảng, chủ homestay Hoa Ban ở bản Lác 1 cho biết khách đã tăng.",
     [("Lò Văn Pảng", None, ("chủ homestay Hoa Ban ở bản Lác 1",))]),
    ("Ông Trần Văn Bốn, Giám đốc Công ty TNHH Minh Phú ở phường Tân Định, quận 1, bị bắt.",
     [("Trần Văn Bốn", None, ("Giám đốc Công ty TNHH Minh Phú ở phường Tân Định, quận 1",))]),
    # a body left unnamed: where it is, an aside
    ("Bà Lê Thị Mai (chủ một doanh nghiệp tư nhân tại khu phố 3, phường 12) cho biết.",
     [("Lê Thị Mai", None, ("chủ một doanh nghiệp tư nhân",))]),
]


@pytest.mark.parametrize(("text", "expected"), SEAT)
def test_the_seat_of_a_named_body_goes_on_with_the_title(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


HOUSING = [
    # 'nhà ở' (housing) is a noun inside a body's name, not 'nhà' + the verb 'ở'
    ("Ông Đỗ Văn Hùng, Giám đốc Ban quản lý nhà ở sinh viên, thành phố Vinh cho biết đã đủ chỗ.",
     [("Đỗ Văn Hùng", None, ("Giám đốc Ban quản lý nhà ở sinh viên, thành phố Vinh",))]),
    # after a dash, the words open a clause of their own
    ("Ông Hà Văn Lợi (Phó giám đốc Cảng Cửa Lò - nhà ở sát khu đất) đã khiếu nại.",
     [("Hà Văn Lợi", None, ("Phó giám đốc Cảng Cửa Lò",))]),
]


@pytest.mark.parametrize(("text", "expected"), HOUSING)
def test_housing_is_part_of_a_body_name(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


LATE = [
    # 'cố' before a post: held by one now dead, written with the post as 'nguyên' is
    ("Nhà lưu niệm cố Thủ tướng Phạm Văn Đồng đón nhiều khách.", [("Phạm Văn Đồng", None, ("cố Thủ tướng",))]),
    # 'cố' as 'try' opens no post
    ("Ông Lê Văn Nam cố gắng giúp đỡ, trưởng thôn Đỗ Văn Tư cho biết.", [("Đỗ Văn Tư", None, ("trưởng thôn",))]),
]


@pytest.mark.parametrize(("text", "expected"), LATE)
def test_a_post_of_one_now_dead(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


PRESIDING = [
    # 'làm chủ tọa' after the posts: what the judge does at the hearing, no post
    ("Phiên tòa do thẩm phán Ngô Văn Hải, Phó Chánh án TAND tỉnh làm chủ tọa.",
     [("Ngô Văn Hải", None, ("thẩm phán", "Phó Chánh án TAND tỉnh"))]),
    # written as an appositive, it is a title
    ("Thẩm phán Ngô Văn Hải - chủ tọa phiên tòa đã tuyên án.", [("Ngô Văn Hải", None, ("Thẩm phán", "chủ tọa phiên tòa"))]),
]


@pytest.mark.parametrize(("text", "expected"), PRESIDING)
def test_presiding_over_a_hearing(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected


CONCESSION = [
    # 'dù', 'mặc dù' open the rest of the clause
    ("Ông Phạm Văn Ba, Giám đốc Công ty TNHH Hải Minh dù biết rõ sai phạm vẫn ký.",
     [("Phạm Văn Ba", None, ("Giám đốc Công ty TNHH Hải Minh",))]),
    # paratroops: 'dù' inside a unit's name
    ("Ông Lê Văn Chín, Trung đoàn trưởng Lữ đoàn dù 305 cho biết.",
     [("Lê Văn Chín", None, ("Trung đoàn trưởng Lữ đoàn dù 305",))]),
]


@pytest.mark.parametrize(("text", "expected"), CONCESSION)
def test_a_concession_ends_the_title(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected
