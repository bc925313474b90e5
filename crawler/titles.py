"""The title of an article page: the headline it shows, confirmed by the titles it declares.

Candidates are the profile selector, JSON-LD ``headline``, ``og:title`` / ``twitter:title``, every ``<h1>``,
the heading above the main text block (or, with no heading, the block that reads like a declared title),
and every ``<title>`` (a share widget may embed a second document); declared titles lose their site-name
segment (" - Báo X", " | VnExpress", ".: VGP News :. BÁO ĐIỆN TỬ ..."), and a candidate that only names
the site (a portal's ``<title>``, a logo in an ``<h1>``) is dropped. The headline shown on the page wins
when a declared title confirms it or it sits right above the text; else the most agreed declared title.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import lxml.html

from crawler.blocks import Page, block_index
from crawler.metadata import Chosen, Metas, clean, ld_text, words
from extract.normalize import fold as accent_fold

SEPARATORS = re.compile(r"\s+[-|–—:»/•]{1,2}\s+|\s*[|»•]\s*")
TITLE_CLASS = re.compile(r"title|headline|tieu-?de", re.I)
SAPO_CLASS = re.compile(r"sapo|lead|desc|summary|intro|chapeau|tom-?tat", re.I)
NON_ALNUM = re.compile(r"[^a-z0-9]")
SITE_PHRASE = re.compile(r"báo điện tử|cổng thông tin|trang thông tin|cổng ttđt|trang ttđt|tạp chí|online\b|"
                         r"\bnews\b|\.(vn|com|net|org)\b", re.I)
HEADING_LOOKBACK = 12  # blocks above the main text block searched for its heading
SHOWN_CONFIRMED = 0.6  # word overlap with a declared title that confirms a shown headline
HEADLINE_NEAR_MAIN = 800  # characters between a shown headline and the main text block


def title_key(text: str) -> str:
    """Comparison key: NFC, case-folded, quotes unified, spaces collapsed, end punctuation dropped."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[“”„\"«»]", '"', re.sub(r"[‘’‚`´]", "'", text))
    return " ".join(text.split()).strip(" .:;,-–—|\"'")


@cache
def _site_word() -> re.Pattern[str]:
    site_words = sorted(words()["site_words"], key=len, reverse=True)
    return re.compile(r"^(" + "|".join(re.escape(w) for w in site_words) + r")(?!\w)", re.I)


@lru_cache(maxsize=4096)  # each title segment is compared with every site name, and site names recur on every page
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
        if headline := clean(ld_text(obj.get("headline")) or None):
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


__all__ = ["choose_title", "heading_above_main", "is_site_name", "strip_site_name", "title_candidates", "title_key"]
