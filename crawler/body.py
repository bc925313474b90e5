"""The article body from the page's text blocks: the sapo under the headline, then the main text block.

trafilatura drops the sapo (the lead paragraph most Vietnamese outlets print in its own ``<h2>`` or
``<div class="sapo">`` between the headline and the body container) and sometimes picks up page chrome.
Reading the blocks between the headline and the end of the main text block fixes both: content-like
blocks after the headline open the body, and inside the main block link lists (related articles, "Tin
liên quan", tag bars), captions, share and author boxes are left out.
"""
from __future__ import annotations

import re

import lxml.html

from crawler.blocks import Block, Page
from crawler.datelines import NUMERIC_DATE, is_dateline_text

# Containers whose text is not the article's: related links, captions, share/tag/comment bars, ads, bylines,
# promo boxes and boxed pull quotes (which repeat a sentence of the text).
JUNK_CLASS = re.compile(
    r"relat|lien-?quan|tinlienquan|readmore|read-more|xem-?them|share|social|(^|[\s_-])tags?($|[\s_-])|tag-|"
    r"comment|binh-?luan|caption|photo-?desc|image-?desc|img-?desc|media-?desc|author|byline|(^|[\s_-])ads?($|[\s_-])|"
    r"adv|quang-?cao|banner|sponsor|promo|newsletter|subscribe|rating|vote|toolbar|breadcrumb|print|"
    r"pull-?quote|box-?quote|quote-?box|"
    r"(^|[\s_-])(nav|menu|footer|sidebar)($|[\s_-])",
    re.I)
JUNK_TAGS = frozenset({"figure", "figcaption", "aside", "nav", "footer", "form", "button", "header"})
CAPTION_TAGS = frozenset({"figure", "figcaption"})
CAPTION_CLASS = re.compile(r"caption|photo-?desc|image-?desc|img-?desc|media-?desc", re.I)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
MAX_LINK_DENSITY = 0.5
SAPO_LINK_DENSITY = 0.2


def _caption(el: lxml.html.HtmlElement) -> bool:
    return el.tag in CAPTION_TAGS or bool(CAPTION_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _junk(block: Block, stop: lxml.html.HtmlElement | None, *, captions: bool = False) -> bool:
    """True when the block sits in a junk container below ``stop`` (the main block, or the page).

    A container hidden by its inline style (a stock-quote box, an empty ad slot) is junk: the reader never
    sees it. With ``captions`` photo captions are kept (a photo story, whose captions are its text).
    """
    for el in [block.element, *block.element.iterancestors()]:
        if el is stop:
            return False
        tag = el.tag if isinstance(el.tag, str) else ""
        if HIDDEN_STYLE.search(el.get("style", "")):
            return True
        if captions and _caption(el):
            continue
        if tag in JUNK_TAGS or JUNK_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            return True
    return False


def _is_dateline(block: Block) -> bool:
    """A short block that is only a date and time ("Thứ Tư, 13/03/2024 16:20 (GMT+7)")."""
    return block.chars <= 80 and bool(NUMERIC_DATE.search(block.text)) and is_dateline_text(block.text, 1)


def _common_ancestor(a: lxml.html.HtmlElement, b: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    above_a = {a, *a.iterancestors()}  # the elements themselves: their lxml proxies stay alive and unique
    for el in [b, *b.iterancestors()]:
        if el in above_a:
            return el
    return None


def sapo_blocks(page: Page, headline_index: int | None, body_start: int) -> list[Block]:
    """Content-like blocks between the headline and the body's first block: the sapo (lead)."""
    if headline_index is None or headline_index >= body_start:
        return []
    headline = page.blocks[headline_index].element
    return [block for block in page.blocks[headline_index + 1:body_start]
            if block.is_content and block.link_density <= SAPO_LINK_DENSITY
            and not _junk(block, _common_ancestor(headline, block.element))]


def _main_body(page: Page, start: int, last: int, *, captions: bool) -> list[Block]:
    return [block for block in page.blocks[start:last + 1]
            if block.link_density < MAX_LINK_DENSITY and not _is_dateline(block)
            and not _junk(block, page.main, captions=captions)]


def body_blocks(page: Page, headline_index: int | None) -> list[Block]:
    """The blocks of the article body: the sapo between headline and main block, then the main block.

    Captions are left out, unless the main block holds no paragraph outside them: a photo story (a
    sequence of photos whose captions tell the news) is its captions.
    """
    if not page.main_blocks:
        return []
    first, last = page.main_blocks[0].index, page.main_blocks[-1].index
    out = sapo_blocks(page, headline_index, first)
    start = headline_index + 1 if headline_index is not None and first <= headline_index <= last else first
    main = _main_body(page, start, last, captions=False)
    if not any(block.is_content for block in main):
        main = _main_body(page, start, last, captions=True)
    return out + main


def body_text(page: Page, headline_index: int | None) -> str:
    """The article body as text, one block a line (not yet cleaned)."""
    return "\n".join(b.text for b in body_blocks(page, headline_index))


__all__ = ["body_blocks", "body_text", "sapo_blocks"]
