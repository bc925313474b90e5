"""The page worker's links are joined exactly as the spider's response would join them (response.urljoin),
although joins of absolute and root-relative hrefs are remembered across pages."""
from __future__ import annotations

from urllib.parse import urljoin as _urljoin

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_base_url

from crawler.pagework import PageJob, _joiner, read_response
from crawler.parse import Selectors

BASES = ["http://127.0.0.1:8999/a/b/c.html?x=1#top", "https://vnexpress.net/", "http://user:pw@Host.VN:8080/x/",
         "https://example.com", "http://h/dir/page;params?q", "https://h.vn/a/../b/"]
HREFS = ["/", "/x", "/x/../y/./z?q=1#f", "//cdn.h.vn/s.js", "http://other.vn/p?utm_source=a", "https://h.vn",
         "https://H.VN/A b", "/a;p?q#f", "/%7Euser/", "/ĐẶC-biệt.html", "x", "../x", "?q=2", "#frag", "", " /x ",
         "HTTP://h.vn/x", "mailto:a@b.vn", "javascript:void(0)", "/x\ty", "http:/x", "https:x"]


@pytest.mark.parametrize("base", BASES)
def test_joins_are_those_of_the_response(base: str) -> None:
    response = HtmlResponse(url=base, body=b"<html></html>", encoding="utf-8")
    for _ in range(2):  # the second time from the cache
        join = _joiner(get_base_url(response))
        assert [join(h) for h in HREFS] == [response.urljoin(h) for h in HREFS]
    for other in BASES:  # a page of another site (or scheme) does not get this one's joins
        response = HtmlResponse(url=other, body=b"<html></html>", encoding="utf-8")
        assert [_joiner(get_base_url(response))(h) for h in HREFS] == [response.urljoin(h) for h in HREFS]
        assert [_joiner(other)(h) for h in HREFS] == [_urljoin(other, h) for h in HREFS]


def test_page_links_honour_base_href() -> None:
    body = (b'<html><head><base href="https://h.vn/sub/"></head><body><a href="x.html">x</a><a href="/y">y</a>'
            b'<a class="pagination" href="?page=2">2</a></body></html>')
    job = PageJob(url="http://127.0.0.1:8999/p/q.html", body=body, content_type=b"text/html; charset=utf-8",
                  response_class=HtmlResponse, encoding="utf-8", selectors=Selectors(), min_chars=200, read=False,
                  detect=False, pagination="a.pagination", page_links=True)
    page = read_response(job)
    response = HtmlResponse(url=job.url, body=body, encoding="utf-8")
    assert [u for u, _ in page.links] == [response.urljoin(h) for h in ("x.html", "/y", "?page=2")]
    assert page.pagination == (response.urljoin("?page=2"),)
    assert page.links[1][0] == "https://h.vn/y"
