"""A page as text blocks (paragraph-sized runs of text between block-level tags) and its main block.

The main block is found the way readability-style extractors find it: every content-like block (long
enough, few of its characters inside links) scores its length for the element holding it and, less, for
that element's parent and grandparent; the best-scoring element, discounted by its link density, is the
main text block. Article detection (crawler.detect) and the headline and dateline search
(crawler.metadata) measure the page against it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

import lxml.etree
import lxml.html

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "select", "option", "button",
                       "textarea", "head", "title", "meta", "link", "object", "embed", "canvas", "video", "audio",
                       "map", "input"})
HEADING_TAGS = frozenset({"h1", "h2", "h3"})
TITLE_CLASS = re.compile(r"title|headline|tieu-?de|heading", re.I)
# A content-like block: at least this many characters, at most this share of them inside links.
MIN_CONTENT_CHARS = 40
MAX_CONTENT_LINK_DENSITY = 0.35
ANCESTOR_WEIGHTS = (1.0, 0.75, 0.4)  # the block's element, its parent, its grandparent
# The footer never holds the main text block (its address and licence lines outscore a listing's teasers),
# nor do readers' comments (longer than a short article on a busy page).
# Layout class names are not trusted further: VnExpress's article column is "sidebar-1".
CHROME_TAGS = frozenset({"footer", "nav", "menu"})
CHROME_CLASS = re.compile(r"(^|[\s_-])(footer|copyright)($|[\s_-])|comment|binh-?luan", re.I)
TEASER_PENALTY = 0.5  # a candidate's score is divided by 1 + this x its teasers
CONTINUATION_LINK_DENSITY = 0.2  # paragraphs beside the main block that continue it have few links
# The only elements _chrome_elements has to look at (a class or id of nothing matches no CHROME_CLASS)
_CHROME_CANDIDATES = lxml.etree.XPath("descendant-or-self::*[self::footer or self::nav or self::menu or @class or @id]")


@dataclass
class Block:
    """A run of text between block-level tags, owned by its nearest block-level element.

    Its length, link density and whether it reads like content are worked out once, when it is made (every
    page's main-block search asks for them many times over)."""

    index: int
    element: lxml.html.HtmlElement
    text: str
    link_chars: int
    chars: int = field(init=False, repr=False, compare=False)
    link_density: float = field(init=False, repr=False, compare=False)
    is_content: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.chars = chars = len(self.text)
        self.link_density = density = self.link_chars / chars if chars else 0.0
        self.is_content = chars >= MIN_CONTENT_CHARS and density <= MAX_CONTENT_LINK_DENSITY

    @property
    def is_heading(self) -> bool:
        el = self.element
        return el.tag in HEADING_TAGS or bool(TITLE_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _block_owner(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    while el is not None and el.tag not in BLOCK_TAGS:
        parent = el.getparent()
        if parent is None:
            return el
        el = parent
    return el


def _read(el: lxml.html.HtmlElement, link: bool, blocks: list[Block], run: list) -> None:
    """Adds the text under ``el`` to the open run (``run``: its text chunks, then its link characters and the
    element of its first chunk); a block-level tag (or ``<br>``) closes the run before and after it."""
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return
    is_block = tag in BLOCK_TAGS or tag == "br"
    in_link = link or tag == "a"
    if is_block and run[0]:
        _close(blocks, run)
    if text := el.text:
        _add(run, text, in_link, el)
    for child in el:
        _read(child, in_link, blocks, run)
        if tail := child.tail:
            _add(run, tail, in_link, el)
    if is_block and run[0]:
        _close(blocks, run)


def _add(run: list, chunk: str, in_link: bool, el: lxml.html.HtmlElement) -> None:
    """Adds a chunk of text of ``el`` (its own or a child's tail) to the open run."""
    run[0].append(chunk)
    if in_link:
        run[1] += len(" ".join(chunk.split()))
    if run[2] is None:
        run[2] = el


def _close(blocks: list[Block], run: list) -> None:
    """Ends the open run (one with chunks: an empty one has no link characters nor element either): a block when
    it holds text, then an empty run."""
    parts, link_chars, owner = run
    text = " ".join("".join(parts).split())  # each run of spaces as one, trimmed
    if text and owner is not None:
        blocks.append(Block(len(blocks), _block_owner(owner), text, min(link_chars, len(text))))
    run[:] = [[], 0, None]


def text_blocks(root: lxml.html.HtmlElement) -> list[Block]:
    """The page's text blocks in document order."""
    blocks: list[Block] = []
    run: list = [[], 0, None]
    try:
        _read(root, False, blocks, run)
    except RecursionError:  # pathological nesting: measure what was read so far
        pass
    if run[0]:
        _close(blocks, run)
    return blocks


@dataclass
class Page:
    """A page's text blocks and its main text block."""

    root: lxml.html.HtmlElement
    blocks: list[Block]
    main: lxml.html.HtmlElement | None
    main_blocks: list[Block] = field(default_factory=list)

    @cached_property
    def chars(self) -> int:
        return sum(b.chars for b in self.blocks)

    @cached_property
    def link_chars(self) -> int:
        return sum(b.link_chars for b in self.blocks)

    @cached_property
    def content_blocks(self) -> list[Block]:
        return [b for b in self.main_blocks if b.is_content]

    def gap_chars(self, start: int, end: int) -> int:
        """Characters of text in the blocks strictly between two block indexes."""
        lo, hi = sorted((start, end))
        return sum(b.chars for b in self.blocks[lo + 1:hi])


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


def is_link_heading(block: Block) -> bool:
    """A linked headline: a heading-sized block almost all inside a link."""
    return 15 <= block.chars <= 250 and block.link_density >= 0.8


def teasers_in(blocks: list[Block]) -> int:
    """Linked headings each followed (within three blocks, before the next one) by an unlinked paragraph.

    A listing repeats "linked headline, sapo"; a related-articles box is a run of links with no text
    between them, and an article body is text with at most a few links.
    """
    count = 0
    for i, block in enumerate(blocks):
        if not is_link_heading(block):
            continue
        for nxt in blocks[i + 1:i + 4]:
            if is_link_heading(nxt):
                break
            if nxt.is_content and nxt.link_density < 0.2:
                count += 1
                break
    return count


def _text_of(el: lxml.html.HtmlElement, cache: dict) -> str:
    if el not in cache:
        cache[el] = "".join(el.text_content().split())  # without any space (str.split: the same as \s)
    return cache[el]


def _ancestors(el: lxml.html.HtmlElement, n: int, cache: dict) -> list[lxml.html.HtmlElement]:
    """The block's element and its n-1 nearest ancestors that add text of their own.

    A wrapper holding nothing but the block (a caption's <figcaption> and <figure> around its <p>, a
    <div> around one paragraph) is the same text again: it is passed over, so a photo story's captions
    score for the body container that holds them all, as paragraphs do.
    """
    out = [el]
    below = el
    while len(out) < n and (parent := below.getparent()) is not None:
        if _text_of(parent, cache) != _text_of(below, cache):
            out.append(parent)
        below = parent
    return out


def _chrome_elements(root: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The page's chrome (menus, footers, share bars...) and every element inside it.

    Sets of the elements themselves, not of id()s: they keep lxml's proxies alive, so they stay the same (a block's
    element is found in them by identity). Whether a block is in the chrome, or in a container, is then one set
    look-up instead of a walk up its ancestors for each block."""
    found = {el for el in _CHROME_CANDIDATES(root)
             if el.tag in CHROME_TAGS or CHROME_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}")}
    return {inner for el in found for inner in el.iter()}


def _continued(best: lxml.html.HtmlElement, blocks: list[Block], chrome: set[lxml.html.HtmlElement],
               levels: int = 2) -> lxml.html.HtmlElement:
    """The main block, or the container above it when that adds nothing but more paragraphs after it.

    Some CMSes cut the body in two sibling containers around an embedded player or ad slot ("divfirst",
    a video frame, "divend"): the parent holding both, and nothing else with text, is the body.
    """
    for _ in range(levels):
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        inside, around = set(best.iter()), set(parent.iter())
        own = [b.index for b in blocks if b.element in inside]
        others = [b for b in blocks if b.element in around and b.element not in inside]
        if not own or not others or not all(b.index > own[-1] and b.is_content
                                            and b.link_density < CONTINUATION_LINK_DENSITY
                                            and b.element not in chrome for b in others):
            break  # the headline, sapo or a box beside it: not a continuation
        best = parent
    return best


def read_blocks(root: lxml.html.HtmlElement) -> Page:
    """Text blocks of a parsed page and its main text block (None when nothing reads like content)."""
    blocks = text_blocks(root)
    scores: dict[lxml.html.HtmlElement, float] = defaultdict(float)
    chrome = _chrome_elements(root)
    texts: dict[lxml.html.HtmlElement, str] = {}
    for block in blocks:
        if block.is_content and block.element not in chrome:
            value = block.chars * (1 - block.link_density)
            for weight, el in zip(ANCESTOR_WEIGHTS, _ancestors(block.element, len(ANCESTOR_WEIGHTS), texts),
                                  strict=False):
                scores[el] += value * weight
    if not scores:
        return Page(root, blocks, None)
    inside: dict[lxml.html.HtmlElement, list[Block]] = defaultdict(list)
    candidates = set(scores)
    for block in blocks:
        for el in [block.element, *block.element.iterancestors()]:
            if el in candidates:
                inside[el].append(block)
    best, best_score = None, 0.0
    for el, score in scores.items():
        members = inside[el]
        chars = sum(b.chars for b in members) or 1
        density = sum(b.link_chars for b in members) / chars
        # Sapos of teasers score like paragraphs: a container of "linked headline + sapo" items (a related
        # box under a short article, a sidebar) loses to the article beside it.
        adjusted = score * (1 - density) / (1 + TEASER_PENALTY * teasers_in(members))
        if adjusted > best_score:
            best, best_score = el, adjusted
    if best is None:
        return Page(root, blocks, None)
    best = _continued(best, blocks, chrome)
    inside = set(best.iter())
    return Page(root, blocks, best, [b for b in blocks if b.element in inside])


__all__ = ["Block", "Page", "block_index", "is_link_heading", "read_blocks", "teasers_in", "text_blocks"]
