"""get_testdata(): pages of the bundled sample outlet, by short name (Scrapy's test idiom)."""
from __future__ import annotations

from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

SITE = Path(__file__).resolve().parents[2] / "crawler" / "sample_site" / "site"
ORIGIN = "http://www.dan-an.invalid"
# Short names used by the tests -> the sample site's own files (no copies to drift).
PAGES = {
    "sample_amp.html":
        "amp/an-ninh-trat-tu/ket-qua-10-nam-thuc-hien-chuong-trinh-phoi-hop-ve-day-manh-phong-trao-toan-dan-bao-ve-an-n-a1001.html",
    "sample_article.html":
        "an-ninh-trat-tu/day-manh-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi-a1004.html",
    "sample_feed.rss": "rss/trang-chu.rss",
    "sample_listing.html": "an-ninh-trat-tu/index.html",
    "sample_offtopic.html": "kinh-te/gia-vang-trong-nuoc-tang-manh-phien-dau-tuan-a2301.html",
    "sample_robots.txt": "robots.txt",
    "sample_sitemap_index.xml": "sitemap.xml",
    "sample_sitemap_news.xml": "sitemaps/news.xml",
}


def get_testdata(name: str) -> bytes:
    """Bytes of a sample-site page by its short name."""
    return (SITE / PAGES[name]).read_bytes()


def html_response(name: str, url: str, body: bytes | None = None) -> HtmlResponse:
    """An HtmlResponse over a fixture page (tied to its request), as the downloader would build it."""
    return HtmlResponse(url=url, body=body or get_testdata(name), encoding="utf-8", request=Request(url))


def xml_response(name: str, url: str) -> TextResponse:
    """An XmlResponse over a fixture feed or sitemap."""
    return XmlResponse(url=url, body=get_testdata(name), encoding="utf-8", request=Request(url))
