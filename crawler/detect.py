"""Is a page an article? Decided from measured features, not from one meta tag.

An article has a main text block of article size (several paragraphs, few of its characters in links),
a headline above it, and a dateline or article metadata. A listing page fails on link density or on its
run of linked teaser headings; a home page or portal front on the same; a short notice on size. The
thresholds live in data/detect.yaml; the features go into the ``not_article`` crawl-log row, so every
rejection can be checked against the page.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import yaml

from crawler.blocks import Page, teasers_in

THRESHOLDS = Path(__file__).resolve().parent / "data" / "detect.yaml"


@dataclass(frozen=True)
class Features:
    """What was measured on a page."""

    main_chars: int            # characters of content-like paragraphs in the main text block
    paragraphs: int            # content-like paragraphs in it
    link_density: float        # share of the main block's characters inside links
    teaser_links: int          # linked headings followed by a sapo in the main block (a listing's teasers)
    text_density: float        # main-block characters / all text characters of the page
    page_link_density: float   # share of all the page's text inside links
    headline: bool             # a headline was found (h1, og:title, JSON-LD, the heading above the text)
    headline_gap: int          # characters between the headline and the main block (-1: no headline on page)
    dateline: bool             # a visible date near the headline
    article_meta: bool         # og:type article, article:published_time or a JSON-LD article

    def describe(self) -> str:
        """One line for the crawl log: ``main_chars=812 paragraphs=5 ...``."""
        return " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in asdict(self).items())


@cache
def thresholds() -> dict[str, float]:
    """Decision thresholds from data/detect.yaml."""
    return {k: float(v) for k, v in yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8")).items()}


def measure(page: Page, *, headline_index: int | None, has_headline: bool, dateline: bool,
            article_meta: bool) -> Features:
    """The features of a page whose blocks, headline position and date evidence are known."""
    main = page.main_blocks
    content = page.content_blocks
    main_chars = sum(b.chars for b in content)
    all_main = sum(b.chars for b in main) or 1
    teasers = teasers_in(main)
    gap = -1
    if headline_index is not None and main:
        first, last = main[0].index, main[-1].index
        gap = 0 if first <= headline_index <= last else page.gap_chars(headline_index, first)
    return Features(
        main_chars=main_chars,
        paragraphs=len(content),
        link_density=round(sum(b.link_chars for b in main) / all_main, 3),
        teaser_links=teasers,
        text_density=round(main_chars / (page.chars or 1), 3),
        page_link_density=round(page.link_chars / (page.chars or 1), 3),
        headline=has_headline,
        headline_gap=gap,
        dateline=dateline,
        article_meta=article_meta,
    )


def verdict(features: Features) -> str | None:
    """None when the page is an article, else why not: ``code: detail`` (the first test it failed)."""
    t = thresholds()
    f = features
    if f.main_chars < t["min_main_chars"]:
        return f"too_small: main text block of {f.main_chars} characters (< {t['min_main_chars']:.0f})"
    brief = f.dateline and 0 <= f.headline_gap <= t["brief_headline_gap"]  # a one-paragraph news brief
    if f.paragraphs < t["min_paragraphs"] and f.main_chars < t["single_block_chars"] and not brief:
        return f"too_few_paragraphs: {f.paragraphs} paragraph(s) of {f.main_chars} characters"
    if f.link_density > t["max_link_density"]:
        return f"links: main block link density {f.link_density:.2f} (> {t['max_link_density']:.2f})"
    if f.teaser_links >= t["min_teasers_for_listing"] and f.teaser_links > t["teasers_per_paragraph"] * f.paragraphs:
        return f"listing: {f.teaser_links} linked teasers for {f.paragraphs} paragraphs"
    if not f.headline:
        return "no_headline: no headline found"
    if not f.article_meta and f.headline_gap < 0:
        return "headline_not_shown: no headline shown above the main text (only a declared title)"
    if not f.article_meta and f.headline_gap > t["max_headline_gap"]:
        return f"headline_far: {f.headline_gap} characters between the headline and the main text"
    if not (f.dateline or f.article_meta):
        return "no_date: no dateline near the headline and no article metadata"
    return None


__all__ = ["Features", "measure", "thresholds", "verdict"]
