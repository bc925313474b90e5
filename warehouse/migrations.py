"""The schema as numbered migrations (warehouse/schema/NNN_name.sql), each applied once per warehouse."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb

from warehouse.sql import PACKAGE_DIR, transaction

__all__ = ["SCHEMA_DIR", "migrate"]

SCHEMA_DIR = PACKAGE_DIR / "schema"
MIGRATION_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def _migrations() -> list[tuple[int, str, Path]]:
    found = []
    for path in sorted(SCHEMA_DIR.glob("*.sql")):
        m = MIGRATION_RE.match(path.name)
        if not m:
            raise RuntimeError(f"schema file {path.name} is not named NNN_name.sql")
        found.append((int(m.group(1)), path.stem, path))
    return found


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply numbered schema files not yet recorded in schema_migrations; return their names."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp())"
    )
    done = {v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, path in _migrations():
        if version in done:
            continue
        with transaction(con):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
        applied.append(name)
    return applied
