"""Accent-insensitive ranked article search (BM25 in SQL over folded words)."""
from __future__ import annotations

import duckdb
import pandas as pd

from warehouse.db import query

__all__ = ["search"]


def search(con: duckdb.DuckDBPyConnection | str, q: str, limit: int = 20) -> pd.DataFrame:
    """Articles matching ``q`` ('bảo vệ an ninh' or 'bao ve an ninh'), best first."""
    if not q.strip():
        raise ValueError("empty search")
    return query("search", con, q=q, limit=limit)
