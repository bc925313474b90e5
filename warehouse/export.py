"""Export every warehouse table to Parquet or CSV files, partitioned by year."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from warehouse.db import PACKAGE_DIR, run_sql

__all__ = ["export", "FORMATS"]

FORMATS = ("parquet", "csv")
EXPORT_SQL = PACKAGE_DIR / "export" / "export.sql"
# Tables written as one file rather than a folder of year partitions.
SINGLE_FILE = {"places", "outlets", "indicator_taxonomy"}


def export(con: duckdb.DuckDBPyConnection, to: str | os.PathLike, fmt: str = "parquet") -> dict[str, Path]:
    """Write every table under ``to`` (TABLE/year=YYYY/… or TABLE.FMT); return table -> path."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    root = Path(to).resolve()
    root.mkdir(parents=True, exist_ok=True)
    sql = EXPORT_SQL.read_text(encoding="utf-8")
    tables = sorted({p for s in duckdb.extract_statements(sql) for p in s.named_parameters} - {"format"})
    paths = {t: root / (f"{t}.{fmt}" if t in SINGLE_FILE else t) for t in tables}
    run_sql(con, sql, {"format": fmt, **{t: str(p) for t, p in paths.items()}})
    return paths
