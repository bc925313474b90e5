"""Article pages -> ArticleFields: text blocks, reconciled metadata and article detection, read once.

Per-profile CSS selectors override what the page's blocks give; trafilatura is the fallback for the body
and htmldate for the date (crawler.metadata).
"""
from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from lxml.cssselect import CSSSelector

from crawler.blocks import Page, block_index, read_blocks
from crawler.body import body_text, sapo_blocks
from crawler.datelines import parse_dateline, to_local
from crawler.detect import Features, measure, verdict
from crawler.encoding import decode_html
from crawler.errors import PageRejected
from crawler.htmltree import html_parser, shallow_tree
from crawler.metadata import choose_author, choose_published, read_metas, visible_dateline
from crawler.text import clean_text, looks_vietnamese
from crawler.titles import choose_title, title_candidates
from crawler.urls import canonicalize_url

XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
BODY_FALLBACKS = ("article .article-body", "#main-detail", ".detail-content", ".article-content",
                  ".entry-content", "article", "[itemprop=articleBody]")
BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")
SELECTOR_DROP = ("script", "style", "figure", "figcaption", "noscript", "iframe", ".share-bar", ".related")


@dataclass(frozen=True)
class Selectors:
    """Per-profile CSS selectors that override what the page's blocks give."""

    title: str | None = None
    body: str | None = None
    date: str | None = None
    author: str | None = None
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleFields:
    """What a page says about its article, with where title, date and author were taken from."""

    title: str | None
    text: str
    published_at: datetime | None
    author: str | None
    canonical_url: str
    lang: str
    title_source: str | None = None
    published_source: str | None = None
    author_source: str | None = None


@dataclass(frozen=True)
class Reading:
    """A page read once: its article fields (None when it has no article text) and the detection verdict."""

    fields: ArticleFields | None
    features: Features
    rejection: str | None  # why the page is not an article; None when it is one


def _tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(XML_DECL.sub("", html, count=1) or "<html></html>", parser=html_parser())


def _tree_to_cut(html: str, tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """``_tree(html)`` for a reader that changes it (_selector_body drops the junk): a copy of the page's ``tree``
    (read_page's, which nothing changes) when that is a whole document, copied at about half the cost of a parse;
    else the page parsed again (lxml.html.fromstring gives a fragment's element, not the document's root)."""
    return copy.deepcopy(tree) if tree.getparent() is None else _tree(html)


@lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    """A profile's CSS selector compiled to XPath once (``element.cssselect`` compiles it on every call)."""
    return CSSSelector(selector, translator="html")


def _css_element(tree: lxml.html.HtmlElement, selector: str | None) -> lxml.html.HtmlElement | None:
    """The first element matching a profile selector that holds text."""
    return next((el for el in _css(selector)(tree) if el.text_content().strip()), None) if selector else None


def _css_text(tree: lxml.html.HtmlElement, selector: str | None) -> str | None:
    if not selector:
        return None
    for el in _css(selector)(tree):
        text = " ".join(el.text_content().split())
        if text:
            return text
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
    for node in _css(selectors.body)(tree):
        for junk in [e for sel in (*SELECTOR_DROP, *selectors.drop) for e in _css(sel)(node)]:
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


def _body(text_html: str, tree: lxml.html.HtmlElement, page: Page, selectors: Selectors,
          headline_index: int | None, min_chars: int) -> str:
    """The body text, cleaned (crawler.text.clean_text): the profile's container, else the page's blocks,
    else trafilatura's text.

    The sapo printed between the headline and the body container opens the body. When the blocks give
    less than an article's worth of text, trafilatura (or the fallback containers) may find more.
    Each candidate is cleaned once, and the longest cleaned one is the body.
    """
    if selectors.body and (body := _selector_body(_tree_to_cut(text_html, tree), selectors)):
        start = block_index(page, _css_element(tree, selectors.body))
        sapo = sapo_blocks(page, headline_index, start) if start is not None else []
        return clean_text("\n".join([*(b.text for b in sapo), body]))
    blocks = clean_text(body_text(page, headline_index))
    if len(blocks) >= min_chars:
        return blocks
    doc = trafilatura.bare_extraction(text_html, with_metadata=False, include_comments=False)
    extracted = (doc.as_dict().get("text") if doc is not None else None) or ""
    return max((blocks, clean_text(extracted), clean_text(_fallback_body(_tree_to_cut(text_html, tree)) or "")), key=len)


def read_page(html: bytes | str, url: str, *, selectors: Selectors | None = None, content_type: str | None = None,
              min_chars: int = 200, detect: bool = True) -> Reading:
    """Read a page once: body, title, date, author (each reconciled, with its source) and article detection.

    With ``detect`` the page must also pass crawler.detect (profiles without an article URL pattern);
    without it only the body length decides, as the profile's URL pattern already said "article".
    """
    selectors = selectors or Selectors()
    text_html = decode_html(html, content_type)[0] if isinstance(html, bytes) else unicodedata.normalize("NFC", html)
    # nesting deeper than libxml2 parses would lose the text after it; the depth check's parse is the page's tree
    text_html, tree = shallow_tree(text_html)
    if tree is None or XML_DECL.match(text_html):
        tree = _tree(text_html)
    metas = read_metas(tree, url)
    page = read_blocks(tree)
    title, headline = choose_title(title_candidates(tree, metas, page, _css_element(tree, selectors.title)), page)
    headline_index = block_index(page, headline)
    text = _body(text_html, tree, page, selectors, headline_index, min_chars)
    visible = visible_dateline(page, headline)
    published = choose_published(tree, metas, visible, text_html, url, _css_text(tree, selectors.date))
    author = choose_author(tree, metas, page, headline, text, _css_text(tree, selectors.author))
    features = measure(page, headline_index=headline_index, has_headline=title.value is not None,
                       dateline=visible is not None, article_meta=metas.declares_article)
    rejection = verdict(features) if detect else None
    if rejection is None and len(text) < min_chars:
        rejection = f"too_short: article text of {len(text)} characters (< {min_chars})"
    if len(text) < min_chars:
        return Reading(None, features, rejection)
    html_lang = (tree.get("lang") or "")[:2].lower()
    fields = ArticleFields(
        title=title.value, text=text, published_at=published.value, author=author.value,
        canonical_url=_canonical(tree, url),
        lang="vi" if looks_vietnamese(text) else (html_lang or "und"),  # the text decides, not a template's lang
        title_source=title.source, published_source=published.source, author_source=author.source,
    )
    return Reading(fields, features, rejection)


def parse_article(html: bytes | str, url: str, *, selectors: Selectors | None = None,
                  content_type: str | None = None, min_chars: int = 200) -> ArticleFields | None:
    """Title, body text, date, author, canonical URL and language of an article page, or None if no article."""
    return read_page(html, url, selectors=selectors, content_type=content_type, min_chars=min_chars,
                     detect=False).fields


def html_to_text(html: bytes | str, url: str) -> str:
    """The article body of an HTML page as NFC text; raises ValueError if the page holds no article."""
    fields = parse_article(html, url, min_chars=1)
    if fields is None:
        raise PageRejected("no_article", f"{url}: no article text found")
    return fields.text


__all__ = ["ArticleFields", "PageRejected", "Reading", "Selectors", "html_to_text", "parse_article",
           "parse_dateline", "read_page", "to_local"]
