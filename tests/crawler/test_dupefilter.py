"""The disk-backed dupefilter: exact semantics, bounded memory, file removed at close."""
from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.utils.request import RequestFingerprinter

from crawler.dupefilter import DiskDupeFilter


def test_seen_semantics_and_bounded_cache(tmp_path: Path) -> None:
    dupes = DiskDupeFilter(RequestFingerprinter(), tmp_path, cache_size=100)
    urls = [f"https://baomau.vn/tin-{i}.html" for i in range(2000)]
    assert not any(dupes.request_seen(Request(u)) for u in urls)
    assert all(dupes.request_seen(Request(u)) for u in urls[::7])
    assert len(dupes.recent) <= 100 and dupes.count == 2000
    path = dupes.path
    dupes.close("finished")
    assert not path.exists()


def test_memory_stays_flat(tmp_path: Path) -> None:
    fingerprinter = RequestFingerprinter()
    dupes = DiskDupeFilter(fingerprinter, tmp_path, cache_size=1000)
    for i in range(2000):
        dupes.request_seen(Request(f"https://baomau.vn/warm-{i}.html"))
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for i in range(8000):
        dupes.request_seen(Request(f"https://baomau.vn/bai-{i}.html"))
    grown = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    dupes.close("finished")
    assert grown < 300_000, f"{grown} bytes for 8,000 new fingerprints (a set would hold ~0.8 MB)"


@pytest.mark.fault
def test_seen_set_lives_beside_the_warehouse_and_a_killed_crawls_is_cleaned(tmp_path: Path) -> None:
    """Regression (issue 11): killed crawls left tinmine-seen-*.sqlite files in /tmp."""
    from crawler.dupefilter import remove_stale, seen_location

    db = tmp_path / "w.duckdb"
    folder, prefix = seen_location(db)
    assert folder == str(tmp_path) and prefix == "w.duckdb.seen-"
    dupes = DiskDupeFilter(RequestFingerprinter(), folder, prefix=prefix)
    assert dupes.path.parent == tmp_path and dupes.path.name.startswith("w.duckdb.seen-")
    other = tmp_path / "other.duckdb.seen-123.sqlite"  # another warehouse's crawl: not ours to remove
    other.touch()
    assert remove_stale(db) == [dupes.path]  # what a SIGKILL would have left behind
    assert not dupes.path.exists() and other.exists()


@pytest.mark.fault
@pytest.mark.slow
def test_a_crawl_cleans_stale_seen_sets_and_leaves_none(tmp_path: Path) -> None:
    from crawler.server import serve
    from tests.crawler.crawlproc import run_crawl

    site, db = tmp_path / "site", tmp_path / "w.duckdb"
    site.mkdir()
    (site / "index.html").write_text('<html><body><a href="/a.html">a</a></body></html>')
    (site / "a.html").write_text("<html><body>a</body></html>")
    stale = tmp_path / "w.duckdb.seen-killed.sqlite"
    stale.write_bytes(b"left by a SIGKILL")
    with serve(site) as base:
        run_crawl(db, base + "/")
    assert not list(tmp_path.glob("*.seen-*")), "stale seen-set removed at start, own removed at close"
    assert not (tmp_path / "w.duckdb.owner").exists()
