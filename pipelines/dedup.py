"""De-duplication: canonical URL, exact content hash, and MinHash near-duplicates, recorded as links."""
from __future__ import annotations

from typing import Any

import numpy as np

from crawler.config import DEFAULTS, settings_of
from crawler.errors import Rejected
from crawler.items import ArticleItem
from crawler.pagework import precomputed, text_jobs
from crawler.session import session_for
from crawler.workers import WorkerPool, crawl_pool, run_job
from warehouse.neardup import NearDupIndex, minhash
from warehouse.session import WarehouseSession

__all__ = ["DedupPipeline", "minhash", "signature"]


def signature(text: str) -> np.ndarray:
    """The MinHash values of a text (warehouse.neardup.minhash): the job a worker process runs."""
    return minhash(text).hashvalues


def signature_of(text: str, title: str | None) -> np.ndarray:
    """:func:`signature` as a text job of the page's worker (crawler.pagework.text_jobs)."""
    return signature(text)


class DedupPipeline:
    """Drops what is already stored; every dropped duplicate URL is recorded (warehouse.record_duplicate).

    Every check asks the warehouse session (warehouse.session), which answers from what is newest first:
    articles that passed this stage and are still on their way to the store, the pending write batch (a
    copy arriving in the same batch as its original), batches being written, then the warehouse, the
    source of truth for what is stored (so a resumed crawl sees what the killed one committed).
    Near-duplicate candidates come from MinHash LSH band keys stored in the warehouse (warehouse.neardup):
    only the not-yet-committed articles' signatures are held in RAM. The signature is computed in a
    worker process; the checks run on the event loop, one article at a time, so two copies are never
    both let through.
    """

    def __init__(self, session: WarehouseSession, threshold: float = DEFAULTS.near_dup_threshold,
                 pool: WorkerPool | None = None) -> None:
        self.session, self.threshold, self.pool = session, threshold, pool
        self.index: NearDupIndex = session.near_dup_index(threshold)

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupPipeline:
        """Shares the crawl's warehouse session; threshold from TINMINE_NEAR_DUP_THRESHOLD."""
        text_jobs(crawler)["signature"] = signature_of  # computed where the page is read
        return cls(session_for(crawler), settings_of(crawler.settings).near_dup_threshold, crawl_pool())

    def open_spider(self, spider: Any = None) -> None:
        """Acquire the warehouse connection; index stored articles the near-duplicate index lacks."""
        self.session.acquire()
        self.index.backfill()

    def close_spider(self, spider: Any = None) -> None:
        """Release the warehouse connection."""
        self.session.release()

    def _duplicate(self, item: ArticleItem, article_id: str, reason: str, similarity: float | None = None) -> None:
        # An alias URL (AMP, mobile...) stays recorded as 'canonical'; a content verdict concerns the article
        # itself, so it goes on the canonical URL, whichever of the two arrived first.
        url = item.url if reason == "canonical" else item.canonical_url
        self.session.pending.add_duplicate(url, article_id, reason, similarity)
        if reason != "canonical" and item.url != item.canonical_url:  # the alias goes where its article went
            self.session.pending.add_duplicate(item.url, article_id, reason, similarity)
        raise Rejected("duplicate", f"{reason} duplicate of article {article_id} ({self._original_url(article_id)})"
                       + (f", similarity {similarity:.2f} >= threshold {self.threshold:.2f}"
                          if similarity is not None else ""))

    def _original_url(self, article_id: str) -> str:
        return self.session.article_url(article_id) or "not stored yet"

    def process_item(self, item: Any) -> Any:
        """Pass new or changed articles on; record and drop duplicates and unchanged re-fetches.

        In a crawl the signature is computed in a worker (a coroutine is returned); else right here."""
        if not isinstance(item, ArticleItem):
            return item
        if (values := precomputed(item, "signature")) is not None:
            return self.check(item, values)
        if self.pool is None:
            return self.check(item, signature(item.text))
        return self._checked(item)

    async def _checked(self, item: ArticleItem) -> ArticleItem:
        return self.check(item, await run_job(self.pool, signature, item.text))

    def check(self, item: ArticleItem, values: np.ndarray) -> ArticleItem:
        """The verdict on an article with its MinHash values: the item (claimed in the session until it is
        stored), or Rejected (duplicate, unchanged)."""
        session = self.session
        known = session.duplicate_of(item.url)
        if known is not None and known != item.article_id:
            raise Rejected("duplicate", f"known duplicate of article {known}")
        stored = session.stored_hash(item.canonical_url)
        alias = item.url != item.canonical_url  # AMP, mobile, tracking or alias URL of the canonical article
        if alias and stored is not None:
            self._duplicate(item, item.article_id, "canonical")
        elif not alias and stored == item.content_hash:  # already indexed (or pending), so later copies still match it
            if item.status == "offtopic" or session.has_extraction(item.article_id):
                raise Rejected("unchanged", "already stored with the same content")
            session.claim(item.article_id, item.canonical_url, item.content_hash, item.url)
            return item  # stored without mentions (extractor crash, or a pre-batching kill): extract again
        other = session.article_by_hash(item.content_hash)
        if other is not None and other != item.article_id:
            self._duplicate(item, other, "content_hash")
        for candidate, similarity in self.index.candidates(values):
            # LSH also returns pairs below the threshold (that is its false-positive rate): the estimate decides.
            if candidate != item.article_id and similarity >= self.threshold:
                self._duplicate(item, candidate, "near_duplicate", round(similarity, 4))
        if alias:  # only now: an alias of an article dropped above would point at nothing
            session.pending.add_duplicate(item.url, item.article_id, "canonical")
        item.near_dup = self.index.add(item.article_id, item.content_hash, values)
        session.claim(item.article_id, item.canonical_url, item.content_hash, item.url)
        return item
