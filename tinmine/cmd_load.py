"""`tinmine load SHARD...`: merge distributed-crawl shards into the warehouse."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from tinmine.app import app, console, default_db
from tinmine.display import cell, printable
from warehouse.merge import merge_shards


def shard_files(paths: list[Path]) -> list[Path]:
    """Shard files named on the command line; a folder stands for its shard-*.duckdb files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("shard-*.duckdb")))
        elif path.is_file():
            found.append(path)
        else:
            raise typer.BadParameter(f"no shard file or folder at {path}")
    return found


@app.command()
def load(
    shards: list[Path] = typer.Argument(..., help="Shard files (shard-<worker>.duckdb) or folders holding them."),
    db: Path = typer.Option(None, "--db", help="Warehouse file (default $TINMINE_DB or ./tinmine.duckdb)."),
) -> None:
    """Merge warehouse shards written by distributed crawl workers into the warehouse.

    Idempotent: loading the same shards again changes nothing; an article stored in two shards
    keeps the copy fetched last.

    Example: [bold]tinmine load shards/ --db tinmine.duckdb[/]
    """

    db = db or default_db()
    files = shard_files(shards)
    if not files:
        raise typer.BadParameter("no shard-*.duckdb files found")
    results = merge_shards(db, files)
    table = Table(title=Text(f"merged into {printable(db)}"))
    for col in ("shard", "new", "updated", "mentions replaced"):
        table.add_column(col, justify="left" if col == "shard" else "right")
    for r in results:
        table.add_row(cell(Path(r.shard).name), f"{r.new:,}", f"{r.updated:,}", f"{r.mentions:,}")
    table.add_row("total", *(f"{sum(getattr(r, k) for r in results):,}" for k in ("new", "updated", "mentions")))
    console.print(table)
