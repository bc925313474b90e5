"""The benchmarks: ``python -m benchmarks extract|warehouse|crawl|pages`` (``make bench`` runs all four).

Each compares tinmine with a baseline in the same run and prints the ratio as its last line. They are
development tooling, not part of the installed product: they read the repository's fixtures and
generate their own sites and warehouses.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from benchmarks import crawl as crawl_bench
from benchmarks import extract as bench
from benchmarks import pages as pages_bench
from benchmarks import reextract as reextract_bench
from benchmarks import warehouse as warehouse_bench

bench_app = typer.Typer(
    help="Benchmarks: each prints ours vs a baseline run in the same process; last line is the ratio.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console()
MIB = 2**20
ROWS = ("stored", "title", "date", "time", "author", "body")


@bench_app.command("extract")
def bench_extract(
    size: int = typer.Option(1_000_000, help="Characters of sample text (the sample articles repeated)."),
) -> None:
    """Extractor chars/s and heap peak vs underthesea.ner on every sentence; last line 'speedup: X.Xx'.

    Before it, 'worst_case_us_per_kb': the slowest of the adversarial texts (one token class repeated to
    60 KB, or to --size if smaller: digits, separators, ranks, titles, quotes, place and date words).

    Example: [bold]python -m benchmarks extract --size 1000000[/]
    """

    texts = bench.sample_corpus(size)
    console.print(f"corpus: {len(texts)} articles, {sum(map(len, texts)):,} chars")
    bench.warm_up()
    runs = []
    for name, fn in (("tinmine extract_all", bench.ours),
                     ("baseline underthesea.ner per sentence", bench.baseline_ner)):
        runs.append(bench.timed(name, fn, texts))
        run = runs[-1]
        print(f"{run.name:38} {run.chars_per_s:10,.0f} chars/s {run.seconds:8.2f} s  "
              f"heap peak {run.peak_bytes / 2**20:5.1f} MiB  process RSS peak {bench.peak_rss_mib():6.0f} MiB")
    adversarial = min(size, 60_000)
    token, worst = bench.worst_case(adversarial)
    print(f"worst_case_us_per_kb: {worst:,.0f} ({adversarial // 1000} KB of {token!r} repeated; the sample: "
          f"{1e9 / runs[0].chars_per_s:,.0f} µs per KB)")
    print(f"speedup: {runs[0].chars_per_s / runs[1].chars_per_s:.1f}x")


@bench_app.command("crawl")
def bench_crawl(
    pages: int = typer.Option(5000, "--pages", help="Article pages in the generated site (plus listings, sitemaps)."),
    concurrency: int = typer.Option(16, "--concurrency", help="Concurrent requests (also per domain), both crawls."),
    workdir: Path = typer.Option(None, "--workdir", help="Keep the site and warehouse here (default: a temp dir)."),
) -> None:
    """Pages/s, articles/s and peak memory of our crawl vs bare Scrapy; last line 'crawl_vs_bare: X.XX'.

    Both crawls run in their own process against the same site on 127.0.0.1, with politeness relaxed
    for localhost (no delay, no AutoThrottle, --concurrency requests; robots.txt still obeyed).

    Example: [bold]python -m benchmarks crawl --pages 5000[/]
    """
    manifest, runs = crawl_bench.run_bench(pages, concurrency, workdir)
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
        samples = ", ".join(f"{int(mark):,} pages: {rss / MIB:.0f} MiB" + (f" + workers {w / MIB:.0f} MiB PSS" if w else "")
                            + f" at {t:.1f} s"
                            for mark, (rss, t, *more) in sorted(run.rss.items(), key=lambda kv: int(kv[0]))
                            for w in [more[0] if more else 0])
        console.print(f"RSS {run.name}: {samples}", soft_wrap=True)
    marks = sorted(ours.rss, key=int)
    if len(marks) > 1:
        first, last = (sum(v for i, v in enumerate(ours.rss[m]) if i != 1) for m in (marks[0], marks[-1]))
        print(f"rss_growth_{int(marks[0])}_to_{int(marks[-1])}: {100 * (last - first) / first:+.1f}% "
              f"(crawl process and workers: {first / MIB:.0f} -> {last / MIB:.0f} MiB)")
    print(f"crawl_vs_bare: {ours.pages_per_s / runs[1].pages_per_s:.2f}")


@bench_app.command("reextract")
def bench_reextract(
    articles: int = typer.Option(1500, "--articles", help="Synthetic articles in the archive (about 2/3 kept)."),
    workers: str = typer.Option("", "--workers", help="Worker counts to run, comma-separated (default 1,2,N)."),
    workdir: Path = typer.Option(None, "--workdir", help="Keep the archive here (default: a temp dir)."),
) -> None:
    """Re-extraction articles/s with 1, 2 and N worker processes; last line 'reextract_2_vs_1: X.Xx'.

    Example: [bold]python -m benchmarks reextract --articles 1500[/]
    """
    counts = [int(w) for w in workers.split(",") if w.strip()] or None
    kept, runs = reextract_bench.run_bench(articles, counts, workdir)
    console.print(f"archive: {articles:,} synthetic articles ({kept:,} kept, re-extracted), {os.cpu_count()} cores")
    for run in runs:
        print(f"workers {run.workers}: {run.articles:,} articles in {run.seconds:.1f} s, "
              f"{run.articles_per_s:,.1f} articles/s, failed {run.failed}")
    by_workers = {run.workers: run for run in runs}
    if 1 in by_workers and 2 in by_workers:
        print(f"reextract_2_vs_1: {by_workers[2].articles_per_s / by_workers[1].articles_per_s:.1f}x")


@bench_app.command("pages")
def bench_pages(
    corpus: Path = typer.Option(None, "--corpus", help="Folder of <stem>.html + <stem>.json (default: "
                                "tests/fixtures/pages/real)."),
    workdir: Path = typer.Option(None, "--workdir", help="Keep the served site and the warehouse here."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="One line per page with what went wrong."),
    split: str = typer.Option(None, "--split", help="With -v: only the pages of this split (dev or blind)."),
) -> None:
    """Serve the saved real pages on 127.0.0.1, crawl them with the generic profile, score every field.

    A page is right when its title, date (the day) and body (first and last sentence, no boilerplate)
    are right; authors are scored on pages with a byline; listing and home pages must not be stored.
    trafilatura.bare_extraction runs alone on the same bytes. Last line 'pages_right: tinmine X/N trafilatura Y/N'.

    Example: [bold]python -m benchmarks pages[/]
    """
    pages, ours, theirs, stats = pages_bench.run(corpus or pages_bench.CORPUS, workdir)
    articles = [p for p in pages if p.is_article]
    console.print(f"corpus: {len(pages)} pages ({len(articles)} articles, {len(pages) - len(articles)} listing/home "
                  f"pages), {len({p.url.split('/')[2] for p in pages if '//' in p.url})} outlets")
    missing = [p.stem for p in pages if not ours[p.stem].stored and not ours[p.stem].event]
    console.print(f"crawl: {stats.get('pages', 0)} responses, {stats.get('kept', 0)} kept, "
                  f"{stats.get('offtopic', 0)} off-topic, {stats.get('errors', 0)} errors; pages neither stored "
                  f"nor logged: {len(missing)}{' ' + ', '.join(missing) if missing else ''}")
    splits = ("dev", "blind", "all")
    tallies = {(tool, part): pages_bench.tally(pages, outcomes, None if part == "all" else part)
               for tool, outcomes in (("tinmine", ours), ("trafilatura", theirs)) for part in splits}
    console.print("right / applicable; date = the day, time = to the minute, kept out = listing and home pages "
                  "not stored, right = title, date and body all right")
    header = ("pages", "tool", *ROWS, "kept out", "right")
    print("  ".join(f"{h:>11}" for h in header))
    for part in splits:
        for tool in ("tinmine", "trafilatura"):
            t = tallies[(tool, part)]
            cells = (part, tool, *(t.cell(r) for r in ROWS), t.cell("detected"), f"{t.right}/{t.pages}")
            print("  ".join(f"{c:>11}" for c in cells))
    if verbose:
        for page in (p for p in pages if split in (None, p.split)):
            scores = pages_bench.field_scores(page, ours[page.stem])
            wrong = [k for k, v in scores.items() if v is False and k != "right"]
            got = ours[page.stem]
            console.print(f"[{page.split}] {page.stem}: {'ok' if not wrong else 'WRONG ' + ','.join(wrong)}"
                          f" ({got.event}{': ' + (got.reason or '')[:160] if not got.stored else ''})",
                          markup=False, soft_wrap=True)
    ours_all, theirs_all = tallies[("tinmine", "all")], tallies[("trafilatura", "all")]
    print(f"pages_right: tinmine {ours_all.right}/{ours_all.pages} trafilatura {theirs_all.right}/{theirs_all.pages}")


@bench_app.command("warehouse")
def bench_warehouse(
    articles: Annotated[int, typer.Option(help="Synthetic articles.")] = 100_000,
    figures: Annotated[int, typer.Option(help="Synthetic figure mentions (dates, models... scale with it).")] = 1_000_000,
    rowwise_articles: Annotated[int, typer.Option(help="Articles (with their mentions) in the executemany run.")] = 2_000,
    repeats: Annotated[int, typer.Option(help="Timed runs per named query (median reported).")] = 5,
) -> None:
    """Bulk (Arrow) load vs executemany, and every named query's median latency; last line 'bulk_vs_rowwise: X.Xx'.

    Example: [bold]python -m benchmarks warehouse --articles 100000 --figures 1000000[/]
    """

    console.print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    r = warehouse_bench.run_bench(articles, figures, rowwise_articles=rowwise_articles, repeats=repeats, log=console.print)
    console.print(f"bulk load      {r['rows']:>10,} rows  {r['bulk_s']:7.2f} s  {r['bulk_rows_per_s']:>12,.0f} rows/s")
    console.print(f"search index   {r['search_postings']:>10,} rows  {r['search_index_s']:7.2f} s  "
                  "(postings of folded words, built after the load by warehouse.search.reindex)")
    console.print(f"executemany    {r['rowwise_rows']:>10,} rows  {r['rowwise_s']:7.2f} s  "
                  f"{r['rowwise_rows_per_s']:>12,.0f} rows/s  (subset of {rowwise_articles:,} articles; "
                  f"rows/s extrapolated to the full load)")
    for name, ms in r["query_ms"].items():
        flag = "" if ms <= 200 else "  [red]over 200 ms[/]"
        console.print(f"query {name:22} median {ms:8.1f} ms{flag}")
    print(f"bulk_vs_rowwise: {r['bulk_vs_rowwise']:.1f}x")


if __name__ == "__main__":
    bench_app()
