"""Officials' co-occurrence from the pairs kept at load time, against joining officials with themselves."""
from __future__ import annotations

import dataclasses

import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, reference, seed_text


@pytest.mark.parametrize("person", [None, "Tô Lâm", "nguyen van chien"])
def test_co_occurrence_matches_joining_officials(synthetic_con, person):
    found = warehouse.query("co_occurrence", synthetic_con, person=person, limit=100_000)
    expected = reference(synthetic_con, "naive_co_occurrence", person=person, limit=100_000)
    assert len(found) > 10 if person is None else len(found) > 0
    assert found.to_dict("records") == expected.to_dict("records")


def test_person_pairs_follow_store_extraction(con):
    article = make_article(seed_text())
    warehouse.store_article(con, article)
    gold = gold_extraction()
    warehouse.store_extraction(con, article["article_id"], gold, version="v1")
    before = reference(con, "naive_co_occurrence", person=None, limit=1000)
    assert len(before) > 1
    assert warehouse.query("co_occurrence", con, limit=1000).to_dict("records") == before.to_dict("records")
    fewer = dataclasses.replace(gold, officials=gold.officials[:2])
    warehouse.store_extraction(con, article["article_id"], fewer, version="v2")
    assert len(warehouse.query("co_occurrence", con, limit=1000)) == 1
    warehouse.store_article(con, {**article, "text": article["text"] + " Hết.", "content_hash": "changed"})
    assert con.execute("SELECT count(*) FROM person_pairs").fetchall() == [(0,)]
