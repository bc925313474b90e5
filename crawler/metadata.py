"""Title, publication time and author of an article page, each chosen by reconciling its candidates.

Every field keeps the source it was taken from (stored as ``title_source``, ``published_source``,
``author_source``). Candidates:

- title: the profile selector, JSON-LD ``headline``, ``og:title``, the ``<h1>``, the heading just above the
  main text block, every ``<title>`` (a share widget may embed a second document) minus the site-name
  segment; a candidate that another source confirms wins, then the order above.
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

import lxml.html
import yaml

from crawler.blocks import Page
from crawler.bylines import byline_at_end, byline_at_start, person_name, persons
from crawler.datelines import DATA, Dateline, find_datelines, is_dateline_text, parse_iso, reconcile, to_local
from extract.normalize import fold as accent_fold

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "webpage"}
META_DATES = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "dc.date.issued", "dc.date", "date", "dcterms.created", "sailthru.date", "article:published")
SEPARATORS = re.compile(r"\s+[-|–—:»/•]{1,2}\s+|\s*[|»•]\s*")
URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{2})[/-](\d{2})(?:/|$)|-(20\d{2})(\d{2})(\d{2})\d{0,10}(?:\.html?)?$")
DATE_CLASS = re.compile(r"date|time|publish|ngay|thoi-?gian|post-?info|meta|dateline", re.I)
AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|writer|nguoi-?viet|signature|source-?name", re.I)
TITLE_CLASS = re.compile(r"title|headline|tieu-?de", re.I)
NON_ALNUM = re.compile(r"[^a-z0-9]")
SITE_PHRASE = re.compile(r"báo điện tử|cổng thông tin|trang thông tin|cổng ttđt|trang ttđt|tạp chí|online\b|"
                         r"\bnews\b|\.(vn|com|net|org)\b", re.I)
SAPO_CLASS = re.compile(r"sapo|lead|desc|summary|intro|chapeau|tom-?tat", re.I)
DATELINE_ABOVE_LEVELS = 3  # a dateline above the headline shares one of its closest containers
DATELINE_RADIUS = 600  # characters of text after (and half before) the headline searched for the dateline
HEADING_LOOKBACK = 12  # blocks above the main text block searched for its heading
SHOWN_CONFIRMED = 0.6  # word overlap with a declared title that confirms a shown headline
HEADLINE_NEAR_MAIN = 800  # characters between a shown headline and the main text block


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
            if value := _as_text(obj.get("datePublished")):
                if parsed := parse_iso(value):
                    return parsed
        for key in META_DATES:
            if (value := self.tags.get(key)) and (parsed := parse_iso(value)):
                return parsed
        return None


@cache
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def title_key(text: str) -> str:
    """Comparison key: NFC, case-folded, quotes unified, spaces collapsed, end punctuation dropped."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[“”„\"«»]", '"', re.sub(r"[‘’‚`´]", "'", text))
    return " ".join(text.split()).strip(" .:;,-–—|\"'")


def clean(text: str | None) -> str | None:
    """NFC text with whitespace collapsed, or None when empty."""
    if not text:
        return None
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text or None


def _as_text(value: object) -> str:
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
                names.append(_as_text(obj.get("publisher")))
            if types & {"organization", "newsmediaorganization", "website", "governmentorganization"}:
                names.append(_as_text(obj.get("name")))
    articles.sort(key=lambda o: "webpage" in _ld_types(o))  # real article objects first
    names += [tags.get("og:site_name", ""), tags.get("application-name", ""), tags.get("twitter:site", "")]
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    names += [host, host.split(".")[0]]
    return Metas(tags, tuple(articles), tuple(dict.fromkeys(n.strip().lstrip("@") for n in names if n.strip())))


# -- title --------------------------------------------------------------------------------------------


@cache
def _site_word() -> re.Pattern[str]:
    words = sorted(_data()["site_words"], key=len, reverse=True)
    return re.compile(r"^(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _flat(text: str) -> str:
    """Letters and digits only, accents folded: 'Báo Dân trí' -> 'baodantri', 'dantri.com.vn' -> 'dantricomvn'."""
    return NON_ALNUM.sub("", accent_fold(text))


def is_site_name(text: str, site_names: tuple[str, ...]) -> bool:
    """True when a title or title segment names the site rather than an article."""
    words, flat = text.split(), _flat(text)
    if not flat:
        return True
    if len(words) > 12:
        return False
    for name in site_names:
        key = _flat(name)
        if len(key) < 3:
            continue
        if flat == key or (len(flat) <= len(key) + 12 and (flat.startswith(key) or flat.endswith(key))):
            return True
        if len(flat) >= 6 and flat in key:  # 'Dân trí' of 'dantri.com.vn'
            return True
    if len(words) <= 9 and _site_word().match(text.strip(" .:|-–—")):
        return True
    return bool(re.search(r"\.(vn|com|net|org)\b", text.lower())) and len(words) <= 4


def _is_site_segment(text: str, site_names: tuple[str, ...]) -> bool:
    """A title's leading or trailing segment naming the site: " - Báo X", " | .: VGP News :. BÁO ĐIỆN TỬ ..."."""
    return is_site_name(text, site_names) or (len(text.split()) <= 14 and bool(SITE_PHRASE.search(text)))


def strip_site_name(title: str, site_names: tuple[str, ...]) -> str:
    """A title without the site-name segments before or after separators (" - Báo X", "X | VnExpress")."""
    parts = [p for p in SEPARATORS.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title.strip()
    kept = list(parts)
    while len(kept) > 1 and _is_site_segment(kept[-1], site_names):
        kept.pop()
    while len(kept) > 1 and _is_site_segment(kept[0], site_names):
        kept.pop(0)
    if len(kept) == len(parts):
        return title.strip()
    # Keep the headline's own separators: cut the original string at the kept segments.
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(kept)


def _text(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def heading_above_main(page: Page) -> lxml.html.HtmlElement | None:
    """The headline by position: the nearest h1 above (or at the top of) the main text block, else the
    nearest title-classed heading, else the nearest short h2/h3 (a sapo printed in an <h2> is not one)."""
    if not page.main_blocks:
        return None
    first = page.main_blocks[0].index
    near = [b for b in reversed(page.blocks[max(0, first - HEADING_LOOKBACK):first + 2])
            if b.is_heading and 10 <= b.chars <= 250 and b.link_density < 0.5]
    for test in (lambda b: b.element.tag == "h1",
                 lambda b: b.element.tag not in ("h2", "h3") or TITLE_CLASS.search(b.element.get("class", "")),
                 lambda b: b.chars <= 150 and not SAPO_CLASS.search(b.element.get("class", ""))):
        for block in near:
            if test(block):
                return block.element
    return None


def title_candidates(tree: lxml.html.HtmlElement, metas: Metas, page: Page,
                     selector_title: lxml.html.HtmlElement | None) -> list[tuple[str, str, lxml.html.HtmlElement | None]]:
    """(text, source, element) title candidates in order of trust."""
    names = metas.site_names
    out: list[tuple[str, str, lxml.html.HtmlElement | None]] = []
    if selector_title is not None and (value := clean(_text(selector_title))):
        out.append((value, "selector", selector_title))
    for obj in metas.ld_articles[:2]:
        if headline := clean(_as_text(obj.get("headline")) or None):
            out.append((strip_site_name(headline, names), "jsonld", None))
    for key in ("og:title", "twitter:title"):
        if value := clean(metas.tags.get(key)):
            out.append((strip_site_name(value, names), key, None))
    for h1 in tree.xpath("//h1")[:4]:
        if value := clean(_text(h1)):
            out.append((value, "h1", h1))
    if (heading := heading_above_main(page)) is not None and (value := clean(_text(heading))):
        out.append((value, "heading", heading))
    for el in tree.xpath("//title")[:3]:
        if value := clean(el.text_content()):
            out.append((strip_site_name(value, names), "title", None))
    out = [(t, s, e) for t, s, e in out if t and not is_site_name(t, names) and len(t) >= 8]
    if not any(e is not None and s != "selector" for _, s, e in out):
        # No h1 nor title-classed heading (old portals print the headline in a <b>, <font> or <td>): the
        # block above the main text that reads like a declared title is the headline shown.
        declared = [title_key(t) for t, _, e in out if e is None]
        if (shown := _block_like(page, declared)) is not None:
            out.append((clean(_text(shown)) or "", "heading", shown))
    return out


def _block_like(page: Page, declared: list[str]) -> lxml.html.HtmlElement | None:
    """The block nearest above (or at the top of) the main text block whose text matches a declared title."""
    if not page.main_blocks or not declared:
        return None
    first = page.main_blocks[0].index
    for block in reversed(page.blocks[max(0, first - 3 * HEADING_LOOKBACK):first + 2]):
        if 10 <= block.chars <= 300 and block.link_density < 0.5:
            key = title_key(block.text)
            if any(_similarity(key, d) >= SHOWN_CONFIRMED for d in declared if d):
                return block.element
    return None


def _similarity(a: str, b: str) -> float:
    """Shared words over the longer title's words (folded)."""
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(len(wa), len(wb)) if wa and wb else 0.0


def _agreement(candidates: list[tuple[str, str, object]], i: int) -> float:
    """How many other sources give the same title (0.5 for one that is a prefix of the other)."""
    key, sources = title_key(candidates[i][0]), set()
    for j, (text, source, _) in enumerate(candidates):
        if j == i or source == candidates[i][1]:
            continue
        other = title_key(text)
        if other == key:
            sources.add(source)
        elif len(key) >= 15 and (other.startswith(key) or key.startswith(other)):
            sources.add(source + "~")
    return sum(0.5 if s.endswith("~") else 1.0 for s in sources)


def choose_title(candidates: list[tuple[str, str, lxml.html.HtmlElement | None]], page: Page
                 ) -> tuple[Chosen, lxml.html.HtmlElement | None]:
    """(title, its element on the page or None).

    A profile selector wins. Otherwise the headline shown on the page (an h1 or the heading above the main
    text block) wins when a declared title (JSON-LD, og:title, <title>) confirms it or when it sits right
    above the main text; failing both, the declared title that most sources agree on.
    """
    if not candidates:
        return Chosen(None, None), None
    if candidates[0][1] == "selector":
        return Chosen(candidates[0][0], "selector"), candidates[0][2]
    shown = [c for c in candidates if c[2] is not None]
    declared = [c for c in candidates if c[2] is None]
    if shown and declared:
        sims = [max(_similarity(title_key(t), title_key(d[0])) for d in declared) for t, _, _ in shown]
        best = max(range(len(shown)), key=lambda i: (sims[i], -i))
        if sims[best] >= SHOWN_CONFIRMED:
            return Chosen(shown[best][0], shown[best][1]), shown[best][2]
    first_main = page.main_blocks[0].index if page.main_blocks else None
    for text, source, element in shown:
        index = block_index(page, element)
        if index is not None and first_main is not None and index <= first_main and \
                page.gap_chars(index, first_main) <= HEADLINE_NEAR_MAIN:
            return Chosen(text, source), element
    if declared:
        best = max(range(len(declared)), key=lambda i: (_agreement(declared, i), -i))
        return Chosen(declared[best][0], declared[best][1]), None
    return Chosen(shown[0][0], shown[0][1]), shown[0][2]


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


def block_index(page: Page, el: lxml.html.HtmlElement | None) -> int | None:
    """Index of the first block an element holds or sits in, or None."""
    if el is None:
        return None
    for block in page.blocks:
        if block.element is el or el in block.element.iterancestors():
            return block.index
    for block in page.blocks:  # the headline holds inline blocks: the first block inside it
        if any(anc is el for anc in block.element.iterancestors()):
            return block.index
    return None


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
            if (value := _as_text(obj.get(key))) and (parsed := parse_iso(value)):
                return Chosen(to_local(parsed), "jsonld")
    if value := metas.tags.get("article:modified_time"):
        if parsed := parse_iso(value):
            return Chosen(to_local(parsed), "meta")
    try:
        import htmldate

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
                out.append(_as_text(author.get("name")))
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
        if any(d in marked for d in el.iterdescendants()):
            continue
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
    shown = [found for text in _author_elements(tree, page, headline) if (found := person_name(text, names))]
    if shown:  # a box by the headline may show the first author only; the fullest byline wins
        return Chosen(max(shown, key=lambda a: (len(persons(a)), -shown.index(a))), "author_element")
    if found := byline_at_start(body, names):
        return Chosen(found, "byline_start")
    for text in _ld_persons(metas):
        if found := person_name(text, names):
            return Chosen(found, "jsonld")
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "byl"):
        if found := person_name(metas.tags.get(key), names):
            return Chosen(found, "meta")
    return Chosen(None, None)


__all__ = ["Chosen", "Metas", "block_index", "choose_author", "choose_published", "choose_title", "heading_above_main",
           "is_site_name", "read_metas", "strip_site_name", "title_candidates", "title_key", "visible_dateline"]
