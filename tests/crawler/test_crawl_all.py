"""`tinmine crawl --all`: every configured outlet in one process, side by side, one progress line per outlet.

Every profile's replica is served from 127.0.0.1 and replaces that outlet's site (``NAME@BASE``); each
member of the congan family gets its own server of the Hòa Bình portal replica, so its copies are found
as duplicates of whichever member stored them first.
"""
from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

import pytest

import warehouse
from crawler.profiles import load_profile
from crawler.run import all_targets
from crawler.server import serve
from tests.crawler.crawlproc import Crawl
from tools.sites.replicas import HERE as REPLICAS
from tools.sites.replicas import sites


class TimedLog(list):
    """A server's request log with the time of each request."""

    def append(self, path: str) -> None:  # type: ignore[override]
        super().append((time.monotonic(), path))


def test_all_means_every_configured_outlet() -> None:
    targets = all_targets()
    assert "generic" not in targets and "sample" not in targets
    assert {"cand", "nhandan", "qdnd", "congan:hoabinh", "congan:hanoi"} <= set(targets)


@pytest.mark.slow
def test_crawl_all_runs_every_replica_side_by_side(tmp_path: Path) -> None:
    specs = sites()
    db = tmp_path / "all.duckdb"
    logs: dict[str, TimedLog] = {}
    with ExitStack() as stack:
        targets = []
        for target in all_targets():
            replica = target.partition(":")[0]
            origin = specs[replica]["origin"]
            logs[target] = TimedLog()
            base = stack.enter_context(serve(REPLICAS / replica, origins=(origin,), log=logs[target], delay=0.02))
            targets.append(f"{target}@{base}/")
        crawl = Crawl(["--all", *targets, "--db", str(db), "--json"], tmp_path / "logs")
        stats = crawl.wait(240)
    assert stats["kept"] >= 2 * len(sites()) - 2, stats  # (the replicas answer 404 for a few entry points)
    outlets = {t: load_profile(t).outlet for t in all_targets()}
    lines = crawl.stderr().splitlines()
    for outlet in outlets.values():  # one plain progress line per outlet (the output is a file)
        assert any(line.startswith(f"{outlet}: pages ") for line in lines), (outlet, lines[-40:])
    # side by side: every server was still being asked for pages after every other one had started
    starts = [log[0][0] for log in logs.values()]
    ends = [log[-1][0] for log in logs.values()]
    assert max(starts) < min(ends), "the outlets were crawled one after another"
    con = warehouse.connect(db, read_only=True)
    try:
        rows = con.execute("SELECT outlet, status, count(*) FROM articles GROUP BY ALL").fetchall()
        logged = {o for (o,) in con.execute("SELECT DISTINCT outlet FROM crawl_log").fetchall()}
    finally:
        con.close()
    counts = {(o, s): n for o, s, n in rows}
    for target, outlet in outlets.items():
        assert outlet in logged, outlet
        if not target.startswith("congan:"):
            assert (counts.get((outlet, "kept")), counts.get((outlet, "offtopic"))) == (2, 1), (outlet, counts)
    congan = [o for t, o in outlets.items() if t.startswith("congan:")]
    assert sum(counts.get((o, "kept"), 0) for o in congan) == 2  # the replica's copies are duplicates
