"""Re-extraction from the warehouse without network: stored text, or pages re-parsed from the WARC archive."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.archive import read_record
from crawler.parse import Selectors, parse_article
from crawler.profiles import load_profile, profile_names
from crawler.text import content_hash
from extract import EXTRACTOR_VERSION, extract_all
from warehouse import connect
from warehouse.batch import WriteBatch, write_batch
from warehouse.lookups import kept_articles

logger = logging.getLogger(__name__)


@dataclass
class ReextractStats:
    """What a re-extraction did."""

    articles: int = 0
    reparsed: int = 0
    text_changed: int = 0
    failed: int = 0


def _reparsed_text(row: dict[str, Any], stats: ReextractStats) -> str:
    if not row.get("warc_file") or row.get("warc_offset") is None or not Path(row["warc_file"]).exists():
        return row["text"]
    archived = read_record(row["warc_file"], int(row["warc_offset"]))
    selectors = load_profile(row["outlet"]).selectors if row["outlet"] in profile_names() else Selectors()
    fields = parse_article(archived.body, archived.url, selectors=selectors, content_type=archived.content_type,
                           min_chars=1)
    stats.reparsed += 1
    return fields.text if fields else row["text"]


def reextract(db_path: str | Path, *, reparse: bool = False) -> ReextractStats:
    """Re-run extraction over every kept article, from stored text (or re-parsed WARC pages), offline.

    Each article is one write of the batch writer: its row when a re-parse changed the text, and its new
    mention rows, in one transaction.
    """
    stats = ReextractStats()
    con = connect(db_path)
    try:
        for row in kept_articles(con):
            stats.articles += 1
            try:
                batch = WriteBatch()
                text = _reparsed_text(row, stats) if reparse else row["text"]
                if text != row["text"]:
                    stats.text_changed += 1
                    batch.add_article({**row, "text": text, "content_hash": content_hash(text)})
                published = row["published_at"]
                reference = published.date() if published is not None else None
                extraction = extract_all(text, reference=reference, place=row["place"])
                batch.add_extraction(row["article_id"], extraction, version=EXTRACTOR_VERSION)
                write_batch(con, batch)
            except Exception:  # one bad archive record must not stop the rest
                logger.exception("re-extraction failed for %s", row["article_id"])
                stats.failed += 1
    finally:
        con.close()
    return stats
