"""`tinmine query`: read the DuckDB warehouse with SQL (an argument, a file or stdin) or a named query."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import duckdb
import typer

import warehouse
from extract.errors import ConfigError
from tinmine.app import app
from tinmine.options import (
    FORMATS,
    DbOption,
    FormatOption,
    LimitOption,
    SnapshotOption,
    alias,
    check_choice,
    open_warehouse,
)
from tinmine.output import Rows, print_rows
from warehouse.errors import QueryError, QueryFailed
from warehouse.sandbox import check_read_only


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs as a dict; a pair without ``=`` is a one-line QueryError."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        params[key.strip()] = value
    return params


def read_sql(sql: str | None, file: Path | None) -> str | None:
    """The SQL to run: the argument, or a file's text; ``-`` for either reads standard input."""
    if sql is not None and file is not None:
        raise ConfigError("give SQL as an argument or with --file, not both")
    if file is not None and str(file) != "-":
        try:
            return file.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ConfigError(f"--file {file}: cannot read it ({exc.strerror or exc})") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(f"--file {file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if sql == "-" or (file is not None and str(file) == "-"):
        return sys.stdin.read()
    return sql


@app.command()
def query(
    sql: Annotated[str | None, typer.Argument(help="SQL to run (read-only); - reads it from standard input.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the SQL from this file (- for stdin).")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="A named query (tinmine queries lists them).")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE (repeatable).")] = None,
    db: DbOption = None,
    fmt: FormatOption = "table",
    limit: LimitOption = None,
    max_rows: Annotated[int | None, typer.Option("--max-rows", hidden=True)] = None,
    snapshot: SnapshotOption = False,
) -> None:
    """Query the warehouse read-only, with SQL or a named query.

    Only queries run (SELECT): ATTACH, COPY, EXPORT, INSTALL, LOAD, SET and writes are refused, and
    no file other than the warehouse, nor the network, can be reached. Output keeps DuckDB's types:
    lists are JSON arrays, NULL is null, dates are ISO 8601.

    Examples:
    [bold]tinmine query "SELECT outlet, count(*) FROM articles GROUP BY outlet"[/]
    [bold]tinmine query --file q.sql --format csv[/]   [bold]echo "SELECT 1" | tinmine query -[/]
    [bold]tinmine query --name coverage_by_month --param outlet=cand --format json[/]
    [bold]tinmine query "SELECT * FROM figure_facts" --limit 3 --format line[/]
    """
    check_choice("--format", fmt, FORMATS)
    limit = alias(limit, max_rows, "--max-rows", "--limit")
    text = read_sql(sql, file)
    if (text is None) == (name is None):
        raise ConfigError("give SQL (an argument, --file or -) or --name (tinmine queries lists the named queries)")
    params = parse_params(param or [])
    if name is not None:
        warehouse.query_params(name)  # an unknown name is one line listing the known ones
    else:
        check_read_only(text or "")
    with open_warehouse(db, snapshot=snapshot) as con:
        try:
            result = warehouse.execute(name or text or "", con, **params)
            if result is None:
                return
            print_rows(Rows.from_result(result), fmt, limit=limit)
        except duckdb.Error as exc:
            raise QueryFailed(f"query failed: {' '.join(str(exc).split())}") from exc
