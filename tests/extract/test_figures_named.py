"""extract_figures on numbers that only introduce what they name (issue 9, round figs7), in sentences
written for these tests.

Expected figures follow tests/fixtures/corpus/ANNOTATION.md (figures) and DECISIONS.md.
"""
from __future__ import annotations

import pytest

from extract import extract_figures


def _rows(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon after the place noun opens the names (d_006, k_007)
        ("Mô hình được thí điểm ở 2 ấp: Phú Lợi và Tân Hòa.", []),
        ("Đoàn đến thăm bà con nghèo tại 5 địa phương: Sóc Trăng, Trà Vinh, Bạc Liêu, Cà Mau và Kiên Giang.", []),
        ("Khu vực này thuộc 2 đồn biên phòng: Na Hình và Bình Nghi.", []),
        # the names carry the units above them, or repeat the place noun, before 'và'
        ("Tổ tự quản được lập giữa 2 thôn Nà Lẹng, xã Bằng Thành, huyện Pác Nặm và thôn Khau Vai.", []),
        ("Giáo xứ gồm 2 xóm Đông và xóm Đoài.", []),
        ("Người dân 2 làng Hạ (xã Yên Sở) và làng Thượng (xã Đắc Sở) đã ký cam kết.", []),
        ("Trên địa bàn 2 huyện Tân Phước và huyện Gò Công Tây, công an bắt 4 đối tượng.", [(4, "đối tượng")]),
    ],
)
def test_a_count_that_names_its_places_is_no_figure(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a different, higher unit after 'và' is no second name of the same list
        ("Công an 2 xã An Phú, huyện Tân Châu và thị trấn Long Bình đã bắt 3 đối tượng.",
         [(2, "xã"), (3, "đối tượng")]),
        # examples in brackets after a statistic do not make it a list of names
        ("Cả nước có 5 tỉnh (Nam Định, Hà Nam, Hưng Yên) hoàn thành nhiệm vụ.", [(5, "tỉnh")]),
        ("Toàn tỉnh có 12 xã, phường đạt chuẩn an toàn.", [(12, "xã")]),
    ],
)
def test_a_count_of_places_still_counts(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '/1 <noun>' is the 'per one' of a rate, not a second count (l_025)
        ("Mỗi tổ được bố trí không quá 05 thành viên/1 tổ.", [(5, "thành viên")]),
        ("Năng suất bình quân đạt 6 tấn/1ha lúa.", [(6, "tấn/1ha")]),
        ("Bình quân 2.500 ha rừng/1 kiểm lâm viên.", [(2500, "ha")]),
        # a crime statistic 'N vụ/M bị can' counts both halves, even a 1
        ("Công an huyện khởi tố 1 vụ/1 bị can.", [(1, "vụ"), (1, "bị can")]),
        ("Công an huyện khởi tố 13 vụ/24 bị can.", [(13, "vụ"), (24, "bị can")]),
    ],
)
def test_per_one_is_a_rate(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'số <noun phrase> (đã) tăng/giảm từ N lên/xuống còn M': both ends count the phrase
        ("Số điểm ngập úng trong nội thành đã giảm từ 42 xuống còn 17.", [(42, "điểm ngập úng trong nội thành"),
                                                                          (17, "điểm ngập úng trong nội thành")]),
        ("Số hộ nghèo của xã tăng từ 12 lên 15.", [(12, "hộ nghèo của xã"), (15, "hộ nghèo của xã")]),
        # 'số liệu' is data, no count
        ("Theo số liệu của ngành, chỉ tiêu đã tăng từ 300 lên 450 phòng học.", [(450, "phòng học")]),
    ],
)
def test_total_changed_from_to(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'lâu năm' (for years), 'quanh năm' (all year round): 'năm' is the year, not five
        ("Những người nghiện lâu năm tin tưởng vào phương pháp này.", []),
        ("Bà con quanh năm bám biển, có 3 tàu cá bị hư hỏng.", [(3, "tàu cá")]),
        ("Đoàn đã bắt giữ năm đối tượng.", [(5, "đối tượng")]),
    ],
)
def test_nam_after_lau_is_the_year(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a voltage or power rating names a class of line, station or machine (as 'xe 16 chỗ', 'can nhựa 20 lít')
        ("Kẻ gian đã tháo trộm dây tiếp địa trên đường dây 500 kV Bắc - Nam.", []),
        ("Ngành điện xây mới 3 trạm 110 kV trong năm.", [(3, "trạm")]),
        ("Tổ công tác thu giữ 4 máy phát điện (công suất 15 kVA).", [(4, "máy phát điện")]),
        # not a rating: the length of the line, an output stated as a figure
        ("Kéo mới 12 km đường dây 22 kV.", [(12, "km")]),
        ("Nhà máy có công suất 50 MW.", [(50, "MW")]),
    ],
)
def test_a_rating_names_a_class(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military hospital and the police emergency centre are named by their numbers
        ("Ngày 15-1, Bệnh viện Quân y 175 tổ chức phiên chợ nhân ái.", []),
        ("Viện quân y 103 đã cứu chữa 12 bệnh nhân.", [(12, "bệnh nhân")]),
        ("Trung tâm 113 thành phố tiếp nhận tin báo qua 3 kênh.", [(3, "kênh")]),
    ],
)
def test_named_by_number(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised number word after a capitalised syllable ends a name
        ("Công an huyện phối hợp với UBND xã Bình Ba tổ chức lễ ra mắt mô hình.", []),
        ("Ông Tư Sáu cho biết có 3 hộ tham gia.", [(3, "hộ")]),
        # not after an abbreviation a caption ran into
        ("Ảnh: T.H Ba đối tượng bị bắt giữ.", [(3, "đối tượng")]),
        # an ordinal written in words is labelled as a whole: 'thứ mười sáu'
        ("Tại kỳ họp thứ mười sáu khóa X, HĐND thông qua 12 nghị quyết.", [(12, "nghị quyết")]),
    ],
)
def test_spelled_number_in_a_name_or_ordinal(text: str, expected: list) -> None:
    assert _rows(text) == expected
