"""Canonical entities (model, person, indicator, outlet, place) and the figure_facts view."""
from __future__ import annotations

from datetime import datetime

import pytest

import warehouse
from extract.types import DateMention, Extraction, Figure, ModelMention, Official
from tests.warehouse.helpers import make_article
from warehouse.indicators import indicator_of
from warehouse.places import find_places, place_rows


def store(con, text: str, extraction: Extraction, **article) -> str:
    record = make_article(text, url=f"https://x.vn/{abs(hash(text))}", **article)
    warehouse.store_article(con, record)
    warehouse.store_extraction(con, record["article_id"], extraction, version="t")
    return record["article_id"]


def figure(text: str, needle: str, value: float, unit: str) -> Figure:
    start = text.index(needle)
    return Figure(start, start + len(needle), needle, value, unit, "count", False)


def date(text: str, needle: str, value: str, precision: str = "year") -> DateMention:
    start = text.index(needle)
    return DateMention(start, start + len(needle), needle, value, precision)


def test_provinces_file_has_both_maps():
    rows = place_rows()
    assert sum(r["era"] == "2023" for r in rows) == 63 and sum(r["era"] == "2025" for r in rows) == 34
    merged = {r["short_name"]: r["merged_into"] for r in rows if r["era"] == "2023"}
    new = {r["place_id"]: r["short_name"] for r in rows if r["era"] == "2025"}
    assert new[merged["Bắc Kạn"]] == "Thái Nguyên" and new[merged["Hà Nội"]] == "Hà Nội"


@pytest.mark.parametrize("text, expected", [
    ("Công an tỉnh Bắc Ninh đã", ["tinhbacninh"]),
    ("tại TP.HCM và TP Cần Thơ", ["thanhphohochiminh", "thanhphocantho"]),
    ("tỉnh Bà Rịa – Vũng Tàu", ["tinhbariavungtau"]),
    ("Tại Hà Nội, cả nước có", ["thanhphohanoi", "canuoc"]),
    ("ông Nguyễn Hòa Bình phát biểu", []),
    ("Tư tưởng Hồ Chí Minh", []),
    ("tỉnh Hoà Bình", ["tinhhoabinh"]),
])
def test_find_places(text, expected):
    assert [p.key for p in find_places(text)] == expected


@pytest.mark.parametrize("unit, indicator", [
    ("nhóm liên gia tự quản", "nhóm liên gia tự quản"),
    ("nhóm liên gia", "nhóm liên gia tự quản"),
    ("tổ liên gia tự quản", "nhóm liên gia tự quản"),
    ("tổ liên gia tự quản an toàn", "nhóm liên gia tự quản"),
    ("lượt đoàn viên", "lượt đoàn viên"),
    ("khu dân cư trên địa bàn", "khu dân cư"),
])
def test_indicator_of(unit, indicator):
    assert indicator_of(unit)[0] == indicator


def test_model_variants_merge(con):
    for name in ("Xã, phường không có ma túy", "xã phường không có ma tuý", "Xã phường không có ma túy"):
        text = f"Mô hình “{name}” được nhân rộng."
        start = text.index(name)
        store(con, text, Extraction((), (), (ModelMention(start, start + len(name), name, name, name.casefold()),), ()))
    rows = con.execute("SELECT canonical_key, n_articles, len(variants) FROM model").fetchall()
    assert rows == [("xa phuong khong co ma tuy", 3, 3)]


def test_person_observations_are_dated(con):
    for year, title in ((2023, "Bộ trưởng Bộ Công an"), (2024, "Chủ tịch nước")):
        text = f"Đồng chí Tô Lâm, {title}, phát biểu."
        start = text.index("Tô Lâm")
        official = Official(start, start + 6, "Tô Lâm", "Tô Lâm", "Đại tướng", (title,), ((start, start + 6),))
        store(con, text, Extraction((), (), (), (official,)), published_at=datetime(year, 5, 1))
    assert con.execute("SELECT n_articles FROM person WHERE person_key = 'to lam'").fetchone()[0] == 2
    obs = con.execute("SELECT year(published_at), title FROM person_observation ORDER BY 1").fetchall()
    assert obs == [(2023, "Bộ trưởng Bộ Công an"), (2024, "Chủ tịch nước")]


def test_indicator_groups_units(con):
    text = "Có 120 nhóm liên gia tự quản, 30 tổ liên gia tự quản và 5 nhóm liên gia."
    figures = tuple(figure(text, n, v, u) for n, v, u in (
        ("120 nhóm liên gia tự quản", 120, "nhóm liên gia tự quản"),
        ("30 tổ liên gia tự quản", 30, "tổ liên gia tự quản"),
        ("5 nhóm liên gia", 5, "nhóm liên gia"),
    ))
    store(con, text, Extraction((), figures, (), ()))
    row = con.execute("SELECT n_figures, len(units) FROM indicator WHERE indicator = 'nhóm liên gia tự quản'").fetchone()
    assert row == (3, 3)


def test_figure_facts_place_and_period(con):
    text = "Năm 2022, tỉnh Bắc Ninh có 120 tổ tự quản.\nCả nước có 5.000 tổ tự quản.\nToàn đơn vị có 7 tổ hòa giải."
    figures = (figure(text, "120 tổ tự quản", 120, "tổ tự quản"), figure(text, "5.000 tổ tự quản", 5000, "tổ tự quản"),
               figure(text, "7 tổ hòa giải", 7, "tổ hòa giải"))
    store(con, text, Extraction((date(text, "Năm 2022", "2022"),), figures, (), ()))
    rows = con.execute("SELECT value, place, place_source, period, period_year, period_source "
                       "FROM figure_facts ORDER BY start").fetchall()
    assert rows == [
        (120.0, "Bắc Ninh", "sentence", "2022", 2022, "sentence"),
        (5000.0, "cả nước", "sentence", "2023", 2023, "published"),
        (7.0, "cả nước", "national", "2023", 2023, "published"),
    ]


def test_figure_facts_outlet_province_and_merger(con):
    text = "Toàn tỉnh có 40 tổ tự quản."
    store(con, text, Extraction((), (figure(text, "40 tổ tự quản", 40, "tổ tự quản"),), (), ()), outlet="baobackan")
    row = con.execute("SELECT place, place_2025, place_source FROM figure_facts").fetchone()
    assert row == ("Bắc Kạn", "Thái Nguyên", "outlet")


def test_place_resolved_by_era(con):
    text = "Tại tỉnh Bắc Ninh hôm nay."
    store(con, text, Extraction((), (), (), ()), published_at=datetime(2025, 9, 1))
    assert con.execute("SELECT place_id FROM place_mentions").fetchone()[0].startswith("P25-")
