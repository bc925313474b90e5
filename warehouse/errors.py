"""The warehouse's own exceptions: a mistake or a situation the user can act on, said in one line.

The command line prints ``str(exc)`` as one line and exits non-zero; anything else is a bug and keeps
its traceback (sqlite-utils' NoTable, spaCy's error catalogue). They derive from extract.errors.TinmineError,
the root of every package's errors (tinmine/errors.py lists them all).
"""
from __future__ import annotations

from extract.errors import TinmineError

__all__ = ["WarehouseError", "NotAWarehouse", "WarehouseInUse", "WarehouseUnavailable", "QueryRefused",
           "OutputRefused", "QueryError", "UnknownQuery", "QueryFailed", "UnknownOutlet"]


class WarehouseError(TinmineError):
    """A warehouse problem the user can fix; ``str()`` is one line."""


class NotAWarehouse(WarehouseError):
    """The file is not a tinmine warehouse (another program's DuckDB, SQLite, anything else): left untouched."""


class WarehouseInUse(WarehouseError):
    """Another process holds the warehouse's lock (DuckDB allows one writer, or many readers, per file)."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class WarehouseUnavailable(WarehouseError):
    """The warehouse cannot be opened (or not for writing): missing, unreadable, a folder, a bad path."""


class QueryRefused(WarehouseError):
    """User SQL that would do more than read the warehouse (ATTACH, COPY, EXPORT, INSTALL, LOAD, SET...)."""


class OutputRefused(WarehouseError):
    """An output path that would overwrite or delete a file tinmine did not write."""


class QueryError(WarehouseError, ValueError):
    """A named query asked for wrongly: a parameter it does not take, or one it needs and was not given."""


class UnknownQuery(QueryError, KeyError):
    """No named query of that name (the message lists the known ones)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class QueryFailed(WarehouseError):
    """DuckDB could not run the user's SQL (a typo, an unknown column): its message, on one line."""


class UnknownOutlet(WarehouseError, ValueError):
    """An outlet asked for that the warehouse has no article of (the message lists the ones it has)."""
