"""`tinmine query` (and the other warehouse commands): read the DuckDB warehouse."""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import duckdb
import pandas as pd
import typer
from rich.table import Table
from rich.text import Text

import warehouse
from tinmine.app import app, console, default_db, err_console
from tinmine.display import cell, json_line, markup_safe, printable, printable_frame
from warehouse.access import snapshot as take_snapshot
from warehouse.db import connect
from warehouse.errors import WarehouseInUse
from warehouse.export import FORMATS as EXPORT_FORMATS
from warehouse.export import check_destination, export
from warehouse.sandbox import check_read_only, connect_read_only

FORMATS = ("table", "csv", "json")
DbOption = Annotated[
    Path | None, typer.Option("--db", help="Warehouse file (default $TINMINE_DB or ./tinmine.duckdb).")
]


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"--param {pair!r}: expected NAME=VALUE")
        params[key.strip()] = value
    return params


def print_frame(frame: pd.DataFrame, fmt: str, max_rows: int = 50) -> None:
    """Print a DataFrame as a rich table, CSV or JSON lines; stored text is never read as markup."""
    if fmt == "csv":
        printable_frame(frame).to_csv(sys.stdout, index=False)
    elif fmt == "json":
        for record in frame.to_dict(orient="records"):
            print(json_line(record))
    else:
        table = Table(show_lines=False, header_style="bold")
        for column in frame.columns:
            table.add_column(cell(column), overflow="fold", max_width=60)
        for row in frame.head(max_rows).itertuples(index=False):
            table.add_row(*(cell(v) for v in row))
        console.print(table)
        if len(frame) > max_rows:
            console.print(f"[dim]{len(frame) - max_rows} more rows (use --format csv for all)[/]")


@contextmanager
def _open(db: Path | None, *, snapshot: bool = False, sandbox: bool = True) -> Iterator[Any]:
    """A read-only connection to the warehouse (sandboxed for user SQL), or exit 1 with one line.

    When another process holds the warehouse and ``snapshot`` is set (or the user agrees at a
    terminal), a copy taken as of its last commit is read instead.
    """

    path = db or default_db()
    opener = connect_read_only if sandbox else partial(connect, read_only=True)
    with tempfile.TemporaryDirectory(prefix="tinmine-snapshot-") as tmp:
        try:
            con = opener(path)
        except WarehouseInUse as exc:
            if not (snapshot or _ask(f"{exc}. Read a snapshot as of its last commit instead?")):
                raise WarehouseInUse(f"{exc}; add --snapshot to read a copy as of its last commit", exc.pid) from exc
            copy = take_snapshot(path, tmp)
            err_console.print(f"[dim]reading a snapshot of {markup_safe(path)} (in use by another process)[/]")
            con = opener(copy)
        try:
            yield con
        finally:
            con.close()


def _ask(question: str) -> bool:
    """Ask yes/no at an interactive terminal; never in scripts."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    return typer.confirm(printable(question), default=False, err=True)


SnapshotOption = Annotated[bool, typer.Option(
    "--snapshot", help="If a crawl holds the warehouse, read a copy as of its last commit.")]


@app.command()
def query(
    sql: Annotated[str | None, typer.Argument(help="SQL to run (read-only).")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="A named query from warehouse/queries/.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE (repeatable).")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json (one object per line).")] = "table",
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows shown in table format.")] = 50,
    snapshot: SnapshotOption = False,
) -> None:
    """Query the warehouse read-only, with SQL or a named query.

    Only queries run (SELECT): ATTACH, COPY, EXPORT, INSTALL, LOAD, SET and writes are refused, and
    no file other than the warehouse, nor the network, can be reached.

    Examples:
    [bold]tinmine query "SELECT outlet, count(*) FROM articles GROUP BY outlet"[/]
    [bold]tinmine query --name coverage_by_month --param outlet=cand --format csv[/]
    """


    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if (sql is None) == (name is None):
        raise typer.BadParameter("give either SQL or --name (named queries: " + ", ".join(warehouse.query_names()) + ")")
    if name is not None and name not in warehouse.query_names():
        raise typer.BadParameter(f"no named query {name!r}; known: {', '.join(warehouse.query_names())}")
    if sql is not None:
        check_read_only(sql)
    with _open(db, snapshot=snapshot) as con:
        try:
            frame = warehouse.query(name or sql, con, **_parse_params(param or []))
        except (duckdb.Error, KeyError, ValueError) as exc:
            err_console.print(Text("query failed: ", style="red") + cell(str(exc).strip()), soft_wrap=True)
            raise typer.Exit(1) from exc
    print_frame(frame, fmt, max_rows)


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words or a phrase; accents optional.")],
    limit: Annotated[int, typer.Option("--limit", "-l", help="How many articles.")] = 20,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    snapshot: SnapshotOption = False,
) -> None:
    """Find articles by words or a phrase, accent-insensitive, best first.

    Example: [bold]tinmine search "bao ve an ninh" --limit 5[/]  (same hits as "bảo vệ an ninh")
    """

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    with _open(db, snapshot=snapshot) as con:
        try:
            frame = warehouse.search(con, words, limit=limit)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc
    print_frame(frame[["score", "title", "outlet", "published_at", "snippet", "article_id"]]
                if fmt == "table" else frame, fmt, limit)


@app.command("export")
def export_tables(
    to: Annotated[Path, typer.Option("--to", help="Output folder: new, empty, or one tinmine exported into.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet or csv.")] = "parquet",
    db: DbOption = None,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Also replace table folders in a folder tinmine did not make.")] = False,
) -> None:
    """Export every table to Parquet or CSV, partitioned by publication year (TABLE/year=YYYY/).

    The folder must be new, empty, or an earlier tinmine export (it holds a .tinmine-export marker);
    files tinmine did not write are never deleted unless --overwrite.

    Example: [bold]tinmine export --to export/ --format parquet[/]
    """

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(EXPORT_FORMATS)}")
    check_destination(to, overwrite=overwrite)
    with _open(db, sandbox=False) as con:
        paths = export(con, to, fmt, overwrite=overwrite)
    for table, path in paths.items():
        console.print(Text(f"{table:20} ") + cell(path))
