"""Article pages -> ArticleFields: trafilatura + htmldate, with per-profile CSS selector overrides."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import htmldate
import lxml.html
import trafilatura

from crawler.encoding import PageRejected, decode_html
from crawler.htmltree import shallow_html
from crawler.text import clean_text, looks_vietnamese
from crawler.urls import canonicalize_url

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
DATELINE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:h](\d{2})(?!\d)")
URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{2})[/-](\d{2})(?:/|$)|-(20\d{2})(\d{2})(\d{2})\d{0,10}(?:\.html?)?$")
DATE_META = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
             "dc.date.issued", "date", "article:modified_time")
DATE_CLASSES = ("//*[contains(@class,'date') or contains(@class,'time') or contains(@class,'meta')"
                " or contains(@class,'publish')]")
BODY_FALLBACKS = ("article .article-body", "#main-detail", ".detail-content", ".article-content",
                  ".entry-content", "article", "[itemprop=articleBody]")
BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")
SELECTOR_DROP = ("script", "style", "figure", "figcaption", "noscript", "iframe", ".share-bar", ".related")


@dataclass(frozen=True)
class Selectors:
    """Per-profile CSS selectors that override what trafilatura finds."""

    title: str | None = None
    body: str | None = None
    date: str | None = None
    author: str | None = None
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleFields:
    """What a page says about its article."""

    title: str | None
    text: str
    published_at: datetime | None
    author: str | None
    canonical_url: str
    lang: str


def _tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(XML_DECL.sub("", html, count=1) or "<html></html>")


def _css_text(tree: lxml.html.HtmlElement, selector: str | None) -> str | None:
    if not selector:
        return None
    for el in tree.cssselect(selector):
        text = " ".join(el.text_content().split())
        if text:
            return text
    return None


def _metas(tree: lxml.html.HtmlElement) -> dict[str, str]:
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        if key and el.get("content") and key not in metas:
            metas[key] = el.get("content").strip()
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(obj, dict):
                metas.setdefault("datePublished", str(obj.get("datePublished") or ""))
                author = obj.get("author")
                author = author[0] if isinstance(author, list) and author else author
                if isinstance(author, dict):
                    metas.setdefault("ld:author", str(author.get("name") or ""))
    return {k: v for k, v in metas.items() if v}


def to_local(value: datetime) -> datetime:
    """A naive Asia/Ho_Chi_Minh datetime (aware values converted, naive ones taken as local)."""
    return value.astimezone(LOCAL_TZ).replace(tzinfo=None) if value.tzinfo else value


def parse_dateline(text: str) -> datetime | None:
    """The first `09/06/2023 16:30` (or `16:30 09/06/2023`) date in a string, as day-first."""
    m = DATELINE.search(text)
    if not m:
        return None
    day, month, year = (int(g) for g in m.groups())
    hour = minute = 0
    window = text[max(0, m.start() - 12):m.end() + 12]
    if clock := CLOCK.search(window):
        hour, minute = int(clock.group(1)), int(clock.group(2))
    try:
        return datetime(year, month, day, hour if hour < 24 else 0, minute if minute < 60 else 0)
    except ValueError:
        return None


def _published(tree: lxml.html.HtmlElement, metas: dict[str, str], html: str, url: str,
               selectors: Selectors) -> datetime | None:
    if stamp := _css_text(tree, selectors.date):
        if found := parse_dateline(stamp):
            return found
    for key in DATE_META:
        try:
            return to_local(datetime.fromisoformat(metas[key].replace("Z", "+00:00")))
        except (KeyError, ValueError):
            continue
    for el in tree.xpath(DATE_CLASSES)[:20]:
        if found := parse_dateline(" ".join(el.text_content().split())[:120]):
            return found
    if found := htmldate.find_date(html, url=url, original_date=True, extensive_search=False):
        return datetime.fromisoformat(found)
    if m := URL_DATE.search(urlsplit(url).path):
        y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        try:
            return datetime(y, mo, d)
        except ValueError:
            return None
    return None


def _canonical(tree: lxml.html.HtmlElement, url: str) -> str:
    hrefs = tree.xpath("//link[@rel='canonical']/@href") or tree.xpath("//meta[@property='og:url']/@content")
    if hrefs:
        candidate = urljoin(url, hrefs[0].strip())
        # A canonical pointing at the home page on an inner page is a CMS bug, not a canonical.
        if urlsplit(candidate).path.strip("/") or not urlsplit(url).path.strip("/"):
            return canonicalize_url(candidate)
    return canonicalize_url(url)


def _selector_body(tree: lxml.html.HtmlElement, selectors: Selectors) -> str | None:
    if not selectors.body:
        return None
    for node in tree.cssselect(selectors.body):
        for junk in [e for sel in (*SELECTOR_DROP, *selectors.drop) for e in node.cssselect(sel)]:
            junk.drop_tree()
        blocks = [" ".join(b.text_content().split()) for b in node.iter(*BLOCKS)]
        text = "\n".join(b for b in blocks if b) or node.text_content()
        if text.strip():
            return text
    return None


def _fallback_body(tree: lxml.html.HtmlElement) -> str | None:
    for selector in BODY_FALLBACKS:
        if text := _selector_body(tree, Selectors(body=selector)):
            return text
    return None


def _title(tree: lxml.html.HtmlElement, metas: dict[str, str], doc: dict, selectors: Selectors) -> str | None:
    title = _css_text(tree, selectors.title) or doc.get("title") or metas.get("og:title")
    if not title:
        heads = tree.xpath("//h1")
        title = " ".join(heads[0].text_content().split()) if heads else None
    return unicodedata.normalize("NFC", title.strip()) if title else None


def parse_article(html: bytes | str, url: str, *, selectors: Selectors | None = None,
                  content_type: str | None = None, min_chars: int = 200) -> ArticleFields | None:
    """Title, body text, date, author, canonical URL and language of an article page, or None if no article."""
    selectors = selectors or Selectors()
    text_html = decode_html(html, content_type)[0] if isinstance(html, bytes) else unicodedata.normalize("NFC", html)
    text_html = shallow_html(text_html)  # nesting deeper than libxml2 parses would lose the text after it
    tree = _tree(text_html)
    metas = _metas(tree)
    doc_obj = trafilatura.bare_extraction(text_html, url=url, with_metadata=True, include_comments=False)
    doc = doc_obj.as_dict() if doc_obj is not None else {}
    body = (selectors.body and _selector_body(_tree(text_html), selectors)) or doc.get("text")
    body = body or _fallback_body(_tree(text_html))
    text = clean_text(body or "")
    if len(text) < min_chars:
        return None
    author = (_css_text(tree, selectors.author) or metas.get("author") or metas.get("ld:author")
              or doc.get("author"))
    lang = (tree.get("lang") or "")[:2].lower() or ("vi" if looks_vietnamese(text) else "und")
    return ArticleFields(
        title=_title(tree, metas, doc, selectors),
        text=text,
        published_at=_published(tree, metas, text_html, url, selectors),
        author=unicodedata.normalize("NFC", author.strip()) if author else None,
        canonical_url=_canonical(tree, url),
        lang=lang,
    )


def html_to_text(html: bytes | str, url: str) -> str:
    """The article body of an HTML page as NFC text; raises ValueError if the page holds no article."""
    fields = parse_article(html, url, min_chars=1)
    if fields is None:
        raise PageRejected("no_article", f"{url}: no article text found")
    return fields.text


__all__ = ["ArticleFields", "PageRejected", "Selectors", "html_to_text", "parse_article", "parse_dateline"]
