"""`python -m benchmarks crawl` on a small generated site: output format and what our crawl stored."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import warehouse

ROOT = Path(__file__).resolve().parents[2]
STORED = re.compile(r"stored by ours: ([\d,]+) kept \+ ([\d,]+) off-topic \(site: ([\d,]+) \+ ([\d,]+)\); errors (\d+)")


@pytest.mark.slow
def test_bench_crawl_smoke(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "crawl", "--pages", "150",
                           "--workdir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    assert re.fullmatch(r"crawl_vs_bare: \d+\.\d\d", lines[-1]), lines[-1]
    assert 0 < float(lines[-1].split()[1]) <= 1.5
    assert any("pages/s" in line and "articles/s" in line and "peak RSS" in line for line in lines)
    assert sum(line.startswith("RSS ") for line in lines) == 2
    kept, offtopic, site_kept, site_off, errors = (int(g.replace(",", "")) for g in STORED.search(proc.stdout).groups())
    assert (kept, offtopic, errors) == (site_kept, site_off, 0) and kept + offtopic == 150
    con = warehouse.connect(tmp_path / "bench.duckdb", read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(150,)]
        assert con.execute("SELECT count(*) FROM extractions").fetchall() == [(kept,)]
        # everything on in our crawl: every stored page archived too
        assert con.execute("SELECT count(*) FROM articles WHERE warc_file IS NULL").fetchall() == [(0,)]
    finally:
        con.close()
