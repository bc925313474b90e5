"""`tinmine report`: the warehouse as one self-contained HTML page of charts and a figures table."""
from __future__ import annotations

from pathlib import Path

import duckdb
import typer

from tinmine.app import app, console, default_db, err_console
from tinmine.display import markup_safe


@app.command()
def report(
    db: Path = typer.Option(None, "--db", help="Warehouse file (default $TINMINE_DB or ./tinmine.duckdb)."),
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="HTML file to write."),
    max_figures: int = typer.Option(2000, "--max-figures", help="Rows in the figures table (most recent first)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Write over an existing file tinmine did not write."),
) -> None:
    """Write an HTML report: coverage per outlet, top models, officials timeline, and a sortable,
    searchable figures table linking each figure to its sentence. Opens offline (plotly.js inlined).

    An existing --out is replaced only if tinmine wrote it (or with --overwrite); never the warehouse.

    Example: [bold]tinmine report --db tinmine.duckdb --out report.html[/]
    """


    from warehouse.report import write_report  # lazy: plotly takes ~1 s to load; only this command needs it

    path = db or default_db()
    try:
        written = write_report(path, out, max_figures=max_figures, overwrite=overwrite)
    except (FileNotFoundError, duckdb.Error) as exc:
        err_console.print(f"[red]cannot report on {markup_safe(path)}[/]: {markup_safe(exc)}")
        raise typer.Exit(1) from exc
    size = written.stat().st_size / 1e6
    console.print(f"wrote [bold]{markup_safe(written)}[/] ({size:.1f} MB) from {markup_safe(path)}")
