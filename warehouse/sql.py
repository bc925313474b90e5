"""Running the warehouse's .sql files: statements by name, with named parameters, in transactions."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

__all__ = ["PACKAGE_DIR", "transaction", "run_sql", "sql_text", "statement_sql", "registered", "quoted"]

PACKAGE_DIR = Path(__file__).resolve().parent


def quoted(name: str) -> str:
    """An identifier (a table or column name) quoted for SQL: "name", inner quotes doubled."""
    return '"' + name.replace('"', '""') + '"'


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, or ROLLBACK if the block raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


@cache
def sql_text(folder: str, name: str) -> str:
    """The text of warehouse/FOLDER/NAME.sql (statements, merge_sql, report_queries...), read once."""
    return (PACKAGE_DIR / folder / f"{name}.sql").read_text(encoding="utf-8")


def statement_sql(name: str) -> str:
    """The text of an internal statement file warehouse/statements/NAME.sql."""
    return sql_text("statements", name)


@lru_cache(maxsize=512)
def _statements(sql: str) -> tuple[duckdb.Statement, ...]:
    """The parsed statements of a SQL text (parsed once: a crawl runs the same few texts thousands of times)."""
    return tuple(duckdb.extract_statements(sql))


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, params: Mapping[str, Any] | None = None):
    """Run every statement of ``sql``, each with the named parameters it uses; return the last result."""
    params = dict(params or {})
    result = None
    for stmt in _statements(sql):
        used = {k: params[k] for k in stmt.named_parameters}
        result = con.execute(stmt, used) if used else con.execute(stmt)
    return result


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, tables: Mapping[str, pa.Table]) -> Iterator[list[str]]:
    """Expose Arrow tables as views incoming_KIND for the duration of the block."""
    names = []
    try:
        for kind, table in tables.items():
            names.append(f"incoming_{kind}")
            con.register(names[-1], table)
        yield names
    finally:
        for name in names:
            con.unregister(name)
