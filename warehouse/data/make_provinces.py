"""Regenerate provinces.csv from the vietnamadminunits package (run by hand; not needed at run time).

    .venv/bin/pip install vietnamadminunits && .venv/bin/python warehouse/data/make_provinces.py

Rows: the 63 provinces in force until 30 June 2025 (era 2023), the 34 units
from 1 July 2025 (era 2025) with each old province's ``merged_into``, and one
national row (``VN``, 'cả nước').
"""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import vietnamadminunits

OUT = Path(__file__).resolve().parent / "provinces.csv"
PACKAGE_DATA = Path(vietnamadminunits.__file__).resolve().parent / "data"
COLUMNS = ("place_id", "era", "code", "name", "short_name", "kind", "key", "merged_into")
NATIONAL = {"place_id": "VN", "era": "", "code": "VN", "name": "cả nước", "short_name": "cả nước",
            "kind": "national", "key": "canuoc", "merged_into": ""}


def _units(db: sqlite3.Connection, table: str) -> list[tuple[str, str, str, str]]:
    sql = f"SELECT DISTINCT provinceCode, province, provinceShort, provinceKey FROM {table} ORDER BY 1"
    return db.execute(sql).fetchall()


def _row(era: str, code: str, name: str, short: str, key: str, merged_into: str = "") -> dict[str, str]:
    kind = "thành phố" if name.startswith("Thành phố") else "tỉnh"
    return {"place_id": f"P{era[2:]}-{code}", "era": era, "code": code, "name": name,
            "short_name": short, "kind": kind, "key": key, "merged_into": merged_into}


def main() -> None:
    """Write provinces.csv."""
    db = sqlite3.connect(PACKAGE_DATA / "dataset.db")
    new_units = _units(db, "admin_units")
    new_id = {key: f"P25-{code}" for code, _, _, key in new_units}
    merged = json.loads((PACKAGE_DATA / "converter_2025.json").read_text("utf-8"))["DICT_PROVINCE"]
    old_to_new = {old: new_id[new] for new, olds in merged.items() for old in olds}
    rows = [_row("2023", c, n, s, k, old_to_new[k]) for c, n, s, k in _units(db, "admin_units_legacy")]
    rows += [_row("2025", c, n, s, k) for c, n, s, k in new_units]
    assert sum(r["era"] == "2023" for r in rows) == 63 and sum(r["era"] == "2025" for r in rows) == 34
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows([NATIONAL, *rows])


if __name__ == "__main__":
    main()
