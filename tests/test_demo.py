"""End to end: `tinmine demo` crawls the bundled outlet on 127.0.0.1 into DuckDB; a re-run adds nothing."""
from __future__ import annotations

import json
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
    assert_counts_agree(first, db)
    assert_figures_database(db)
    second = run_demo(db)
    assert second.returncode == 0, second.stderr[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(COUNTS_SQL).fetchone() == counts


def counts_of(line: str) -> dict[str, int]:
    """'sample: pages 34, kept 5, ..., pages/s 16.2, state finished' -> the integer counts."""
    pairs = (part.rsplit(" ", 1) for part in line.split(": ", 1)[1].split(", "))
    return {k: int(v) for k, v in pairs if v.isdigit()}


def assert_counts_agree(run: subprocess.CompletedProcess, db: Path) -> None:
    """Issue 13 item 4: the progress line, the crawl summary and the warehouse count the same (the crawl log);
    piped output is plain lines (no live table borders, nothing wrapped)."""
    from crawler.counts import COUNTS, crawl_counts

    err = run.stderr.splitlines()
    progress = counts_of(next(line for line in err if line.startswith("sample: ")))
    summary = counts_of(next(line for line in err if line.startswith("crawl summary: ")))
    assert not any(c in run.stderr for c in "┏━│└"), run.stderr  # no table drawn on stderr when piped
    with duckdb.connect(str(db), read_only=True) as con:
        logged = dict(con.execute("SELECT event, count(*) FROM crawl_log GROUP BY event").fetchall())
    warehouse = crawl_counts(logged, summary["pages"])
    assert {k: progress[k] for k in COUNTS} == {k: summary[k] for k in COUNTS} == warehouse, (progress, summary)
    shown = {}  # the warehouse summary table on stdout: | what | count |
    for line in run.stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("│").split("│")]
        if len(cells) == 2 and cells[1].replace(",", "").isdigit():
            shown[cells[0]] = int(cells[1].replace(",", ""))
    assert (shown["kept"], shown["offtopic"], shown["duplicates"]) == (
        summary["kept"], summary["offtopic"], summary["duplicates"]), run.stdout


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


def named(db: Path, name: str, *params: str) -> list[dict]:
    """Rows of a named query over the demo warehouse, through the CLI, as parsed JSON lines."""
    args = [sys.executable, "-m", "tinmine.cli", "query", "--name", name, "--db", str(db), "-f", "json"]
    for p in params:
        args += ["--param", p]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def assert_figures_database(db: Path) -> None:
    """The researchers' questions answer on the demo: awards per place, and no false conflicts."""
    rows = named(db, "figures_by_place", "indicator=tap_the_khen_thuong", "level=national")
    assert [(r["place"], r["period"], r["period_kind"], r["min_value"], r["max_value"]) for r in rows] == \
        [("cả nước", "2023-10-17", "during", 64.0, 135.0)]
    # 122, 209 and 1.411 "đối tượng" are three indicators (surrendered while wanted, surrendered, managed) in
    # provinces the seeds do not name: nothing to compare, so no conflict.
    keys = {r["indicator_key"] for r in named(db, "figures_by_place", "indicator=đối tượng", "level=province")}
    assert {"doi_tuong_dau_thu", "doi_tuong_quan_ly"} <= keys
    assert named(db, "figure_conflicts") == []
