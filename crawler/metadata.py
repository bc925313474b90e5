"""What a page declares (meta tags, JSON-LD), and its publication time and author chosen from candidates.

Every field keeps the source it was taken from (stored as ``published_source``, ``author_source``; the
title, chosen in crawler.titles, as ``title_source``). Candidates:

- published: the profile selector, the visible dateline nearest the headline, the meta / JSON-LD
  timestamp (reconciled with the dateline, see crawler.datelines), date-classed elements, htmldate,
  a date in the URL.
- author: the profile selector, a byline line at the end or the start of the body ("Bài, ảnh: Minh Anh",
  "L. Hoa"), author-classed elements by the article, JSON-LD authors that are persons, author meta;
  a value naming the site, an organisation or a vendor is not an author.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from urllib.parse import urlsplit

import htmldate
import lxml.html
import yaml

from crawler.blocks import Page, block_index
from crawler.bylines import byline_at_end, byline_at_start, person_name, persons
from crawler.datelines import DATA, Dateline, find_datelines, is_dateline_text, parse_iso, reconcile, to_local

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "webpage"}
META_DATES = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "dc.date.issued", "dc.date", "date", "dcterms.created", "sailthru.date", "article:published")
URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{2})[/-](\d{2})(?:/|$)|-(20\d{2})(\d{2})(\d{2})\d{0,10}(?:\.html?)?$")
DATE_CLASS = re.compile(r"date|time|publish|ngay|thoi-?gian|post-?info|meta|dateline", re.I)
AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|writer|nguoi-?viet|signature|source-?name", re.I)
DATELINE_ABOVE_LEVELS = 3  # a dateline above the headline shares one of its closest containers
DATELINE_RADIUS = 600  # characters of text after (and half before) the headline searched for the dateline


@dataclass(frozen=True)
class Chosen:
    """A field value and where it was taken from."""

    value: object
    source: str | None


@dataclass(frozen=True)
class Metas:
    """What the page declares: meta tags (lower-case keys) and JSON-LD article objects."""

    tags: dict[str, str]
    ld_articles: tuple[dict, ...]
    site_names: tuple[str, ...]

    @property
    def declares_article(self) -> bool:
        """A JSON-LD article object or a publication timestamp (og:type alone is set site-wide by many CMSes)."""
        ld = any(_ld_types(o) & (ARTICLE_TYPES - {"webpage"}) for o in self.ld_articles)
        return ld or bool(self.meta_date())

    def meta_date(self) -> datetime | None:
        for obj in self.ld_articles:
            if value := ld_text(obj.get("datePublished")):
                if parsed := parse_iso(value):
                    return parsed
        for key in META_DATES:
            if (value := self.tags.get(key)) and (parsed := parse_iso(value)):
                return parsed
        return None


@cache
def words() -> dict:
    """data/metadata.yaml: labels, site words, byline words."""
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def clean(text: str | None) -> str | None:
    """NFC text with whitespace collapsed, or None when empty."""
    if not text:
        return None
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text or None


def ld_text(value: object) -> str:
    """A JSON-LD value as text (the first of a list, the name of an object)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    return str(value or "").strip()


def _ld_types(obj: dict) -> set[str]:
    kind = obj.get("@type") or ()
    return {str(t).lower() for t in ([kind] if isinstance(kind, str) else kind)}


def _ld_objects(data: object) -> list[dict]:
    out: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "mainEntityOfPage")
                         and isinstance(v, (list, dict)))
    return out


def read_metas(tree: lxml.html.HtmlElement, url: str) -> Metas:
    """Meta tags, JSON-LD article objects and the names the site goes by."""
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in tags:
            tags[key] = value
    for el in tree.xpath("//*[@itemprop='datePublished'][not(self::meta)]"):
        tags.setdefault("datepublished", (el.get("datetime") or el.get("content") or el.text_content()).strip())
    articles, names = [], []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content().strip() or "null", strict=False)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            types = _ld_types(obj)
            if types & ARTICLE_TYPES:
                articles.append(obj)
                names.append(ld_text(obj.get("publisher")))
            if types & {"organization", "newsmediaorganization", "website", "governmentorganization"}:
                names.append(ld_text(obj.get("name")))
    articles.sort(key=lambda o: "webpage" in _ld_types(o))  # real article objects first
    names += [tags.get("og:site_name", ""), tags.get("application-name", ""), tags.get("twitter:site", "")]
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    names += [host, host.split(".")[0]]
    return Metas(tags, tuple(articles), tuple(dict.fromkeys(n.strip().lstrip("@") for n in names if n.strip())))


# -- published ----------------------------------------------------------------------------------------


def _datelines_in(blocks: list) -> list[Dateline]:
    return [d for block in blocks if is_dateline_text(block.text) for d in find_datelines(block.text)]


def _pick(found: list[Dateline]) -> Dateline | None:
    return next((d for d in found if d.label == "published"), found[0] if found else None)


def visible_dateline(page: Page, headline: lxml.html.HtmlElement | None) -> Dateline | None:
    """The visible dateline nearest after the headline (published label first), else just above it.

    Above the headline only within the headline's own container: the page header's "today" date
    ("Thứ Hai, 25/11/2024" in the top bar) is not the article's.
    """
    anchor = block_index(page, headline)
    if anchor is None:
        anchor = page.main_blocks[0].index if page.main_blocks else None
    if anchor is None:
        return None
    after, chars = [], 0
    for block in page.blocks[anchor + 1:]:
        if chars > DATELINE_RADIUS:
            break
        after.append(block)
        chars += block.chars
    if found := _pick(_datelines_in(after)):
        return found
    near = {el for el in list(page.blocks[anchor].element.iterancestors())[:DATELINE_ABOVE_LEVELS]
            if el.tag not in ("body", "html")}
    before, chars = [], 0
    for block in reversed(page.blocks[max(0, anchor - 15):anchor]):
        if chars > DATELINE_RADIUS // 2 or not (near & {block.element, *block.element.iterancestors()}):
            break
        before.insert(0, block)
        chars += block.chars
    found = _datelines_in(before)
    return next((d for d in reversed(found) if d.label == "published"), found[-1] if found else None)


def _classed_dateline(tree: lxml.html.HtmlElement) -> Dateline | None:
    for el in tree.xpath("//*[@class or @id]")[:5000]:
        if DATE_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            text = " ".join(el.text_content().split())
            if text and len(text) <= 160 and (found := find_datelines(text)):
                return found[0]
    for el in tree.xpath("//time[@datetime]")[:3]:
        if parsed := parse_iso(el.get("datetime", "")):
            return Dateline(to_local(parsed), True, "", el.get("datetime", ""))
    return None


def choose_published(tree: lxml.html.HtmlElement, metas: Metas, visible: Dateline | None, html: str, url: str,
                     selector_text: str | None) -> Chosen:
    """Publication time (naive local) and its source, given the visible dateline near the headline."""
    if selector_text and (found := find_datelines(selector_text)):
        return Chosen(found[0].when, "selector")
    when, source = reconcile(visible, metas.meta_date())
    if when is not None:
        return Chosen(when, source)
    if classed := _classed_dateline(tree):
        return Chosen(classed.when, "dateline")
    for obj in metas.ld_articles:  # weaker JSON-LD dates: created, then modified
        for key in ("dateCreated", "dateModified"):
            if (value := ld_text(obj.get(key))) and (parsed := parse_iso(value)):
                return Chosen(to_local(parsed), "jsonld")
    if value := metas.tags.get("article:modified_time"):
        if parsed := parse_iso(value):
            return Chosen(to_local(parsed), "meta")
    try:
        if found := htmldate.find_date(html, url=url, original_date=True, extensive_search=False):
            return Chosen(datetime.fromisoformat(found), "htmldate")
    except (ValueError, TypeError):
        pass
    if m := URL_DATE.search(urlsplit(url).path):
        y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        try:
            return Chosen(datetime(y, mo, d), "url")
        except ValueError:
            pass
    return Chosen(None, None)


# -- author -------------------------------------------------------------------------------------------


def _ld_persons(metas: Metas) -> list[str]:
    out = []
    for obj in metas.ld_articles:
        authors = obj.get("author") or []
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict):
                if _ld_types(author) - {"person"}:
                    continue  # an Organization
                out.append(ld_text(author.get("name")))
            elif isinstance(author, str):
                out.append(author)
    return out


def _author_elements(tree: lxml.html.HtmlElement, page: Page, headline: object) -> list[str]:
    """Texts of author-classed elements in the article's region (headline to just after the main block).

    The innermost ones: a box holding one element per author gives "A, B" rather than its run-on text.
    """
    first = block_index(page, headline if isinstance(headline, lxml.html.HtmlElement) else None)
    if first is None and page.main_blocks:
        first = page.main_blocks[0].index
    last = page.main_blocks[-1].index + 12 if page.main_blocks else None
    found = [el for el in tree.xpath("//*[@class or @id or @rel or @itemprop]")
             if AUTHOR_CLASS.search(f"{el.get('class', '')} {el.get('id', '')} {el.get('rel', '')} "
                                    f"{el.get('itemprop', '')}")]
    marked = set(found)
    groups: list[tuple[lxml.html.HtmlElement, list[str]]] = []  # (last element, texts) in document order
    for el in found:
        if any(d in marked and d.text_content().strip() for d in el.iterdescendants()):
            continue  # the innermost ones with text (an empty avatar link marked "author" does not count)
        index = block_index(page, el)
        if index is not None and first is not None and last is not None and not first - 3 <= index <= last:
            continue
        if text := " ".join(el.text_content().split()):
            if groups and groups[-1][0] is el.getprevious():  # side by side: one byline of several authors
                groups[-1][1].append(text)
                groups[-1] = (el, groups[-1][1])
            else:
                groups.append((el, [text]))
    return [", ".join(texts) for _, texts in groups]


def choose_author(tree: lxml.html.HtmlElement, metas: Metas, page: Page, headline: object, body: str,
                  selector_text: str | None) -> Chosen:
    """The byline person(s) and where they were found; never the site, an organisation or a vendor."""
    names = metas.site_names
    if selector_text and (found := person_name(selector_text, names)):
        return Chosen(found, "selector")
    if found := byline_at_end(body, names):
        return Chosen(found, "byline_end")
    shown = [found for text in _author_elements(tree, page, headline)
             if (found := person_name(text, names, initials=True))]
    if shown:  # a box by the headline may show the first author only; the fullest byline wins
        return Chosen(max(shown, key=lambda a: (len(persons(a)), -shown.index(a))), "author_element")
    if found := byline_at_start(body, names):
        return Chosen(found, "byline_start")
    ld_names = [found for text in _ld_persons(metas) if (found := person_name(text, names, initials=True))]
    if ld_names:  # every Person of the article's "author" list, in its order
        return Chosen(", ".join(dict.fromkeys(ld_names)), "jsonld")
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "byl"):
        if found := person_name(metas.tags.get(key), names):
            return Chosen(found, "meta")
    return Chosen(None, None)


__all__ = ["Chosen", "Metas", "choose_author", "choose_published", "clean", "ld_text", "read_metas",
           "visible_dateline", "words"]
