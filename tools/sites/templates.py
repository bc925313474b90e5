"""HTML templates of the sample outlet: the markup patterns of a typical Vietnamese news CMS."""
from __future__ import annotations

import json
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _menu(sections: dict[str, str]) -> str:
    items = "".join(f'<li><a href="/{s}/">{escape(n)}</a></li>' for s, n in sections.items())
    return f'<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li>{items}</ul></nav>'


def _header(origin: str) -> str:
    return (
        '<header class="site-header"><div class="top-bar"><span class="today">Cập nhật liên tục 24/7</span>'
        '<span class="hotline">Đường dây nóng: 0243.999.9999</span>'
        '<a href="/rss/trang-chu.rss">RSS</a></div>'
        f'<a class="logo" href="{origin}/"><img src="/static/logo.png" alt="Báo điện tử Dân An"></a>'
        '<form class="search" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm">'
        '<button>Tìm</button></form></header>'
    )


def _footer(sections: dict[str, str]) -> str:
    links = " | ".join(f'<a href="/{s}/">{escape(n)}</a>' for s, n in sections.items())
    return (
        '<footer class="site-footer"><div class="footer-menu">' + links + '</div>'
        '<p>Báo điện tử Dân An - Cơ quan chủ quản: Hội Nhà báo tỉnh (mẫu)</p>'
        '<p>Giấy phép số 123/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A</p>'
        '<p>Tòa soạn: 15 Phố Mẫu, Hà Nội. Điện thoại: 0243.999.9999</p>'
        '<div class="links-web">Liên kết website: <a href="https://chinhphu.invalid/">Cổng thông tin Chính phủ</a>'
        ' <a href="/admin/">Quản trị</a></div><p>© 2023 Dân An. Ghi rõ nguồn khi phát hành lại.</p></footer>'
    )


def page_shell(origin: str, title: str, main: str, sections: dict[str, str], head: str = "") -> str:
    """A full page: head, header, menu, main content, footer."""
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)} - Báo điện tử Dân An</title>\n"
        '<link rel="stylesheet" href="/static/style.css">\n'
        '<link rel="alternate" type="application/rss+xml" title="Dân An" href="/rss/trang-chu.rss">\n'
        f"{head}</head>\n<body>\n{_header(origin)}\n{_menu(sections)}\n"
        f'<div class="container">\n{main}\n</div>\n{_footer(sections)}\n</body>\n</html>\n'
    )


def _link_list(title: str, arts: list[Any], css: str) -> str:
    if not arts:
        return ""
    items = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in arts)
    return f'<section class="{css}"><h3>{escape(title)}</h3><ul>{items}</ul></section>'


def _json_ld(origin: str, art: Any, section: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
        "datePublished": art.published.replace(tzinfo=TZ).isoformat(), "articleSection": section,
        "mainEntityOfPage": origin + art.path,
        "publisher": {"@type": "Organization", "name": "Báo điện tử Dân An"},
    }
    if art.author:
        data["author"] = {"@type": "Person", "name": art.author}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def _head(origin: str, art: Any, section: str, canonical: str, amp: bool) -> str:
    iso = art.published.replace(tzinfo=TZ).isoformat()
    head = (
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta name="description" content="{escape(art.paragraphs[0][:160])}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{escape(art.title)}">\n'
        f'<meta property="og:url" content="{canonical}">\n'
        '<meta property="og:site_name" content="Báo điện tử Dân An">\n'
        f'<meta property="article:published_time" content="{iso}">\n'
        f'<meta property="article:section" content="{escape(section)}">\n'
    )
    if art.author:
        head += f'<meta name="author" content="{escape(art.author)}">\n'
    if amp:
        head += f'<link rel="amphtml" href="{origin}/amp{art.path}">\n'
    return head + _json_ld(origin, art, section)


def article_page(origin: str, art: Any, related: list[Any], latest: list[Any], sections: dict[str, str], *,
                 amp: bool = False, amp_variant: bool = False, canonical: str | None = None) -> str:
    """An article page: breadcrumb, title, dateline, byline, share bar, body with a photo, tags, related, sidebar."""
    section = sections[art.section]
    canonical = canonical or origin + art.path
    local = art.published
    dateline = f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y %H:%M}"
    body = "".join(f"<p>{escape(p)}</p>\n" for p in art.paragraphs[:1])
    body += ('<figure class="image"><img src="/static/anh-minh-hoa.jpg" alt="">'
             f"<figcaption>Ảnh minh họa: {escape(art.title[:60])}. (Ảnh: Dân An)</figcaption></figure>\n")
    body += "".join(f"<p>{escape(p)}</p>\n" for p in art.paragraphs[1:])
    byline = f'<p class="author">{escape(art.author)}</p>' if art.author else ""
    main = (
        f'<main class="main-col"><div class="breadcrumb"><a href="/">Trang chủ</a> » '
        f'<a href="/{art.section}/">{escape(section)}</a></div>\n'
        f'<article class="article-detail" data-id="{art.id}">\n<h1 class="article-title">{escape(art.title)}</h1>\n'
        f'<div class="article-meta"><span class="dateline">{dateline}</span>'
        f'{" | <span class=byline>" + escape(art.author) + "</span>" if art.author else ""}</div>\n'
        '<div class="share-bar"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>\n'
        f'<div class="article-body" id="main-detail">\n{body}</div>\n{byline}\n'
        f'<div class="tags">Từ khóa: <a href="/{art.section}/">{escape(section)}</a></div>\n'
        f'{_link_list("Tin liên quan", related, "related")}\n</article></main>\n'
    )
    if not amp_variant:
        main += f'<aside class="sidebar">{_link_list("Tin mới nhất", latest, "latest")}</aside>'
    return page_shell(origin, art.title, main, sections, _head(origin, art, section, canonical, amp))


def listing_page(origin: str, name: str, path: str, arts: list[Any], prev: str | None, nxt: str | None,
                 page: int, sections: dict[str, str], extra: list[tuple[str, str]] | None = None) -> str:
    """A category (or home) page: teasers with date, and a pagination bar with rel=next."""
    teasers = "".join(
        f'<div class="story"><h2 class="story-title"><a href="{a.path}">{escape(a.title)}</a></h2>'
        f'<span class="time">{a.published:%d/%m/%Y %H:%M}</span>'
        f'<p class="sapo">{escape(a.paragraphs[0][:180])}…</p></div>\n' for a in arts)
    pager = ""
    if prev or nxt:
        links = (f'<a class="prev" rel="prev" href="{prev}">« Trang trước</a>' if prev else "") + \
            f'<span class="current">{page}</span>' + \
            (f'<a class="next" rel="next" href="{nxt}">Trang sau »</a>' if nxt else "")
        pager = f'<div class="pagination">{links}</div>'
    side = ""
    if extra:
        side = '<aside class="sidebar"><h3>Đọc nhiều</h3><ul>' + "".join(
            f'<li><a href="{p}">{escape(t)}</a></li>' for p, t in extra) + "</ul></aside>"
    main = f'<main class="main-col"><h1 class="cat-title">{escape(name)}</h1>\n{teasers}{pager}</main>{side}'
    return page_shell(origin, name, main, sections, f'<link rel="canonical" href="{origin}{path}">\n')
