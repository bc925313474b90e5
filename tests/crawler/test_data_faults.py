"""Quieter data faults of issue 11, one regression test each: UTF-16/32 pages, deep trees, big sitemaps, size limits.

Regressions: UTF-16 HTML was rejected as binary; text nested deeper than ~255 elements was silently
lost; a sitemap over 8 MB decompressed was dropped whole; size-limit drops were logged as `ignored`
or `error` instead of `too_large`.
"""
from __future__ import annotations

import codecs
import gzip
import tracemalloc

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

from crawler.encoding import decode_html
from crawler.errors import PageRejected
from crawler.htmltree import shallow_html, shallow_tree, too_deep
from crawler.parse import parse_article
from crawler.sitemap import BadSitemap, SitemapReader
from crawler.spiders.news import classify_failure

pytestmark = pytest.mark.fault

PARA = ("Công an xã phối hợp với Mặt trận Tổ quốc phát động phong trào toàn dân bảo vệ an ninh Tổ quốc, xây dựng "
        "khu dân cư an toàn về an ninh trật tự.")
PAGE = ('<html lang="vi"><head><meta charset="{charset}"><title>Trang thử</title></head><body><article>'
        + "".join(f"<p>Đoạn {i}. {PARA}</p>" for i in range(4)) + "</article></body></html>")


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
])
def test_pages_with_a_byte_order_mark_are_decoded(bom: bytes, codec: str) -> None:
    body = bom + PAGE.format(charset=codec.split("-")[0] + "-" + codec.split("-")[1]).encode(codec)
    text, _ = decode_html(body, "text/html; charset=iso-8859-1")  # the BOM outranks a wrong header
    assert "phong trào toàn dân" in text and "\x00" not in text
    fields = parse_article(body, "https://baomau.vn/a-1.html", content_type="text/html")
    assert fields is not None and fields.title == "Trang thử" and fields.text.count("phong trào toàn dân") == 4


def test_binary_is_still_binary() -> None:
    for body in (b"%PDF-1.4\n" + bytes(range(256)), b"\x00\x00\x00\x18ftypmp42" + bytes(100), b"\x00" * 50):
        with pytest.raises(PageRejected, match="binary"):
            decode_html(body)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzzed_bytes_decode_or_are_rejected_with_a_reason(body: bytes) -> None:
    try:
        text, _ = decode_html(body)
    except PageRejected as exc:
        assert exc.event in ("empty", "binary", "encoding")
    else:
        assert isinstance(text, str)


@pytest.mark.parametrize("depth", [255, 300, 3_000, 30_000])
def test_text_nested_deep_is_parsed(depth: int) -> None:
    html = ('<html lang="vi"><head><title>Sâu</title></head><body>' + "<div>" * depth
            + "".join(f"<p>Đoạn {i}. {PARA}</p>" for i in range(4)) + "</div>" * depth + "<p>Cuối trang.</p></body></html>")
    fields = parse_article(html.encode(), "https://baomau.vn/a-1.html", content_type="text/html; charset=utf-8")
    assert fields is not None and fields.text.count("phong trào toàn dân") == 4
    assert not too_deep(shallow_html(html))


def test_ordinary_pages_are_left_as_they_are() -> None:
    html = PAGE.format(charset="utf-8")
    assert shallow_html(html) is html


@pytest.mark.parametrize(("html", "kept"), [
    ('<html lang="vi"><body>' + "<p>Đoạn <b>một</b>.</p>" * 200 + "</body></html>", True),  # the check's parse is kept
    ("<p>Đoạn.</p>" * 20, False),  # under 256 tags: not parsed
    ("<body>" + "<div>" * 300 + "<p>Sâu.</p>" + "</div>" * 300 + "</body>", False),  # flattened: parsed again
    ("<?xml version='1.0' encoding='utf-8'?><html><body>" + "<p>x</p>" * 300 + "</body></html>", False),
])
def test_a_page_whose_depth_was_checked_is_not_parsed_again(html: str, kept: bool) -> None:
    text, tree = shallow_tree(html)
    assert text == shallow_html(html)
    assert (tree is not None) == kept
    if tree is not None:  # the tree read_page would parse (lxml.html.fromstring)
        assert lxml.html.tostring(tree) == lxml.html.tostring(lxml.html.fromstring(text))


def urlset(n: int, tail: str = "") -> bytes:
    entries = "".join(f"<url><loc>https://baomau.vn/tin-{i}.html</loc><lastmod>2024-01-0{1 + i % 9}</lastmod></url>"
                      for i in range(n))
    return (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}{tail}'
            "</urlset>").encode()


def test_big_sitemap_is_streamed_in_flat_memory() -> None:
    """Regression: a sitemap over 8 MB decompressed was dropped whole; now it is read entry by entry."""
    reader = SitemapReader(gzip.compress(urlset(120_000)), max_bytes=64 * 1024 * 1024)  # ~9 MB of XML
    entries = list(reader)
    assert len(entries) == 120_000 and reader.kind == "urlset" and not reader.truncated
    assert entries[-1] == {"loc": "https://baomau.vn/tin-119999.html", "lastmod": "2024-01-03"}
    peaks = {}
    for n in (2_000, 16_000):  # memory does not grow with the sitemap: one entry at a time
        body = gzip.compress(urlset(n))
        tracemalloc.start()
        for _ in SitemapReader(body):
            pass
        peaks[n] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peaks[16_000] < 1.5 * peaks[2_000] + 100_000, peaks


def test_sitemap_over_its_limit_keeps_what_was_read() -> None:
    reader = SitemapReader(urlset(20_000), max_bytes=200_000)
    entries = list(reader)
    assert 1_000 < len(entries) < 20_000 and reader.truncated
    assert entries[0]["loc"] == "https://baomau.vn/tin-0.html"


def test_cut_or_junk_sitemaps() -> None:
    cut = gzip.compress(urlset(5_000))
    reader = SitemapReader(cut[: len(cut) // 2])
    assert 100 < len(list(reader)) < 5_000 and reader.broken
    for junk in (b"", b"not xml", b"<html><body>x</body></html>"):
        with pytest.raises(BadSitemap):
            list(SitemapReader(junk))
    index = b"<sitemapindex><sitemap><loc>https://baomau.vn/s1.xml</loc></sitemap></sitemapindex>"
    reader = SitemapReader(index)
    assert list(reader) == [{"loc": "https://baomau.vn/s1.xml"}] and reader.kind == "sitemapindex"


def failure(exc: Exception) -> Failure:
    try:
        raise exc
    except Exception:
        return Failure()


@pytest.mark.parametrize("exc", [
    DownloadCancelledError("Expected to receive 52428800 bytes which is larger than download max size (1000000)"),
    DownloadCancelledError(),
    CancelledError(),
    IgnoreRequest("Ignored response <200 http://x/a> because its body (4913 B compressed, 1048576 B decompressed "
                  "so far) exceeded DOWNLOAD_MAXSIZE (1000000 B) during decompression."),
], ids=["content_length", "body_grew", "cancelled", "decompression"])
def test_every_size_limit_is_logged_as_too_large(exc: Exception) -> None:
    event, reason = classify_failure(failure(exc))
    assert event == "too_large" and "DOWNLOAD_MAXSIZE" in reason
