"""Re-extraction from the warehouse without network: stored text, or pages re-parsed from the WARC archive."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from crawler.archive import read_record
from crawler.parse import Selectors, parse_article
from crawler.profiles import load_profile, profile_names
from crawler.text import content_hash
from crawler.workers import WorkerPool, preload_extractors
from extract import EXTRACTOR_VERSION, extract_all
from warehouse import connect
from warehouse.batch import MentionRows, WriteBatch
from warehouse.frames import mention_rows
from warehouse.lookups import kept_articles
from warehouse.writer import BatchWriter

logger = logging.getLogger(__name__)


@dataclass
class ReextractStats:
    """What a re-extraction did."""

    articles: int = 0
    reparsed: int = 0
    text_changed: int = 0
    failed: int = 0


@cache
def _selectors(outlet: str) -> Selectors:
    """The selectors of an outlet's bundled profile (none for an outlet without one), looked up once per process:
    listing the profiles directory for every re-parsed article would repeat the same I/O."""
    return load_profile(outlet).selectors if outlet in profile_names() else Selectors()


def reparsed_text(row: dict[str, Any]) -> str | None:
    """The page's text parsed again from its WARC record; None when it has no (readable) record."""
    if not row.get("warc_file") or row.get("warc_offset") is None or not Path(row["warc_file"]).exists():
        return None
    archived = read_record(row["warc_file"], int(row["warc_offset"]))
    fields = parse_article(archived.body, archived.url, selectors=_selectors(row["outlet"]),
                           content_type=archived.content_type, min_chars=1)
    return fields.text if fields else row["text"]


def reextract_one(row: dict[str, Any], reparse: bool) -> tuple[str, bool, MentionRows]:
    """(text, re-parsed?, mention rows) of one stored article: the job a worker process runs (it also turns
    the extraction into rows, so the writer only builds the batch's Arrow tables)."""
    text = reparsed_text(row) if reparse else None
    reparsed = text is not None
    text = row["text"] if text is None else text
    published = row["published_at"]
    reference = published.date() if published is not None else None
    extraction = extract_all(text, reference=reference, place=row["place"])
    return text, reparsed, MentionRows(mention_rows(row["article_id"], extraction, EXTRACTOR_VERSION))


JOB_FIELDS = ("article_id", "text", "published_at", "place", "warc_file", "warc_offset", "outlet")


def reextract(db_path: str | Path, *, reparse: bool = False, workers: int | None = None,
              batch_size: int = 200) -> ReextractStats:
    """Re-run extraction over every kept article, from stored text (or re-parsed WARC pages), offline.

    ``workers`` processes (default one per core) extract in parallel; the articles are read in a stream
    and handed out a bounded window at a time, and one writer thread (warehouse.writer) commits every
    ``batch_size`` articles in one transaction: an article's row when a re-parse changed its text, and
    its new mention rows (replacing the old ones), together.
    """
    stats = ReextractStats()
    preload_extractors()
    with WorkerPool(workers) as pool:  # forked before the warehouse is opened
        con = connect(db_path)
        con.execute("SET threads = 1")  # the cores are the workers'; the writer's small inserts need no more
        reader = con.cursor()
        writer = BatchWriter(con, lambda: None)
        try:
            rows: dict[str, dict[str, Any]] = {}

            def jobs() -> Iterator[tuple[dict[str, Any], bool]]:
                for row in kept_articles(reader):
                    rows[row["article_id"]] = row
                    yield {k: row[k] for k in JOB_FIELDS}, reparse

            batch = WriteBatch()
            for (job, _), ok, value in pool.map_unordered(reextract_one, jobs()):
                row = rows.pop(job["article_id"])
                stats.articles += 1
                if not ok:  # one bad archive record (or a worker that died twice) must not stop the rest
                    logger.error("re-extraction failed for %s: %s", row["article_id"], value)
                    stats.failed += 1
                    continue
                text, reparsed, extraction = value
                stats.reparsed += reparsed
                if text != row["text"]:
                    stats.text_changed += 1
                    batch.add_article({**row, "text": text, "content_hash": content_hash(text)})
                batch.add_extraction(row["article_id"], extraction, version=EXTRACTOR_VERSION)
                if len(batch.extractions) >= batch_size:
                    writer.put(batch)
                    batch = WriteBatch()
            if len(batch):
                writer.put(batch)
        finally:
            writer.close()
            stats.failed += sum(failed for _, failed in writer.done)
            reader.close()
            con.close()
    return stats
