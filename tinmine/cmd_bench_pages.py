"""`tinmine bench pages`: the real-page corpus crawled from 127.0.0.1 and scored beside trafilatura alone."""
from __future__ import annotations

from pathlib import Path

import typer

from tinmine.app import bench_app, console

ROWS = ("stored", "title", "date", "time", "author", "body")


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

    Example: [bold]tinmine bench pages[/]
    """
    # lazy: imported when the command runs, so `tinmine --help` and other commands start fast
    from crawler.bench_pages import CORPUS, field_scores, run, tally

    pages, ours, theirs, stats = run(corpus or CORPUS, workdir)
    articles = [p for p in pages if p.is_article]
    console.print(f"corpus: {len(pages)} pages ({len(articles)} articles, {len(pages) - len(articles)} listing/home "
                  f"pages), {len({p.url.split('/')[2] for p in pages if '//' in p.url})} outlets")
    missing = [p.stem for p in pages if not ours[p.stem].stored and not ours[p.stem].event]
    console.print(f"crawl: {stats.get('pages', 0)} responses, {stats.get('kept', 0)} kept, "
                  f"{stats.get('offtopic', 0)} off-topic, {stats.get('errors', 0)} errors; pages neither stored "
                  f"nor logged: {len(missing)}{' ' + ', '.join(missing) if missing else ''}")
    splits = ("dev", "blind", "all")
    tallies = {(tool, part): tally(pages, outcomes, None if part == "all" else part)
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
            scores = field_scores(page, ours[page.stem])
            wrong = [k for k, v in scores.items() if v is False and k != "right"]
            got = ours[page.stem]
            console.print(f"[{page.split}] {page.stem}: {'ok' if not wrong else 'WRONG ' + ','.join(wrong)}"
                          f" ({got.event}{': ' + (got.reason or '')[:160] if not got.stored else ''})",
                          markup=False, soft_wrap=True)
    ours_all, theirs_all = tallies[("tinmine", "all")], tallies[("trafilatura", "all")]
    print(f"pages_right: tinmine {ours_all.right}/{ours_all.pages} trafilatura {theirs_all.right}/{theirs_all.pages}")
