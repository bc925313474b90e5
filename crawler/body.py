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

from crawler.blocks import Block, Page, is_link_heading
from crawler.bylines import is_credit_line, person_name
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
CARD_DESCRIPTION_CHARS = 400  # the description under a related article's linked headline
CLOSING_BYLINE_CHARS = 50  # a byline line that closes the article ("Dương Lâm")
MIN_PARAGRAPHS_BEFORE_BYLINE = 3


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


def _is_meta_row(block: Block) -> bool:
    """The row under a headline that gives its byline and dateline ("Thế Duyệt, Đời sống Pháp luật
    16/07/2026 16:35"): a date among a few words, not a lead sentence that mentions a date."""
    return bool(NUMERIC_DATE.search(block.text)) and is_dateline_text(block.text)


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
            if block.is_content and block.link_density <= SAPO_LINK_DENSITY and not _is_meta_row(block)
            and not _junk(block, _common_ancestor(headline, block.element))]


def _links_out(el: lxml.html.HtmlElement) -> bool:
    return any(a.get("href", "").strip() not in ("", "#") and not a.get("href", "").startswith("javascript")
               for a in el.iter("a"))


def related_cards(page: Page) -> set[lxml.html.HtmlElement]:
    """Related-article cards embedded in the body container: an <article> inside the article, or a box
    holding only a linked headline and its one-sentence description ("Thiếu tá công an kể ..." and its
    sapo under the last paragraph). Their text is another story's."""
    cards: set[lxml.html.HtmlElement] = set()
    if page.main is None:
        return cards
    inner: dict[lxml.html.HtmlElement, list[Block]] = {}  # element under the main container -> its blocks
    for block in page.main_blocks:
        el = block.element
        while el is not None and el is not page.main:
            inner.setdefault(el, []).append(block)
            el = el.getparent()
    for el in page.main.iterdescendants():
        if not isinstance(el.tag, str) or any(a in cards for a in el.iterancestors()):
            continue
        if el.tag == "article" and _links_out(el):
            cards.add(el)
            continue
        blocks = inner.get(el, [])
        if (len(blocks) == 2 and is_link_heading(blocks[0]) and blocks[1].link_density < SAPO_LINK_DENSITY
                and blocks[1].chars <= CARD_DESCRIPTION_CHARS and _links_out(el)):
            cards.add(el)
    return cards


def _main_body(page: Page, start: int, last: int, *, captions: bool) -> list[Block]:
    cards = related_cards(page)
    return [block for block in page.blocks[start:last + 1]
            if block.link_density < MAX_LINK_DENSITY and not _is_dateline(block)
            and not _junk(block, page.main, captions=captions)
            and not (cards and (block.element in cards or any(a in cards for a in block.element.iterancestors())))]


def _closes_article(block: Block, before: list[Block], after: list[Block]) -> bool:
    """A byline line under the article's paragraphs, followed in its container by boxes only."""
    if not _byline_line(block):
        return False
    if sum(b.is_content for b in before) < MIN_PARAGRAPHS_BEFORE_BYLINE:
        return False
    if sum(b.chars for b in after) >= sum(b.chars for b in before):
        return False
    el = block.element
    while el.getparent() is not None and "".join(el.getparent().itertext()).strip() == "".join(el.itertext()).strip():
        el = el.getparent()  # <p><strong>Dương Lâm</strong></p>: the line's own element
    for sibling in el.itersiblings():  # the article's paragraphs do not go on after it
        if isinstance(sibling.tag, str) and sibling.tag == "p" and len(" ".join(sibling.itertext()).split()) > 8:
            return False
    return True


def _cut_after_closing_byline(blocks: list[Block]) -> list[Block]:
    """The body up to its closing byline: what follows in the container is boxes (related teasers, an app
    promo, a poll), except credit lines ("Ảnh: ...", "Theo ...")."""
    for i, block in enumerate(blocks):
        if _closes_article(block, blocks[:i], blocks[i + 1:]):
            return blocks[:i + 1] + [b for b in blocks[i + 1:] if is_credit_line(b.text)]
    return blocks


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
    return out + _cut_after_closing_byline(main) + _byline_after_main(page, last)


def _byline_after_main(page: Page, last: int) -> list[Block]:
    """A byline line right after the main container, inside the same wrapper ('<div>...article...</div>
    <p align=right><b>Thu Lương</b></p>'): it closes the article though the container ends before it."""
    if last + 1 >= len(page.blocks) or page.main is None or (wrapper := page.main.getparent()) is None:
        return []
    block = page.blocks[last + 1]
    if not _byline_line(block) or wrapper not in block.element.iterancestors() or _junk(block, wrapper):
        return []  # an author box ('<div class="author">') is read as the author, not as body text
    return [block]


def _byline_line(block: Block) -> bool:
    """A short line that reads as person names, not an upper-case subheading ("KẾT QUẢ BẤT NGỜ")."""
    text = block.text.strip()
    if block.chars > CLOSING_BYLINE_CHARS or not person_name(text):
        return False
    return not (text.isupper() and len(text.split()) >= 3 and not any(sep in text for sep in ",-–/"))


def body_text(page: Page, headline_index: int | None) -> str:
    """The article body as text, one block a line (not yet cleaned)."""
    return "\n".join(b.text for b in body_blocks(page, headline_index))


__all__ = ["body_blocks", "body_text", "sapo_blocks"]
