"""User SQL that can only read the warehouse: checked by DuckDB's own parser, run on a locked connection.

Two fences, either of which suffices alone. First every statement's type, as DuckDB's parser sees it
(``duckdb.extract_statements``), must be a query (SELECT, or EXPLAIN of one): ATTACH, DETACH, COPY,
EXPORT, IMPORT, INSTALL, LOAD, SET, PRAGMA, CALL and every write are refused before anything runs.
Then the statements run on a read-only attachment, with ``enable_external_access`` off (no other
file, no URL: no ``read_csv('/etc/passwd')``, no ``COPY ... TO``), automatic extension install and
load off, and ``lock_configuration`` on, so nothing in the SQL can turn those back on.
"""
from __future__ import annotations

import os
import re

import duckdb

from warehouse.access import SAFE_CONFIG, TIMEZONE, check_file, check_tinmine, retry_locked
from warehouse.errors import QueryRefused

__all__ = ["READ_STATEMENTS", "check_read_only", "connect_read_only"]

READ_STATEMENTS = frozenset({duckdb.StatementType.SELECT})
EXPLAIN_PREFIX = re.compile(r"^\s*EXPLAIN(\s+ANALYZE)?\b", re.I)


def _statement_types(sql: str) -> list[duckdb.StatementType]:
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryRefused(f"query does not parse: {str(exc).strip().splitlines()[0]}") from exc
    types = []
    for stmt in statements:
        if stmt.type == duckdb.StatementType.EXPLAIN:
            inner = EXPLAIN_PREFIX.sub("", stmt.query, count=1)
            inner_types = _statement_types(inner) if inner.strip() else [stmt.type]
            types.extend(inner_types)
        else:
            types.append(stmt.type)
    return types


def check_read_only(sql: str) -> None:
    """Raise QueryRefused unless every statement of ``sql`` is a query (by DuckDB's statement type)."""
    types = _statement_types(sql)
    if not types:
        raise QueryRefused("no SQL statement given")
    refused = sorted({t.name for t in types if t not in READ_STATEMENTS})
    if refused:
        raise QueryRefused(f"tinmine query only reads: {', '.join(refused)} statements are refused "
                           "(use SELECT; tinmine export writes files)")


def connect_read_only(path: str | os.PathLike, *, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only warehouse connection that cannot reach other files, the network or its own settings.

    The warehouse is attached read-only (as ``warehouse``, the default catalog) to a private in-memory
    database, whose configuration is then locked: it never clashes with a connection to the same file
    that this process already holds with other settings.
    """
    path = str(path)
    if path != ":memory:":
        check_file(path, creating=False)
    con = duckdb.connect(":memory:", config=dict(SAFE_CONFIG))
    try:
        if path != ":memory:":
            retry_locked(lambda: con.execute("ATTACH $path AS warehouse (READ_ONLY)", {"path": path}), path,
                         read_only=True, wait=wait)
            con.execute("USE warehouse")
            check_tinmine(con, path)
        con.execute("SET enable_external_access = false")
        con.execute(f"SET TimeZone = '{TIMEZONE}'")  # a constant, not input
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con
