"""A small-size smoke run of the warehouse bench (the full run is `python -m benchmarks warehouse`)."""
from __future__ import annotations

import warehouse
from benchmarks.warehouse import run_bench


def test_run_bench_small():
    result = run_bench(300, 3_000, rowwise_articles=30, repeats=1, log=lambda _: None)
    assert result["rows"] > 3_000 and result["rowwise_rows"] > 0
    assert set(result["query_ms"]) == set(warehouse.query_names())
    assert result["bulk_vs_rowwise"] > 1
