"""`python -m benchmarks warehouse`: a synthetic warehouse loaded in bulk vs row by row, and named-query latency."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import duckdb
import pyarrow as pa

from benchmarks.synthetic import describe_text, synthetic
from warehouse.columns import upsert_sql
from warehouse.db import connect, query, query_names
from warehouse.search import reindex
from warehouse.sql import registered, run_sql, statement_sql, transaction

__all__ = ["synthetic", "bulk_load", "rowwise_load", "time_queries", "run_bench", "QUERY_PARAMS"]

# Parameters each named query runs with in the bench (realistic, selective where the query allows).
QUERY_PARAMS: dict[str, dict] = {
    "coverage_by_month": {"outlet": "cand"},
    "top_models": {"limit": 10},
    "officials": {"limit": 50},
    "co_occurrence": {"limit": 50},
    "indicator_figures": {"indicator": "nhóm liên gia tự quản"},
    "figures_by_place": {"indicator": "nhom_lien_gia_tu_quan"},
    "indicator_series": {"indicator": "camera", "place": "Đắk Nông"},
    "figure_conflicts": {"indicator": "to_tu_quan"},
    "articles_mentioning": {"person": "Tô Lâm"},
    "search": {"q": "bảo vệ an ninh"},
}


def bulk_load(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> int:
    """Load the tables in one transaction through registered Arrow tables; return rows loaded."""
    with registered(con, tables), transaction(con):
        run_sql(con, upsert_sql("articles", "incoming_articles"))
        for kind in ("place_mentions", "dates", "models", "officials", "figures"):
            run_sql(con, statement_sql(f"insert_{kind}"))
    return sum(t.num_rows for t in tables.values())


def row_statement(kind: str, columns: list[str]) -> str:
    """The bulk insert of ``kind`` reading one row of parameters instead of a registered table."""
    bulk = upsert_sql("articles", "incoming_articles") if kind == "articles" else statement_sql(f"insert_{kind}")
    first = duckdb.extract_statements(bulk)[0].query  # officials: the person pairs are not the baseline's
    names = ", ".join(f'"{c}"' for c in columns)
    values = f"(VALUES ({', '.join('?' * len(columns))})) AS incoming_{kind}({names})"
    return first.replace(f"FROM incoming_{kind}", f"FROM {values}", 1)


def rowwise_load(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> int:
    """The same load done with executemany, one INSERT per row; return rows loaded."""
    con.execute("BEGIN TRANSACTION")
    for kind in ("articles", "dates", "models", "officials", "figures"):
        rows = [tuple(r.values()) for r in tables[kind].to_pylist()]
        con.executemany(row_statement(kind, tables[kind].schema.names), rows)
    con.execute("COMMIT")
    return sum(tables[k].num_rows for k in ("articles", "figures", "dates", "models", "officials"))


def subset(tables: dict[str, pa.Table], n_articles: int) -> dict[str, pa.Table]:
    """The first ``n_articles`` articles and their mention rows."""
    # lazy: only a benchmark run needs it
    import pyarrow.compute as pc

    articles = tables["articles"].slice(0, n_articles)
    keep = articles.column("article_id")
    out = {"articles": articles}
    for kind in ("figures", "dates", "models", "officials"):
        out[kind] = tables[kind].filter(pc.is_in(tables[kind].column("article_id"), value_set=keep))
    return out


def _median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def time_queries(con: duckdb.DuckDBPyConnection, repeats: int = 5) -> dict[str, float]:
    """Median latency (ms) of every named query, with QUERY_PARAMS."""
    return {name: _median_ms(lambda n=name: query(n, con, **QUERY_PARAMS.get(n, {})), repeats)
            for name in query_names()}


def _fresh() -> duckdb.DuckDBPyConnection:
    """An empty in-memory warehouse without progress bars."""
    con = connect(":memory:")
    con.execute("SET enable_progress_bar = false")
    return con


def _bulk_phase(tables: dict[str, pa.Table], repeats: int) -> dict:
    """Bulk-load into a fresh in-memory warehouse, build the search index, time the named queries."""
    con = _fresh()
    try:
        t0 = time.perf_counter()
        rows = bulk_load(con, tables)
        bulk_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        reindex(con)
        index_s = time.perf_counter() - t0
        postings = con.execute("SELECT count(*) FROM article_terms").fetchall()[0][0]
        return {"rows": rows, "bulk_s": bulk_s, "bulk_rows_per_s": rows / bulk_s, "search_index_s": index_s,
                "search_postings": postings, "query_ms": time_queries(con, repeats)}
    finally:
        con.close()


def _rowwise_phase(tables: dict[str, pa.Table]) -> dict:
    base = _fresh()
    try:
        t0 = time.perf_counter()
        rows = rowwise_load(base, tables)
        seconds = time.perf_counter() - t0
    finally:
        base.close()
    return {"rowwise_rows": rows, "rowwise_s": seconds, "rowwise_rows_per_s": rows / seconds}


def run_bench(n_articles: int = 100_000, n_figures: int = 1_000_000, rowwise_articles: int = 2_000,
              repeats: int = 5, log: Callable[[str], None] = print) -> dict:
    """Generate, bulk-load, time the named queries, then the row-wise baseline on a subset."""
    t0 = time.perf_counter()
    tables = synthetic(n_articles, n_figures)
    log(f"generated {n_articles:,} articles, {tables['figures'].num_rows:,} figures, "
        f"{sum(t.num_rows for t in tables.values()):,} rows in {time.perf_counter() - t0:.1f} s")
    log(describe_text(tables["articles"], QUERY_PARAMS["search"]["q"]))
    result = {**_bulk_phase(tables, repeats), **_rowwise_phase(subset(tables, rowwise_articles))}
    result["bulk_vs_rowwise"] = result["bulk_rows_per_s"] / result["rowwise_rows_per_s"]
    return result
