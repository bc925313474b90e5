"""The indexed, pruned search against scoring every article in plain SQL, and its index maintenance."""
from __future__ import annotations

import pytest

import warehouse
from tests.warehouse.helpers import make_article, reference, seed_text
from warehouse.search import reindex

QUERIES = ["bảo vệ an ninh", "bao ve an ninh", "BẢO VỆ AN NINH", "Tô Lâm", "an ninh Tô Lâm", "ma túy", "camera",
           "Zalo an ninh", "khu dân cư an toàn", "xã", "to", "không có tội phạm", "2023", "nothing-like-this", "!!"]


@pytest.mark.parametrize("q", QUERIES)
@pytest.mark.parametrize("limit", [1, 5, 20])
def test_search_matches_scoring_every_article(synthetic_con, q, limit):
    found = warehouse.query("search", synthetic_con, q=q, limit=limit, status="all")
    expected = reference(synthetic_con, "naive_search", q=q, limit=limit)
    assert list(found["article_id"]) == list(expected["article_id"])
    assert list(found["score"]) == list(expected["score"])
    assert list(found["phrase"]) == list(expected["phrase"])
    assert list(found["matched_terms"]) == list(expected["matched_terms"])


@pytest.mark.parametrize("q", ["bảo vệ an ninh", "Tô Lâm", "to", "2023"])
@pytest.mark.parametrize("limit", [1, 5, 20])
def test_filtered_search_is_the_full_ranking_filtered(synthetic_con, q, limit):
    """Filters choose documents; the weights (document frequencies, lengths) stay the whole corpus's."""
    kept = set(synthetic_con.execute("SELECT article_id FROM articles WHERE status = 'kept'").fetchall())
    assert 0 < len(kept) < synthetic_con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    found = warehouse.query("search", synthetic_con, q=q, limit=limit)  # kept articles: the default
    every = reference(synthetic_con, "naive_search", q=q, limit=10_000)
    expected = every[every["article_id"].map(lambda a: (a,) in kept)].head(limit)
    assert list(found["article_id"]) == list(expected["article_id"])
    assert list(found["score"]) == list(expected["score"])


def test_search_is_accent_insensitive(synthetic_con):
    folded = warehouse.query("search", synthetic_con, q="bao ve an ninh", limit=50)
    accented = warehouse.query("search", synthetic_con, q="bảo vệ an ninh", limit=50)
    assert set(folded["article_id"]) == set(accented["article_id"]) and len(folded) == 50
    assert (accented["score"] - folded["score"]).max() == pytest.approx(1.0)


def test_folded_words_same_as_the_slow_definition(con):
    texts = [seed_text(), "Ông Ø. Müller, café “Đồng Khởi” — 39°C; ½ giờ\t\n中文 x²", "", "   ", "ĐẠI TƯỚNG TÔ LÂM"]
    slow = "list_filter(regexp_split_to_array(fold_keep(?), '[^a-z0-9]+'), lambda w: w <> '')"
    for text in texts:
        assert con.execute(f"SELECT folded_words(?) = {slow}", [text, text]).fetchall() == [(True,)]


def test_store_article_index_equals_the_bulk_rebuild(con):
    for i, stem in enumerate(("003_f707674472ecf3bc", "002_361dfef9dc19900e", "004_03d31ed0a32cd011")):
        warehouse.store_article(con, make_article(seed_text(stem), url=f"https://cand.com.vn/{i}.html"))
    rows = "SELECT * FROM {} ORDER BY ALL"
    stored = {t: con.execute(rows.format(t)).fetchall() for t in ("article_docs", "article_terms")}
    assert reindex(con) == 3
    assert {t: con.execute(rows.format(t)).fetchall() for t in stored} == stored


def test_changed_article_index_equals_the_bulk_rebuild(con):
    """A stored article written again with a new text loses its old search rows (new ones have none to lose),
    also in a batch that writes new articles beside it."""
    from warehouse.batch import WriteBatch, write_batch
    first = make_article(seed_text("003_f707674472ecf3bc"), url="https://cand.com.vn/0.html")
    warehouse.store_article(con, first)
    batch = WriteBatch()
    batch.add_article({**first, "text": first["text"] + " Hết.", "content_hash": "changed"})
    batch.add_article(make_article(seed_text("002_361dfef9dc19900e"), url="https://cand.com.vn/1.html"))
    write_batch(con, batch)
    rows = "SELECT * FROM {} ORDER BY ALL"
    stored = {t: con.execute(rows.format(t)).fetchall() for t in ("article_docs", "article_terms")}
    assert any("het" in words.split() for _, _, _, words in stored["article_docs"])
    assert reindex(con) == 2
    assert {t: con.execute(rows.format(t)).fetchall() for t in stored} == stored
