"""Idempotent loads, and every schema constraint refusing bad rows."""
from __future__ import annotations

import duckdb
import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text

TABLES = ("articles", "figures", "dates", "models", "officials", "place_mentions", "article_terms",
          "article_docs", "article_urls", "crawl_log", "sentences", "extractions")
ARTICLE_COLS = "article_id, url, canonical_url, outlet, text, content_hash, fetched_at"
GOOD_ARTICLE = "'b1', 'u', 'u', 'cand', 'txt', 'h', now()"
SPAN = "article_id, sentence, start, \"end\", text, extractor_version"


def snapshot(con) -> dict[str, list]:
    """Every row of every table, leaving out load timestamps and counters."""
    keep = "COLUMNS(lambda c: c NOT IN ('extracted_at', 'last_seen', 'times', 'recorded_at', 'first_seen'))"
    return {t: sorted(map(str, con.execute(f"SELECT {keep} FROM {t}").fetchall())) for t in TABLES}


def load(con) -> None:
    """The same crawl: articles, extractions, a duplicate URL and log events."""
    for stem in ("003_f707674472ecf3bc", "002_361dfef9dc19900e"):
        article = make_article(seed_text(stem), url=f"https://cand.com.vn/{stem}.html")
        warehouse.store_article(con, article)
        warehouse.store_extraction(con, article["article_id"], gold_extraction(stem), version="v1")
        warehouse.record_duplicate(con, article["url"] + "?amp", article["article_id"], "canonical")
        warehouse.log_crawl_event(con, url=article["url"], outlet="cand", event="stored", status_code=200)


def test_loading_the_same_crawl_twice_changes_nothing(con):
    load(con)
    first = snapshot(con)
    load(con)
    assert snapshot(con) == first


BAD = [
    ("articles PK", f"INSERT INTO articles ({ARTICLE_COLS}) VALUES ({GOOD_ARTICLE}), ({GOOD_ARTICLE})"),
    ("articles NOT NULL text", f"INSERT INTO articles ({ARTICLE_COLS}) VALUES ('b2', 'u', 'u', 'cand', NULL, 'h', now())"),
    ("articles status", f"INSERT INTO articles ({ARTICLE_COLS}, status) VALUES ({GOOD_ARTICLE}, 'maybe')"),
    ("articles relevance", f"INSERT INTO articles ({ARTICLE_COLS}, relevance) VALUES ({GOOD_ARTICLE}, 1.5)"),
    ("figures FK", f"INSERT INTO figures ({SPAN}, unit, kind, approx) VALUES ('nope', 0, 0, 1, 'x', 'v', 'u', 'count', false)"),
    ("figures kind", f"INSERT INTO figures ({SPAN}, unit, kind, approx) VALUES ($a, 0, 0, 1, 'x', 'v', 'u', 'lots', false)"),
    ("figures span", f"INSERT INTO figures ({SPAN}, unit, kind, approx) VALUES ($a, 0, 5, 5, 'x', 'v', 'u', 'count', false)"),
    ("figures approx NOT NULL", f"INSERT INTO figures ({SPAN}, unit, kind, approx) VALUES ($a, 0, 0, 1, 'x', 'v', 'u', 'count', NULL)"),
    ("figures version NOT NULL", f"INSERT INTO figures ({SPAN}, unit, kind, approx) VALUES ($a, 0, 0, 1, 'x', NULL, 'u', 'count', false)"),
    ("dates precision", f"INSERT INTO dates ({SPAN}, value, precision) VALUES ($a, 0, 0, 1, 'x', 'v', '2023', 'week')"),
    ("dates value format", f"INSERT INTO dates ({SPAN}, value, precision) VALUES ($a, 0, 0, 1, 'x', 'v', '30/5', 'day')"),
    ("figures PK (span)", "INSERT INTO figures SELECT * FROM figures LIMIT 1"),
    ("models empty name", f"INSERT INTO models ({SPAN}, name, key, canonical_key) VALUES ($a, 0, 0, 1, 'x', 'v', '', 'k', 'k')"),
    ("officials NOT NULL titles", f"INSERT INTO officials ({SPAN}, name, titles, mentions, person_key) "
                                  "VALUES ($a, 0, 0, 1, 'x', 'v', 'A', NULL, [], 'a')"),
    ("article_urls reason", "INSERT INTO article_urls (url, article_id, reason) VALUES ('x', $a, 'similar')"),
    ("crawl_log event", "INSERT INTO crawl_log (url, event, outlet) VALUES ('x', 'Not An Event', 'cand')"),
    ("crawl_log status", "INSERT INTO crawl_log (url, event, outlet, status_code) VALUES ('x', 'http_error', 'c', 42)"),
    ("outlets scope/province", "INSERT INTO outlets (outlet, name, scope) VALUES ('x', 'X', 'provincial')"),
    ("places level", "INSERT INTO places (place_id, era, level, type, short_name, name) "
                     "VALUES ('X', '2023', 'county', 'X', 'X', 'X')"),
    ("figures scope", f"INSERT INTO figures ({SPAN}, unit, kind, approx, scope) "
                      "VALUES ($a, 0, 0, 1, 'x', 'v', 'u', 'count', false, 'region')"),
    ("figures period format", f"INSERT INTO figures ({SPAN}, unit, kind, approx, period) "
                              "VALUES ($a, 0, 0, 1, 'x', 'v', 'u', 'count', false, '30/5')"),
    ("figures period kind", f"INSERT INTO figures ({SPAN}, unit, kind, approx, period_kind) "
                            "VALUES ($a, 0, 0, 1, 'x', 'v', 'u', 'count', false, 'stock')"),
    ("place_mentions role", "INSERT INTO place_mentions (article_id, sentence, start, \"end\", text, level, role) "
                            "VALUES ($a, 0, 0, 1, 'x', 'province', 'venue')"),
    ("indicator_taxonomy period", "INSERT INTO indicator_taxonomy VALUES ('k', 'K', 'always', false, [])"),
    ("negative sentence", f"INSERT INTO dates ({SPAN}, value, precision) VALUES ($a, -1, 0, 1, 'x', 'v', '2023', 'year')"),
]


@pytest.mark.parametrize("label, sql", BAD, ids=[b[0] for b in BAD])
def test_constraint_refuses(stored, label, sql):
    con, article = stored
    params = {"a": article["article_id"]} if "$a" in sql else {}
    with pytest.raises(duckdb.ConstraintException):
        con.execute(sql, params)
