"""Connections, migrations and running the warehouse's .sql files with parameters."""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from warehouse.access import TIMEZONE, check_file, check_tinmine, open_duckdb
from warehouse.migrations import migrate
from warehouse.reference import load_reference_data
from warehouse.sandbox import connect_read_only
from warehouse.sql import PACKAGE_DIR, run_sql, statement_sql, transaction

__all__ = ["transaction", "connect", "query", "run_sql", "statement_sql", "query_names", "query_params", "migrate"]

QUERIES_DIR = PACKAGE_DIR / "queries"
DEFAULT_DB = "tinmine.duckdb"  # the warehouse file when none is named (crawler.config.Settings.db)
# "-- param: name default" lines in a named query declare its parameters.
PARAM_RE = re.compile(r"^--[ \t]*param:[ \t]*(\w+)[ \t]*(.*?)[ \t]*$", re.MULTILINE)
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def _probe(path: str, wait: float | None) -> None:
    """Check read-only that an existing file is a tinmine warehouse before opening it for writing."""
    try:
        probe = open_duckdb(path, read_only=True, wait=wait)
    except duckdb.ConnectionException:  # this process holds it open already, so it was checked then
        return
    try:
        check_tinmine(probe, path)
    finally:
        probe.close()


def connect(path: str | os.PathLike = ":memory:", *, read_only: bool = False,
            wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open a warehouse and apply pending migrations (a read-only one is opened as is).

    Every connection has DuckDB's automatic extension install and load turned off and its clock in
    the warehouse's zone. A file that is not a tinmine warehouse (SQLite, junk, another program's
    DuckDB database) is refused with NotAWarehouse and left untouched; a file another process holds
    is waited for up to ``wait`` seconds (default $TINMINE_DB_WAIT or 2), then WarehouseInUse.
    """
    path = str(path)
    memory = path == ":memory:"
    if not memory:
        check_file(path, creating=not read_only)
        if not read_only and Path(path).exists():  # look before writing: a foreign file stays unmodified
            _probe(path, wait)
    con = open_duckdb(path, read_only=read_only, wait=wait)
    try:
        con.execute(f"SET TimeZone = '{TIMEZONE}'")  # a constant, not input
        if read_only:
            if not memory:
                check_tinmine(con, path)
            return con
        migrate(con)
        with transaction(con):
            load_reference_data(con)
    except BaseException:
        con.close()
        raise
    return con


def query_names() -> list[str]:
    """Names of the named queries shipped in warehouse/queries/."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.sql"))


def query_params(name: str) -> dict[str, str | None]:
    """Declared parameters of a named query with their SQL-literal defaults (None = required)."""
    sql = _named_query_sql(name)
    return {m.group(1): (m.group(2) or None) for m in PARAM_RE.finditer(sql)}


@cache
def _named_query_sql(name: str) -> str:
    if not NAME_RE.match(name):
        raise KeyError(name)
    path = QUERIES_DIR / f"{name}.sql"
    if not path.exists():
        raise KeyError(f"no named query {name!r}; known: {', '.join(query_names())}")
    return path.read_text(encoding="utf-8")


def _literal(text: str) -> Any:
    """A default written in a query header: NULL, a number or a 'quoted string'."""
    if text.upper() == "NULL":
        return None
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        return float(text)


def _bind(name: str, params: Mapping[str, Any]) -> dict[str, Any]:
    declared = query_params(name)
    unknown = set(params) - set(declared)
    if unknown:
        raise ValueError(f"query {name!r} has no parameter(s) {sorted(unknown)}; it takes {sorted(declared)}")
    bound = {}
    for key, default in declared.items():
        if key in params:
            bound[key] = params[key]
        elif default is None:
            raise ValueError(f"query {name!r} needs parameter {key!r}")
        else:
            bound[key] = _literal(default)
    return bound


def default_path() -> str:
    """$TINMINE_DB or ./tinmine.duckdb."""
    return os.environ.get("TINMINE_DB", DEFAULT_DB)


def query(
    name_or_sql: str,
    con_or_path: duckdb.DuckDBPyConnection | str | os.PathLike | None = None,
    **params: Any,
) -> pd.DataFrame:
    """Run a named query (warehouse/queries/NAME.sql) or a SQL string; return a DataFrame.

    Given a path rather than a connection, it opens the warehouse as ``tinmine query`` does: read-only,
    no other file or URL reachable (warehouse.sandbox).
    """
    own = not isinstance(con_or_path, duckdb.DuckDBPyConnection)
    con = con_or_path if isinstance(con_or_path, duckdb.DuckDBPyConnection) else (
        connect_read_only(con_or_path or default_path()))
    try:
        if NAME_RE.match(name_or_sql) and (QUERIES_DIR / f"{name_or_sql}.sql").exists():
            sql, bound = _named_query_sql(name_or_sql), _bind(name_or_sql, params)
        else:
            sql, bound = name_or_sql, params
        result = run_sql(con, sql, bound)
        return result.df() if result is not None and result.description else pd.DataFrame()
    finally:
        if own:
            con.close()
