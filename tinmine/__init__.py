"""tinmine: Vietnamese news text mining (crawl -> extract -> DuckDB)."""

__version__ = "0.1.0"
