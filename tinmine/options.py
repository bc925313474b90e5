"""The options every command spells the same way, and opening the warehouse to read it.

One vocabulary (README, "Options"): ``--db`` the warehouse read or written, ``--out`` what a command
writes (a file or a folder), ``--format``/``-f`` how it prints or writes, ``--limit``/``-l`` how many
rows or items (0 = all). Older spellings (``--to``, ``--max-rows``, ``--max-figures``) still work,
hidden from ``--help``.
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer

from extract.errors import ConfigError
from tinmine.app import default_db, err_console
from tinmine.display import markup_safe, printable
from tinmine.output import FORMATS
from warehouse.access import snapshot as take_snapshot
from warehouse.db import connect
from warehouse.errors import WarehouseInUse
from warehouse.sandbox import connect_read_only

__all__ = ["DbOption", "FormatOption", "LimitOption", "SnapshotOption", "open_warehouse", "check_choice",
           "alias", "FORMATS"]

DbOption = Annotated[
    Path | None, typer.Option("--db", help="Warehouse file (default $TINMINE_DB, else ./tinmine.duckdb).")]
FormatOption = Annotated[str, typer.Option(
    "--format", "-f", help="table (fits the terminal), line (one column: value per line), csv, or json "
    "(one object per line).")]
LimitOption = Annotated[int | None, typer.Option(
    "--limit", "-l", min=0, help="At most this many rows (0 = all; a table shows 50 unless told).")]
SnapshotOption = Annotated[bool, typer.Option(
    "--snapshot", help="If a crawl holds the warehouse, read a copy as of its last commit.")]


def check_choice(option: str, value: str, choices: tuple[str, ...]) -> str:
    """``value`` if it is one of ``choices``, else a one-line ConfigError naming them."""
    if value not in choices:
        raise ConfigError(f"{option} {value!r}: choose one of {', '.join(choices)}")
    return value


def alias(new: Any, old: Any, old_name: str, new_name: str) -> Any:
    """The value of an option given under its new name or its old, hidden one (not both)."""
    if old is None:
        return new
    if new is not None and new != old:
        raise ConfigError(f"{old_name} is the old name of {new_name}; give one of them")
    return old


@contextmanager
def open_warehouse(db: Path | None, *, snapshot: bool = False, sandbox: bool = True) -> Iterator[Any]:
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
