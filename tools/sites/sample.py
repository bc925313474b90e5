"""Build the bundled sample outlet ("Báo điện tử Dân An") into crawler/sample_site/site/.

A development-time script: the generated files are committed, so nothing reads
tests/fixtures at run time. Run it again after editing the seeds or
offtopic.yaml: ``python -m tools.sites.sample``.

All absolute URLs use ORIGIN; crawler.server rewrites it to the real
http://127.0.0.1:PORT when serving.
"""
from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from tools.sites.templates import article_page, listing_page, page_shell

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SITE = ROOT / "crawler" / "sample_site" / "site"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
ORIGIN = "http://www.dan-an.invalid"
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PER_PAGE = 4

SECTIONS = {
    "an-ninh-trat-tu": "An ninh trật tự",
    "dia-phuong": "Địa phương",
    "the-thao": "Thể thao",
    "thoi-tiet": "Thời tiết",
    "kinh-te": "Kinh tế",
}
# The five real articles: title when the seed has none in its first line, and a publication time.
CAMPAIGN = [
    ("000_b14839577600d7b8", 1000, "2013-08-05T09:15:00",
     "Giao ban thực hiện Nghị quyết liên tịch giữa Bộ Công an và Ủy ban TƯ MTTQ Việt Nam"),
    ("001_39de3e7a63915c1c", 1001, "2023-06-09T16:30:00", None),
    ("002_361dfef9dc19900e", 1002, "2023-05-30T17:20:00",
     "Tổng kết 10 năm thực hiện Chương trình phối hợp về phong trào toàn dân bảo vệ an ninh Tổ quốc"),
    ("003_f707674472ecf3bc", 1003, "2023-10-17T18:05:00", None),
    ("004_03d31ed0a32cd011", 1004, "2013-07-31T20:10:00", None),
]
JUNK_LINES = {"DetailController", "Quốc phòng - An ninh", "Tìm kiếm", "Tin tức - Sự kiện", "Liên kết website"}
DATELINE = re.compile(r"^\d{2}/\d{2}/\d{4}( \d{2}:\d{2})?$")
AUTHOR_LINE = re.compile(r"^[A-ZÀ-Ỹ][^\s.,;:]*( [A-ZÀ-Ỹ][^\s.,;:]*){1,3}$")


@dataclass
class Article:
    """One page of the sample site."""

    id: int
    section: str
    slug: str
    title: str
    published: datetime
    author: str | None
    paragraphs: list[str]

    @property
    def path(self) -> str:
        return f"/{self.section}/{self.slug}-a{self.id}.html"


def slugify(title: str) -> str:
    """ASCII slug of a Vietnamese title, as Vietnamese CMSs make them."""
    folded = unicodedata.normalize("NFD", title.replace("Đ", "D").replace("đ", "d"))
    ascii_ = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")[:90].rstrip("-")


def seed_article(stem: str, art_id: int, published: str, title: str | None) -> Article:
    """Turn a seed text into an article: title, paragraphs and byline split off."""
    lines = [ln.strip() for ln in (SEEDS / f"{stem}.txt").read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and ln not in JUNK_LINES and not DATELINE.match(ln)]
    if title is None:
        title = lines.pop(0)
    author = lines.pop() if AUTHOR_LINE.match(lines[-1]) else None
    return Article(art_id, "an-ninh-trat-tu", slugify(title), title,
                   datetime.fromisoformat(published), author, lines)


def offtopic_articles() -> list[Article]:
    """The hand-written off-topic articles of offtopic.yaml."""
    rows = yaml.safe_load((HERE / "offtopic.yaml").read_text(encoding="utf-8"))
    return [Article(r["id"], r["section"], r["slug"], r["title"], r["published"], r["author"], r["body"])
            for r in rows]


def syndicated_copy(original: Article) -> Article:
    """A near-duplicate: the same story re-published by the 'Địa phương' desk with a source line."""
    paragraphs = ["(Dân An) - " + original.paragraphs[0], *original.paragraphs[1:], "Nguồn: Công an tỉnh"]
    return Article(original.id + 100, "dia-phuong", original.slug, original.title,
                   original.published.replace(hour=21), "Thủy Ngân (tổng hợp)", paragraphs)


def write(rel: str, text: str) -> None:
    """Write one file under site/."""
    out = SITE / rel.lstrip("/")
    if rel.endswith("/"):
        out = out / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")


def write_listings(articles: list[Article]) -> None:
    """Category pages with pagination: /section/, /section/trang-2.html ..."""
    for section, name in SECTIONS.items():
        items = sorted((a for a in articles if a.section == section), key=lambda a: a.published, reverse=True)
        pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        for n, chunk in enumerate(pages, start=1):
            path = f"/{section}/" if n == 1 else f"/{section}/trang-{n}.html"
            nxt = f"/{section}/trang-{n + 1}.html" if n < len(pages) else None
            prev = (f"/{section}/" if n == 2 else f"/{section}/trang-{n - 1}.html") if n > 1 else None
            write(path, listing_page(ORIGIN, name, path, chunk, prev, nxt, n, SECTIONS))


def write_feeds(articles: list[Article]) -> None:
    """robots.txt, a sitemap index with two sitemaps (lastmod), and an RSS feed with tracking links."""
    write("/robots.txt", f"User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\n\nSitemap: {ORIGIN}/sitemap.xml\n")
    write("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
          '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          f"  <sitemap><loc>{ORIGIN}/sitemaps/news.xml</loc></sitemap>\n"
          f"  <sitemap><loc>{ORIGIN}/sitemaps/categories.xml</loc></sitemap>\n</sitemapindex>\n")
    urls = "".join(f"  <url><loc>{ORIGIN}{a.path}</loc><lastmod>{a.published.replace(tzinfo=TZ).isoformat()}"
                   "</lastmod></url>\n" for a in articles)
    write("/sitemaps/news.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')
    cats = "".join(f"  <url><loc>{ORIGIN}/{s}/</loc></url>\n" for s in SECTIONS)
    write("/sitemaps/categories.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{cats}</urlset>\n')
    items = "".join(
        f"<item><title>{escape(a.title)}</title>"
        f"<link>{ORIGIN}{a.path}?utm_source=rss&amp;utm_medium=referral</link>"
        f"<guid isPermaLink=\"false\">dan-an-{a.id}</guid>"
        f"<pubDate>{format_datetime(a.published.replace(tzinfo=TZ))}</pubDate>"
        f"<description>{escape(a.paragraphs[0][:200])}</description></item>\n"
        for a in sorted(articles, key=lambda a: a.published, reverse=True)[:10])
    write("/rss/trang-chu.rss", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
          f"<title>Dân An - Trang chủ</title><link>{ORIGIN}/</link>"
          f"<description>Tin mới nhất</description><language>vi</language>\n{items}</channel></rss>\n")


def build() -> None:
    """Regenerate site/ from the seeds and offtopic.yaml."""
    if SITE.exists():
        shutil.rmtree(SITE)
    campaign = [seed_article(*spec) for spec in CAMPAIGN]
    copy = syndicated_copy(campaign[2])
    articles = campaign + offtopic_articles() + [copy]
    latest = sorted(articles, key=lambda a: a.published, reverse=True)
    dup = campaign[1]
    for art in articles:
        related = [a for a in latest if a.section == art.section and a.id != art.id][:4]
        write(art.path, article_page(ORIGIN, art, related, latest[:5], SECTIONS, amp=art is dup))
    # The duplicate: an AMP variant (canonical -> original) and an exact copy under another path.
    write("/amp" + dup.path, article_page(ORIGIN, dup, [], [], SECTIONS, amp_variant=True))
    copy_path = f"/tin-tuc/{dup.slug}-a{dup.id}.html"
    write(copy_path, article_page(ORIGIN, dup, [], latest[:5], SECTIONS, canonical=ORIGIN + copy_path))
    write_listings(articles)
    write_feeds(campaign + offtopic_articles() + [copy])
    extra = [(copy_path, dup.title + " (bản đăng lại)"), ("/amp" + dup.path, "Đọc nhanh: " + dup.title)]
    write("/", listing_page(ORIGIN, "Trang chủ", "/", latest[:8], None, None, 1, SECTIONS, extra=extra))
    write("/admin/index.html", page_shell(ORIGIN, "Quản trị", "<p>Khu vực quản trị.</p>", SECTIONS))
    write("/static/style.css", "body{font-family:Arial,sans-serif}.sidebar{float:right;width:30%}\n")


if __name__ == "__main__":
    build()
    print(f"built {sum(1 for _ in SITE.rglob('*') if _.is_file())} files under {SITE}")
