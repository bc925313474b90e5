"""End to end: `tinmine demo` crawls the bundled outlet on 127.0.0.1 into DuckDB; a re-run adds nothing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

COUNTS_SQL = """
SELECT (SELECT count(*) FROM articles WHERE status = 'kept'),
       (SELECT count(*) FROM articles WHERE status = 'offtopic'),
       (SELECT count(*) FROM figures), (SELECT count(*) FROM dates),
       (SELECT count(*) FROM models), (SELECT count(*) FROM officials)
"""


def run_demo(db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tinmine.cli", "demo", "--db", str(db)],
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_demo_twice(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    first = run_demo(db)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "figures" in first.stdout and "kept" in first.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        counts = con.execute(COUNTS_SQL).fetchone()
    kept, offtopic, figures, dates, models, officials = counts
    assert kept == 5 and offtopic >= 10
    assert figures >= 30 and dates >= 15 and models >= 20 and officials >= 8
    second = run_demo(db)
    assert second.returncode == 0, second.stderr[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(COUNTS_SQL).fetchone() == counts


@pytest.mark.slow
def test_reextract_from_archive_keeps_counts(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    assert run_demo(db).returncode == 0
    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute(COUNTS_SQL).fetchone()
        warc_rows = con.execute("SELECT count(*) FROM articles WHERE status = 'kept' AND warc_file IS NOT NULL"
                                ).fetchone()[0]
    assert warc_rows == before[0]
    out = subprocess.run([sys.executable, "-m", "tinmine.cli", "reextract", "--db", str(db), "--reparse"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert f"re-parsed {before[0]}" in out.stdout and "failed 0" in out.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(COUNTS_SQL).fetchone() == before
