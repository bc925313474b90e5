"""Imported by the test crawl forkserver (crawlproc.PRELOAD): do the lazy first-use loading once.

The extractors load their lexicons and underthesea's tagger on first use (~0.9 s), trafilatura and
htmldate theirs on the first page, Scrapy its HTTP download handler on the first crawl (~0.8 s); done
here, every forked crawl starts with them loaded. Nothing here starts a thread or opens DuckDB (neither
survives a fork).
"""
from __future__ import annotations

from pathlib import Path

import scrapy.core.downloader.handlers.http11  # noqa: F401 - slow import (deprecated-class stack walks)

from crawler.parse import parse_article
from crawler.server import SAMPLE_SITE
from extract import extract_all

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seeds" / "003_f707674472ecf3bc.txt"

_PAGE = next(SAMPLE_SITE.glob("an-ninh-trat-tu/*-a*.html"))
parse_article(_PAGE.read_bytes(), "http://www.dan-an.invalid/an-ninh-trat-tu/" + _PAGE.name)
extract_all(SEED.read_text(encoding="utf-8"))  # a text whose officials need the POS tagger
