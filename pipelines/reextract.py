"""Re-extraction from the warehouse without network: stored text, or pages re-parsed from the WARC archive."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from crawler.archive import read_record

logger = logging.getLogger(__name__)
SQL = Path(__file__).resolve().parents[1] / "warehouse" / "statements"


@dataclass
class ReextractStats:
    """What a re-extraction did."""

    articles: int = 0
    reparsed: int = 0
    text_changed: int = 0
    failed: int = 0


def _reparsed_text(row: dict, stats: ReextractStats) -> str:
    from crawler.parse import Selectors, parse_article
    from crawler.profiles import load_profile, profile_names

    if not row.get("warc_file") or row.get("warc_offset") is None or not Path(row["warc_file"]).exists():
        return row["text"]
    archived = read_record(row["warc_file"], int(row["warc_offset"]))
    selectors = load_profile(row["outlet"]).selectors if row["outlet"] in profile_names() else Selectors()
    fields = parse_article(archived.body, archived.url, selectors=selectors, content_type=archived.content_type,
                           min_chars=1)
    stats.reparsed += 1
    return fields.text if fields else row["text"]


def reextract(db_path: str | Path, *, reparse: bool = False) -> ReextractStats:
    """Re-run extraction over every kept article, from stored text (or re-parsed WARC pages), offline."""
    import warehouse
    from crawler.text import content_hash
    from extract import EXTRACTOR_VERSION, extract_all

    stats = ReextractStats()
    con = warehouse.connect(db_path)
    try:
        rows = warehouse.query((SQL / "reextract_articles.sql").read_text(encoding="utf-8"), con)
        for row in rows.to_dict("records"):
            row = {k: (None if v is None or str(v) in ("NaT", "nan") else v) for k, v in row.items()}
            stats.articles += 1
            try:
                text = _reparsed_text(row, stats) if reparse else row["text"]
                if text != row["text"]:
                    stats.text_changed += 1
                    warehouse.store_article(con, {**row, "text": text, "content_hash": content_hash(text)})
                published = row["published_at"]
                reference = published.date() if published is not None else None
                extraction = extract_all(text, reference=reference, place=row["place"])
                warehouse.store_extraction(con, row["article_id"], extraction, version=EXTRACTOR_VERSION)
            except Exception:  # one bad archive record must not stop the rest
                logger.exception("re-extraction failed for %s", row["article_id"])
                stats.failed += 1
    finally:
        con.close()
    return stats
