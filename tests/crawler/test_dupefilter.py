"""The disk-backed dupefilter: exact semantics, bounded memory, file removed at close."""
from __future__ import annotations

import tracemalloc
from pathlib import Path

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
