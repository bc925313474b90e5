"""`tinmine report`: the warehouse as one self-contained HTML page of charts and a figures table."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import duckdb
import typer

from tinmine.app import app, console, default_db
from tinmine.display import markup_safe
from tinmine.options import DbOption, alias, check_choice
from warehouse.errors import WarehouseUnavailable

LANGS = ("vi", "en")  # warehouse.report_data.LANGS; not imported here, plotly's import stays lazy


@app.command()
def report(
    db: DbOption = None,
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="HTML file to write."),
    limit: int | None = typer.Option(None, "--limit", "-l", min=0, help="Rows in the figures table, most recent first "
                                     "(default 2000; 0 = all)."),
    lang: str = typer.Option("vi", "--lang", help="Language of the page: vi (default) or en."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Write over an existing file tinmine did not write."),
    max_figures: Annotated[int | None, typer.Option("--max-figures", min=0, hidden=True)] = None,
) -> None:
    """Write the coverage report: one offline HTML page, in Vietnamese (--lang en for English).

    Filters in the page: dates, outlets, province, status (unticked: off-topic articles).
    Charts: coverage per outlet per month with the campaign's milestones, models, indicators,
    figures by place, officials over time; what the newest crawl brought.
    A figures table (indicator, value, place, period) to sort, search and download as CSV,
    each figure linked to its sentence. plotly.js and the data are inlined once, gzip'd.

    An existing --out is replaced only if tinmine wrote it (or with --overwrite); never the warehouse.

    Example: [bold]tinmine report --db tinmine.duckdb --out report.html[/]
    """
    from warehouse.report import write_report  # lazy: plotly takes ~1 s to load; only this command needs it

    check_choice("--lang", lang, LANGS)
    limit = alias(limit, max_figures, "--max-figures", "--limit")
    limit = 2000 if limit is None else (limit or 10**9)
    path = db or default_db()
    try:
        written = write_report(path, out, max_figures=limit, overwrite=overwrite, lang=lang)
    except (FileNotFoundError, duckdb.Error) as exc:
        raise WarehouseUnavailable(f"cannot report on {path}: {exc}") from exc
    size = written.stat().st_size
    shown = f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB"
    console.print(f"wrote [bold]{markup_safe(written)}[/] ({shown}) from {markup_safe(path)}", soft_wrap=True)
