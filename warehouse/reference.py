"""Reference tables filled from warehouse/data/*.csv, reloaded whenever a file changes."""
from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.db import run_sql, statement_sql

__all__ = ["load_reference_data", "refresh_unit_indicators"]

DATA_DIR = Path(__file__).resolve().parent / "data"
# data file -> the table it fills
FILES = {
    "provinces.csv": "places",
    "outlets.csv": "outlets",
    "indicators.csv": "indicator_synonyms",
}


def _rows(name: str) -> list[dict[str, str | None]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        rows = [{k: (v if v != "" else None) for k, v in row.items()} for row in csv.DictReader(fh)]
    if name == "provinces.csv":
        for row in rows:
            row["era"] = row["era"] or ""
    if name == "indicators.csv":
        from extract.normalize import fold

        rows = [{"synonym": fold(r["synonym"] or ""), "indicator": r["indicator"]} for r in rows]
    return rows


def _replace(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    con.register("incoming_reference", pa.Table.from_pylist(rows))
    try:
        run_sql(con, statement_sql(f"reload_{table}"))
    finally:
        con.unregister("incoming_reference")


def refresh_unit_indicators(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the indicator of every raw unit in figures (after the synonyms changed)."""
    from warehouse.frames import unit_table

    units = [u for (u,) in run_sql(con, statement_sql("distinct_units")).fetchall()]
    con.register("incoming_units", unit_table(units))
    try:
        run_sql(con, statement_sql("reload_unit_indicator"))
    finally:
        con.unregister("incoming_units")


def load_reference_data(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Reload the reference tables whose data file changed since the last load; return their names."""
    stored = dict(run_sql(con, statement_sql("reference_hashes")).fetchall())
    changed = []
    for name, table in FILES.items():
        sha1 = hashlib.sha1((DATA_DIR / name).read_bytes()).hexdigest()
        if stored.get(name) != sha1:
            rows = _rows(name)
            _replace(con, table, rows)
            run_sql(con, statement_sql("record_reference"), {"name": name, "sha1": sha1})
            changed.append(name)
    if "indicators.csv" in changed:
        refresh_unit_indicators(con)
    return changed
