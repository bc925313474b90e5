"""Column lists read from the migrated schema: ``warehouse/schema/NNN_*.sql`` is their one source.

No Python module or statement file lists a table's columns: the write path, the shard merge and the
Arrow tables handed to DuckDB ask :func:`table_columns`, which reads ``duckdb_columns()`` of an
in-memory database migrated once per process (the same migrations every warehouse gets on
``connect``). A migration that adds a column is therefore written, merged and read back everywhere
without another edit (``tests/warehouse/test_roundtrip.py`` checks every column of every table).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.migrations import migrate
from warehouse.sql import quoted

__all__ = ["Column", "table_columns", "tables", "mention_tables", "arrow_schema", "upsert_sql", "required", "defaults",
           "project", "delete_mentions_sql", "copy_mentions_sql"]

# DuckDB column types -> the Arrow types a registered table must have for INSERT ... BY NAME.
ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(), "TIMESTAMP": pa.timestamp("us"), "DOUBLE": pa.float64(), "BIGINT": pa.int64(),
    "INTEGER": pa.int32(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "BLOB": pa.binary(),
    "VARCHAR[]": pa.list_(pa.string()),
}
STRING_LITERAL = re.compile(r"^'((?:[^']|'')*)'$")


@dataclass(frozen=True)
class Column:
    """One column of a table as the migrations leave it."""

    name: str
    type: str
    nullable: bool
    default: str | None  # the DEFAULT expression as DuckDB prints it ("'vi'", "current_localtimestamp()")
    key: bool  # part of the primary key

    @property
    def literal_default(self) -> Any:
        """The DEFAULT as a Python value when it is a string literal (a computed one is left to DuckDB)."""
        found = STRING_LITERAL.match(self.default or "")
        return found.group(1).replace("''", "'") if found else None


# Rows that reference an article but are its search index, rebuilt with the article (not its mentions).
SEARCH_TABLES = ("article_docs", "article_terms")


@cache
def _schema() -> dict[str, tuple[Column, ...]]:
    return _read_schema()[0]


@cache
def mention_tables() -> tuple[str, ...]:
    """The tables of what was extracted from an article (every table referencing ``articles`` but its search
    rows): replaced together when an article is re-extracted, changed or loaded from a shard."""
    return _read_schema()[1]


@cache
def _read_schema() -> tuple[dict[str, tuple[Column, ...]], tuple[str, ...]]:
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False,
                                             "autoload_known_extensions": False})
    try:
        migrate(con)
        children = tuple(sorted({t for (t,) in con.execute(
            "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY' "
            "AND referenced_table = 'articles'").fetchall()} - set(SEARCH_TABLES)))
        keys = {(t, c) for t, cols in con.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY' AND schema_name = 'main'").fetchall() for c in cols}
        found: dict[str, list[Column]] = {}
        for table, name, type_, nullable, default in con.execute(
                "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default "
                "FROM duckdb_columns() c JOIN duckdb_tables() t USING (database_name, schema_name, table_name) "
                "WHERE c.schema_name = 'main' AND NOT t.temporary ORDER BY c.table_name, c.column_index").fetchall():
            found.setdefault(table, []).append(Column(name, type_, nullable, default, (table, name) in keys))
        return {table: tuple(cols) for table, cols in found.items()}, children
    finally:
        con.close()


def tables() -> tuple[str, ...]:
    """Every table of the migrated schema."""
    return tuple(sorted(_schema()))


def table_columns(table: str) -> tuple[Column, ...]:
    """The columns of a table, in schema order."""
    try:
        return _schema()[table]
    except KeyError:
        raise KeyError(f"no table {table!r} in the warehouse schema") from None


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table's rows (every column, in schema order)."""
    return pa.schema([(c.name, ARROW_TYPES[c.type]) for c in table_columns(table)])


def required(table: str, filled: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Columns a row must give: NOT NULL without a DEFAULT, except those the writer fills (``filled``)."""
    return tuple(c.name for c in table_columns(table) if not c.nullable and c.default is None and c.name not in filled)


def defaults(table: str) -> dict[str, Any]:
    """The literal DEFAULTs of a table (a row that leaves such a column empty gets it)."""
    return {c.name: c.literal_default for c in table_columns(table) if c.literal_default is not None}


def project(table: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """A row of ``table`` from a record: every column, from the key of its name (None when absent)."""
    return {c.name: record.get(c.name) for c in table_columns(table)}


def upsert_sql(table: str, source: str) -> str:
    """INSERT every column of ``source`` into ``table``, a row whose key exists replacing every other column.

    ``source`` is a relation with the table's columns (a registered Arrow table, an attached shard's table);
    identifiers come from the catalogue, never from input.
    """
    cols = table_columns(table)
    keys = ", ".join(quoted(c.name) for c in cols if c.key)
    sets = ",\n    ".join(f"{quoted(c.name)} = excluded.{quoted(c.name)}" for c in cols if not c.key)
    return f"INSERT INTO {table} BY NAME\nSELECT * FROM {source}\nON CONFLICT ({keys}) DO UPDATE SET\n    {sets};"


def delete_mentions_sql(relation: str = "incoming_cleared") -> str:
    """DELETE the mention rows (every mention table) of the articles whose ids ``relation`` holds."""
    return "\n".join(f"DELETE FROM {t} WHERE article_id IN (SELECT article_id FROM {relation});"
                     for t in mention_tables())


def copy_mentions_sql(source: str, relation: str) -> str:
    """INSERT the mention rows of catalogue ``source`` (an attached shard) for the articles ``relation`` holds."""
    return "\n".join(f"INSERT INTO {t} BY NAME SELECT * FROM {source}.{t} "
                     f"WHERE article_id IN (SELECT article_id FROM {relation});" for t in mention_tables())

