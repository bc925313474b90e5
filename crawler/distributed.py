"""Distributed crawling: several worker processes share one scrapy-redis queue and de-duplication set.

Every worker runs the usual spider and pipelines (crawler.run.crawl) with a settings overlay:

* scrapy_redis's Scheduler and RFPDupeFilter on ``REDIS_URL``, under keys named after the crawl
  (``tinmine:<crawl>:requests`` a priority queue, ``tinmine:<crawl>:dupefilter`` a set of request
  fingerprints), kept after a worker closes (``SCHEDULER_PERSIST``) because the others still use them;
* :class:`SeedOnce`: the first worker to take ``tinmine:<crawl>:seeded`` (SET NX) pushes the profile's
  entry points (robots.txt, sitemaps, feeds, listings); the others start from the queue;
* :class:`DrainClose`: a worker stays up while the queue has requests or another worker is busy,
  and ends once the queue has been drained and every worker idle for ``TINMINE_DRAIN_SECONDS``;
* its own warehouse shard, ``<shard dir>/shard-<worker>.duckdb`` (DuckDB has one writer per file,
  so workers never wait on each other); ``tinmine load SHARD...`` merges shards (warehouse.merge).

Run a worker with ``tinmine crawl TARGET --redis redis://127.0.0.1:6379/0 --shard DIR`` or
``python -m crawler.distributed worker TARGET --redis URL --shard DIR``; see docs/DISTRIBUTED.md.
The keys stay after the crawl (a killed crawl resumes from the queue); ``reset`` deletes them.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sys
import time
import warnings
from collections.abc import AsyncIterator, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import redis
from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from crawler.config import settings_of
from crawler.profiles import load_profile, profile_names
from crawler.run import CrawlStats, crawl
from extract.errors import ConfigError

DEFAULT_REDIS = "redis://127.0.0.1:6379/0"
KEY_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")
BEAT_SECONDS = 0.5
# Scrapy polls an idle scheduler every 5 s; a worker waiting for others' requests should look sooner.
HEARTBEAT_SECONDS = 0.5
# scrapy-redis 0.9 still passes spider= to the stats collector; Scrapy warns on every worker.
warnings.filterwarnings("ignore", message="Passing a 'spider' argument", module="scrapy_redis")


def crawl_key(crawl_name: str) -> str:
    """Redis key prefix of a crawl: ``tinmine:<crawl name>``."""
    return "tinmine:" + KEY_SAFE.sub("_", crawl_name)


def crawl_name_of(target: str) -> str:
    """Default crawl name of a target: its profile name, or the host of a start URL."""
    name, _, _ = target.partition("@")
    return (urlsplit(target).hostname or target) if "://" in name else name


def shard_path(shard_dir: str | Path, worker: str) -> Path:
    """The warehouse shard a worker writes: ``<dir>/shard-<worker>.duckdb``."""
    return Path(shard_dir) / f"shard-{KEY_SAFE.sub('_', worker)}.duckdb"


def default_worker() -> str:
    """A worker id unique on this network: ``<host>-<pid>``."""
    return f"{socket.gethostname()}-{os.getpid()}"


def redis_settings(redis_url: str, crawl_name: str, worker: str, drain_seconds: float = 2.0) -> dict[str, Any]:
    """The Scrapy settings overlay that turns a crawl into one worker of a shared crawl."""
    key = crawl_key(crawl_name)
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{key}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{key}:dupefilter",
        "SCHEDULER_PERSIST": True,  # the first worker to finish must not delete what the others use
        "REDIS_URL": redis_url,
        "TINMINE_REDIS_KEY": key,
        "TINMINE_WORKER": worker,
        "TINMINE_DRAIN_SECONDS": drain_seconds,
        "SPIDER_MIDDLEWARES": {"crawler.distributed.SeedOnce": 10},
        "EXTENSIONS": {"crawler.distributed.DrainClose": 500},
    }


def _server(settings: Any) -> tuple[redis.Redis, str]:
    key = settings.get("TINMINE_REDIS_KEY")
    if not key or not settings.get("REDIS_URL"):
        raise NotConfigured("not a distributed crawl")
    return redis.Redis.from_url(settings.get("REDIS_URL"), decode_responses=True), key


class SeedOnce:
    """Spider middleware: only the worker that takes ``<key>:seeded`` queues the spider's entry points."""

    def __init__(self, server: redis.Redis, key: str, worker: str) -> None:
        self.server, self.key, self.worker = server, key, worker

    @classmethod
    def from_crawler(cls, crawler: Any) -> SeedOnce:
        """Reads REDIS_URL, TINMINE_REDIS_KEY and TINMINE_WORKER."""
        server, key = _server(crawler.settings)
        return cls(server, key, crawler.settings.get("TINMINE_WORKER", default_worker()))

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """Pass the start requests through for the seeding worker; drop them for the others."""
        seeder = self.server.set(f"{self.key}:seeded", json.dumps({"worker": self.worker, "at": time.time()}),
                                 nx=True)
        async for request_or_item in start:
            if seeder:
                yield request_or_item


class DrainClose:
    """Extension: keep an idle worker open until the shared queue is drained and every worker is idle.

    Each worker writes ``busy``/``idle`` with a timestamp to the hash ``<key>:workers`` every 0.5 s;
    a worker whose entry is older than ``TINMINE_STALE_SECONDS`` (killed) no longer counts.
    """

    def __init__(self, crawler: Any, server: redis.Redis, key: str, worker: str, drain: float,
                 stale: float) -> None:
        self.crawler, self.server, self.key, self.worker = crawler, server, key, worker
        self.drain, self.stale = drain, stale
        self.idle_since: float | None = None
        self.loop = task.LoopingCall(self.beat)

    @classmethod
    def from_crawler(cls, crawler: Any) -> DrainClose:
        """Hooks spider_opened, spider_idle and spider_closed."""
        server, key = _server(crawler.settings)
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = HEARTBEAT_SECONDS
        ext = cls(crawler, server, key, crawler.settings.get("TINMINE_WORKER", default_worker()),
                  settings_of(crawler.settings).drain_seconds, settings_of(crawler.settings).stale_seconds)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _state(self, state: str) -> None:
        self.server.hset(f"{self.key}:workers", self.worker, f"{state} {time.time():.3f}")

    def spider_opened(self, spider: Any) -> None:
        """Register as busy and start the heartbeat."""
        self._state("busy")
        self.loop.start(BEAT_SECONDS, now=False)

    def beat(self) -> None:
        """Publish this worker's state."""
        try:
            idle = self.crawler.engine.spider_is_idle()
        except (AttributeError, RuntimeError):  # engine not yet or no longer running the spider
            idle = True
        if not idle:
            self.idle_since = None
        self._state("idle" if idle else "busy")

    def others_busy(self) -> bool:
        """True when another live worker says it is busy."""
        now = time.time()
        for worker, value in self.server.hgetall(f"{self.key}:workers").items():
            state, _, stamp = value.partition(" ")
            if worker != self.worker and state == "busy" and now - float(stamp) < self.stale:
                return True
        return False

    def spider_idle(self, spider: Any) -> None:
        """Refuse to close while requests are queued, others are busy, or the drain delay has not passed."""
        now = time.time()
        self.idle_since = self.idle_since or now
        self._state("idle")
        queued = self.server.zcard(f"{self.key}:requests")
        if queued or self.others_busy() or now - self.idle_since < self.drain:
            raise DontCloseSpider

    def spider_closed(self, spider: Any, reason: str) -> None:
        """Stop the heartbeat and leave the worker list."""
        if self.loop.running:
            self.loop.stop()
        self.server.hdel(f"{self.key}:workers", self.worker)


def check_target(target: str) -> None:
    """Refuse targets every worker would serve itself (the bundled replica): workers must share one origin."""
    name = target.partition("@")[0]
    if "@" not in target and name in profile_names() and load_profile(name).local_site:
        raise ValueError(f"{target!r} serves its own replica per process; serve it once "
                         f"(python -m crawler.server) and pass {name}@http://127.0.0.1:PORT/")


def run_worker(target: str, redis_url: str, shard_dir: str | Path, *, worker: str | None = None,
               crawl_name: str | None = None, max_pages: int | None = None,
               settings: Mapping[str, Any] | None = None, progress: bool = True) -> tuple[Path, CrawlStats]:
    """Run one worker of the shared crawl of ``target`` into its own shard; return (shard, stats)."""
    check_target(target)
    check_redis(redis_url)
    worker = worker or default_worker()
    db = shard_path(shard_dir, worker)
    db.parent.mkdir(parents=True, exist_ok=True)
    overlay = redis_settings(redis_url, crawl_name or crawl_name_of(target), worker)
    overlay.update(settings or {})
    return db, crawl([target], db, max_pages=max_pages, settings=overlay, progress=progress)


def check_redis(redis_url: str, timeout: float = 3.0) -> None:
    """Raise ConfigError (one line) unless a Redis server answers at ``redis_url``: a worker that cannot
    reach the shared queue stops before it opens its shard or fetches anything."""
    try:
        redis.Redis.from_url(redis_url, socket_connect_timeout=timeout, socket_timeout=timeout).ping()
    except (redis.exceptions.RedisError, ValueError, OSError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise ConfigError(f"--redis {redis_url}: no Redis server answers ({reason}); start redis-server "
                          "or give the URL of the shared one") from exc


def crawl_status(redis_url: str, crawl_name: str) -> dict[str, Any]:
    """Queue length, fingerprints seen, seeding and worker states of a crawl."""
    server, key = redis.Redis.from_url(redis_url, decode_responses=True), crawl_key(crawl_name)
    return {"queued": server.zcard(f"{key}:requests"), "seen": server.scard(f"{key}:dupefilter"),
            "seeded": server.get(f"{key}:seeded"), "workers": server.hgetall(f"{key}:workers")}


def reset(redis_url: str, crawl_name: str) -> int:
    """Delete a crawl's queue, fingerprints, seed mark and worker list; return how many keys went."""
    server, key = redis.Redis.from_url(redis_url), crawl_key(crawl_name)
    return server.delete(*(f"{key}:{part}" for part in ("requests", "dupefilter", "seeded", "workers")))


def main(argv: list[str] | None = None) -> int:
    """``python -m crawler.distributed worker TARGET --redis URL --shard DIR`` (or status/reset CRAWL)."""
    parser = argparse.ArgumentParser(prog="python -m crawler.distributed", description=main.__doc__)
    parser.add_argument("command", choices=["worker", "status", "reset"])
    parser.add_argument("target", help="worker: crawl target (profile@URL or start URL); status/reset: crawl name")
    parser.add_argument("--redis", default=DEFAULT_REDIS)
    parser.add_argument("--shard", default="shards", help="folder for shard-<worker>.duckdb")
    parser.add_argument("--worker", default=None)
    parser.add_argument("--crawl", default=None, help="crawl name (default: the target's profile or host)")
    parser.add_argument("--max-pages", type=int, default=None)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="Scrapy setting")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "status":
        print(json.dumps(crawl_status(args.redis, args.target)))
    elif args.command == "reset":
        print(f"deleted {reset(args.redis, args.target)} keys")
    else:
        db, stats = run_worker(args.target, args.redis, args.shard, worker=args.worker, crawl_name=args.crawl,
                               max_pages=args.max_pages, settings=dict(s.split("=", 1) for s in args.set),
                               progress=not args.json)
        if args.json:
            print(json.dumps({"shard": str(db), **asdict(stats)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
