"""Kill a crawl with SIGKILL mid-way, restart it, and check nothing was lost or stored twice.

Writes are committed in batches (small ones here, so that some land before the kill): the kill loses the
un-committed batch, and the restart must fetch exactly those articles again.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import warehouse
from crawler.sample_site.generate import generate_site
from crawler.server import serve

ROOT = Path(__file__).resolve().parents[2]
N_ARTICLES = 45


def crawl_cmd(base: str, db: Path) -> list[str]:
    return [sys.executable, "-m", "crawler.run", f"sample@{base}/", "--db", str(db), "--json", "--quiet",
            "--set", "TINMINE_STORE_BATCH_SIZE=6"]


@pytest.mark.slow
def test_sigkill_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    site, db = tmp_path / "site", tmp_path / "resume.duckdb"
    generate_site(site, N_ARTICLES)
    log: list[str] = []
    with serve(site, log=log, delay=0.02) as base:
        proc = subprocess.Popen(crawl_cmd(base, db), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while sum("ban-tin-so-" in p for p in log) < N_ARTICLES // 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.kill()  # SIGKILL: no shutdown, no flush
        proc.wait(timeout=10)
        assert proc.returncode == -9
        first = warehouse.connect(db)
        stored_before = warehouse.query("SELECT count(*) FROM articles", first).iloc[0, 0]
        first.close()
        assert 0 < stored_before < N_ARTICLES, "killed mid-way"
        log.clear()
        done = subprocess.run(crawl_cmd(base, db), cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        stats = json.loads(done.stdout.strip().splitlines()[-1])
    new = N_ARTICLES - stored_before
    # An article's row, mentions and log row share one transaction: no half-stored article to redo.
    assert stats["kept"] + stats["offtopic"] == new, stats
    assert stats["unchanged"] >= stored_before, "the restart recognised what was already stored"
    assert stats["errors"] == 0
    con = warehouse.connect(db, read_only=True)
    try:
        total, distinct = warehouse.query("SELECT count(*), count(DISTINCT canonical_url) FROM articles", con).iloc[0]
        assert total == distinct == N_ARTICLES
        kept, extracted = warehouse.query(
            "SELECT count(*), count(e.article_id) FROM articles a LEFT JOIN extractions e USING (article_id)"
            " WHERE a.status = 'kept'", con).iloc[0]
        assert kept == extracted == 30
    finally:
        con.close()
