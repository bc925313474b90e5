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
from warehouse.errors import QueryError, UnknownQuery
from warehouse.migrations import migrate
from warehouse.reference import load_reference_data
from warehouse.sandbox import connect_read_only
from warehouse.sql import PACKAGE_DIR, run_sql, statement_sql, transaction

__all__ = ["transaction", "connect", "query", "execute", "run_sql", "statement_sql", "query_names", "query_params",
           "query_description", "migrate", "memory_size"]

QUERIES_DIR = PACKAGE_DIR / "queries"
DEFAULT_DB = "tinmine.duckdb"  # the warehouse file when none is named (crawler.config.Settings.db)
# "-- param: name default" lines in a named query declare its parameters.
PARAM_RE = re.compile(r"^--[ \t]*param:[ \t]*(\w+)[ \t]*(.*?)[ \t]*$", re.MULTILINE)
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
SIZE_RE = re.compile(r"\d+(?:\.\d+)?\s*[KMGT]?i?B", re.IGNORECASE)


def memory_size(value: str) -> str:
    """A DuckDB memory size as given ('256MB', '1.5 GiB'), checked before it goes into a SET statement."""
    if not SIZE_RE.fullmatch(value.strip()):
        raise ValueError(f"{value!r} is not a memory size (write it as 256MB, 1GB, 1.5GiB)")
    return value.strip()


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


def query_description(name: str) -> str:
    """What a named query answers: the first paragraph of the comment at the head of its file."""
    lines: list[str] = []
    for line in _named_query_sql(name).splitlines():
        if not line.startswith("--") or (lines and not line.strip("- \t")):
            break
        if not PARAM_RE.match(line):
            lines.append(line.removeprefix("--").strip())
    return " ".join(x for x in lines if x)


@cache
def _named_query_sql(name: str) -> str:
    path = QUERIES_DIR / f"{name}.sql"
    if not NAME_RE.match(name) or not path.exists():
        raise UnknownQuery(f"no named query {name!r} (known: {', '.join(query_names())}; "
                           "tinmine queries lists them with their parameters)")
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
    takes = ", ".join(declared) or "no parameters"
    if unknown:
        raise QueryError(f"query {name!r} has no parameter {', '.join(sorted(unknown))} (it takes: {takes})")
    bound = {}
    for key, default in declared.items():
        if key in params:
            bound[key] = params[key]
        elif default is None:
            raise QueryError(f"query {name!r} needs --param {key}=VALUE (it takes: {takes})")
        else:
            bound[key] = _literal(default)
    return bound


def default_path() -> str:
    """$TINMINE_DB or ./tinmine.duckdb."""
    return os.environ.get("TINMINE_DB", DEFAULT_DB)


def is_named_query(name_or_sql: str) -> bool:
    """True when the text names a query of warehouse/queries/ rather than being SQL."""
    return bool(NAME_RE.match(name_or_sql)) and (QUERIES_DIR / f"{name_or_sql}.sql").exists()


def execute(name_or_sql: str, con: duckdb.DuckDBPyConnection, **params: Any) -> Any:
    """Run a named query (warehouse/queries/NAME.sql) or a SQL string on ``con``.

    Every statement but the last runs at once; the last, a query, comes back as a DuckDB relation that
    runs when read (``to_arrow_reader``, ``fetchall``, ``df``), so rows stream without a copy. Another
    last statement returns the connection holding its result, or None when it returns no rows. A named
    query's parameters are checked first (QueryError names what is missing or unknown).
    """
    if is_named_query(name_or_sql):
        sql, bound = _named_query_sql(name_or_sql), _bind(name_or_sql, params)
    else:
        sql, bound = name_or_sql, dict(params)
    statements = duckdb.extract_statements(sql)
    if not statements:
        return None
    *first, last = statements
    for stmt in first:
        used = {k: bound[k] for k in stmt.named_parameters}
        done = con.execute(stmt, used) if used else con.execute(stmt)
        if done.description:
            done.fetchall()  # its rows are not wanted, but must be read before the next statement
    used = {k: bound[k] for k in last.named_parameters}
    if last.type == duckdb.StatementType.SELECT:
        return con.sql(last.query, params=used or None)
    result = con.execute(last, used) if used else con.execute(last)
    return result if result.description else None


def query(
    name_or_sql: str,
    con_or_path: duckdb.DuckDBPyConnection | str | os.PathLike | None = None,
    **params: Any,
) -> pd.DataFrame:
    """Run a named query (warehouse/queries/NAME.sql) or a SQL string; return a DataFrame.

    Given a path rather than a connection, it opens the warehouse as ``tinmine query`` does: read-only,
    no other file or URL reachable (warehouse.sandbox). For output that must keep DuckDB's types
    (lists, integers with NULLs, dates) use :func:`execute` and read the result as Arrow.
    """
    own = not isinstance(con_or_path, duckdb.DuckDBPyConnection)
    con = con_or_path if isinstance(con_or_path, duckdb.DuckDBPyConnection) else (
        connect_read_only(con_or_path or default_path()))
    try:
        result = execute(name_or_sql, con, **params)
        return result.df() if result is not None else pd.DataFrame()
    finally:
        if own:
            con.close()
