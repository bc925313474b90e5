"""Run crawls in-process: ``crawl(["sample"], "tinmine.duckdb")``.

Scrapy runs on a Twisted reactor, which can be started only once per Python
process: call :func:`crawl` once per process. Code that needs several crawls
(tests, resume) runs each in a subprocess: ``python -m crawler.run TARGET...
--db PATH [--max-pages N] [--json]``.

A target is a profile name (``cand``), a profile pointed at another origin
(``sample@http://127.0.0.1:8000/``, for replicas) or a start URL (the profile
owning that domain, else the generic profile restricted to it). Profiles with a
``local_site`` (the bundled ``sample``) are served from 127.0.0.1 for the
duration of the crawl.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rich.console import Console
from rich.table import Table
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.config import Settings as TinmineSettings
from crawler.config import settings_of
from crawler.counts import ERROR_EVENTS, crawl_counts
from crawler.dupefilter import remove_stale
from crawler.flow import gate
from crawler.netguard import private_start_addresses
from crawler.profiles import HERE as PROFILE_DIR
from crawler.profiles import Profile, load_profile, profile_for_url, profile_names, rebase
from crawler.server import serve
from crawler.session import session_for_settings
from crawler.spiders.news import NewsSpider
from crawler.workers import WorkerPool, preload_extractors, use_pool
from extract.errors import ConfigError, TinmineError
from warehouse.access import claim
from warehouse.session import WarehouseSession

try:
    _LIBC: Any = ctypes.CDLL("libc.so.6")
except OSError:  # not glibc
    _LIBC = None
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
# Politeness delays make no sense against our own replica server (AutoThrottle would read pipeline time as
# server latency and slow a local crawl ~3x).
LOCAL_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


EXAMPLES = 2  # URLs shown per kind of error at the end of a crawl


@dataclass
class CrawlStats:
    """What a crawl did."""

    pages: int = 0
    kept: int = 0
    offtopic: int = 0
    duplicates: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: int = 0
    seconds: float = 0.0
    logged: dict[str, int] = field(default_factory=dict)      # crawl-log rows written, by event
    not_article: dict[str, int] = field(default_factory=dict)  # not_article rows, by the test that failed
    examples: dict[str, list[str]] = field(default_factory=dict)  # error event -> up to two URLs

    def add(self, stats: Mapping[str, Any]) -> None:
        """Add one crawler's Scrapy stats: its crawl-log rows by event, counted by crawler.counts."""
        for key, into in (("tinmine/log/", self.logged), ("tinmine/not_article/", self.not_article)):
            counts = Counter(into)
            counts.update({k[len(key):]: v for k, v in stats.items() if k.startswith(key)})
            into.update(counts)
        self.pages += stats.get("downloader/response_count", 0)
        for key, value in crawl_counts(self.logged, self.pages).items():
            setattr(self, key, value)
        for event, urls in stats.get("tinmine/error_examples", {}).items():
            self.examples[event] = (self.examples.get(event, []) + list(urls))[:EXAMPLES]


def resolve_target(target: str, stack: ExitStack) -> list[Profile]:
    """The profiles a target names (a family expands to its members), serving a profile's local site."""
    name, _, base = target.partition("@")
    if base:
        return [rebase(load_profile(name), base)]
    if name.partition(":")[0] in profile_names():
        profile = load_profile(name)
        if profile.instances:
            return [load_profile(member) for member in profile.instances]
        if profile.local_site:
            root = (PROFILE_DIR.parent / profile.local_site).resolve()
            return [rebase(profile, stack.enter_context(serve(root)))]
        return [profile]
    if urlsplit(target).scheme in ("http", "https"):
        return [profile_for_url(target)]
    raise ConfigError(f"unknown target {target!r}: not a URL nor one of the outlets {', '.join(profile_names())}")


def build_settings(db_path: str | Path, max_pages: int | None, overrides: Mapping[str, Any] | None,
                   progress: bool) -> Settings:
    """Project settings, tinmine's settings (defaults, pyproject.toml, environment: crawler.config), then the
    warehouse path, page limit and caller overrides (a profile's own settings sit between: spider priority)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(TinmineSettings.load().scrapy(), priority="project")
    settings.set("TINMINE_DB", str(db_path), priority="cmdline")
    if str(db_path) != ":memory:":
        settings.set("TINMINE_WARC_DIR", str(Path(db_path).resolve().parent / "warc"), priority="cmdline")
    if max_pages:
        settings.set("TINMINE_MAX_PAGES", max_pages, priority="cmdline")
    if progress:
        settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
        settings.set("TINMINE_PROGRESS", True, priority="cmdline")
    settings.setdict(dict(overrides or {}), priority="cmdline")
    return settings


def spider_class(profile: Profile) -> type[NewsSpider]:
    """A NewsSpider subclass carrying the profile's own Scrapy settings (and local-server relaxations)."""
    custom = dict(profile.settings)
    if urlsplit(profile.base_url or "").hostname in LOCAL_HOSTS:
        custom.update(LOCAL_SETTINGS)
    return type(f"NewsSpider_{profile.name}", (NewsSpider,), {"custom_settings": custom})


@contextmanager
def hold_warehouse(settings: Settings) -> Iterator[Any]:
    """Open the crawl's warehouse for writing before anything is fetched, and keep it until the crawl ends.

    A warehouse that cannot be written (a folder, a missing folder, a foreign or locked file) raises
    warehouse.errors.WarehouseError here, with one line. While it is held: an owner note beside it says
    who holds it (for a second writer's message), and seen-set files a killed crawl left are removed.
    """
    db = settings.get("TINMINE_DB")
    session = session_for_settings(settings)
    session.acquire()
    try:
        with claim(db, "crawl"):
            remove_stale(db, settings.get("TINMINE_SEEN_DIR"))
            yield session
    finally:
        session.release()


@contextmanager
def crawl_workers(size: int) -> Iterator[WorkerPool]:
    """The crawl's worker processes (forked now, before the warehouse is opened), used by its components.

    The extractors' data is loaded here first, once, so the forked workers share it instead of each
    loading its own copy. What this process holds once the workers are forked (modules, lexicons, gazetteer:
    millions of objects that live as long as it does) is frozen out of its garbage collections, each full one of
    which scanned it all. (Collecting the young generation less often as well cut the collector's CPU further
    but raised RSS growth from 1,000 to 5,000 pages past 10%, so the thresholds stay Python's.)"""
    preload_extractors()
    pool = WorkerPool(size or None).start()
    use_pool(pool)
    gc.freeze()
    try:
        yield pool
    finally:
        gc.unfreeze()
        use_pool(None)
        pool.close()


@contextmanager
def backpressure(pool: WorkerPool, session: WarehouseSession) -> Iterator[None]:
    """Downloads wait while the workers or the writer are behind (crawler.flow), and resume when they catch up."""
    door = gate()
    door.holds.update(workers=pool.behind, writer=session.behind)
    pool.on_done.append(door.wake)
    session.after_flush.append(lambda _batch: door.wake())
    session.after_flush.append(lambda _batch: give_back_memory())
    try:
        yield
    finally:
        door.holds.clear()
        door.limit = 0


def give_back_memory() -> None:
    """Return the heap's free pages to the system after a batch (glibc keeps the pages of freed response
    bodies and batches, so the crawl's RSS crept up with the pages crawled); nothing elsewhere."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def all_targets() -> list[str]:
    """Every configured outlet (``tinmine crawl --all``): each bundled profile but generic and sample, a
    family as its members."""
    targets: list[str] = []
    for name in profile_names():
        if name not in ("generic", "sample"):
            targets += list(load_profile(name).instances) or [name]
    return targets


def with_all(targets: list[str], everything: bool) -> list[str]:
    """The targets of a crawl: with --all every configured outlet, where a given ``NAME@BASE`` target
    replaces that outlet's entry (a replica, a mirror); the others run side by side with them."""
    if not everything:
        return targets
    given = {t.partition("@")[0] for t in targets}
    return [t for t in all_targets() if t not in given] + targets


def start_urls(profiles: list[Profile]) -> list[str]:
    """Every URL a crawl of these profiles starts from (their origin and entry points)."""
    urls = [p.base_url for p in profiles if p.base_url]
    for profile in profiles:
        urls.extend(u for group in profile.entry_urls().values() for u in group)
    return urls


def crawl(targets: list[str], db_path: str | Path, *, max_pages: int | None = None,
          settings: Mapping[str, Any] | None = None, progress: bool = True, workers: int | None = None) -> CrawlStats:
    """Crawl the targets into the warehouse at db_path and return the counts (once per process).

    ``workers`` processes (default: the workers setting, 0 = one per core) parse and extract the pages;
    the event loop downloads, archives and schedules, and one writer thread commits the batches.
    Raises warehouse.errors.WarehouseError (one line) before fetching anything when the warehouse
    cannot be opened for writing.
    """
    started = time.monotonic()
    if max_pages is not None and max_pages < 1:
        raise ConfigError(f"--max-pages {max_pages}: give 1 or more article pages (leave it out for no limit)")
    built = build_settings(db_path, max_pages, settings, progress)
    with ExitStack() as stack:
        profiles = [p for t in targets for p in resolve_target(t, stack)]  # a bad target fails before the warehouse
        pool = stack.enter_context(crawl_workers(workers if workers is not None else settings_of(built).workers))
        session = stack.enter_context(hold_warehouse(built))
        if "TINMINE_PRIVATE_ALLOWED" not in (settings or {}):
            built.set("TINMINE_PRIVATE_ALLOWED", private_start_addresses(start_urls(profiles)), priority="cmdline")
        process = CrawlerProcess(built)
        crawlers = []
        for profile in profiles:
            crawler = process.create_crawler(spider_class(profile))
            crawlers.append(crawler)
            process.crawl(crawler, profile=profile)
        # lazy: the reactor the first crawler has just installed (importing it earlier would install another)
        from twisted.internet import reactor

        pool.attach(reactor)
        session.start_writer(reactor.callFromThread)
        stack.enter_context(backpressure(pool, session))
        process.start()
    stats = CrawlStats()
    for crawler in crawlers:
        stats.add(crawler.stats.get_stats())
    stats.seconds = round(time.monotonic() - started, 2)
    if progress:
        print_summary(stats)
    return stats


SUMMARY_KEYS = ("pages", "kept", "offtopic", "duplicates", "unchanged", "rejected", "errors", "seconds")


def summary_lines(stats: CrawlStats) -> list[str]:
    """The end of a crawl as plain lines: the counts, pages by crawl-log event, errors by kind with examples."""
    lines = ["crawl summary: " + ", ".join(f"{k} {getattr(stats, k)}" for k in SUMMARY_KEYS)]
    for event, count in sorted(stats.logged.items(), key=lambda kv: (-kv[1], kv[0])):
        detail = ", ".join(f"{k} {v}" for k, v in sorted(stats.not_article.items(), key=lambda kv: -kv[1]))
        lines.append(f"  {event}: {count}" + (f" ({detail})" if event == "not_article" and detail else ""))
    lines += error_lines(stats)
    return lines


def error_lines(stats: CrawlStats) -> list[str]:
    """Errors by kind, most frequent first, each with up to two example URLs."""
    errors = sorted(((e, n) for e, n in stats.logged.items() if e in ERROR_EVENTS), key=lambda kv: (-kv[1], kv[0]))
    lines = ["errors by kind:"] if errors else []
    for event, count in errors:
        lines.append(f"  {event}: {count}")
        lines += [f"    e.g. {url}" for url in stats.examples.get(event, [])[:EXAMPLES]]
    return lines


def print_summary(stats: CrawlStats) -> None:
    """The summary on stderr: tables on a terminal, plain unwrapped lines otherwise (logs, pipes); then the
    errors by kind with two example URLs each."""
    console = Console(stderr=True)
    if not console.is_terminal:
        for line in summary_lines(stats):
            console.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    table = Table(title="crawl summary")
    for key in SUMMARY_KEYS:
        table.add_column(key, justify="right")
    table.add_row(*(str(getattr(stats, k)) for k in SUMMARY_KEYS))
    console.print(table)
    reasons = Table(title="pages by crawl-log event (every fetched page is stored or logged with a reason)")
    reasons.add_column("event")
    reasons.add_column("pages", justify="right")
    reasons.add_column("detail")
    for event, count in sorted(stats.logged.items(), key=lambda kv: (-kv[1], kv[0])):
        detail = ", ".join(f"{k} {v}" for k, v in sorted(stats.not_article.items(), key=lambda kv: -kv[1]))
        reasons.add_row(event, str(count), detail if event == "not_article" else "")
    console.print(reasons)
    for line in error_lines(stats):
        console.print(line, markup=False, highlight=False, soft_wrap=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m crawler.run TARGET... --db PATH``: one crawl; --json prints the stats as the last line."""
    parser = argparse.ArgumentParser(prog="python -m crawler.run", description=main.__doc__)
    parser.add_argument("targets", nargs="*")
    parser.add_argument("--all", action="store_true", help="every configured outlet, side by side")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (0: one per core)")
    parser.add_argument("--db", default=None, help="warehouse file (default: the db setting, $TINMINE_DB)")
    parser.add_argument("--max-pages", type=int, default=None)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="Scrapy setting")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    overrides = dict(s.split("=", 1) for s in args.set)
    try:
        targets = with_all(args.targets, args.all)
        if not targets:
            raise ConfigError("name a target (an outlet profile or a start URL), or give --all")
        stats = crawl(targets, args.db or TinmineSettings.load().db, max_pages=args.max_pages, settings=overrides,
                      progress=not args.quiet, workers=args.workers)
    except TinmineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(asdict(stats)))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["CrawlStats", "all_targets", "crawl", "replace", "with_all"]
