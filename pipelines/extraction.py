"""Extraction stage: run the extractors over kept articles (reference date = publication date, default
place = the province of a provincial outlet, from warehouse/data/outlets.csv), in a worker process.

The worker also turns the extraction into the article's mention rows (warehouse.frames.mention_rows, as
re-extraction does): a crawl then sends plain rows back instead of the extraction's dataclasses, and the
warehouse writer only concatenates them into the batch's Arrow tables."""
from __future__ import annotations

import logging
from datetime import date
from typing import Any

from crawler.items import ArticleItem
from crawler.workers import WorkerCrashed, WorkerPool, crawl_pool, run_job
from extract import EXTRACTOR_VERSION, extract_all
from extract.types import Extraction
from warehouse.batch import MentionRows
from warehouse.frames import mention_rows
from warehouse.reference import outlet_places

logger = logging.getLogger(__name__)


def extract_article(text: str, reference: date | None, place: str | None) -> Extraction:
    """``extract_all`` of one article: the job a worker process runs."""
    return extract_all(text, reference=reference, place=place)


def extract_rows(article_id: str, text: str, reference: date | None, place: str | None, version: str) -> MentionRows:
    """The mention rows of one article (``extract_article`` turned into rows for ``article_id`` and ``version``):
    the job a worker process runs in a crawl."""
    return MentionRows(mention_rows(article_id, extract_article(text, reference, place), version))


class ExtractPipeline:
    """Attach ``extract_all`` output to kept articles; off-topic ones pass through unextracted."""

    def __init__(self, pool: WorkerPool | None = None) -> None:
        self.version = EXTRACTOR_VERSION
        self.places: dict[str, str] = {}
        self.pool = pool

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        """Extracts in the crawl's worker processes."""
        return cls(crawl_pool())

    def open_spider(self, spider: Any = None) -> None:
        """The province of every provincial outlet (the place of articles that name none)."""
        self.places = outlet_places()

    def process_item(self, item: Any) -> Any:
        """Set item.extraction (the article's mention rows) and item.extractor_version; an extractor crash keeps
        the article unextracted.

        In a crawl the extraction runs in a worker (a coroutine is returned); else right here. The rows carry
        item.article_id, the id the store pipeline writes the article under (no stage after this one changes it)."""
        if not isinstance(item, ArticleItem) or item.status != "kept":
            return item
        args = (item.article_id, item.text, item.published_at.date() if item.published_at else None,
                self.places.get(item.outlet), self.version)
        if self.pool is None:
            try:
                item.extraction, item.extractor_version = extract_rows(*args), self.version
            except Exception:  # an extractor bug must not lose the article
                logger.exception("extraction failed for %s", item.url)
            return item
        return self._extracted(item, args)

    async def _extracted(self, item: ArticleItem, args: tuple[str, str, date | None, str | None, str]) -> ArticleItem:
        try:
            item.extraction = await run_job(self.pool, extract_rows, *args)
            item.extractor_version = self.version
        except WorkerCrashed as exc:  # the worker died on this text twice: stored unextracted, and said so
            logger.error("extraction failed for %s: %s", item.url, exc)
            item.extraction_error = str(exc)
        except Exception:  # an extractor bug must not lose the article
            logger.exception("extraction failed for %s", item.url)
        return item
