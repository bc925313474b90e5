"""`python -m benchmarks crawl`: our full crawl vs a bare download-only Scrapy spider over one generated site.

The parent generates the site (benchmarks.crawl_site), serves it on 127.0.0.1 and runs each crawl in
its own subprocess (a Twisted reactor starts once per process): ``python -m benchmarks.crawl child
ours|bare BASE --out FILE``. Both use the same relaxed politeness for localhost (no delay, no
AutoThrottle, ``--concurrency`` requests at once, also per domain; robots.txt still obeyed) and
the same entry points (the sample profile's robots.txt, sitemaps, feed and listings). The
:class:`CrawlMeter` extension times each crawl from spider open to close and samples RSS as the
page count passes 20 %, 50 % and 100 % of the article count, to show memory stays flat.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings
from scrapy.utils.sitemap import Sitemap

from benchmarks.site import generate_bench_site, serve_site
from crawler.profiles import Profile, load_profile, rebase

ROOT = Path(__file__).resolve().parents[1]

PAGE_SIZE = resource.getpagesize()
SAMPLE_FRACTIONS = (0.2, 0.5, 1.0)


def bench_settings(concurrency: int) -> dict[str, Any]:
    """Politeness relaxed for our own server on 127.0.0.1, identical for both crawls."""
    return {"CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING",
            "TELNETCONSOLE_ENABLED": False, "EXTENSIONS": {"benchmarks.crawl.CrawlMeter": 900}}


def current_rss(pid: int | str = "self") -> int:
    """Resident set size of a process (this one by default) in bytes; 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE_SIZE
    except FileNotFoundError:
        return 0


def proportional_set_size(pid: int) -> int:
    """A process's PSS in bytes (its pages shared with others counted in proportion); 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            return next(int(line.split()[1]) * 1024 for line in rollup if line.startswith("Pss:"))
    except (FileNotFoundError, StopIteration):
        return 0


def workers_rss() -> int:
    """Memory of the crawl's worker processes together (crawler.workers), in bytes: their PSS, since a forked
    worker shares most of its pages with the crawl process (their RSS would count those twice)."""
    from crawler.workers import crawl_pool  # lazy: the bare crawl has no pool
    pool = crawl_pool()
    return sum(proportional_set_size(w.process.pid) for w in pool.workers) if pool is not None else 0


class CrawlMeter:
    """Extension: crawl time (spider open to close), responses, and RSS at given response counts."""

    def __init__(self, out: str | None, marks: list[int]) -> None:
        self.out, self.marks = out, sorted(marks)
        self.pages, self.samples, self.started = 0, {}, 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlMeter:
        """Reads TINMINE_BENCH_OUT (JSON written at close) and TINMINE_BENCH_MARKS (response counts)."""
        ext = cls(crawler.settings.get("TINMINE_BENCH_OUT"), crawler.settings.getlist("TINMINE_BENCH_MARKS"))
        ext.marks = sorted(int(m) for m in ext.marks)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.response, signal=signals.response_received)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider: Any) -> None:
        """Start the clock."""
        self.started = time.perf_counter()

    def response(self, **_: Any) -> None:
        """Count a response; sample RSS when a mark is reached."""
        self.pages += 1
        if self.marks and self.pages >= self.marks[0]:
            self.samples[self.marks.pop(0)] = [current_rss(), round(time.perf_counter() - self.started, 3),
                                               workers_rss()]

    def closed(self, spider: Any, reason: str) -> None:
        """Write the measurements."""
        if self.out:
            Path(self.out).write_text(json.dumps({"seconds": time.perf_counter() - self.started,
                                                  "responses": self.pages, "rss": self.samples}))


class BareSpider(scrapy.Spider):
    """Downloads the same entry points and follows the same links as ours; parses nothing else."""

    name = "bare"

    def __init__(self, profile: Profile, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile = profile
        self.host = urlsplit(profile.base_url or "").netloc

    async def start(self) -> Any:
        """robots.txt (for its Sitemap line), then the profile's entry URLs."""
        yield scrapy.Request(self.profile.url("/robots.txt"), callback=self.parse_robots)
        for urls in self.profile.entry_urls().values():
            for url in urls:
                yield scrapy.Request(url)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """Follow Sitemap: lines."""
        for line in response.text.splitlines():
            if line.lower().startswith("sitemap:"):
                yield scrapy.Request(line.split(":", 1)[1].strip())

    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        """Sitemaps and feeds -> their URLs; HTML -> every same-host link."""
        if self.profile.is_article_url(response.url):
            self.crawler.stats.inc_value("bench/articles")
        if not isinstance(response, TextResponse):
            return
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        if "xml" in ctype:
            links = [e["loc"] for e in Sitemap(response.body)] if b"<urlset" in response.body or \
                b"<sitemapindex" in response.body else response.xpath("//item/link/text()").getall()
        else:
            links = [response.urljoin(h) for h in response.css("a::attr(href)").getall()]
        for url in links:
            if urlsplit(url).netloc == self.host and not self.profile.is_denied(url):
                yield scrapy.Request(url)


def bare_settings(overrides: dict[str, Any]) -> Settings:
    """Our project settings (robots.txt, user agent, depth limit) minus our components; Scrapy's dupefilter."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name in ("ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES"):
        settings.set(name, {path: None for path in settings.getdict(name)}, priority="cmdline")
    settings.set("DUPEFILTER_CLASS", "scrapy.dupefilters.RFPDupeFilter", priority="cmdline")
    settings.set("LOG_FORMATTER", "scrapy.logformatter.LogFormatter", priority="cmdline")
    settings.set("TWISTED_DNS_RESOLVER", "scrapy.resolver.CachingThreadedResolver", priority="cmdline")
    settings.setdict(overrides, priority="cmdline")
    return settings


def run_child(kind: str, base: str, out: Path, concurrency: int, marks: list[int], db: Path) -> None:
    """One crawl in this process: ``ours`` (crawler.run.crawl, all pipelines) or ``bare``."""
    meter = out.with_suffix(".meter.json")
    settings = bench_settings(concurrency) | {"TINMINE_BENCH_OUT": str(meter), "TINMINE_BENCH_MARKS": marks}
    if kind == "ours":
        # lazy: only a benchmark run needs it
        from crawler.run import crawl
        from crawler.settings import EXTENSIONS

        # the project's extensions stay on (the WARC archive): a setting would replace them, not add to them
        settings["EXTENSIONS"] = {**EXTENSIONS, **settings["EXTENSIONS"]}
        stats = crawl([f"sample@{base}/"], db, settings=settings, progress=False)
        counts = {"pages": stats.pages, "articles": stats.kept + stats.offtopic, "kept": stats.kept,
                  "offtopic": stats.offtopic, "errors": stats.errors}
    else:
        process = CrawlerProcess(bare_settings(settings))
        crawler = process.create_crawler(BareSpider)
        process.crawl(crawler, profile=rebase(load_profile("sample"), f"{base}/"))
        process.start()
        got = crawler.stats.get_stats()
        counts = {"pages": got.get("downloader/response_count", 0), "articles": got.get("bench/articles", 0)}
    measured = json.loads(meter.read_text())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    out.write_text(json.dumps({**counts, "seconds": measured["seconds"], "peak_rss": peak, "rss": measured["rss"]}))


@dataclass(frozen=True)
class CrawlRun:
    """One crawl's measurements."""

    name: str
    pages: int
    articles: int
    seconds: float
    peak_rss: int
    rss: dict[str, int]
    extra: dict[str, int]

    @property
    def pages_per_s(self) -> float:
        """Responses per second."""
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        """Article pages per second (ours: stored articles; bare: article pages downloaded)."""
        return self.articles / self.seconds if self.seconds else 0.0


def spawn(kind: str, base: str, workdir: Path, concurrency: int, marks: list[int]) -> CrawlRun:
    """Run one crawl in a subprocess and read its measurements."""
    out = workdir / f"{kind}.json"
    cmd = [sys.executable, "-m", "benchmarks.crawl", "child", kind, base, "--out", str(out),
           "--concurrency", str(concurrency), "--db", str(workdir / "bench.duckdb"),
           "--marks", ",".join(map(str, marks))]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}  # benchmarks/
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} crawl failed:\n{proc.stderr[-3000:]}")
    data = json.loads(out.read_text())
    extra = {k: data[k] for k in ("kept", "offtopic", "errors") if k in data}
    return CrawlRun(kind, data["pages"], data["articles"], data["seconds"], data["peak_rss"], data["rss"], extra)


def run_bench(pages: int = 5000, concurrency: int = 16, workdir: str | Path | None = None,
              seed: int = 7) -> tuple[dict[str, int], list[CrawlRun]]:
    """Generate and serve a site of ``pages`` articles, crawl it both ways; return (manifest, runs)."""
    with tempfile.TemporaryDirectory(prefix="tinmine-bench-") as tmp:
        work = Path(workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        manifest = generate_bench_site(work / "site", articles=pages, seed=seed)
        marks = [max(1, round(pages * f)) for f in SAMPLE_FRACTIONS]
        with serve_site(work / "site") as (base, _):
            runs = [spawn(kind, base, work, concurrency, marks) for kind in ("ours", "bare")]
    return manifest, runs


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.crawl child KIND BASE --out FILE`` (one measured crawl, used by run_bench)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crawl", description=main.__doc__)
    parser.add_argument("command", choices=["child"])
    parser.add_argument("kind", choices=["ours", "bare"])
    parser.add_argument("base")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--marks", default="")
    args = parser.parse_args(argv)
    marks = [int(m) for m in args.marks.split(",") if m]
    run_child(args.kind, args.base.rstrip("/"), args.out, args.concurrency, marks, args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
