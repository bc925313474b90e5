"""Distributed mode against a real Redis: two workers share one queue and dupefilter, shards merge once."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

import warehouse
from benchmarks.site import generate_bench_site, serve_site
from crawler.distributed import crawl_key, crawl_status
from tests.warehouse.helpers import table_digests
from warehouse.merge import merge_shards

ROOT = Path(__file__).resolve().parents[2]
REDIS_SERVER = shutil.which("redis-server")
TABLES = ("articles", "extractions", "figures", "dates", "models", "officials", "place_mentions",
          "article_docs", "article_terms", "article_urls", "crawl_log", "sentences")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server not installed (.ci/run installs it)")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1 (no persistence), stopped after the test."""
    port = free_port()
    proc = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp_path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        for _ in range(100):
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def snapshot(db: Path) -> dict[str, list]:
    """Row count and an order-independent content hash of every merged table."""
    return table_digests(db, TABLES)


def shard_ids(shard: Path) -> dict[str, str]:
    con = warehouse.connect(shard, read_only=True)
    try:
        return dict(con.execute("SELECT article_id, status FROM articles").fetchall())
    finally:
        con.close()


def load(shards: Path, db: Path) -> str:
    proc = subprocess.run([sys.executable, "-m", "tinmine.cli", "load", str(shards), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_two_workers_share_queue_and_dupefilter_and_shards_merge_once(tmp_path: Path, redis_url: str) -> None:
    manifest = generate_bench_site(tmp_path / "site", articles=60)
    shards, db = tmp_path / "shards", tmp_path / "main.duckdb"
    with serve_site(tmp_path / "site") as (base, hits):
        target = f"sample@{base}/"
        common = ["--redis", redis_url, "--shard", str(shards)]
        workers = [  # one through the CLI, one through the module; both with the polite default settings
            [sys.executable, "-m", "tinmine.cli", "crawl", target, *common, "--worker", "w1"],
            [sys.executable, "-m", "crawler.distributed", "worker", target, *common, "--worker", "w2",
             "--json", "--set", "LOG_LEVEL=WARNING"],
        ]
        procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for cmd in workers]
        try:
            outputs = [p.communicate(timeout=120) for p in procs]
        finally:  # a worker past its time is killed, not left crawling after the test (its pool dies with it)
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.communicate()
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-3000:]
    assert json.loads(outputs[1][0].strip().splitlines()[-1])["shard"].endswith("shard-w2.duckdb")

    # every page was fetched once across both workers (robots.txt: once per worker + the spider's own)
    assert max(n for path, n in hits.items() if path != "/robots.txt") == 1
    assert len(hits) == manifest["pages"]
    status = crawl_status(redis_url, "sample")
    assert status["queued"] == 0 and status["workers"] == {} and status["seeded"]
    assert status["seen"] >= manifest["pages"] - 1  # the shared dupefilter saw every request
    assert redis.Redis.from_url(redis_url).exists(f"{crawl_key('sample')}:dupefilter")

    # every article is stored exactly once across the shards, and both workers stored some
    per_shard = [shard_ids(shards / f"shard-{w}.duckdb") for w in ("w1", "w2")]
    assert all(per_shard), "both workers took work from the shared queue"
    assert not set(per_shard[0]) & set(per_shard[1])
    statuses = [s for ids in per_shard for s in ids.values()]
    assert len(statuses) == manifest["articles"]
    assert statuses.count("kept") == manifest["on_topic"]

    first = load(shards, db)
    assert f"{manifest['articles']:,}" in first
    merged = snapshot(db)
    assert merged["articles"][0][0] == manifest["articles"]
    assert merged["extractions"][0][0] == manifest["on_topic"]
    assert merged["figures"][0][0] > 0
    assert [(r.new, r.updated, r.mentions) for r in merge_shards(db, sorted(shards.glob("*.duckdb")))] == [(0, 0, 0)] * 2
    assert snapshot(db) == merged, "loading the same shards twice changes nothing"
