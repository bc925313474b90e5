"""Start the crawl forkserver as soon as a crawl test is collected, so its imports overlap other tests."""
from __future__ import annotations

import pytest


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(item.get_closest_marker("slow") for item in session.items):
        from tests.crawler.crawlproc import ensure_server

        ensure_server()
