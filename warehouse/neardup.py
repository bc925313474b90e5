"""Near-duplicate index kept in the warehouse, not in RAM: MinHash LSH band keys in DuckDB.

Each stored article has a MinHash signature (word 5-shingles, 64 permutations) split into LSH bands
(the layout datasketch.MinHashLSH picks for the threshold: 5 bands of 11 rows at 0.8). Every band is
hashed to one BIGINT key; tables ``near_dup_signatures`` and ``near_dup_bands`` (schema 010) hold them.
A candidate is an article sharing at least one band key with the new text, exactly what MinHashLSH
would return; its signature is read back only for candidates, to report the similarity.

Memory: only articles that passed de-duplication but whose batch is not committed yet are held in
RAM (``pending``, bounded by ``max_pending``); the session writes their rows after each commit
(``WarehouseSession.after_flush``). The rows are a cache derived from ``articles.text``: a crawl
fills in missing or stale ones when it starts (a kill between the article commit and its index rows,
articles merged by ``tinmine load``, or a changed threshold), so the warehouse stays the source of truth.
Trade-off: a lookup scans the band-key column (no ART index, which DuckDB keeps in memory), about
1 ms per 100,000 stored articles.
"""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from functools import cache
from typing import TYPE_CHECKING

import duckdb
import numpy as np
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

from warehouse.batch import WriteBatch
from warehouse.sql import run_sql, statement_sql, transaction

if TYPE_CHECKING:  # the session owns its index: a type-only import
    from warehouse.session import WarehouseSession

WORD = re.compile(r"\w+")
NUM_PERM = 64
SHINGLE = 5
PAGE = 500


def minhash(text: str) -> MinHash:
    """MinHash of the word 5-shingles of a text."""
    words = WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


@cache
def lsh_layout(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) that datasketch.MinHashLSH uses for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def band_keys(values: np.ndarray, bands: int, rows: int) -> list[int]:
    """One signed 64-bit key per LSH band: a hash of the band number and its MinHash values."""
    keys = []
    for band in range(bands):
        chunk = values[band * rows:(band + 1) * rows].astype("<u8").tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity (as datasketch's MinHash.jaccard)."""
    return float(np.count_nonzero(a == b)) / len(a)


class NearDupIndex:
    """LSH near-duplicate lookups against the warehouse plus the not-yet-committed articles."""

    def __init__(self, session: WarehouseSession, threshold: float, max_pending: int = 10_000) -> None:
        self.session, self.max_pending = session, max_pending
        self.bands, self.rows = lsh_layout(threshold)
        self.layout = f"{NUM_PERM}:{self.bands}x{self.rows}"
        # article_id -> (content_hash, signature values, band keys), committed-but-unindexed excluded
        self.pending: OrderedDict[str, tuple[str, np.ndarray, list[int]]] = OrderedDict()
        self.pending_keys: dict[int, set[str]] = {}
        self.session.after_flush.append(self.write)

    def _con(self) -> duckdb.DuckDBPyConnection:
        if self.session.con is None:
            raise RuntimeError("the near-duplicate index is used while its session holds no connection")
        return self.session.con

    def candidates(self, signature: MinHash) -> list[tuple[str, float]]:
        """Articles sharing an LSH band with the signature, most similar first: [(article_id, similarity)]."""
        values = signature.hashvalues
        keys = band_keys(values, self.bands, self.rows)
        found = {a: jaccard(values, self.pending[a][1]) for k in keys for a in self.pending_keys.get(k, ())}
        ids = [a for (a,) in run_sql(self._con(), statement_sql("near_dup_candidates"), {"keys": keys}).fetchall()
               if a not in found]
        if ids:
            for article_id, blob in run_sql(self._con(), statement_sql("near_dup_signatures"), {"ids": ids}).fetchall():
                found[article_id] = jaccard(values, np.frombuffer(blob, dtype="<u8"))
        return sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))

    def add(self, article_id: str, content_hash: str, signature: MinHash) -> None:
        """Remember an article that passed de-duplication until its batch is committed and indexed."""
        self._forget(article_id)
        values = signature.hashvalues.astype("<u8")
        keys = band_keys(values, self.bands, self.rows)
        self.pending[article_id] = (content_hash, values, keys)
        for key in keys:
            self.pending_keys.setdefault(key, set()).add(article_id)
        while len(self.pending) > self.max_pending:  # never committed (dropped later): backfill covers it
            self._forget(next(iter(self.pending)))

    def _forget(self, article_id: str) -> None:
        entry = self.pending.pop(article_id, None)
        for key in entry[2] if entry else ():
            ids = self.pending_keys[key]
            ids.discard(article_id)
            if not ids:
                del self.pending_keys[key]

    def write(self, batch: WriteBatch) -> None:
        """After a commit: index the pending articles of that batch (those that were stored)."""
        ids = [a for a in batch.articles if a in self.pending]
        if ids and self.session.con is not None:
            self._insert({a: self.pending[a] for a in ids})
        for article_id in ids:
            self._forget(article_id)

    def _insert(self, entries: dict[str, tuple[str, np.ndarray, list[int]]]) -> None:
        con = self._con()
        table = pa.table({
            "article_id": list(entries), "content_hash": [e[0] for e in entries.values()],
            "signature": [e[1].tobytes() for e in entries.values()],
            "band_keys": pa.array([e[2] for e in entries.values()], type=pa.list_(pa.int64())),
        })
        con.register("incoming_near_dup", table)
        try:
            with transaction(con):
                run_sql(con, statement_sql("near_dup_insert"), {"lsh": self.layout})
        finally:
            con.unregister("incoming_near_dup")

    def backfill(self) -> int:
        """Index stored articles that have no (or a stale) signature; the number indexed."""
        con, done = self._con(), 0
        run_sql(con, statement_sql("near_dup_prune"))
        while True:
            page = run_sql(con, statement_sql("near_dup_missing"), {"lsh": self.layout, "limit": PAGE}).fetchall()
            entries = {}
            for article_id, content_hash, text in page:
                values = minhash(text).hashvalues.astype("<u8")
                entries[article_id] = (content_hash, values, band_keys(values, self.bands, self.rows))
            if entries:
                self._insert(entries)
            done += len(entries)
            if len(page) < PAGE:
                return done
