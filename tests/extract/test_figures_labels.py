"""extract_figures on figure classes of issue 9 (helper figs6): a measure after a label word, ...

Own example sentences in the phrasings of provincial and national news; expected figures follow
tests/fixtures/corpus/ANNOTATION.md.
"""
from __future__ import annotations

import pytest

from extract import extract_figures


def _rows(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure after a word that elsewhere labels a number ('lô 5', 'kiệt 12', 'đường 30') is an amount
        ("Ông mua một mảnh đất phân lô 120 m2 ở ngoại thành.", [(120, "m2")]),
        ("Rừng bị phá gồm rừng nghèo 4,5 ha; rừng kiệt 2,25 ha.", [(4.5, "ha"), (2.25, "ha")]),
        ("Đoàn xe chạy hết quãng đường 45 km trong đêm.", [(45, "km")]),
        ("Mỗi phòng 15m2 có bốn sinh viên ở.", [(15, "m2"), (4, "sinh viên")]),
    ],
)
def test_measure_after_a_label_word(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cửa hàng bán hết 300 can loại 20 lít.",  # a class of can: only the count of cans
        "Phiên tòa tiếp tục vào lúc 14 g chiều nay.",  # a time
        "Đội nhà thắng ở loạt đá luân lưu 11 m.",  # the penalty spot
        "Chiếc xe tải 3,5 tấn lật xuống vực.",  # a size of what it sizes
    ],
)
def test_measure_after_a_class_or_time_label(text: str) -> None:
    assert all(unit not in ("lít", "g", "m", "tấn") for _, unit in _rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomas are counted things, though 'bằng' alone is 'by, with' and ends a unit
        ("Công an thu giữ 3 bằng tốt nghiệp THPT giả và 12 bằng đại học.",
         [(3, "bằng tốt nghiệp THPT giả"), (12, "bằng đại học")]),
        ("Hắn đã làm giả hơn 200 bằng cấp các loại.", [(200, "bằng cấp")]),
        ("Xử phạt bằng 3 hình thức.", [(3, "hình thức")]),
        # guest-nights of tourism statistics: 'ngày' here counts guests' stays, not a duration
        ("Số ngày khách ước đạt 125,4 nghìn ngày khách.", [(125400, "ngày khách")]),
    ],
)
def test_counted_nouns_after_a_stop_word(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price per unit after a word of money, its currency unsaid: đồng
        ("Cá tươi được bán với giá 65.000/kg tại chợ.", [(65000, "đồng/kg")]),
        ("Họ nhận lương 2.500.000/tháng.", [(2500000, "đồng/tháng")]),
        # no word of money, or not an amount: a code or a fraction
        ("Xe mang biển 12.345/AB đậu trước cổng.", []),
        ("Giá giảm 2/3 so với năm trước.", []),
    ],
)
def test_price_without_currency(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range after a label word ('phòng', 'năm', 'số'), its unit after the upper end: each end is a figure
        ("Khách trả tiền phòng 40.000-60.000 đồng mỗi giờ.", [(40000, "đồng"), (60000, "đồng")]),
        ("Lượng mưa thấp hơn trung bình nhiều năm 15-25%.", [(15, "%"), (25, "%")]),
        # a capitalised unit word that opens a name after a house number: a street ('Đồng Khởi'), not money
        ("Văn phòng đặt tại số 132-134 Đồng Khởi, quận 1.", []),
    ],
)
def test_range_after_a_label_word(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tổ tuần tra trực vào ngày 10 và 25 hàng tháng.",  # days of every month
        "Hai tàu 181 và 182 lần lượt mang tên Hải Phòng và Khánh Hòa.",  # names, 'respectively'
        "Xã đã xây dựng 1 số sân bóng chuyền cho thanh niên.",  # '1 số' = 'một số', some
    ],
)
def test_days_names_and_some_are_no_counts(text: str) -> None:
    assert [value for value, _ in _rows(text)] in ([], [2])  # at most 'Hai tàu'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shots and bangs are counted ('tiếng' alone is an hour: '3 tiếng' is a duration)
        ("Người dân nghe thấy 4 tiếng súng nổ gần chợ.", [(4, "tiếng súng nổ")]),
        ("Hung thủ bắn hai phát rồi bỏ chạy.", [(2, "phát")]),
        ("Xóm được báo bằng 3 tiếng kẻng dài.", [(3, "tiếng kẻng dài")]),
        ("Anh ngủ 3 tiếng rồi đi làm.", []),
    ],
)
def test_shots_and_bangs(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'một' counts what then dies or is hurt, past auxiliaries or read into a longer unit
        ("Vụ nổ khiến một người đã bị chết.", [(1, "người")]),
        ("Một chiến sĩ biên phòng hy sinh khi truy bắt nhóm buôn lậu.", [(1, "chiến sĩ biên phòng hy sinh")]),
        ("Sập giàn giáo, một công nhân bị thương nặng.", [(1, "công nhân")]),
        # the article: the one who acts, not one who dies
        ("Một nhân viên đâm chết giám đốc công ty.", []),
    ],
)
def test_one_that_dies_or_is_hurt(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # junctions are counted, though 'giao' (hand over) alone ends a unit
        ("Thành phố còn khoảng 600 giao lộ chưa có đèn tín hiệu.", [(600, "giao lộ")]),
        ("Dự án xây dựng 5 nút giao thông khác mức.", [(5, "nút giao thông")]),
    ],
)
def test_junctions(text: str, expected: list) -> None:
    assert _rows(text) == expected
