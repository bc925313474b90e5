"""Which keys the warehouse holds, as 64-bit hashes in memory: a look-up whose key is absent needs no SQL.

A crawl asks the warehouse four or five questions per page (was this URL stored, recorded as a duplicate,
is this content hash stored, do these LSH band keys match a stored article); each is a DuckDB query of
about 0.3 ms, most of the reactor thread's time once parsing and extraction run in worker processes.
In a first crawl nearly every answer is "no". :class:`KnownKeys` holds a hash of every stored value of
one kind (URLs, content hashes, band keys): a value whose hash is absent is certainly not stored, so
only the rare hit (a real match, or a 64-bit collision) is asked in SQL, which stays the answer.

Memory: 8 bytes per stored value in a sorted numpy array, plus a set of the values added since the
last merge (merged every :data:`MERGE_EVERY` additions), so a million stored articles cost ~30 MB.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

import duckdb
import numpy as np

__all__ = ["KnownKeys", "key_of"]

MERGE_EVERY = 50_000
PAGE = 100_000


def key_of(value: str | int) -> int:
    """The 64-bit key of a value (a band key is already one)."""
    if isinstance(value, int):
        return value & 0xFFFFFFFFFFFFFFFF
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


class KnownKeys:
    """A set of 64-bit keys: a sorted array of most of them, and a small set of the latest additions."""

    def __init__(self) -> None:
        self.base = np.empty(0, dtype=np.uint64)
        self.recent: set[int] = set()

    def __len__(self) -> int:
        return len(self.base) + len(self.recent)

    def __contains__(self, value: str | int) -> bool:
        key = key_of(value)
        if key in self.recent:
            return True
        i = int(np.searchsorted(self.base, np.uint64(key)))
        return i < len(self.base) and int(self.base[i]) == key

    def add(self, values: Iterable[str | int | None]) -> None:
        """Remember values (None is skipped)."""
        self.recent.update(key_of(v) for v in values if v is not None)
        if len(self.recent) >= MERGE_EVERY:
            self._merge()

    def _merge(self) -> None:
        fresh = np.fromiter(self.recent, dtype=np.uint64, count=len(self.recent))
        self.base = np.union1d(self.base, fresh)
        self.recent = set()

    def load(self, con: duckdb.DuckDBPyConnection, sql: str) -> KnownKeys:
        """Add every value of the first column of a query's result, read in pages; return self."""
        result = con.execute(sql)
        while rows := result.fetchmany(PAGE):
            self.add(v for (v,) in rows)
        self._merge()
        return self
