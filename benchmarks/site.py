"""A generated news site for benchmarks and distributed tests: N articles, listings, sitemaps, a feed.

Pages use the sample outlet's markup (tools/sites/templates.py), so the ``sample`` profile
rebased on the server (``sample@http://127.0.0.1:PORT/``) crawls it. Article bodies (2-4 KB) are
built from the sentence templates in benchmarks/data/bench_site.yaml with random names, places and
numbers; campaign sections are on-topic, sport/weather/economy off-topic. ``manifest.json`` at the
site root says how many of each were written. ``serve_site`` serves the folder from memory.

``python -m benchmarks.site DIR --articles 5000 [--serve]``
"""
from __future__ import annotations

import argparse
import json
import random
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from crawler.server import SAMPLE_ORIGIN
from tools.sites.sample import Article, slugify
from tools.sites.sample_variants import write_page as _write
from tools.sites.templates import article_page, listing_page

DATA = Path(__file__).resolve().parent / "data" / "bench_site.yaml"
PER_LISTING = 20
PER_SITEMAP = 1000
SLOT = re.compile(r"\{(\w+)\}")
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
         ".rss": "application/rss+xml; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


@cache
def templates() -> dict[str, Any]:
    """The sentence templates and slot values (loaded once)."""
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@dataclass
class BenchArticle(Article):
    """One generated article: a sample-site page that knows whether it is on the campaign's topic."""

    on_topic: bool = False


def _slot(rng: random.Random, name: str) -> str:
    data = templates()
    if name == "person":
        return f"{rng.choice(data['surnames'])} {rng.choice(data['middles'])} {rng.choice(data['givens'])}"
    pools = {"place": "places", "rank": "ranks", "role": "roles", "unit": "units", "model": "models",
             "team": "teams", "company": "companies", "product": "products"}
    if name in pools:
        return rng.choice(data[pools[name]])
    ranges = {"n": (2, 9999), "m": (2, 30), "pct": (3, 95), "day": (1, 28), "month": (1, 12), "year": (2019, 2025)}
    return str(rng.randint(*ranges[name]))


def fill(rng: random.Random, template: str) -> str:
    """A template with every {slot} replaced by a random value."""
    return SLOT.sub(lambda m: _slot(rng, m.group(1)), template)


def make_article(rng: random.Random, art_id: int, section: str) -> BenchArticle:
    """A random article of a section: title, 18-28 sentences in paragraphs of 3-4, date, byline."""
    data = templates()
    topic = data["sections"][section]["topic"]
    title = fill(rng, rng.choice(data["titles"][topic]))
    sentences = [fill(rng, rng.choice(data["sentences"][topic])) for _ in range(rng.randint(18, 28))]
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    published = datetime(2023, 1, 1, 6) + timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
    author = _slot(rng, "person") if rng.random() < 0.8 else None
    return BenchArticle(art_id, section, slugify(title), title, published, author, paragraphs,
                        on_topic=topic == "campaign")


def make_articles(count: int, seed: int = 7) -> list[BenchArticle]:
    """``count`` articles spread over the sections (about half on-topic), newest first."""
    rng = random.Random(seed)
    sections = list(templates()["sections"])
    weights = [3 if templates()["sections"][s]["topic"] == "campaign" else 2 for s in sections]
    arts = [make_article(rng, 10_000 + i, rng.choices(sections, weights)[0]) for i in range(count)]
    return sorted(arts, key=lambda a: a.published, reverse=True)


def _sitemaps(root: Path, arts: list[BenchArticle]) -> int:
    o = SAMPLE_ORIGIN
    chunks = [arts[i:i + PER_SITEMAP] for i in range(0, len(arts), PER_SITEMAP)]
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    index = "".join(f"<sitemap><loc>{o}/sitemaps/articles-{k}.xml</loc></sitemap>" for k in range(len(chunks)))
    _write(root, "/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {ns}>{index}</sitemapindex>\n')
    for k, chunk in enumerate(chunks):
        urls = "".join(f"<url><loc>{o}{a.path}</loc><lastmod>{a.published:%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>\n"
                       for a in chunk)
        _write(root, f"/sitemaps/articles-{k}.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>\n{urls}</urlset>\n')
    _write(root, "/robots.txt", f"User-agent: *\nDisallow: /admin/\n\nSitemap: {o}/sitemap.xml\n")
    items = "".join(f"<item><title>{escape(a.title)}</title><link>{o}{a.path}</link></item>" for a in arts[:50])
    _write(root, "/rss/trang-chu.rss", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
           f"<title>Dân An</title><link>{o}/</link>{items}</channel></rss>\n")
    return len(chunks) + 3


def _listings(root: Path, arts: list[BenchArticle], sections: dict[str, str]) -> int:
    pages = 0
    for section, name in sections.items():
        mine = [a for a in arts if a.section == section]
        chunks = [mine[i:i + PER_LISTING] for i in range(0, len(mine), PER_LISTING)] or [[]]
        paths = [f"/{section}/"] + [f"/{section}/trang-{k + 1}.html" for k in range(1, len(chunks))]
        for k, chunk in enumerate(chunks):
            prev = paths[k - 1] if k else None
            nxt = paths[k + 1] if k + 1 < len(paths) else None
            _write(root, paths[k], listing_page(SAMPLE_ORIGIN, name, paths[k], chunk, prev, nxt, k + 1, sections))
        pages += len(chunks)
    home = listing_page(SAMPLE_ORIGIN, "Trang chủ", "/", arts[:30], None, None, 1, sections)
    _write(root, "/", home)
    return pages + 1


def generate_bench_site(root: str | Path, articles: int = 5000, seed: int = 7) -> dict[str, int]:
    """Write the site under ``root``; return (and save as manifest.json) its page and article counts."""
    root = Path(root)
    arts = make_articles(articles, seed)
    sections = {s: v["name"] for s, v in templates()["sections"].items()}
    rng = random.Random(seed + 1)
    by_section: dict[str, list[BenchArticle]] = {}
    for art in arts:
        by_section.setdefault(art.section, []).append(art)
    for i, art in enumerate(arts):
        related = rng.sample(by_section[art.section], min(3, len(by_section[art.section])))
        related = [a for a in related if a is not art]
        _write(root, art.path, article_page(SAMPLE_ORIGIN, art, related, arts[max(0, i - 3):i], sections))
    other = _sitemaps(root, arts) + _listings(root, arts, sections)
    manifest = {"articles": len(arts), "on_topic": sum(a.on_topic for a in arts),
                "off_topic": sum(not a.on_topic for a in arts), "other_pages": other,
                "pages": len(arts) + other}
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return manifest


class _Handler(BaseHTTPRequestHandler):
    """GET/HEAD from the in-memory page map; HTTP/1.1 keep-alive."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    server: _SiteServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._respond(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(False)

    def _respond(self, send_body: bool) -> None:
        path = urlsplit(self.path).path
        self.server.record(path)
        found = self.server.pages.get(path) or self.server.pages.get(path.rstrip("/") + "/index.html")
        status, (ctype, body) = (200, found) if found else (404, ("text/html; charset=utf-8", b"<h1>404</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    pages: dict[str, tuple[str, bytes]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()

    def record(self, path: str) -> None:
        with self._lock:
            self.hits[path] += 1


def _load_pages(root: Path, base: str) -> dict[str, tuple[str, bytes]]:
    pages = {}
    for path in root.rglob("*"):
        if path.is_file() and path.suffix in TYPES:
            body = path.read_bytes().replace(SAMPLE_ORIGIN.encode(), base.encode())
            pages["/" + path.relative_to(root).as_posix()] = (TYPES[path.suffix], body)
    return pages


@contextmanager
def serve_site(root: str | Path, host: str = "127.0.0.1", port: int = 0) -> Iterator[tuple[str, Counter[str]]]:
    """Serve a generated site from memory in a background thread; yield (base URL, hit counter by path)."""
    httpd = _SiteServer((host, port), _Handler)
    base = f"http://{host}:{httpd.server_address[1]}"
    httpd.pages = _load_pages(Path(root), base)
    thread = threading.Thread(target=httpd.serve_forever, name="bench-site", daemon=True)
    thread.start()
    try:
        yield base, httpd.hits
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> int:
    """Generate a site into DIR (and optionally serve it until interrupted)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.site", description=main.__doc__)
    parser.add_argument("dir")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--serve", action="store_true", help="serve it on 127.0.0.1 after generating")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    print(json.dumps(generate_bench_site(args.dir, args.articles, args.seed)), flush=True)
    if args.serve:
        with serve_site(args.dir, port=args.port) as (base, _):
            print(f"serving {args.dir} at {base}/ (Ctrl-C to stop)", flush=True)
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
