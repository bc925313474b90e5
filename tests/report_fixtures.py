"""A demo-like warehouse built from the five seed articles, without the crawler.

Each seed is extracted with ``extract.extract_all`` (reference date from its gold
file) and stored the way the pipelines store a crawled article, under one of
three outlets with a plausible URL and publication time.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

import extract
import warehouse
from tests.warehouse.helpers import make_article
from warehouse.reference import outlet_places

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# stem -> (outlet, url slug, title, published_at); seed 000 has no gold reference date.
SEED_ARTICLES: dict[str, tuple[str, str, str, datetime]] = {
    "000_b14839577600d7b8": (
        "mattran", "ket-qua-phoi-hop-nam-2012",
        "Kết quả phối hợp thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2012",
        datetime(2013, 1, 18, 9, 15),
    ),
    "001_39de3e7a63915c1c": (
        "mattran", "ket-qua-10-nam-chuong-trinh-phoi-hop",
        "Kết quả 10 năm thực hiện Chương trình phối hợp về phong trào toàn dân bảo vệ an ninh Tổ quốc",
        datetime(2023, 6, 9, 16, 30),
    ),
    "002_361dfef9dc19900e": (
        "baobackan", "tong-ket-10-nam-chuong-trinh-phoi-hop",
        "Công an tỉnh tổng kết 10 năm chương trình phối hợp với Mặt trận Tổ quốc",
        datetime(2023, 5, 30, 14, 0),
    ),
    "003_f707674472ecf3bc": (
        "cand", "hoi-nghi-tong-ket-10-nam",
        "Hội nghị Tổng kết 10 năm chương trình phối hợp giữa Bộ Công an và Ủy ban Trung ương MTTQ Việt Nam",
        datetime(2023, 10, 17, 11, 45),
    ),
    "004_03d31ed0a32cd011": (
        "cand", "day-manh-phong-trao-toan-dan-bao-ve-an-ninh",
        "Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới",
        datetime(2013, 7, 31, 17, 20),
    ),
}
DOMAINS = {"mattran": "daidoanket.vn", "baobackan": "baobackan.vn", "cand": "cand.com.vn"}


def seed_article(stem: str) -> tuple[dict, date | None]:
    """The article record for one seed and the reference date its gold file gives."""
    outlet, slug, title, published_at = SEED_ARTICLES[stem]
    text = (FIXTURES / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / "gold" / f"{stem}.gold.json").read_text(encoding="utf-8"))
    reference = date.fromisoformat(gold["reference_date"]) if gold["reference_date"] else None
    url = f"https://{DOMAINS[outlet]}/{slug}-{stem[:3]}.html"
    record = make_article(text, url=url, outlet=outlet, title=title, published_at=published_at, author=None)
    return record, reference or published_at.date()


def build_demo_db(path: str | Path) -> Path:
    """Extract the five seeds and store them in a warehouse file at ``path``; return the path."""
    con = warehouse.connect(path)
    try:
        for stem in SEED_ARTICLES:
            article, reference = seed_article(stem)
            article_id = warehouse.store_article(con, article)
            place = outlet_places().get(article["outlet"])  # as the crawl's extraction stage does
            extraction = extract.extract_all(article["text"], reference=reference, place=place)
            warehouse.store_extraction(con, article_id, extraction, version=extract.EXTRACTOR_VERSION)
    finally:
        con.close()
    return Path(path)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse file holding the five seed articles, extracted, under three outlets."""
    return build_demo_db(tmp_path_factory.mktemp("demo") / "demo.duckdb")
