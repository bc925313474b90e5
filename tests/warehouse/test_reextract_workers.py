"""`tinmine reextract --workers N`: the same mention rows whatever the number of workers, written in batches."""
from __future__ import annotations

from pathlib import Path

from benchmarks.reextract import build_archive
from pipelines.reextract import reextract
from warehouse.db import connect

TABLES = ("figures", "dates", "models", "officials", "place_mentions", "extractions")


def digest(db: Path) -> dict[str, list]:
    con = connect(db)
    try:
        return {t: con.execute(f"SELECT * {'EXCLUDE (extracted_at)' if t == 'extractions' else ''} "
                               f"FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


def test_one_or_three_workers_write_the_same_rows(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"
    kept = build_archive(db, 40)
    one = reextract(db, workers=1, batch_size=7)
    first = digest(db)
    three = reextract(db, workers=3, batch_size=5)
    assert one.articles == three.articles == kept and one.failed == three.failed == 0
    assert digest(db) == first and first["figures"]
