"""A figure placed by the province its article's paragraphs name most (the extractor's source 'body') is stored:
the figures table's CHECK knows no 'body', so it is stored as 'paragraph' (warehouse.frames)."""
from __future__ import annotations

from dataclasses import replace

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text


def test_a_body_placed_figure_is_stored_as_paragraph(con) -> None:
    extraction = gold_extraction()
    first = extraction.figures[0]
    placed = replace(first, place=replace(first.place, source="body"))
    extraction = replace(extraction, figures=[placed, *extraction.figures[1:]])
    article = make_article(seed_text())
    warehouse.store_article(con, article)
    warehouse.store_extraction(con, article["article_id"], extraction, version="test-1")
    sources = dict(con.execute("SELECT start, place_source FROM figures WHERE article_id = ?",
                               [article["article_id"]]).fetchall())
    assert sources[placed.start] == "paragraph"
    assert len(sources) == len(extraction.figures)
