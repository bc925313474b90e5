"""Fixtures: an in-memory warehouse, empty or holding one seed article with its gold extraction."""
from __future__ import annotations

import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text


@pytest.fixture
def con():
    """A migrated in-memory warehouse."""
    connection = warehouse.connect(":memory:")
    yield connection
    connection.close()


@pytest.fixture
def stored(con):
    """The warehouse holding one seed article and its gold extraction; yields (con, article)."""
    article = make_article(seed_text())
    warehouse.store_article(con, article)
    warehouse.store_extraction(con, article["article_id"], gold_extraction(), version="test-1")
    return con, article



@pytest.fixture(scope="module")
def synthetic_con():
    """300 synthetic articles (benchmarks.synthetic) with their mentions, bulk-loaded and indexed."""
    from benchmarks.synthetic import synthetic
    from benchmarks.warehouse import bulk_load
    from warehouse.search import reindex

    connection = warehouse.connect(":memory:")
    bulk_load(connection, synthetic(300, 3_000, seed=11))
    reindex(connection)
    yield connection
    connection.close()
