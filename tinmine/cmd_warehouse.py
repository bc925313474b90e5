"""`tinmine query` (and the other warehouse commands): read the DuckDB warehouse."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.table import Table

from tinmine.app import app, bench_app, console, default_db, err_console

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
    """Print a DataFrame as a rich table, CSV or JSON lines."""
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        for record in frame.to_dict(orient="records"):
            print(json.dumps(record, ensure_ascii=False, default=str))
    else:
        table = Table(show_lines=False, header_style="bold")
        for column in frame.columns:
            table.add_column(str(column), overflow="fold", max_width=60)
        for row in frame.head(max_rows).itertuples(index=False):
            table.add_row(*("" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for v in row))
        console.print(table)
        if len(frame) > max_rows:
            console.print(f"[dim]{len(frame) - max_rows} more rows (use --format csv for all)[/]")


def _open(db: Path | None):
    """A read-only connection to the warehouse, or exit 1 with a message."""
    import duckdb

    import warehouse

    path = db or default_db()
    try:
        return warehouse.connect(path, read_only=True)
    except (FileNotFoundError, duckdb.Error) as exc:
        err_console.print(f"[red]cannot open {path}[/]: {exc}")
        raise typer.Exit(1) from exc


@app.command()
def query(
    sql: Annotated[str | None, typer.Argument(help="SQL to run (read-only).")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="A named query from warehouse/queries/.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE (repeatable).")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json (one object per line).")] = "table",
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows shown in table format.")] = 50,
) -> None:
    """Query the warehouse read-only, with SQL or a named query.

    Examples:
    [bold]tinmine query "SELECT outlet, count(*) FROM articles GROUP BY outlet"[/]
    [bold]tinmine query --name coverage_by_month --param outlet=cand --format csv[/]
    """
    import duckdb

    import warehouse

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if (sql is None) == (name is None):
        raise typer.BadParameter("give either SQL or --name (named queries: " + ", ".join(warehouse.query_names()) + ")")
    if name is not None and name not in warehouse.query_names():
        raise typer.BadParameter(f"no named query {name!r}; known: {', '.join(warehouse.query_names())}")
    con = _open(db)
    try:
        frame = warehouse.query(name or sql, con, **_parse_params(param or []))
    except (duckdb.Error, KeyError, ValueError) as exc:
        err_console.print(f"[red]query failed[/]: {exc}")
        raise typer.Exit(1) from exc
    finally:
        con.close()
    print_frame(frame, fmt, max_rows)


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words or a phrase; accents optional.")],
    limit: Annotated[int, typer.Option("--limit", "-l", help="How many articles.")] = 20,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Find articles by words or a phrase, accent-insensitive, best first.

    Example: [bold]tinmine search "bao ve an ninh" --limit 5[/]  (same hits as "bảo vệ an ninh")
    """
    import warehouse

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    con = _open(db)
    try:
        frame = warehouse.search(con, words, limit=limit)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    finally:
        con.close()
    print_frame(frame[["score", "title", "outlet", "published_at", "snippet", "article_id"]]
                if fmt == "table" else frame, fmt, limit)


@app.command("export")
def export_tables(
    to: Annotated[Path, typer.Option("--to", help="Output folder (created if missing).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet or csv.")] = "parquet",
    db: DbOption = None,
) -> None:
    """Export every table to Parquet or CSV, partitioned by publication year (TABLE/year=YYYY/).

    Example: [bold]tinmine export --to export/ --format parquet[/]
    """
    from warehouse.export import FORMATS as EXPORT_FORMATS
    from warehouse.export import export

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(EXPORT_FORMATS)}")
    con = _open(db)
    try:
        paths = export(con, to, fmt)
    finally:
        con.close()
    for table, path in paths.items():
        console.print(f"{table:20} {path}")


@bench_app.command("warehouse")
def bench_warehouse(
    articles: Annotated[int, typer.Option(help="Synthetic articles.")] = 100_000,
    figures: Annotated[int, typer.Option(help="Synthetic figure mentions (dates, models... scale with it).")] = 1_000_000,
    rowwise_articles: Annotated[int, typer.Option(help="Articles (with their mentions) in the executemany run.")] = 2_000,
    repeats: Annotated[int, typer.Option(help="Timed runs per named query (median reported).")] = 5,
) -> None:
    """Bulk (Arrow) load vs executemany, and every named query's median latency; last line 'bulk_vs_rowwise: X.Xx'.

    Example: [bold]tinmine bench warehouse --articles 100000 --figures 1000000[/]
    """
    from warehouse.bench import run_bench

    console.print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    r = run_bench(articles, figures, rowwise_articles=rowwise_articles, repeats=repeats, log=console.print)
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
