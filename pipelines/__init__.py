"""Scrapy item pipelines: clean -> relevance -> dedup -> extract -> store (see crawler/settings.py)."""
from __future__ import annotations

