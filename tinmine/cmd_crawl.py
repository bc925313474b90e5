"""`tinmine demo` and `tinmine crawl`: run the Scrapy crawler into the warehouse."""
from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

import warehouse
from tinmine.app import app, console, default_db
from tinmine.display import cell, printable
from warehouse.access import claim

SUMMARY_SQL = """
SELECT
  (SELECT count(*) FROM articles WHERE status = 'kept')     AS kept,
  (SELECT count(*) FROM articles WHERE status = 'offtopic') AS offtopic,
  (SELECT count(*) FROM crawl_log WHERE event = 'duplicate') AS duplicates,
  (SELECT count(*) FROM figures)   AS figures,
  (SELECT count(*) FROM dates)     AS dates,
  (SELECT count(*) FROM models)    AS models,
  (SELECT count(*) FROM officials) AS officials
"""
TOP_FIGURES_SQL = """
SELECT f.value, f.unit, f.kind, f.approx, a.title
FROM figures f JOIN articles a USING (article_id)
WHERE f.value IS NOT NULL AND f.kind = 'count'
ORDER BY f.value DESC
LIMIT ?
"""


def print_summary(db: Path, top: int = 10) -> dict:
    """Print what the warehouse holds: article counts, mention counts, the largest figures."""

    con = warehouse.connect(db, read_only=True)
    try:
        row = con.execute(SUMMARY_SQL).fetchone()
        names = [d[0] for d in con.description]
        counts = dict(zip(names, row, strict=True))
        figures = con.execute(TOP_FIGURES_SQL, [top]).fetchall()
    finally:
        con.close()
    console.print(Text(f"warehouse {printable(db)}"), soft_wrap=True)  # a path is never wrapped
    table = Table()
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, value in counts.items():
        table.add_row(name, f"{value:,}")
    console.print(table)
    tops = Table(title=f"top {top} figures (counts)")
    tops.add_column("value", justify="right", no_wrap=True, min_width=11)
    tops.add_column("~", no_wrap=True, min_width=1)
    tops.add_column("unit", overflow="fold", max_width=26)
    tops.add_column("article", overflow="ellipsis", no_wrap=True, max_width=32)
    for value, unit, _kind, approx, title in figures:
        tops.add_row(f"{value:,.0f}", "~" if approx else "", cell(unit), cell(title))
    console.print(tops)
    return counts


@app.command()
def demo(
    db: Path = typer.Option(None, "--db", help="DuckDB file (default $TINMINE_DB or ./tinmine.duckdb)."),
) -> None:
    """Serve the bundled sample outlet on 127.0.0.1, crawl it, extract, load DuckDB, print a summary.

    Re-running adds nothing new: stored articles are recognised and skipped.

    Example: [bold]tinmine demo --db /tmp/demo.duckdb[/]
    """
    # lazy: Scrapy, Twisted and the page parsers load only for the commands that crawl or parse pages
    from crawler.run import crawl

    db = db or default_db()
    started = time.perf_counter()
    # the sample profile serves its bundled site on 127.0.0.1 itself; an unwritable, foreign or busy
    # warehouse stops it with one line (a TinmineError) before anything is fetched
    crawl(["sample"], db)
    print_summary(db)
    console.print(f"done in {time.perf_counter() - started:.1f} s")


@app.command("crawl")
def crawl_cmd(
    targets: list[str] = typer.Argument(None, help="Outlet profile names (e.g. cand) or start URLs."),
    everything: bool = typer.Option(False, "--all", help="Every configured outlet, side by side (a NAME@URL "
                                    "target replaces that outlet's site)."),
    workers: int = typer.Option(0, "--workers", min=0, help="Worker processes that parse and extract pages "
                                "(0: one per core)."),
    db: Path = typer.Option(None, "--db", help="DuckDB file (default $TINMINE_DB or ./tinmine.duckdb)."),
    max_pages: int = typer.Option(None, "--max-pages", min=1, help="Fetch this many article pages, then stop "
                                  "(listings, sitemaps and feeds are not counted; leave out for no limit)."),
    redis: str = typer.Option(None, "--redis", help="Distributed worker: shared scrapy-redis queue, "
                              "e.g. redis://127.0.0.1:6379/0 (see docs/DISTRIBUTED.md)."),
    shard: Path = typer.Option(Path("shards"), "--shard", help="Distributed worker: folder of shard-<worker>.duckdb."),
    worker: str = typer.Option(None, "--worker", help="Distributed worker id (default <host>-<pid>)."),
) -> None:
    """Crawl outlets (profile names or start URLs) politely into the warehouse.

    A start URL crawls its own domain, discovering articles via robots.txt sitemaps, RSS and links.

    Several targets (or --all) are crawled side by side in one process: each outlet keeps its own politeness
    (robots.txt, one request at a time per domain, AutoThrottle, its profile's delay) under a global limit of
    concurrent downloads; progress shows one line per outlet.

    Example: [bold]tinmine crawl cand --max-pages 200[/]   or   [bold]tinmine crawl --all[/]
    """
    # lazy: Scrapy, Twisted and the page parsers load only for the commands that crawl or parse pages
    from crawler.run import crawl, with_all

    if redis:  # one worker of a shared crawl, writing its own shard; merge shards with `tinmine load`
        # lazy: Scrapy, Twisted and the page parsers load only for the commands that crawl or parse pages
        from crawler.distributed import run_worker

        if everything or len(targets or []) != 1:
            raise typer.BadParameter("a distributed worker crawls one target")
        db, _ = run_worker(targets[0], redis, shard, worker=worker, max_pages=max_pages)
        print_summary(db)
        return
    db = db or default_db()
    targets = with_all(list(targets or []), everything)
    if not targets:
        raise typer.BadParameter("name a target (an outlet profile or a start URL), or give --all")
    # an unknown target, an unwritable, foreign or busy warehouse: one line before anything is fetched
    crawl(targets, db, max_pages=max_pages, workers=workers or None)
    print_summary(db)


@app.command()
def reextract(
    db: Path = typer.Option(None, "--db", help="DuckDB file (default $TINMINE_DB or ./tinmine.duckdb)."),
    reparse: bool = typer.Option(False, "--reparse", help="Re-parse each page from its WARC record first."),
    workers: int = typer.Option(0, "--workers", min=0, help="Worker processes that extract (0: one per core)."),
) -> None:
    """Re-run extraction over every stored article, offline, replacing its mentions atomically.

    With --reparse the page body is parsed again from the WARC archive (for parser fixes);
    otherwise the stored text is used (for extractor fixes). Nothing is fetched.

    Articles are extracted in parallel by --workers processes and written in batches by one writer.

    Example: [bold]tinmine reextract --db tinmine.duckdb --reparse --workers 2[/]
    """
    # lazy: Scrapy, Twisted and the page parsers load only for the commands that crawl or parse pages
    from pipelines.reextract import reextract as run_reextract

    db = db or default_db()
    if not db.exists():
        raise typer.BadParameter(f"{db}: no such warehouse")
    started = time.perf_counter()
    with claim(db, "reextract"):  # whoever finds the warehouse busy is told who holds it
        stats = run_reextract(db, reparse=reparse, workers=workers or None)
    console.print(f"re-extracted {stats.articles} articles in {time.perf_counter() - started:.1f} s "
                  f"(re-parsed {stats.reparsed}, text changed {stats.text_changed}, failed {stats.failed})")
    print_summary(db)
    if stats.failed:
        raise typer.Exit(1)
