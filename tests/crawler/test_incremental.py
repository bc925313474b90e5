"""Incremental re-crawl: only new or changed articles are fetched and stored again."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

import warehouse
from crawler.incremental import parse_lastmod
from crawler.server import serve
from tests.crawler.test_crawl_sample import run_crawl
from tools.sites.sample_variants import generate_sample_variant


def test_parse_lastmod() -> None:
    assert str(parse_lastmod("2023-06-09T09:30:00Z")) == "2023-06-09 16:30:00"
    assert str(parse_lastmod("2023-06-09")) == "2023-06-09 00:00:00"
    assert parse_lastmod("hôm qua") is None and parse_lastmod(None) is None


@pytest.mark.slow
def test_recrawl_fetches_only_new_and_changed(tmp_path: Path) -> None:
    site, db = tmp_path / "site", tmp_path / "inc.duckdb"
    arts = generate_sample_variant(site, 4)  # one of them off-topic
    log: list[str] = []
    with serve(site, log=log) as base:
        first = run_crawl(db, f"sample@{base}/")
        assert first["kept"] + first["offtopic"] == 4
        changed = site / arts[0].path.lstrip("/")
        changed.write_text(changed.read_text(encoding="utf-8").replace(
            "</div>\n<p class=\"author\">", "<p>Cập nhật: phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục.</p>"
            "</div>\n<p class=\"author\">", 1), encoding="utf-8")
        future = time.time() + 120
        os.utime(changed, (future, future))
        sitemap = site / "sitemaps" / "0.xml"
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S+07:00", time.gmtime(future + 7 * 3600))
        text = sitemap.read_text(encoding="utf-8")
        text = re.sub(rf"({re.escape(arts[0].path)}</loc><lastmod>)[^<]+", rf"\g<1>{stamp}", text)
        sitemap.write_text(text, encoding="utf-8")
        log.clear()
        second = run_crawl(db, f"sample@{base}/")
    assert second["kept"] + second["offtopic"] == 1 and second["unchanged"] >= 3, second
    con = warehouse.connect(db, read_only=True)
    try:
        rows = warehouse.query("SELECT count(*) AS n, sum(CAST(text LIKE '%tiếp tục.%' AS INT)) AS updated "
                               "FROM articles", con).iloc[0]
    finally:
        con.close()
    assert rows.n == 4 and rows.updated == 1


@pytest.mark.slow
def test_recrawl_revalidates_with_etag(tmp_path: Path) -> None:
    site, db = tmp_path / "site", tmp_path / "etag.duckdb"
    arts = generate_sample_variant(site, 4)
    sitemap = site / "sitemaps" / "0.xml"  # no lastmod: every stored article is asked for conditionally
    sitemap.write_text(re.sub(r"<lastmod>[^<]+</lastmod>", "", sitemap.read_text(encoding="utf-8")), encoding="utf-8")
    exchanges: list[tuple[str, int]] = []
    with serve(site, exchanges=exchanges) as base:
        first = run_crawl(db, f"sample@{base}/")
        assert first["kept"] + first["offtopic"] == 4
        etags = stored_validators(db)
        assert all(tag.startswith('"') and since.endswith("GMT") for tag, since in etags.values()), etags
        changed = site / arts[0].path.lstrip("/")
        changed.write_text(changed.read_text(encoding="utf-8").replace("</div>\n<p class=\"author\">",
                           "<p>Cập nhật thêm.</p></div>\n<p class=\"author\">", 1), encoding="utf-8")
        future = time.time() + 120  # every page looks modified by date: only the ETag tells they are not
        for art in arts:
            os.utime(site / art.path.lstrip("/"), (future, future))
        exchanges.clear()
        second = run_crawl(db, f"sample@{base}/")
    statuses = {path: status for path, status in exchanges if path.endswith(tuple(a.path for a in arts))}
    assert statuses == {arts[0].path: 200, **{a.path: 304 for a in arts[1:]}}, statuses
    assert second["kept"] + second["offtopic"] == 1 and second["unchanged"] == 3, second
    after = stored_validators(db)
    assert [url for url in after if after[url] != etags[url]] == [f"http://www.dan-an.invalid{arts[0].path}"]


def stored_validators(db: Path) -> dict[str, tuple[str, str]]:
    con = warehouse.connect(db, read_only=True)
    try:
        return {url: (etag, since) for url, etag, since in
                con.execute("SELECT url, etag, last_modified FROM articles").fetchall()}
    finally:
        con.close()
