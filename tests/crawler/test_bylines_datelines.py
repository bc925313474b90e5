"""Bylines and datelines as Vietnamese outlets print them (crawler.bylines, crawler.datelines), and their data."""
from __future__ import annotations

from datetime import datetime

import pytest
import yaml

from crawler.bylines import byline_at_end, byline_at_start, person_name
from crawler.datelines import DATA, Dateline, find_datelines, is_dateline_text, parse_iso, reconcile
from crawler.detect import thresholds

SITE = ("Báo Công an nhân dân", "cand.com.vn", "cand")


@pytest.mark.parametrize("text, expected", [
    ("L. Hoa", "L. Hoa"),
    ("Bài, ảnh: Minh Anh", "Minh Anh"),
    ("Bài và ảnh: Nguyễn Văn Hải", "Nguyễn Văn Hải"),
    ("Tin, ảnh: Đ.T", "Đ.T"),
    ("NHẬT XUÂN - NGHI VŨ", "NHẬT XUÂN - NGHI VŨ"),
    ("Hà Thu (tổng hợp)", "Hà Thu (tổng hợp)"),
    ("Theo Hồ Hương", "Hồ Hương"),
    ("Thu Hà/VOV.VN", "Thu Hà"),
    ("Tuấn Anh - Báo Công an", "Tuấn Anh"),
    ("Nhóm PV", "Nhóm PV"),
    ("Theo Báo Nhân Dân", None),
    ("Theo TTXVN", None),
    ("Nguồn: VnExpress", None),
    ("Ảnh: Reuters", None),
    ("Báo Công an nhân dân", None),
    ("CAND", None),
    ("Ban Biên tập", None),
    ("Công an tỉnh Nghệ An", None),
    ("Hà Nội, ngày 14/3/2024", None),
    ("Hà Nội", None),
    ("Đắk Lắk", None),
    ("admin", None),
    ("Trở về đầu trang", None),
])
def test_person_name(text: str, expected: str | None) -> None:
    assert person_name(text, SITE) == expected


def test_byline_at_end_skips_credits_and_stops_at_the_last_paragraph() -> None:
    para = "Công an huyện đã triệu tập các đối tượng liên quan để làm rõ hành vi vi phạm pháp luật của họ."
    assert byline_at_end(f"{para}\nMinh Anh\nẢnh: Reuters\nTheo TTXVN", SITE) == "Minh Anh"
    assert byline_at_end(f"{para}\n{para}", SITE) is None
    assert byline_at_start(f"Bài, ảnh: Quang Huy\n{para}", SITE) == "Quang Huy"
    assert byline_at_start(f"Hà Nội\n{para}", SITE) is None


@pytest.mark.parametrize("text, when, has_time, label", [
    ("Thứ Ba, 14/03/2017 08:05", datetime(2017, 3, 14, 8, 5), True, ""),
    ("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", datetime(2026, 3, 7, 0, 5), True, ""),
    ("05/06/2014 10:20", datetime(2014, 6, 5, 10, 20), True, ""),
    ("10:20 | 05/06/2014", datetime(2014, 6, 5, 10, 20), True, ""),
    ("Cập nhật lúc 15:45 03/04/2024", datetime(2024, 4, 3, 15, 45), True, "updated"),
    ("Đăng lúc: 15h45 ngày 03/04/2024", datetime(2024, 4, 3, 15, 45), True, "published"),
    ("14/03/17 - 8h05", datetime(2017, 3, 14, 8, 5), True, ""),
    ("Thứ Hai, 14-3-2016 | 9:05 PM", datetime(2016, 3, 14, 21, 5), True, ""),
    ("ngày 14 tháng 3 năm 2017", datetime(2017, 3, 14), False, ""),
    ("Nguyên Minh - 07/03/2026 08:47", datetime(2026, 3, 7, 8, 47), True, ""),
    ("2026-03-06T05:00:00", datetime(2026, 3, 6, 5, 0), True, ""),
])
def test_find_datelines(text: str, when: datetime, has_time: bool, label: str) -> None:
    (found, *_) = find_datelines(text)
    assert (found.when, found.has_time, found.label) == (when, has_time, label)
    assert is_dateline_text(text)


@pytest.mark.parametrize("text", ["31/02/2013", "Đường dây nóng: 0243.999.9999", "giá 10.000.000 đồng", "phiên bản 1.2.3"])
def test_not_dates(text: str) -> None:
    assert find_datelines(text) == []


def test_a_sentence_mentioning_a_date_is_not_a_dateline() -> None:
    assert not is_dateline_text("CTCP Tập đoàn FLC cho biết cổ phiếu đã được giao dịch trở lại kể từ ngày 6/3/2026.")


@pytest.mark.parametrize("visible, meta, expected, source", [
    (None, "2024-04-03T07:00:00+07:00", datetime(2024, 4, 3, 7, 0), "meta"),
    ((datetime(2017, 3, 14, 8, 5), True), "2017-03-14T08:05:00+00:00", datetime(2017, 3, 14, 8, 5), "meta_tz_fixed"),
    ((datetime(2017, 3, 14, 8, 5), True), "2017-03-14T01:05:00Z", datetime(2017, 3, 14, 8, 5), "meta"),
    ((datetime(2017, 3, 14), False), "2017-03-14T08:05:00+07:00", datetime(2017, 3, 14, 8, 5), "meta"),
    ((datetime(2024, 4, 3, 15, 45), True), "2024-04-03T15:45:00+08:00", datetime(2024, 4, 3, 15, 45), "meta_tz_fixed"),
    ((datetime(2024, 4, 3, 15, 45), True), "2024-04-01T10:00:00+07:00", datetime(2024, 4, 3, 15, 45), "dateline"),
    ((datetime(2024, 4, 3, 15, 45), True), None, datetime(2024, 4, 3, 15, 45), "dateline"),
])
def test_reconcile(visible: tuple | None, meta: str | None, expected: datetime, source: str) -> None:
    dateline = Dateline(visible[0], visible[1], "", "") if visible else None
    assert reconcile(dateline, parse_iso(meta) if meta else None) == (expected, source)


@pytest.mark.parametrize("value, expected", [
    ("2026-03-07T08:52:11.000 +07:00", "2026-03-07T08:52:11+07:00"),
    ("2026-03-01T09:51:00+0700", "2026-03-01T09:51:00+07:00"),
    ("2026-03-07T09:40:00", "2026-03-07T09:40:00"),
    ("2026-03-07 08:07", "2026-03-07T08:07:00"),
])
def test_parse_iso(value: str, expected: str) -> None:
    assert parse_iso(value).isoformat() == expected


def test_data_files_parse() -> None:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    for key in ("published_labels", "updated_labels", "weekdays", "site_words", "byline_labels", "credit_labels",
                "source_labels", "role_bylines", "non_person_words"):
        assert data[key] and all(isinstance(w, str) and w.strip() == w and w for w in data[key]), key
    limits = thresholds()
    assert set(limits) == {"min_main_chars", "min_paragraphs", "single_block_chars", "brief_headline_gap", "max_link_density",
                           "min_teasers_for_listing", "teasers_per_paragraph", "max_headline_gap"}
    assert 0 < limits["max_link_density"] < 1
