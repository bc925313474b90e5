"""Build the outlet replicas described in replicas.yaml into tests/fixtures/replicas/<name>/ (committed output).

``python -m tools.sites.replicas``. Pages carry the outlet's real origin; crawler.server rewrites it
to 127.0.0.1 when serving. A query string is served from a file named ``<path>@<query>``.
"""
from __future__ import annotations

import shutil
from html import escape
from pathlib import Path
from urllib.parse import quote

import yaml

from tools.sites.sample import CAMPAIGN, Article, offtopic_articles, seed_article
from tools.sites.sample_variants import sentence_pools
from tools.sites.templates import TZ, WEEKDAYS

HERE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "replicas"  # the replicas it writes
SEED_FOR = {"cand": (3, 1), "bocongan": (4, 0), "mattran": (0, 2), "baochinhphu": (3, 4), "nhandan": (1, 3),
            "qdnd": (4, 2), "congan": (1, 2), "generic": (2, 0)}
FULL_META = {"baochinhphu", "nhandan", "generic"}  # replicas whose pages declare article:published_time


def sites() -> dict[str, dict]:
    """The replica specifications."""
    return yaml.safe_load((Path(__file__).resolve().parent / "replicas.yaml").read_text(encoding="utf-8"))


def out_path(root: Path, url_path: str) -> Path:
    """File that serves a URL path (directories -> index.html, ?query -> @query suffix)."""
    path, _, query = url_path.partition("?")
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    return target.with_name(f"{target.name}@{query}") if query else target


def write(root: Path, url_path: str, text: str) -> None:
    """Write one page."""
    target = out_path(root, url_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def shell(name: str, spec: dict, title: str, main: str, head: str = "") -> str:
    """Header, menu, sidebar and footer around the main content."""
    menu = f'<nav class="menu"><a href="/">Trang chủ</a> <a href="{spec["listing"]}">Tin tức</a></nav>'
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>{head}'
            f'</head><body><header class="header"><a class="logo" href="/">{name}</a>{menu}</header>'
            f'<div class="main">{main}</div><footer class="footer"><p>Bản quyền thuộc về {name}.</p>'
            '<p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer></body></html>')


def article_html(name: str, spec: dict, art: Article, path: str, others: list[tuple[str, str]]) -> str:
    """One article page in the site's markup."""
    when = art.published
    fields = {"title": escape(art.title), "weekday": WEEKDAYS[when.weekday()], "date": f"{when:%d/%m/%Y}",
              "date_dash": f"{when:%d-%m-%Y}", "time": f"{when:%H:%M}", "iso": when.replace(tzinfo=TZ).isoformat(),
              "author": escape(art.author or "PV"), "sapo": escape(art.paragraphs[0][:200]),
              "paras": "".join(f"<p>{escape(p)}</p>" for p in art.paragraphs)}
    head = f'<link rel="canonical" href="{spec["origin"]}{path}">' + spec.get("head", "")
    if name in FULL_META:
        head += ('<meta property="og:type" content="article">'
                 f'<meta property="article:published_time" content="{fields["iso"]}">')
    related = "".join(f'<li><a href="{p}">{escape(t)}</a></li>' for p, t in others)
    main = (f'<article>{spec["title"].format(**fields)}{spec["meta"].format(**fields)}{spec["body"].format(**fields)}'
            f'</article><aside class="sidebar"><h3>Tin khác</h3><ul>{related}</ul></aside>')
    return shell(name, spec, art.title, main, head)


def listing_html(name: str, spec: dict, links: list[tuple[str, str]], nxt: str | None) -> str:
    """A category or search-results page (teasers in the spec's ``item`` markup, if it has one)."""
    item = spec.get("item", '<div class="item"><h3><a href="{path}">{title}</a></h3></div>')
    items = "".join(item.format(path=p, title=escape(t), date="") for p, t in links)
    return shell(name, spec, "Tin tức", items + (spec["pager"].format(next=nxt) if nxt else ""))


def replica_articles(name: str) -> list[Article]:
    """The replica's [campaign, off-topic, campaign-on-page-2] articles: seed titles and dates, and text
    cut from distinct runs of seed sentences, so replicas do not duplicate each other."""
    order = list(sites()).index(name)
    pool = sentence_pools()[0]
    out = []
    for slot, seed in enumerate(SEED_FOR[name]):
        art = seed_article(*CAMPAIGN[seed])
        start = (2 * order + slot) * 5
        sentences = pool[start:start + 5]
        art.paragraphs = [" ".join(sentences[:2]), " ".join(sentences[2:4]), sentences[4]]
        out.append(art)
    return [out[0], offtopic_articles()[order], out[1]]


def build_site(name: str, spec: dict) -> None:
    """Write one replica."""
    root = HERE / name
    if root.exists():
        shutil.rmtree(root)
    arts = list(zip(replica_articles(name), (101, 102, 103), strict=True))
    paths = {id(a): spec["article"].format(slug=a.slug[:60], id=n) for a, n in arts}
    links = [(paths[id(a)], a.title) for a, _ in arts]
    for (art, _), (path, _) in zip(arts, links, strict=True):
        others = [link for link in links[:2] if link[0] != path]
        write(root, path, article_html(name, spec, art, path, others))
    write(root, spec["listing"], listing_html(name, spec, links[:2], spec["page2"]))
    write(root, spec["page2"], listing_html(name, spec, links[2:], None))
    write(root, "/", listing_html(name, spec, links[:1], None))
    robots = "User-agent: *\nDisallow: /admin/\n"
    if spec["sitemap"]:
        robots += f"Sitemap: {spec['origin']}{spec['sitemap']}\n"
        urls = "".join(f"<url><loc>{spec['origin']}{p}</loc></url>" for p, _ in links[:2])
        write(root, spec["sitemap"], '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
              f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
    write(root, "/robots.txt", robots)
    if spec["rss"]:
        items = "".join(f"<item><title>{escape(t)}</title><link>{spec['origin']}{p}</link></item>" for p, t in links[:1])
        write(root, spec["rss"], f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{items}</channel></rss>')
    for keyword in ("an ninh Tổ quốc", "ANTQ") if spec["search"] else ():
        write(root, spec["search"].format(q=quote(keyword)), listing_html(name, spec, links[::2], None))


if __name__ == "__main__":
    for site_name, site_spec in sites().items():
        build_site(site_name, site_spec)
    print("built", ", ".join(sites()))
