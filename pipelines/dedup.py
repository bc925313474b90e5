"""De-duplication: canonical URL, exact content hash, and MinHash near-duplicates, recorded as links."""
from __future__ import annotations

from typing import Any

import duckdb

import warehouse
from crawler.config import DEFAULTS, settings_of
from crawler.errors import Rejected
from crawler.items import ArticleItem
from crawler.session import session_for
from warehouse import lookups
from warehouse.neardup import NearDupIndex, minhash
from warehouse.session import WarehouseSession

__all__ = ["DedupPipeline", "minhash"]


class DedupPipeline:
    """Drops what is already stored; every dropped duplicate URL is recorded (warehouse.record_duplicate).

    Exact checks ask the session's pending write batch first (a copy arriving in the same batch as its
    original), then the warehouse, the source of truth for what is stored (so a resumed crawl sees what
    the killed one committed). Near-duplicate candidates come from MinHash LSH band keys stored in the
    warehouse (warehouse.neardup): only the not-yet-committed articles' signatures are held in RAM.
    """

    def __init__(self, session: WarehouseSession, threshold: float = DEFAULTS.near_dup_threshold) -> None:
        self.session, self.threshold = session, threshold
        self.index: NearDupIndex = session.near_dup_index(threshold)
        self.con: duckdb.DuckDBPyConnection | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupPipeline:
        """Shares the crawl's warehouse session; threshold from TINMINE_NEAR_DUP_THRESHOLD."""
        return cls(session_for(crawler), settings_of(crawler.settings).near_dup_threshold)

    def open_spider(self, spider: Any = None) -> None:
        """Acquire the warehouse connection; index stored articles the near-duplicate index lacks."""
        self.con = self.session.acquire()
        self.index.backfill()

    def close_spider(self, spider: Any = None) -> None:
        """Release the warehouse connection."""
        self.session.release()

    def _known_duplicate(self, url: str) -> str | None:
        return self.session.pending.duplicate_of(url) or lookups.duplicate_of(self.con, url)

    def _stored_hash(self, canonical_url: str) -> str | None:
        return self.session.pending.stored_hash(canonical_url) or warehouse.stored_hash(self.con, canonical_url)

    def _article_by_hash(self, content_hash: str) -> str | None:
        return self.session.pending.article_by_hash(content_hash) or lookups.article_by_hash(
            self.con, content_hash)

    def _has_extraction(self, article_id: str) -> bool:
        return self.session.pending.has_extraction(article_id) or lookups.has_extraction(
            self.con, article_id)

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
        pending = self.session.pending.articles.get(article_id)
        return pending.row["url"] if pending is not None else (
            lookups.article_url(self.con, article_id) or "not stored yet")

    def process_item(self, item: Any) -> Any:
        """Pass new or changed articles on; record and drop duplicates and unchanged re-fetches."""
        if not isinstance(item, ArticleItem):
            return item
        known = self._known_duplicate(item.url)
        if known is not None and known != item.article_id:
            raise Rejected("duplicate", f"known duplicate of article {known}")
        signature = minhash(item.text)
        stored = self._stored_hash(item.canonical_url)
        alias = item.url != item.canonical_url  # AMP, mobile, tracking or alias URL of the canonical article
        if alias and stored is not None:
            self._duplicate(item, item.article_id, "canonical")
        elif not alias and stored == item.content_hash:  # already indexed (or pending), so later copies still match it
            if item.status == "offtopic" or self._has_extraction(item.article_id):
                raise Rejected("unchanged", "already stored with the same content")
            return item  # stored without mentions (extractor crash, or a pre-batching kill): extract again
        other = self._article_by_hash(item.content_hash)
        if other is not None and other != item.article_id:
            self._duplicate(item, other, "content_hash")
        for candidate, similarity in self.index.candidates(signature):
            # LSH also returns pairs below the threshold (that is its false-positive rate): the estimate decides.
            if candidate != item.article_id and similarity >= self.threshold:
                self._duplicate(item, candidate, "near_duplicate", round(similarity, 4))
        if alias:  # only now: an alias of an article dropped above would point at nothing
            self.session.pending.add_duplicate(item.url, item.article_id, "canonical")
        self.index.add(item.article_id, item.content_hash, signature)
        return item
