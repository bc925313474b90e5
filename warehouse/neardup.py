"""Near-duplicate index kept in the warehouse, not in RAM: MinHash LSH band keys in DuckDB.

Each stored article has a MinHash signature (word 5-shingles, 64 permutations) split into LSH bands
(the layout datasketch.MinHashLSH picks for the threshold: 5 bands of 11 rows at 0.8). Every band is
hashed to one BIGINT key; tables ``near_dup_signatures`` and ``near_dup_bands`` (schema 010) hold them.
A candidate is an article sharing at least one band key with the new text, exactly what MinHashLSH
would return; its signature is read back only for candidates, to report the similarity.

Memory: only articles that passed de-duplication but whose batch is not committed yet are held in
RAM (``pending``, bounded by ``max_pending``); their rows are written in the same transaction as the
article (``NearDupRow`` in the write batch) and they are forgotten once it commits. The rows are a cache derived from ``articles.text``: a crawl
fills in missing or stale ones when it starts (a kill between the article commit and its index rows,
articles merged by ``tinmine load``, or a changed threshold), so the warehouse stays the source of truth.
Trade-off: a lookup scans the band-key column (no ART index, which DuckDB keeps in memory), about
1 ms per 100,000 stored articles.
"""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from copy import copy
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash, MinHashLSH

from warehouse import lookups
from warehouse.batch import NearDupRow, WriteBatch, near_dup_table
from warehouse.sql import registered, run_sql, statement_sql, transaction

if TYPE_CHECKING:  # the session owns its index: a type-only import
    from warehouse.session import WarehouseSession

WORD = re.compile(r"\w+")
NUM_PERM = 64
SHINGLE = 5
PAGE = 500


def minhash(text: str) -> MinHash:
    """MinHash of the word 5-shingles of a text.

    The same values as ``MinHash(num_perm=NUM_PERM).update_batch(shingles)`` with its default hash (the first
    four bytes of each shingle's SHA-1, little-endian), computed faster: the permutations are drawn once per
    process (``_empty``, copied here), each word is encoded once, and the SHA-1 words are read from the joined
    digests in one step."""
    # each word encoded once (one encoding, split back: a word is never a newline); a shingle that comes back
    # again changes no minimum, so none is dropped
    words = "\n".join(WORD.findall(text.casefold())).encode("utf-8").split(b"\n")
    shingles = (map(b" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)) if len(words) >= SHINGLE
                else [b" ".join(words)])  # every run of five words (a shorter text: one shingle)
    digests = b"".join([digest.digest() for digest in map(hashlib.sha1, shingles)])
    empty = _empty()
    mh = copy(empty)  # shares the permutations; update_batch gives it hash values of its own
    mh.hashfunc = int  # the values are hashed already: int() of an int is the int, called in C
    mh.update_batch(np.frombuffer(digests, dtype="<u4")[::5].tolist())  # the first word of each 5-word digest
    mh.hashfunc = empty.hashfunc
    return mh


@cache
def _empty() -> MinHash:
    """A MinHash of nothing, made once per process (its permutations are drawn with a random generator)."""
    return MinHash(num_perm=NUM_PERM)


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
    """LSH near-duplicate lookups against the warehouse plus the articles not yet committed."""

    def __init__(self, session: WarehouseSession, threshold: float, max_pending: int = 10_000) -> None:
        self.session, self.max_pending = session, max_pending
        self.bands, self.rows = lsh_layout(threshold)
        self.layout = f"{NUM_PERM}:{self.bands}x{self.rows}"
        # article_id -> (content_hash, signature values, band keys) of articles that passed de-duplication
        # and whose batch is not committed yet
        self.pending: OrderedDict[str, tuple[str, np.ndarray, list[int]]] = OrderedDict()
        self.pending_keys: dict[int, set[str]] = {}
        self.session.after_flush.append(self.committed)

    def candidates(self, signature: MinHash | np.ndarray) -> list[tuple[str, float]]:
        """Articles sharing an LSH band with the signature, most similar first: [(article_id, similarity)]."""
        values = signature.hashvalues if isinstance(signature, MinHash) else signature
        keys = band_keys(values, self.bands, self.rows)
        found = {a: jaccard(values, self.pending[a][1]) for k in keys for a in self.pending_keys.get(k, ())}
        ids = [a for a in self.session.band_candidates(keys) if a not in found]
        if ids:
            for article_id, blob in lookups.near_dup_signatures(self.session.reader, ids):
                found[article_id] = jaccard(values, np.frombuffer(blob, dtype="<u8"))
        return sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))

    def add(self, article_id: str, content_hash: str, signature: MinHash | np.ndarray) -> NearDupRow:
        """Remember an article that passed de-duplication until its batch is committed; its index entry."""
        self._forget(article_id)
        values = (signature.hashvalues if isinstance(signature, MinHash) else signature).astype("<u8")
        keys = band_keys(values, self.bands, self.rows)
        self.pending[article_id] = (content_hash, values, keys)
        for key in keys:
            self.pending_keys.setdefault(key, set()).add(article_id)
        while len(self.pending) > self.max_pending:  # never committed (dropped later): backfill covers it
            self._forget(next(iter(self.pending)))
        return NearDupRow(self.layout, values.tobytes(), tuple(keys))

    def _forget(self, article_id: str) -> None:
        entry = self.pending.pop(article_id, None)
        for key in entry[2] if entry else ():
            ids = self.pending_keys[key]
            ids.discard(article_id)
            if not ids:
                del self.pending_keys[key]

    def committed(self, batch: WriteBatch) -> None:
        """After a commit: the batch's articles are in the warehouse, their index rows with them."""
        for article_id in batch.articles:
            self._forget(article_id)

    def backfill(self) -> int:
        """Index stored articles that have no (or a stale) signature; the number indexed."""
        con, done = self.session.con, 0
        if con is None:
            raise RuntimeError("the near-duplicate index is used while its session holds no connection")
        run_sql(con, statement_sql("near_dup_prune"))
        while True:
            page = run_sql(con, statement_sql("near_dup_missing"), {"lsh": self.layout, "limit": PAGE}).fetchall()
            entries = {}
            for article_id, content_hash, text in page:
                values = minhash(text).hashvalues.astype("<u8")
                keys = band_keys(values, self.bands, self.rows)
                entries[article_id] = (content_hash, NearDupRow(self.layout, values.tobytes(), tuple(keys)))
            if entries:
                with registered(con, {"near_dup": near_dup_table(entries)}), transaction(con):
                    run_sql(con, statement_sql("near_dup_insert"))
                if "bands" in self.session.known:
                    self.session.known["bands"].add(k for _, e in entries.values() for k in e.band_keys)
            done += len(entries)
            if len(page) < PAGE:
                return done
