"""Extraction stage: run the extractors over kept articles (reference date = publication date, default
place = the province of a provincial outlet, from warehouse/data/outlets.csv)."""
from __future__ import annotations

import logging
from typing import Any

from crawler.items import ArticleItem
from extract import EXTRACTOR_VERSION, extract_all
from warehouse.reference import outlet_places

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Attach ``extract_all`` output to kept articles; off-topic ones pass through unextracted."""

    def __init__(self) -> None:
        self.version = EXTRACTOR_VERSION
        self.places: dict[str, str] = {}

    def open_spider(self, spider: Any = None) -> None:
        """The province of every provincial outlet (the place of articles that name none)."""
        self.places = outlet_places()

    def process_item(self, item: Any) -> Any:
        """Set item.extraction and item.extractor_version; an extractor crash keeps the article unextracted."""
        if not isinstance(item, ArticleItem) or item.status != "kept":
            return item
        reference = item.published_at.date() if item.published_at else None
        try:
            item.extraction = extract_all(item.text, reference=reference, place=self.places.get(item.outlet))
            item.extractor_version = self.version
        except Exception:  # an extractor bug must not lose the article
            logger.exception("extraction failed for %s", item.url)
        return item
