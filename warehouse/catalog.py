"""What the warehouse holds, described from itself: relations, columns and their comments, outlets seen.

The comments are the schema's (``warehouse/schema/016_comments.sql``); ``tinmine tables`` prints them.
A warehouse read before a crawl migrated it gets the comments of the current schema files.
"""
from __future__ import annotations

from functools import cache
from typing import Any

import duckdb

from warehouse.access import SAFE_CONFIG
from warehouse.errors import QueryError, UnknownOutlet
from warehouse.migrations import migrate
from warehouse.sql import quoted, run_sql, statement_sql

__all__ = ["relations", "columns", "outlets_seen", "check_outlets", "schema_comments"]

RELATION_FIELDS = ("name", "kind", "columns", "comment", "internal")
COLUMN_FIELDS = ("relation", "column", "type", "nullable", "comment")


def _relations(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return [dict(zip(RELATION_FIELDS, r, strict=True))
            for r in run_sql(con, statement_sql("catalog_relations")).fetchall()]


@cache
def schema_comments() -> dict[tuple[str, str | None], str]:
    """Comments of the current schema files: (relation, None) and (relation, column) -> comment."""
    con = duckdb.connect(":memory:", config=dict(SAFE_CONFIG))
    try:
        migrate(con)
        found: dict[tuple[str, str | None], str] = {(r["name"], None): r["comment"] for r in _relations(con)
                                                     if r["comment"]}
        found.update({(t, c): comment for t, c, comment in
                      run_sql(con, statement_sql("catalog_comments")).fetchall()})
        return found
    finally:
        con.close()


def relations(con: duckdb.DuckDBPyConnection, *, internal: bool = False) -> list[dict[str, Any]]:
    """Tables and views (name, kind, rows, columns, comment), internal ones only if asked."""
    comments = schema_comments()
    out = []
    for r in _relations(con):
        r["comment"] = r["comment"] or comments.get((r["name"], None))
        if (r["comment"] or "").startswith("internal:") and not internal:
            continue
        # exact counts (estimated_size keeps deleted rows); the name comes from the catalog, quoted
        r["rows"] = con.execute(f"SELECT count(*) FROM {quoted(r['name'])}").fetchall()[0][0]
        out.append({k: r[k] for k in ("name", "kind", "rows", "columns", "comment")})
    return out


def columns(con: duckdb.DuckDBPyConnection, names: list[str]) -> list[dict[str, Any]]:
    """The columns of the named relations in order (relation, column, type, nullable, comment); an
    unknown name is a QueryError listing the known ones."""
    known = [r["name"] for r in _relations(con)]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise QueryError(f"no table or view {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known))})")
    comments = schema_comments()
    rows = [dict(zip(COLUMN_FIELDS, r, strict=True)) for r in
            run_sql(con, statement_sql("catalog_columns"), {"relations": names}).fetchall()]
    for r in rows:
        r["comment"] = r["comment"] or comments.get((r["relation"], r["column"]))
    return rows


def outlets_seen(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Outlets the warehouse holds articles of, most articles first."""
    return [r[0] for r in run_sql(con, statement_sql("outlets_seen")).fetchall()]


def check_outlets(con: duckdb.DuckDBPyConnection, outlets: list[str]) -> None:
    """Raise UnknownOutlet (one line naming the outlets held) for an outlet the warehouse has no article of."""
    seen = outlets_seen(con)
    unknown = [o for o in outlets if o not in seen]
    if unknown:
        raise UnknownOutlet(f"no article of outlet {', '.join(map(repr, unknown))} in the warehouse "
                            f"(outlets: {', '.join(seen) or 'none yet'}; tinmine outlets lists the profiles)")
