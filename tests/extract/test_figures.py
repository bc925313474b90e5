"""extract_figures over real Vietnamese phrasings: value, unit, kind, hedges, offsets, negatives."""
from __future__ import annotations

import unicodedata

import pytest

from extract import extract_figures
from tests.conftest import seed_texts


def _rows(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.kind, f.approx) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đã có 54.000 khu dân cư đạt danh hiệu", (54000, "khu dân cư", "count", False)),
        ("hơn 12 triệu hộ đạt “Gia đình văn hóa”", (12000000, "hộ", "count", True)),
        ("theo báo cáo của 50 tỉnh, thành phố", (50, "tỉnh", "count", False)),
        ("đã lừa khoảng 100 bị hại ở nhiều tỉnh", (100, "bị hại", "count", True)),  # a noun of the lexicon that opens with a stop
        ("với hàng trăm nghìn cuộc vận động tập trung", (None, "cuộc vận động tập trung", "count", True)),
        ("hàng triệu lượt người tham gia", (None, "lượt người", "count", True)),
        ("tuyên truyền 2.500 đợt với 248.600 lượt đoàn viên, hội viên", (248600, "lượt đoàn viên", "count", False)),
        ("vận động triệt phá hơn 23,7 ha cây thuốc phiện", (23.7, "ha", "measure", True)),
        ("giao nộp 25.643 vũ khí, vật liệu nổ các loại", (25643, "vũ khí", "count", False)),
        ("vận động 209 đối tượng ra đầu thú", (209, "đối tượng", "count", False)),
        ("có 1.250 người từ bỏ ma túy", (1250, "người", "count", False)),
        ("chiếm tỷ lệ 458/6195 = 7,39%.", (7.39, "%", "percent", False)),
        ("tổng số người tái phạm tội, vi phạm pháp luật 458, chiếm",
         (458, "người tái phạm tội, vi phạm pháp luật", "count", False)),
        ("thu giữ 2,5 kg ma túy tổng hợp", (2.5, "kg", "measure", False)),
        ("tổng trị giá khoảng 3 tỷ 500 triệu đồng", (3500000000, "đồng", "money", True)),
        ("số tiền hơn 1,2 tỷ đồng", (1200000000, "đồng", "money", True)),
        ("bị phạt 7.500.000 đồng", (7500000, "đồng", "money", False)),
        ("phạt 50.000đ", (50000, "đồng", "money", False)),  # an abbreviation reported by its word (DECISIONS m_022)
        ("thu 1.000 USD", (1000, "USD", "money", False)),
        ("tổng diện tích 456,78 km2", (456.78, "km2", "measure", False)),
        ("dân số trên 120 nghìn người", (120000, "người", "count", True)),
        ("một số đơn vị có hai tổ tự quản", (2, "tổ tự quản", "count", False)),
        ("hàng chục đợt cao điểm", (None, "đợt cao điểm", "count", True)),
        ("95 phần trăm hộ dân", (95, "phần trăm", "percent", False)),
        ("tặng Bằng khen cho 64 tập thể và 64 cá nhân thuộc lực lượng", (64, "cá nhân", "count", False)),
        ("huy động 500 người trở lên", (500, "người", "count", True)),
        ("Tổng số vụ việc là 56, trong đó", (56, "vụ việc", "count", False)),
        ("hơn 200 CBCS tham gia", (200, "CBCS", "count", True)),
        ("một trăm linh năm hộ gia đình", (105, "hộ gia đình", "count", False)),
        ("bắt giữ 1.450 vụ/2.350 đối tượng phạm tội về ma túy", (2350, "đối tượng phạm tội", "count", False)),
        ("mua bán trái phép 0,5 gam ma túy", (0.5, "gam", "measure", False)),
        ("có 100% xã, phường, thị trấn đạt chuẩn", (100, "%", "percent", False)),
        ("sự tham dự của 3 đồng chí Phó Giám đốc", (3, "đồng chí", "count", False)),
        ("thu giữ 30 bánh heroin, 12kg ma túy đá", (12, "kg", "measure", False)),
        # corpus aj, cz dev: what is counted, in quotes ("mắt thần" for cameras, "cò" for touts)
        ("Mỗi chuyến họ phải nộp cho cảnh sát 200.000 đồng", (200000, "đồng", "money", False)),
        ("xã đã lắp đặt 16 “mắt thần” trên các tuyến đường", (16, "mắt thần", "count", False)),
        # corpus ca, cf dev: money and shares in a short quote are said, not part of a name
        ("hắn nhắn: “Có tiền đưa đây 30 triệu đồng, tôi sẽ không ra tay”", (30000000, "đồng", "money", False)),
        ("bị cáo đáp: “Khoảng 1,9 triệu USD”", (1900000, "USD", "money", True)),
        ("công an bắt khoảng 20 \"cò\" tại bến xe", (20, "cò", "count", True)),
        # speech opened by a colon states its counts, however short (corpus cb, cp, de dev)
        ("bà Lan kể: \"Nhà tôi mất 2 con bò rồi\"", (2, "con bò", "count", False)),
        # a straight quote closes before a space and opens before a word: '" phường ... 40 thành viên, "' is no quote
        # (corpus q dev)
        ("Đội \"Dân phòng\" thôn với 40 thành viên, \"Tổ an ninh\" xã", (40, "thành viên", "count", False)),
    ],
)
def test_figure_phrasings(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết 10 năm thực hiện chương trình",
        "Hội nghị lần thứ 7 của Ban Chấp hành Trung ương (khóa XI)",
        "Chương trình phối hợp số 09 gắn với yêu cầu",
        "Chỉ thị 09-CT/TW ngày 01/12/2011",
        "mô hình “Trong nhà 3 có, ngoài ngõ 3 không”, “Hòm thư ANTT 4.0”",
        "xã xây dựng các mô hình: “4 an toàn về ANTT”, “Dòng họ 3 không”",  # names after a colon (corpus ap dev)
        "các đại biểu hai bên bàn thảo; một Chương trình phối hợp",
        "dân hai bờ kênh thường xuyên đổ rác; xe tải ép sát hai hông xe khách",  # both banks, both flanks (corpus bz dev)
        "Ngày 30/5, Công an tỉnh; giai đoạn 2013 – 2023",
        "phòng chống dịch bệnh Covid – 19, lực lượng",
        "chiếm tỷ lệ 458/6195",
        "Ông B (45 tuổi), trú tại tổ 5, phường 3",
        "vi phạm Điều 5 Nghị định 100/2019/NĐ-CP",
        "Quốc lộ 1A, lúc 14h30, 3G",
        "gọi số 0912.345.678 để tố giác",
        "trẻ em từ 14 đến 18 tuổi; lần 2",
        "thứ 7 tuần này",
        "09/06/2023 16:30",
        "Sư đoàn 3 bộ binh, Tổ công tác 141 Công an tỉnh",
        "xe mang BKS 29A-123.45; máy bay F-16",
        "tàu cá CM 92365 TS bị bắt; tàu KG-90095-TS lâm nạn",  # boat registrations (corpus ae, cs dev)
        "chiếm 1/3 số hộ dân; giảm 1/2 lãi suất; 1/4 du khách",  # a third, a half, a quarter (corpus ce, ct, de dev)
        "Khóa học 2 ngày; thửa đất số 123, tờ bản đồ số 4",
        "mô hình chính quyền địa phương 2 cấp; hai lực lượng phối hợp",
        "ghi bàn thắng mở tỷ số 1-0 ở phút 44",  # a score; once crashed the range reader (0/0)
        "lực lượng cảnh sát 113 phong tỏa hiện trường; sản phẩm đạt chuẩn OCOP 3 sao",  # a force's line, a rating
        "nhóm của Bảy \"Chà\" và Sáu “Râu” bị bắt",  # nicknames after a spelled number, not counts (corpus bj dev)
    ],
)
def test_not_figures(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit as written; its standard symbol in canonical_unit
        ("cất giấu 350 gam heroin", (350, "gam", "g", "measure")),
        ("bảo vệ 12 héc-ta rừng", (12, "héc-ta", "ha", "measure")),
        ("thu giữ 20.000 USD tiền mặt", (20000, "USD", "USD", "money")),
        ("thu 20.000 Nhân dân tệ tiền công", (20000, "Nhân dân tệ", "nhân dân tệ", "money")),  # the currency capitalised (corpus e dev)
        ("phạt 7.500.000 VNĐ", (7500000, "VNĐ", "đồng", "money")),
        ("lấn chiếm 120 m2 đất công", (120, "m2", "m2", "measure")),
        ("tuần tra 45 km đường biên giới", (45, "km", "km", "measure")),
        ("thu giữ 500 lít xăng", (500, "lít", "lít", "measure")),
        ("vận chuyển 2,8 tấn pháo", (2.8, "tấn", "tấn", "measure")),
        ("thu giữ 2 tấn 500 kg", (2, "tấn", "tấn", "measure")),
        ("dài 3 ki-lô-mét", (3, "ki-lô-mét", "km", "measure")),
        ("95 phần trăm hộ dân", (95, "phần trăm", "%", "percent")),
    ],
)
def test_unit_as_written_and_canonical(text: str, expected: tuple) -> None:
    assert expected in [(f.value, f.unit, f.canonical_unit, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number word before a noun underthesea tags N/Nc counts it, lexicon or not
        ("thành lập hai đoàn kiểm tra liên ngành để hướng dẫn", (2, "đoàn kiểm tra liên ngành", False)),
        ("xây dựng tám phương án phòng ngừa", (8, "phương án phòng ngừa", False)),
        ("bảy người bị thương", (7, "người", False)),
        # changes are figures too
        ("(tăng 12,5%)", (12.5, "%", False)),
        ("giảm 3 vụ so với cùng kỳ", (3, "vụ", False)),
        ("Hai đối tượng khai nhận hành vi", (2, "đối tượng", False)),
    ],
)
def test_number_words_and_ranges(text: str, expected: tuple) -> None:
    assert [(f.value, f.unit, f.approx) for f in extract_figures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range gives one approximate figure per end, each with the unit (ANNOTATION.md)
        ("mỗi nhóm khoảng 3-5 người", [(3, "người"), (5, "người")]),
        ("từ 1.000 đến 1.500 lượt người tham gia", [(1000, "lượt người"), (1500, "lượt người")]),
        ("thu nhập 20-30 triệu đồng/tháng", [(20000000, "đồng/tháng"), (30000000, "đồng/tháng")]),
        ("tỷ lệ 10 - 15% hộ", [(10, "%"), (15, "%")]),
        ("Thu giữ từ 3 đến 7 khẩu súng các loại", [(3, "khẩu súng"), (7, "khẩu súng")]),
        ("lượng mưa phổ biến 50-100mm", [(50, "mm"), (100, "mm")]),
        ("nhiệt độ thấp nhất phổ biến 19 - 22 độ", [(19, "độ"), (22, "độ")]),
        ("thì bị phạt từ 6 đến 8 triệu đồng", [(6000000, "đồng"), (8000000, "đồng")]),
        ("Với người đi xe đạp, mức phạt từ 100 đến 600 nghìn đồng", [(100000, "đồng"), (600000, "đồng")]),
        ("tài xế còn bị trừ 4-10 điểm giấy phép lái xe", [(4, "điểm giấy phép lái xe"), (10, "điểm giấy phép lái xe")]),
        ("vỏ cà phê, sỏi đá 2-3 mm và than pin", [(2, "mm"), (3, "mm")]),
        ("Trường hợp vượt quá 50 mg đến 80 mg/100 ml máu", [(50, "mg/100 ml"), (80, "mg/100 ml")]),
        ("quá 0,25 mg đến 0,4 mg/lít khí thở", [(0.25, "mg/lít"), (0.4, "mg/lít")]),
        ("tiêm từ 300-400 lần thuốc này trong vòng 6 năm", [(300, "lần"), (400, "lần")]),
        ("hàng trăm đến hàng nghìn m2 đất", [(None, "m2"), (None, "m2")]),
        # corpus bj, bo, bu, l dev: a dash spaced on one side, a lower end written out in full or a scale below the
        # upper's
        ("với giá từ 25.000- 55.000 đồng", [(25000, "đồng"), (55000, "đồng")]),
        ("giá 80.000 -150.000 đồng", [(80000, "đồng"), (150000, "đồng")]),
        ("mỗi ngày từ 100.000 - 1 triệu đồng", [(100000, "đồng"), (1000000, "đồng")]),
        ("doanh thu từ 800 đến 1 tỷ đồng", [(800000000, "đồng"), (1000000000, "đồng")]),
        # corpus bu dev: the lower end's thousands left unwritten when the upper is written in thousands
        ("có khoảng 200-250.000 phụ nữ và trẻ em", [(200000, "phụ nữ"), (250000, "phụ nữ")]),
        ("lệ phí từ 20 đến 100.000 đồng", [(20000, "đồng"), (100000, "đồng")]),
    ],
)
def test_ranges_give_both_ends(text: str, expected: list) -> None:
    figures = extract_figures(text)
    assert [(f.value, f.unit) for f in figures] == expected
    assert all(f.approx for f in figures)
    low, high = figures  # the lower end spans the range, the upper end its own words (distinct spans)
    assert low.start < high.start < low.end == high.end and high.text in low.text


@pytest.mark.parametrize(
    "text",
    ["hai bên ký kết quy chế", "hai nước láng giềng", "cả hai đều đến", "ba mẹ em cho biết",
     "trẻ em từ 14 đến 18 tuổi", "thắng 2-1", "Thứ hai tuần tới", "Hòa 1-1 sau 90 phút thi đấu chính thức",
     "tước giấy phép từ 22 đến 24 tháng", "loạt sút luân lưu 11 m", "U21 Việt Nam thắng 4-1 (thắng chung cuộc 5-2)"],
)
def test_pairs_and_non_counts(text: str) -> None:
    assert extract_figures(text) == []


def test_offsets_point_into_nfd_and_old_tone_source() -> None:
    text = unicodedata.normalize("NFD", "Uỷ ban hoà giải 2.537 tổ hoà giải, hơn 23,7 ha; 4 tập thể.")
    figures = extract_figures(text)
    assert [f.value for f in figures] == [2537, 23.7, 4]
    for f in figures:
        assert text[f.start:f.end] == f.text


def test_text_spans_include_hedge() -> None:
    (f,) = extract_figures("vận động triệt phá hơn 23,7 ha cây thuốc phiện")
    assert f.text == "hơn 23,7 ha"


def test_seed_offsets() -> None:
    for stem, text in seed_texts().items():
        figures = extract_figures(text)
        assert [f.start for f in figures] == sorted(f.start for f in figures)
        for f in figures:
            assert text[f.start:f.end] == f.text, stem

