"""`tinmine bench crawl`: our full crawl vs a bare download-only Scrapy spider over a generated local site."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from tinmine.app import bench_app, console

MIB = 2**20


@bench_app.command("crawl")
def bench_crawl(
    pages: int = typer.Option(5000, "--pages", help="Article pages in the generated site (plus listings, sitemaps)."),
    concurrency: int = typer.Option(16, "--concurrency", help="Concurrent requests (also per domain), both crawls."),
    workdir: Path = typer.Option(None, "--workdir", help="Keep the site and warehouse here (default: a temp dir)."),
) -> None:
    """Pages/s, articles/s and peak memory of our crawl vs bare Scrapy; last line 'crawl_vs_bare: X.XX'.

    Both crawls run in their own process against the same site on 127.0.0.1, with politeness relaxed
    for localhost (no delay, no AutoThrottle, --concurrency requests; robots.txt still obeyed).

    Example: [bold]tinmine bench crawl --pages 5000[/]
    """
    # lazy: imported when the command runs, so `tinmine --help` and other commands start fast
    from crawler.bench import run_bench

    manifest, runs = run_bench(pages, concurrency, workdir)
    console.print(f"site: {manifest['articles']:,} articles ({manifest['on_topic']:,} on-topic) + "
                  f"{manifest['other_pages']:,} listing/sitemap/feed pages, served from memory on 127.0.0.1")
    console.print(f"settings: concurrency {concurrency} (per domain {concurrency}), DOWNLOAD_DELAY 0, "
                  "AutoThrottle off, robots.txt obeyed")
    table = Table(title="crawl benchmark")
    for col in ("crawl", "pages", "articles", "seconds", "pages/s", "articles/s", "peak RSS MiB"):
        table.add_column(col, justify="left" if col == "crawl" else "right")
    names = {"ours": "tinmine", "bare": "bare scrapy"}
    for run in runs:
        table.add_row(names[run.name], f"{run.pages:,}", f"{run.articles:,}", f"{run.seconds:.1f}",
                      f"{run.pages_per_s:.1f}", f"{run.articles_per_s:.1f}", f"{run.peak_rss / MIB:.0f}")
    console.print(table)
    console.print("tinmine = NewsSpider + clean, relevance, dedup, extract, DuckDB store; "
                  "bare scrapy = same entry points and links, download only")
    ours = runs[0]
    console.print(f"stored by ours: {ours.extra.get('kept', 0):,} kept + {ours.extra.get('offtopic', 0):,} off-topic "
                  f"(site: {manifest['on_topic']:,} + {manifest['off_topic']:,}); errors {ours.extra.get('errors', 0)}")
    for run in runs:
        samples = ", ".join(f"{int(mark):,} pages: {rss / MIB:.0f} MiB at {t:.1f} s"
                            for mark, (rss, t) in sorted(run.rss.items(), key=lambda kv: int(kv[0])))
        console.print(f"RSS {run.name}: {samples}")
    print(f"crawl_vs_bare: {ours.pages_per_s / runs[1].pages_per_s:.2f}")
