"""extract_dates over real Vietnamese phrasings: values, precision, offsets, negatives."""
from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from extract import extract_dates
from tests.conftest import seed_texts

REF = date(2023, 5, 30)


@pytest.mark.parametrize(
    ("text", "found", "value", "precision"),
    [
        ("31/07/2013", "31/07/2013", "2013-07-31", "day"),
        ("09/06/2023 16:30", "09/06/2023", "2023-06-09", "day"),
        ("Ngày 30/5, Công an tỉnh tổ chức hội nghị", "Ngày 30/5", "2023-05-30", "day"),
        ("chương trình số 09/CTr-BCA-MTTW ngày 01/8/2013 giữa", "ngày 01/8/2013", "2013-08-01", "day"),
        ("Đến tháng 12-2012, theo báo cáo", "tháng 12-2012", "2012-12", "month"),
        ("tính đến tháng 12/2012", "tháng 12/2012", "2012-12", "month"),
        ("Thực hiện Nghị quyết, trong năm 2012, Bộ Công an", "trong năm 2012", "2012", "year"),
        (" Năm 2012, Ban chỉ đạo các cấp", "Năm 2012", "2012", "year"),
        # a year after a full date and a comma is not a count of years ("2013, năm" is not "6 năm")
        ("Quyết định ngày 1/8/2013, năm 2022 xã đã lắp camera", "năm 2022", "2022", "year"),
        ("Hà Nội, ngày 21 tháng 9 năm 2025", "ngày 21 tháng 9 năm 2025", "2025-09-21", "day"),
        ("Chiều 31/7/2013, tại Hà Nội", "31/7/2013", "2013-07-31", "day"),
        ("Sáng 17/10, tại Hà Nội", "17/10", "2022-10-17", "day"),
        ("trong tình hình mới” (2013 - 2023), lực lượng", "2013 - 2023", "2013/2023", "range"),
        ("Tổng kết 10 năm (2013-2023) và triển khai", "2013-2023", "2013/2023", "range"),
        ("“Đẩy mạnh phong trào” giai đoạn 2023–2033.", "giai đoạn 2023–2033", "2023/2033", "range"),
        ("năm học 2023 - 2024", "năm học 2023 - 2024", "2023/2024", "range"),
        ("từ ngày 1/8 đến 15/8/2023, lực lượng", "từ ngày 1/8 đến 15/8/2023", "2023-08-01/2023-08-15", "range"),
        ("từ tháng 3 đến tháng 5/2024 đã xử lý", "từ tháng 3 đến tháng 5/2024", "2024-03/2024-05", "range"),
        ("Quý I/2024, toàn tỉnh xảy ra", "Quý I/2024", "2024-01/2024-03", "range"),
        ("trong quý 3 năm 2022", "quý 3 năm 2022", "2022-07/2022-09", "range"),
        ("Trong 6 tháng đầu năm 2024, tỷ lệ", "6 tháng đầu năm 2024", "2024-01/2024-06", "range"),
        ("sơ kết 6 tháng cuối năm 2023", "6 tháng cuối năm 2023", "2023-07/2023-12", "range"),
        ("Ngày 30-4, các đơn vị trực", "Ngày 30-4", "2023-04-30", "day"),
        ("các tháng 5 và tháng 6/2024 là cao điểm", "tháng 5", "2024-05", "month"),
        ("Từ năm 2013 đến nay đã phối hợp", "năm 2013", "2013", "year"),
        ("đến 31.12.2022, toàn tỉnh", "31.12.2022", "2022-12-31", "day"),
        ("Cập nhật lúc 2023-10-17 10:15", "2023-10-17", "2023-10-17", "day"),
        ("Kỷ niệm 80 năm (19/8/1945 - 19/8/2025)", "19/8/1945 - 19/8/2025", "1945-08-19/2025-08-19", "range"),
        ("từ năm 2013 đến năm 2023 đã có", "từ năm 2013 đến năm 2023", "2013/2023", "range"),
        ("tầm nhìn đến năm 2045", "năm 2045", "2045", "year"),
        ("Kết quả 10 năm thực hiện09/06/2023 16:30Trong 10 năm qua", "09/06/2023", "2023-06-09", "day"),
        ("nhân dân.30/5/2023 họp", "30/5/2023", "2023-05-30", "day"),
        ("Từ 2013 đến nay, toàn tỉnh", "2013", "2013", "year"),
        ("phấn đấu đến 2030, 100% xã", "2030", "2030", "year"),
    ],
)
def test_date_phrasings(text: str, found: str, value: str, precision: str) -> None:
    dates = extract_dates(text, reference=REF)
    assert (found, value, precision) in [(d.text, d.value, d.precision) for d in dates]
    for d in dates:
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(
    "text",
    [
        "Chương trình phối hợp số 09/CTr-BCA-MTTW giữa hai bên",
        "Chỉ thị 09-CT/TW của Ban Bí thư",
        "thay thế Chương trình phối hợp số 09 phù hợp",
        "chiếm tỷ lệ 458/6195 = 7,39%",
        "Tổng kết 10 năm thực hiện Nghị quyết",
        "Hội nghị lần thứ 7 của Ban Chấp hành Trung ương (khóa XI)",
        "thứ 7 tuần này có 500 đại biểu",
        "Trong 6 tháng, lực lượng chức năng",
        "Nghị định 100/2019/NĐ-CP",
        "Thông tư 12/2023/TT-BCA",
        "tỷ lệ 3/5 số xã",
        "trực 24/24 giờ",
        "Covid – 19, lực lượng Công an",
        "gọi số 0912.345.678",
        "huy động từ 2000 người trở lên",
    ],
)
def test_not_dates(text: str) -> None:
    assert extract_dates(text, reference=REF) == []


def test_day_month_before_reference_year_rolls_back() -> None:
    (d,) = extract_dates("Ngày 28/12, đoàn công tác", reference=date(2024, 1, 5))
    assert d.value == "2023-12-28"


def test_day_month_without_reference_has_no_value() -> None:
    (d,) = extract_dates("Ngày 30/5, Công an tỉnh")
    assert (d.value, d.precision) == (None, "day")


@pytest.mark.parametrize(
    "text",
    [
        "“Ngày hội toàn dân bảo vệ an ninh Tổ quốc” (19/8) và",
        "Ngày truyền thống lực lượng (12/7)",
        # written with a dash or a dot too (corpus f, t dev)
        "Ngày Gia đình Việt Nam (28-6) hằng năm là dịp",
        "Nhân kỷ niệm Ngày Gia đình Việt Nam (28.6), Hội LHPN huyện",
    ],
)
def test_annual_days_have_no_year(text: str) -> None:
    (d,) = extract_dates(text, reference=date(2023, 10, 17))
    assert d.value is None and d.precision == "day" and "(" not in d.text


def test_offsets_point_into_nfd_and_old_tone_source() -> None:
    text = unicodedata.normalize("NFD", "Hoà Bình, ngày 01/8/2013, Uỷ ban họp; giai đoạn 2013 – 2023.")
    dates = extract_dates(text)
    assert [d.value for d in dates] == ["2013-08-01", "2013/2023"]
    for d in dates:
        assert text[d.start:d.end] == d.text


def test_seed_offsets() -> None:
    for stem, text in seed_texts().items():
        for d in extract_dates(text, reference=REF):
            assert text[d.start:d.end] == d.text, stem


def test_text_order() -> None:
    dates = extract_dates("Năm 2012 và ngày 01/12/2011, tháng 12-2012", reference=REF)
    assert [d.start for d in dates] == sorted(d.start for d in dates)
    assert len(dates) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two days in a row joined by "và" are one span (corpus DECISIONS a, b: "23 và 24/4", "Tối 14 và 15-1").
        ("Ngày 11 và 12/4/2024, Công an tỉnh tổ chức", [("Ngày 11 và 12/4/2024", "2024-04-11/2024-04-12")]),
        # A list of days that share a month is one range from the first to the last (corpus DECISIONS: 'ngày 13,
        # 14 và 15-5', 'vào các ngày 8, 14 và 26/4'); so is a pair that fills a bracket ('2 ngày (15 và 16-12)').
        ("ngày 5 và 9/5, đoàn kiểm tra", [("ngày 5 và 9/5", "2023-05-05/2023-05-09")]),
        ("trong các ngày 12, 13, 14/10/2023, đoàn công tác", [("ngày 12, 13, 14/10/2023", "2023-10-12/2023-10-14")]),
        ("ngày 28, 29/3 tới", [("ngày 28, 29/3", "2023-03-28/2023-03-29")]),
        ("Chỉ trong 2 ngày (15 và 16-5), công an bắt 2 đối tượng.", [("15 và 16-5", "2023-05-15/2023-05-16")]),
        # two months in a row sharing a year are one range (corpus DECISIONS h_009); not two written in full
        ("Trong tháng 9 và 10/2003, bọn trộm lấy 5 xe", [("tháng 9 và 10/2003", "2003-09/2003-10")]),
        ("Tháng 1 và tháng 2.2006, đoàn kiểm tra", [("Tháng 1", "2006-01"), ("tháng 2.2006", "2006-02")]),
        ("Nghỉ lễ 30/4 và 1/5 năm nay", [("30/4", "2023-04-30"), ("1/5 năm nay", "2023-05-01")]),
        ("Hà Nội, 15/3/2023Sáng 14/3, tại trụ sở", [("15/3/2023", "2023-03-15"), ("14/3", "2023-03-14")]),
        ("từ 11-13/4, đoàn kiểm tra", [("từ 11-13/4", "2023-04-11/2023-04-13")]),
        ("TP.HCM - Sáng 10/5, tại hội trường", [("10/5", "2023-05-10")]),
        # corpus q/s dev: "từ ... đến" across precisions; dotted month ranges; "Quí"; a lunar day by its year's name
        ("Từ năm 2018 đến tháng 10/2023, dòng họ hòa giải 20 vụ", [("Từ năm 2018 đến tháng 10/2023", "2018/2023-10")]),
        ("giai đoạn tháng 6.2021 - 5.2022", [("giai đoạn tháng 6.2021 - 5.2022", "2021-06/2022-05")]),
        ("Quí I năm 2014, toàn tỉnh", [("Quí I năm 2014", "2014-01/2014-03")]),
        ("Ngày 13/1 năm Bính Thân, mùa xuân Bính Thân", [("Ngày 13/1 năm Bính Thân", "2016-02-20"),
                                                        ("xuân Bính Thân", "2016")]),
        ("trong dịp Xuân Ất Tỵ năm 2025, góp phần", [("Xuân Ất Tỵ năm 2025", "2025")]),
    ],
)
def test_date_lists_and_glued_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, reference=REF)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Từ năm 2005, ngày 19/8 hằng năm được lấy làm Ngày hội", "ngày 19/8"),
        ("ngày 9/11 hàng năm là Ngày Pháp luật Việt Nam", "ngày 9/11"),
        ("Hằng năm, vào ngày 22/12, đơn vị tổ chức", "ngày 22/12"),
        ("ngày 3/2 mỗi năm", "ngày 3/2"),
        ("ngày 2/9 là Ngày Quốc khánh", "ngày 2/9"),
        ("ngày 21 tháng 12 hằng năm", "ngày 21 tháng 12"),
    ],
)
def test_recurring_days_have_no_year(text: str, found: str) -> None:
    days = [(d.text, d.value, d.precision) for d in extract_dates(text, reference=REF) if d.precision == "day"]
    assert days == [(found, None, "day")]


@pytest.mark.parametrize(
    "text",
    ["Ngày hội diễn ra ngày 19/8 tại xã", "Hằng năm, Công an tỉnh tổ chức. Ngày 5/3, đoàn",
     "ngày 19/8 năm nay, đoàn"],
)
def test_one_off_days_keep_their_year(text: str) -> None:
    dates = extract_dates(text, reference=REF)
    assert dates and all(d.value for d in dates)
