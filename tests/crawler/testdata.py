"""get_testdata(): saved and hand-built pages under tests/fixtures/pages (Scrapy's test idiom)."""
from __future__ import annotations

from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
ORIGIN = "http://www.dan-an.invalid"


def get_testdata(*paths: str) -> bytes:
    """Bytes of a fixture page."""
    return PAGES.joinpath(*paths).read_bytes()


def html_response(name: str, url: str, body: bytes | None = None) -> HtmlResponse:
    """An HtmlResponse over a fixture page (tied to its request), as the downloader would build it."""
    return HtmlResponse(url=url, body=body or get_testdata(name), encoding="utf-8", request=Request(url))


def xml_response(name: str, url: str) -> TextResponse:
    """An XmlResponse over a fixture feed or sitemap."""
    return XmlResponse(url=url, body=get_testdata(name), encoding="utf-8", request=Request(url))
