"""Canonical entities (model, person, indicator, outlet, place) and the figure_facts view."""
from __future__ import annotations

from datetime import date, datetime

import warehouse
from extract import extract_all
from extract.types import Extraction, ModelMention, Official
from tests.warehouse.helpers import make_article


def store(con, text: str, extraction: Extraction, **article) -> str:
    record = make_article(text, url=f"https://x.vn/{abs(hash(text))}", **article)
    warehouse.store_article(con, record)
    warehouse.store_extraction(con, record["article_id"], extraction, version="t")
    return record["article_id"]


def test_places_hold_both_maps(con):
    counts = dict(con.execute("SELECT era || ' ' || level, count(*) FROM places GROUP BY 1").fetchall())
    assert counts["2023 province"] == 63 and counts["2025 province"] == 34
    assert counts["2023 district"] > 690 and counts["2023 commune"] > 10_000 and counts["2025 commune"] > 3_300
    merged = dict(con.execute("SELECT short_name, merged_into_name FROM place WHERE era = '2023' "
                              "AND level = 'province'").fetchall())
    assert merged["Bắc Kạn"] == "Thái Nguyên" and merged["Hà Nội"] == "Hà Nội" and merged["Đắk Nông"] == "Lâm Đồng"


def test_outlets_know_their_province(con):
    row = con.execute("SELECT province, province_id FROM outlet WHERE outlet = 'congan-hoabinh'").fetchone()
    assert row == ("Hòa Bình", "P23-17")


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


def test_indicator_groups_synonyms(con):
    text = "Toàn tỉnh hiện có 120 nhóm liên gia tự quản, 30 tổ liên gia tự quản và 5 nhóm liên gia."
    store(con, text, extract_all(text, reference=date(2023, 5, 30)))
    row = con.execute("SELECT n_figures, len(units), mapped FROM indicator "
                      "WHERE indicator_key = 'nhom_lien_gia_tu_quan'").fetchone()
    assert row == (3, 3, True)


def test_figure_facts_rows(con):
    text = ("Năm 2022, huyện Đắk Song có 120 tổ tự quản.\nCả nước hiện có 5.000 tổ tự quản.\n"
            "Ngày 3/4, Công an xã Thuận Hạnh bắt 2 đối tượng trú tại xã Nam Bình.")
    store(con, text, extract_all(text, reference=date(2023, 5, 30)), published_at=datetime(2023, 5, 30))
    rows = con.execute("SELECT value, indicator_key, scope, province, district, commune, place_source, period, "
                       "period_kind, period_start, period_end, sentence_text FROM figure_facts ORDER BY start").fetchall()
    assert rows == [
        (120.0, "to_tu_quan", "district", "Đắk Nông", "Đắk Song", None, "sentence", "2022", "as_of",
         date(2022, 1, 1), date(2022, 12, 31), "Năm 2022, huyện Đắk Song có 120 tổ tự quản."),
        (5000.0, "to_tu_quan", "national", None, None, None, "sentence", "2023-05-30", "as_of",
         date(2023, 5, 30), date(2023, 5, 30), "Cả nước hiện có 5.000 tổ tự quản."),
        (2.0, "doi_tuong_bat", "commune", "Đắk Nông", "Đắk Song", "Thuận Hạnh", "sentence", "2023-04-03", "during",
         date(2023, 4, 3), date(2023, 4, 3), "Ngày 3/4, Công an xã Thuận Hạnh bắt 2 đối tượng trú tại xã Nam Bình."),
    ]


def test_figure_facts_outlet_province_and_merger(con):
    text = "Toàn tỉnh có 40 tổ tự quản."
    store(con, text, extract_all(text, place="Bắc Kạn"), outlet="baobackan")
    row = con.execute("SELECT scope, province, place_2025, place_source FROM figure_facts").fetchone()
    assert row == ("province", "Bắc Kạn", "Thái Nguyên", "sentence")


def test_place_resolved_by_era(con):
    text = "Tại tỉnh Bắc Ninh hôm nay có 3 tổ tự quản."
    store(con, text, extract_all(text, reference=date(2025, 9, 1)), published_at=datetime(2025, 9, 1))
    assert con.execute("SELECT place_id FROM place_mentions").fetchone()[0].startswith("P25-")


def test_figure_conflicts_and_rounding(con):
    """Two outlets report the province's cameras a few days apart with values 20 % apart: a conflict; a third
    within 1 % of the first is rounding, not a conflict; another province is not compared."""
    texts = {
        "https://a.vn/1": "Ngày 10/6/2023, Công an tỉnh Bắc Ninh cho biết toàn tỉnh hiện có 1.200 camera an ninh.",
        "https://b.vn/2": "Tính đến ngày 12/6/2023, tỉnh Bắc Ninh có 1.450 camera an ninh.",
        "https://c.vn/3": "Tính đến ngày 11/6/2023, tỉnh Bắc Ninh có 1.205 camera an ninh.",
        "https://d.vn/4": "Tính đến ngày 11/6/2023, tỉnh Bắc Giang có 300 camera an ninh.",
    }
    for url, text in texts.items():
        record = make_article(text, url=url, outlet=url.split("/")[2])
        warehouse.store_article(con, record)
        warehouse.store_extraction(con, record["article_id"], extract_all(text, reference=date(2023, 6, 15)),
                                   version="t")
    rows = warehouse.query("figure_conflicts", con)
    pairs = {tuple(sorted((r.value_a, r.value_b))) for r in rows.itertuples()}
    assert pairs == {(1200.0, 1450.0), (1205.0, 1450.0)}
    assert set(rows["indicator_key"]) == {"camera"} and set(rows["place"]) == {"Bắc Ninh"}
    assert rows["sentence_a"].str.contains("camera").all() and rows["url_b"].str.startswith("https://").all()
