"""Real seed articles and extractions built from their gold files, for warehouse tests."""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from extract import prepare
from extract.taxonomy import indicator_key
from extract.types import DateMention, Extraction, Figure, ModelMention, Official, PeriodFact, PlaceFact

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = "003_f707674472ecf3bc"


def seed_text(stem: str = SEED) -> str:
    """The text of a seed article."""
    return (FIXTURES / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")


def make_article(text: str, *, url: str = "https://cand.com.vn/a-1.html", outlet: str = "cand", **extra) -> dict:
    """An article record as the pipelines hand it to store_article."""
    record = {
        "article_id": hashlib.sha1(url.encode()).hexdigest()[:16],
        "url": url,
        "canonical_url": url,
        "outlet": outlet,
        "title": "Tổng kết 10 năm phong trào Toàn dân bảo vệ an ninh Tổ quốc",
        "published_at": datetime(2023, 5, 30, 8, 0),
        "author": "Minh Anh",
        "text": text,
        "content_hash": hashlib.sha1(text.encode()).hexdigest(),
        "fetched_at": datetime(2024, 1, 2, 3, 4),
        "lang": "vi",
        "relevance": 0.9,
        "relevance_reason": "an ninh; Tổ quốc",
        "status": "kept",
        "warc_file": None,
        "warc_offset": None,
    }
    record.update(extra)
    return record


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.find(needle, after)
    assert start >= 0, needle
    return start, start + len(needle)


def _gold_facts(item: dict) -> dict:
    """The figure facts of a gold figure as Figure fields (taxonomy key of its indicator)."""
    key, mapped, _ = indicator_key(item["indicator"], item["unit"])
    place, period = item["place"], item["period"]
    return {"indicator": item["indicator"], "indicator_key": key, "indicator_mapped": mapped,
            "place": PlaceFact(place["scope"], place["province"], place["district"], place["commune"],
                               source="sentence"),
            "period": PeriodFact(period["value"], period["kind"], source="sentence")}


def gold_extraction(stem: str = SEED) -> Extraction:
    """An Extraction with the gold items (and figure facts) of a seed, located in its text."""
    text, gold = seed_text(stem), json.loads((FIXTURES / "gold" / f"{stem}.gold.json").read_text("utf-8"))
    dates, figures, models, officials, cursor = [], [], [], [], {}
    for item in gold["dates"]:
        s, e = _span(text, item["text"], cursor.get(item["text"], 0))
        cursor[item["text"]] = e
        dates.append(DateMention(s, e, item["text"], item["value"], item["precision"]))
    for item in gold["figures"]:
        s, e = _span(text, item["text"], cursor.get(item["text"], 0))
        cursor[item["text"]] = e
        figures.append(Figure(s, e, item["text"], item["value"], item["unit"], item["kind"], item["approx"],
                              **_gold_facts(item)))
    for item in gold["models"]:
        s, e = _span(text, item["name"])
        models.append(ModelMention(s, e, item["name"], item["name"], item["name"].casefold()))
    for item in gold["officials"]:
        s, e = _span(text, item["name"])
        officials.append(Official(s, e, item["name"], item["name"], item["rank"], tuple(item["titles"]), ((s, e),)))
    doc = prepare(text)  # seed texts are NFC: normalised offsets are source offsets

    def numbered(items: list) -> tuple:
        return tuple(replace(i, sentence=doc.sentence_at(i.start)) for i in items)

    return Extraction(numbered(dates), numbered(figures), numbered(models), numbered(officials),
                      sentence_spans=tuple((s.start, s.end) for s in doc.sentences))


def reference(con, name: str, **params):
    """Run a reference query tests/warehouse/sql/NAME.sql (plain SQL the warehouse must agree with)."""
    from warehouse.sql import run_sql

    sql = (Path(__file__).resolve().parent / "sql" / f"{name}.sql").read_text(encoding="utf-8")
    return run_sql(con, sql, params).df()


def seeded_warehouse(path: Path) -> Path:
    """A warehouse file at ``path`` holding one seed article and its (gold) extraction."""
    import warehouse

    con = warehouse.connect(path)
    article = make_article(seed_text())
    warehouse.store_article(con, article)
    warehouse.store_extraction(con, article["article_id"], gold_extraction(), version="test-1")
    con.close()
    return path


def table_digests(db: Path, tables: tuple[str, ...]) -> dict[str, list]:
    """Row count and an order-independent content hash of each table: two warehouses compare equal or not."""
    import warehouse

    con = warehouse.connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*), sum(hash(columns(*)::VARCHAR)) FROM {t}").fetchall()
                for t in tables}  # table names are test constants
    finally:
        con.close()

