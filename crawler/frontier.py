"""Which links a crawl fetches first, and which it stops fetching.

Articles are reached through the outlet's own indexes first: sitemap and RSS entries and listing pages
(with their pagination) outrank links found on pages, and among those, links in a page's content outrank
links in its chrome (menus, header, footer, sidebars, share and tag bars). A run of errors on one URL
shape (``/S/N.html``: each path segment reduced to "holds a number" or not) stops the crawl from
requesting more links of that shape, so a site whose menu points at dead sections does not spend the
crawl on 404s.
Entry URLs (sitemaps, feeds, listings) are never capped: the outlet published them.
"""
from __future__ import annotations

import re
from collections import Counter, OrderedDict
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from crawler.errors import Skipped

# Request priorities (Scrapy: higher first; DEPTH_PRIORITY subtracts the depth).
PRIORITY = {"robots": 30, "entry": 20, "sitemap_index": 15, "pagination": 15, "feed": 12, "indexed": 10,
            "content": 5, "related": 2, "chrome": 0}
# Links from these kinds of source are entry points or index entries, exempt from the error cap.
TRUSTED = frozenset({"robots", "entry", "sitemap_index", "pagination", "feed", "indexed"})
PAGE_LINKS = frozenset({"content", "related", "chrome"})
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
CHROME_WORDS = re.compile(r"(^|[\s_-])(nav|navbar|menu|header|footer|sidebar|side-bar|breadcrumbs?|social|share|"
                          r"tags?|topbar|top-bar|banner|copyright|login|lang|widget|ads?|adv|quang-cao)($|[\s_-])",
                          re.I)
NUMBER = re.compile(r"\d+")


def path_pattern(url: str) -> str:
    """The shape of a URL's path: each segment N when it holds a number (an id, a date), else S; the
    extension stays (``/kinh-doanh/gia-vang-123.htm`` -> ``/S/N.htm``)."""
    path = urlsplit(url).path or "/"
    stem, dot, ext = path.rpartition(".")
    if not dot or "/" in ext or len(ext) > 5:
        stem, ext = path, ""
    shape = "/".join(("N" if NUMBER.search(seg) else "S") if seg else "" for seg in stem.split("/"))
    return shape + ("." + ext.lower() if ext else "")


class ErrorCap:
    """Consecutive fetch errors per URL shape; a shape reaching the cap is no longer requested."""

    def __init__(self, cap: int = 8) -> None:
        self.cap = cap
        self.run: Counter[str] = Counter()
        self.capped: set[str] = set()

    def record(self, url: str, ok: bool) -> str | None:
        """Count a fetch outcome; the shape's name when this error capped it, else None."""
        shape = path_pattern(url)
        if ok:
            self.run.pop(shape, None)
            return None
        self.run[shape] += 1
        if self.cap and self.run[shape] >= self.cap and shape not in self.capped:
            self.capped.add(shape)
            return shape
        return None

    def blocked(self, url: str) -> bool:
        """Whether the URL's shape has hit the cap."""
        return bool(self.capped) and path_pattern(url) in self.capped


class Recent:
    """A bounded LRU set: the keys met lately (URLs a spider requested, fingerprints a dupefilter saw). A page
    link found again on the next page (menus, related lists: most of a page's links) is dropped before a
    Request is built and fingerprinted, which the dupefilter would drop anyway; whatever falls out of the
    window still meets the dupefilter."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self.keys: OrderedDict[object, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self.keys)

    def seen(self, key: object) -> bool:
        """Whether ``key`` was met lately; it counts as met from now on."""
        if key in self.keys:
            self.keys.move_to_end(key)
            return True
        self.keys[key] = None
        if len(self.keys) > self.size:
            self.keys.popitem(last=False)
        return False


def in_chrome(link: lxml.html.HtmlElement, memo: dict[lxml.html.HtmlElement, bool] | None = None) -> bool:
    """True for a link inside navigation, header, footer, sidebar, share or tag markup.

    ``memo`` (one per page) keeps the answer for each ancestor met, so that the links of one menu read their
    common ancestors once."""
    if memo is None:
        return any(_chrome(node) for node in link.iterancestors())
    path = []
    node = link.getparent()
    found = False
    while node is not None:
        if node in memo:
            found = memo[node]
            break
        path.append(node)
        node = node.getparent()
    for node in reversed(path):  # from the top: a node is in chrome when it or one above it is
        found = memo[node] = found or _chrome(node)
    return found


def _chrome(node: lxml.html.HtmlElement) -> bool:
    """Whether an element is itself navigation, header, footer, sidebar, share or tag markup."""
    if not isinstance(node.tag, str):
        return False
    if node.tag in CHROME_TAGS or node.get("role") in ("navigation", "banner", "contentinfo"):
        return True
    return CHROME_WORDS.search(f"{node.get('class', '')} {node.get('id', '')}") is not None


def page_links(tree: lxml.html.HtmlElement) -> list[tuple[str, bool]]:
    """(href, in chrome) of every link of a page, in document order."""
    memo: dict[lxml.html.HtmlElement, bool] = {}  # holds the elements, so their proxies stay the same
    return [(a.get("href", "").strip(), in_chrome(a, memo)) for a in tree.iter("a") if a.get("href")]


BUDGET = "tinmine_budget"  # request meta: the request holds one of --max-pages' slots


class FrontierMiddleware:
    """Downloader middleware: the page budget and the per-shape error cap, applied as requests leave.

    ``--max-pages N`` is exact: N article pages (URLs matching the profile's article pattern; any page for a
    profile without one) are requested, each reserving its slot as it leaves, and the crawl closes once
    their responses (or failures) are in, each stored or logged. Listings, sitemaps, feeds and robots.txt
    are not counted; once the N slots are taken no further request is made.
    A page link queued before its URL shape was capped is dropped instead of fetched.
    """

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> FrontierMiddleware:
        """Keep the crawler to reach the running spider's budget and error cap."""
        return cls(crawler)

    def _spider(self, spider: Any) -> Any:
        return spider or getattr(self.crawler, "spider", None)

    def process_request(self, request: Any, spider: Any = None) -> None:
        """Raise Skipped (budget, capped) for a request the crawl no longer makes; reserve a budget slot."""
        spider = self._spider(spider)
        if getattr(spider, "max_pages", 0) and request.meta.get("link") != "robots" and BUDGET not in request.meta:
            if spider.budget_spent:
                raise Skipped("budget", f"{request.url}: the page budget is spent")
            if spider.counts_against_budget(request):
                spider.pages_started += 1
                request.meta[BUDGET] = False  # reserved; True once its response (or failure) is counted
        cap = getattr(spider, "error_cap", None)
        if cap is not None and request.meta.get("link") in PAGE_LINKS and cap.blocked(request.url):
            raise Skipped("capped", f"{request.url}: URL shape {path_pattern(request.url)} kept failing")

    def _count(self, request: Any, spider: Any) -> None:
        if request.meta.get(BUDGET) is False and spider is not None:  # once, whatever redirects and retries follow
            request.meta[BUDGET] = True
            spider.count_page()

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """Count an article page's final response (not a redirect) against the budget."""
        if not 300 <= response.status < 400:
            self._count(request, self._spider(spider))
        return response

    def process_exception(self, request: Any, exception: Exception, spider: Any = None) -> None:
        """A failed article page counts too (it is logged with its error)."""
        self._count(request, self._spider(spider))


__all__ = ["PRIORITY", "TRUSTED", "ErrorCap", "FrontierMiddleware", "Recent", "in_chrome", "page_links", "path_pattern"]
