"""Generate a large synthetic outlet (same markup as the sample site) for resume tests and benchmarks.

Articles mix sentences of the bundled sample articles, so every page is distinct (no near-duplicates)
while two in three stay on the campaign topic. ``python -m tools.sites.sample_variants DIR N``.
"""
from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

from tools.sites.sample import CAMPAIGN, ORIGIN, SECTIONS, TZ, Article, offtopic_articles, seed_article
from tools.sites.templates import article_page, listing_page

SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ỹ“])")
PER_SITEMAP = 1000


def sentence_pools() -> tuple[list[str], list[str]]:
    """(campaign sentences, off-topic sentences) taken from the sample articles."""
    campaign = [s for spec in CAMPAIGN for p in seed_article(*spec).paragraphs for s in SENTENCE.split(p)]
    other = [s for a in offtopic_articles() for p in a.paragraphs for s in SENTENCE.split(p)]
    return [s for s in campaign if len(s) > 40], [s for s in other if len(s) > 30]


def synthetic_articles(n: int, seed: int = 0) -> list[Article]:
    """n distinct articles; every third one is off-topic."""
    rng = random.Random(seed)
    campaign, other = sentence_pools()
    start = datetime(2023, 1, 1, 7, 0)
    out = []
    for i in range(n):
        on_topic = i % 3 != 2
        pool = campaign if on_topic else other
        k = min(len(pool), 9 if on_topic else 6)
        picked = rng.sample(pool, k)
        paragraphs = [" ".join(picked[j:j + 3]) for j in range(0, k, 3)]
        paragraphs.append(f"Bài viết số {i} của chuyên mục, cập nhật lần thứ {rng.randint(1, 9)}.")
        section = "an-ninh-trat-tu" if on_topic else rng.choice(["the-thao", "thoi-tiet", "kinh-te"])
        title = f"{'Phong trào toàn dân bảo vệ an ninh Tổ quốc' if on_topic else 'Tin tổng hợp'}: bản tin số {i}"
        out.append(Article(10000 + i, section, f"ban-tin-so-{i}", title, start + timedelta(hours=7 * i),
                           "Phóng viên", paragraphs))
    return out


def write_page(root: Path, rel: str, text: str) -> None:
    """Write a site page under ``root`` at site path ``rel`` (a folder path gets its index.html)."""
    out = root / rel.lstrip("/")
    if rel.endswith("/"):
        out = out / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")


def generate_sample_variant(root: str | Path, n: int, *, seed: int = 0, per_page: int = 20) -> list[Article]:
    """Write robots.txt, sitemaps (with lastmod), paginated listings and n article pages under root."""
    root = Path(root)
    arts = synthetic_articles(n, seed)
    for art in arts:
        write_page(root, art.path, article_page(ORIGIN, art, [], [], SECTIONS))
    for section, name in SECTIONS.items():
        items = [a for a in arts if a.section == section]
        pages = [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]
        for p, chunk in enumerate(pages, start=1):
            path = f"/{section}/" if p == 1 else f"/{section}/trang-{p}.html"
            nxt = f"/{section}/trang-{p + 1}.html" if p < len(pages) else None
            write_page(root, path, listing_page(ORIGIN, name, path, chunk, None, nxt, p, SECTIONS))
    write_page(root, "/", listing_page(ORIGIN, "Trang chủ", "/", arts[-10:], None, None, 1, SECTIONS))
    chunks = [arts[i:i + PER_SITEMAP] for i in range(0, len(arts), PER_SITEMAP)]
    for c, chunk in enumerate(chunks):
        urls = "".join(f"<url><loc>{ORIGIN}{a.path}</loc><lastmod>{a.published.replace(tzinfo=TZ).isoformat()}"
                       "</lastmod></url>\n" for a in chunk)
        write_page(root, f"/sitemaps/{c}.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
               f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')
    index = "".join(f"<sitemap><loc>{ORIGIN}/sitemaps/{c}.xml</loc></sitemap>\n" for c in range(len(chunks)))
    write_page(root, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns='
           f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{index}</sitemapindex>\n')
    items = "".join(f"<item><title>{a.title}</title><link>{ORIGIN}{a.path}</link></item>" for a in arts[-10:])
    write_page(root, "/rss/trang-chu.rss", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{items}'
           "</channel></rss>")
    write_page(root, "/robots.txt", f"User-agent: *\nDisallow: /admin/\n\nSitemap: {ORIGIN}/sitemap.xml\n")
    return arts


if __name__ == "__main__":
    generate_sample_variant(sys.argv[1], int(sys.argv[2]))
