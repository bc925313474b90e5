"""Scrapy items: one article record as docs/CONTRACTS.md describes it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from crawler.text import content_hash
from crawler.urls import article_id
from extract.types import Extraction
from warehouse.access import local_now
from warehouse.batch import MentionRows, NearDupRow  # the warehouse's one zone for timestamps (schema 014)

if TYPE_CHECKING:  # only named in an annotation
    from crawler.pagework import Precomputed


@dataclass
class ArticleItem:
    """An article as the spider found it; pipelines fill relevance, status and the extraction."""

    url: str
    canonical_url: str
    outlet: str
    text: str
    title: str | None = None
    published_at: datetime | None = None
    author: str | None = None
    lang: str = "vi"
    title_source: str | None = None      # where title, published_at and author were taken from
    published_source: str | None = None  # (crawler.metadata: "h1", "dateline", "byline_end", ...)
    author_source: str | None = None
    fetched_at: datetime = field(default_factory=local_now)
    article_id: str = ""
    content_hash: str = ""
    relevance: float = 0.0
    relevance_reason: str = ""
    status: str = "kept"
    warc_file: str | None = None
    warc_offset: int | None = None
    etag: str | None = None            # validators of the response, for conditional re-fetches
    last_modified: str | None = None
    status_code: int = 200
    extraction: Extraction | MentionRows | None = None  # a crawl's extraction stage sets its mention rows
    extractor_version: str | None = None
    near_dup: NearDupRow | None = None  # its near-duplicate index entry (set by de-duplication)
    extraction_error: str | None = None  # why it has no extraction although kept (its worker died twice)
    cleaned: bool = False  # text already through crawler.text.clean_text (read_page cleans what it reads)
    precomputed: Precomputed | None = None  # the worker's text jobs' results (crawler.pagework); not stored

    def __post_init__(self) -> None:
        self.article_id = self.article_id or article_id(self.canonical_url)
        self.content_hash = self.content_hash or content_hash(self.text)

    def record(self) -> dict[str, Any]:
        """The warehouse article record (docs/CONTRACTS.md): every field; the warehouse takes its columns."""
        record = dict(vars(self))
        del record["precomputed"]
        return record
