"""Reference tables filled from data files, reloaded whenever a file changes.

The places (the gazetteer) and the indicator taxonomy are the extractor's own data
(``extract/data/``): the warehouse stores the same ids and keys the extractor wrote
on every figure. Outlets are the warehouse's (``warehouse/data/outlets.csv``).
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from extract.lexicon import DATA_DIR as EXTRACT_DATA
from extract.places import gazetteer, resolve_default
from extract.taxonomy import taxonomy
from warehouse.sql import run_sql, statement_sql

__all__ = ["load_reference_data", "outlet_places", "outlet_records"]

DATA_DIR = Path(__file__).resolve().parent / "data"
NATIONAL = {"place_id": "VN", "era": "", "level": "national", "type": "", "short_name": "cả nước",
            "name": "cả nước", "parent_id": None, "province_id": None, "lat": 16.0, "lon": 106.0,
            "merged_into": None}


def _places() -> list[dict]:
    rows = [NATIONAL]
    for u in gazetteer().units.values():
        rows.append({"place_id": u.place_id, "era": u.era, "level": u.level, "type": u.type, "short_name": u.short,
                     "name": u.name, "parent_id": u.parent_id, "province_id": u.province_id, "lat": u.lat,
                     "lon": u.lon, "merged_into": u.merged_into})
    return rows


def _taxonomy() -> list[dict]:
    out: dict[str, dict] = {}
    for row in taxonomy():
        entry = out.setdefault(row.key, {"key": row.key, "label": row.label, "period": row.period,
                                         "generic": row.generic, "phrases": []})
        entry["phrases"].append(" ".join(row.phrase))
    return list(out.values())


@cache
def outlet_places() -> dict[str, str]:
    """Outlet -> the province it reports on (provincial outlets only), from outlets.csv."""
    with (DATA_DIR / "outlets.csv").open(encoding="utf-8", newline="") as fh:
        return {r["outlet"]: r["province"] for r in csv.DictReader(fh) if r["province"]}


def outlet_records() -> list[dict]:
    """The rows of outlets.csv: outlet, display name, domain, scope, province (None where empty)."""
    with (DATA_DIR / "outlets.csv").open(encoding="utf-8", newline="") as fh:
        return [{k: (v or None) for k, v in r.items()} for r in csv.DictReader(fh)]


def _outlets() -> list[dict]:
    rows = outlet_records()
    for r in rows:
        ids = resolve_default(r["province"]) if r["province"] else ()
        r["province_id"] = ids[0] if ids else None
    return rows


# data file -> (the table it fills, its rows)
FILES: dict[Path, tuple[str, Callable[[], list[dict]]]] = {
    EXTRACT_DATA / "gazetteer.tsv": ("places", _places),
    EXTRACT_DATA / "place_aliases.tsv": ("places", _places),
    EXTRACT_DATA / "indicators.tsv": ("indicator_taxonomy", _taxonomy),
    DATA_DIR / "outlets.csv": ("outlets", _outlets),
}


def _replace(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    con.register("incoming_reference", pa.Table.from_pylist(rows))
    try:
        run_sql(con, statement_sql(f"reload_{table}"))
    finally:
        con.unregister("incoming_reference")


def load_reference_data(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Reload the reference tables whose data file changed since the last load; return the files' names."""
    stored = dict(run_sql(con, statement_sql("reference_hashes")).fetchall())
    changed, reloaded = [], set()
    for path, (table, rows) in FILES.items():
        sha1 = hashlib.sha1(path.read_bytes()).hexdigest()
        if stored.get(path.name) != sha1:
            if table not in reloaded:
                _replace(con, table, rows())
                reloaded.add(table)
            run_sql(con, statement_sql("record_reference"), {"name": path.name, "sha1": sha1})
            changed.append(path.name)
    return changed
