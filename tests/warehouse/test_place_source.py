"""Every place and period source the extractor can give a figure is stored as it is (migration 017 added 'body' for
the place: the province the article's paragraphs name most; 018 for the period: the last day the text named before a
scene sentence); before, a 'body' figure failed its whole batch and the crawl lost its pages."""
from __future__ import annotations

from dataclasses import replace
from typing import get_args

import pytest

import warehouse
from extract.types import FactSource
from tests.warehouse.helpers import gold_extraction, make_article, seed_text
from warehouse.migrations import SCHEMA_DIR

PLACE_SOURCES = [s for s in get_args(FactSource) if s != "published"]   # a publication date places nothing
PERIOD_SOURCES = [s for s in get_args(FactSource) if s not in ("actor", "outlet")]   # who reports dates nothing


@pytest.mark.parametrize(("fact", "source"), [("place", s) for s in PLACE_SOURCES] + [("period", s) for s in PERIOD_SOURCES])
def test_every_place_and_period_source_is_stored_as_given(con, fact: str, source: str) -> None:
    extraction = gold_extraction()
    first = extraction.figures[0]
    changed = replace(first, **{fact: replace(getattr(first, fact), source=source)})
    extraction = replace(extraction, figures=[changed, *extraction.figures[1:]])
    article = make_article(seed_text())
    warehouse.store_article(con, article)
    warehouse.store_extraction(con, article["article_id"], extraction, version="test-1")
    sources = dict(con.execute(f"SELECT start, {fact}_source FROM figures WHERE article_id = ?",
                               [article["article_id"]]).fetchall())
    assert sources[changed.start] == source
    assert len(sources) == len(extraction.figures)


def test_the_rebuild_keeps_every_figure_and_the_views_read_it(con) -> None:
    """018 (as 017 before it) rebuilds the figures table: run again on a loaded warehouse, it keeps every row, column and comment,
    and the views over figures (figure_facts, indicator) still read them."""
    for stem in ("003_f707674472ecf3bc", "002_361dfef9dc19900e"):
        article = make_article(seed_text(stem), url=f"https://cand.com.vn/{stem}.html")
        warehouse.store_article(con, article)
        warehouse.store_extraction(con, article["article_id"], gold_extraction(stem), version="v1")

    def state() -> tuple:
        return (con.execute("SELECT * FROM figures ORDER BY article_id, start").fetchall(),
                con.execute("SELECT count(*), count(DISTINCT indicator_key) FROM figure_facts").fetchone(),
                con.execute("SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'figures'"
                            " ORDER BY column_index").fetchall())

    before = state()
    assert before[1][0] > 0
    con.execute((SCHEMA_DIR / "018_period_source_body.sql").read_text(encoding="utf-8"))
    assert state() == before
