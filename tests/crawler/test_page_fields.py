"""Title, date, author, body and article detection by class of Vietnamese page (crawler.parse.read_page).

One case per way real outlets and portals print a field; the pages around them come from pagekit.
"""
from __future__ import annotations

import json
import unicodedata
from datetime import datetime

import pytest

from crawler.parse import read_page
from tests.crawler.pagekit import (
    HEADLINE,
    PARAGRAPHS,
    listing,
    old_portal,
    page,
    paragraphs,
    with_comments,
    with_teasers_below,
)

URL = "http://127.0.0.1:8000/an-ninh-trat-tu/so-ket-phong-trao-123.html"
DATELINE = '<div class="date">Thứ Tư, 13/03/2024 16:20</div>'


def read(html: str):
    reading = read_page(html.encode("utf-8"), URL, content_type="text/html")
    assert reading.rejection is None, reading.rejection
    return reading.fields


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# -- titles -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("html", [
    page(dateline=DATELINE),                                              # <title> with the portal's name appended
    page(dateline=DATELINE, title="Cổng thông tin điện tử huyện Krông Pắc"),  # <title> is only the portal's name
    page(dateline=DATELINE, title="Trang chủ", headline=f'<div class="news-title">{HEADLINE}</div>'),
    page(dateline=DATELINE, head=f'<meta property="og:title" content="{HEADLINE} | Báo Đắk Lắk">'),
    page(dateline=DATELINE,  # a share widget embeds a second complete document before the article
         before='<div class="share-widget"><html><head><title>Chia sẻ bài viết lên mạng xã hội</title></head>'
                '<body><a href="#">Facebook</a></body></html></div>',
         title="Chia sẻ bài viết lên mạng xã hội"),
], ids=["site-suffix", "portal-name-only", "no-h1", "og-title-suffix", "share-widget-document"])
def test_title(html: str) -> None:
    assert read(html).title == HEADLINE


def test_title_shown_on_page_beats_a_reworded_meta_title() -> None:
    reworded = "Krông Pắc sơ kết phong trào bảo vệ an ninh Tổ quốc toàn dân"
    fields = read(page(dateline=DATELINE, head=f'<meta property="og:title" content="{reworded}">'
                       + ld({"@type": "NewsArticle", "headline": reworded})))
    assert (fields.title, fields.title_source) == (HEADLINE, "h1")


# -- dates ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("dateline, head, expected, source", [
    ('<div class="date">Thứ Ba, 14/03/2017 08:05</div>', "", datetime(2017, 3, 14, 8, 5), "dateline"),
    ('<p class="meta">05/06/2014 10:20</p>', "", datetime(2014, 6, 5, 10, 20), "dateline"),
    ('<span>Cập nhật lúc 15:45 03/04/2024</span>', "", datetime(2024, 4, 3, 15, 45), "dateline"),
    ('<span class="time">14/03/17 - 8h05</span>', "", datetime(2017, 3, 14, 8, 5), "dateline"),
    ('<span>Ngày đăng: 03-04-2024</span>', "", datetime(2024, 4, 3), "dateline"),
    ('<div class="date">05/06/2014 10:20</div>', '<meta property="article:published_time" content="">',
     datetime(2014, 6, 5, 10, 20), "dateline"),
    ('<div class="date">14/03/2017 08:05</div>', ld({"@type": "NewsArticle", "datePublished": "2017-03-14T08:05:00+00:00"}),
     datetime(2017, 3, 14, 8, 5), "meta_tz_fixed"),
    ('<div class="date">15:45 03/04/2024</div>', '<meta property="article:published_time" content="2024-04-03T15:45:00+08:00">',
     datetime(2024, 4, 3, 15, 45), "meta_tz_fixed"),
    ('<div class="date">14/03/2017</div>', '<meta property="article:published_time" content="2017-03-14T01:05:00Z">',
     datetime(2017, 3, 14, 8, 5), "meta"),
    ('<div class="date">03/04/2024 15:45</div>', '<meta property="article:published_time" content="2024-04-01T10:00:00+07:00">',
     datetime(2024, 4, 3, 15, 45), "dateline"),
    ("", ld({"@type": "NewsArticle", "dateCreated": "2024-04-02T20:00:00+07:00", "datePublished": "2024-04-03T07:00:00+07:00"}),
     datetime(2024, 4, 3, 7, 0), "meta"),
    ("", '<meta property="article:published_time" content="2026-03-07T08:52:11.000 +07:00">',
     datetime(2026, 3, 7, 8, 52, 11), "meta"),
], ids=["weekday", "plain", "updated-label", "two-digit-year", "dashes", "empty-meta", "jsonld-utc-wrong",
        "meta-plus8-wrong", "meta-utc-right", "visible-disagrees", "created-before-published", "space-offset"])
def test_published(dateline: str, head: str, expected: datetime, source: str) -> None:
    fields = read(page(dateline=dateline, head=head))
    assert (fields.published_at, fields.published_source) == (expected, source)


def test_a_sapo_that_mentions_a_date_is_not_the_dateline() -> None:
    sapo = '<h2 class="sapo">Công an tỉnh cho biết đã khởi tố vụ án kể từ ngày 6/3/2024.</h2>'
    fields = read(page(sapo=sapo, head='<meta property="article:published_time" content="2024-03-07T08:52:00+07:00">'))
    assert (fields.published_at, fields.published_source) == (datetime(2024, 3, 7, 8, 52), "meta")


def test_header_date_of_today_is_not_the_dateline() -> None:
    fields = read(page(topbar="Thứ Hai, 25/11/2024", dateline='<div class="date">13/03/2024 16:20</div>'))
    assert fields.published_at == datetime(2024, 3, 13, 16, 20)


# -- authors ----------------------------------------------------------------------------------------

SITE_AUTHOR = '<meta name="author" content="Cổng thông tin điện tử huyện Krông Pắc">'


@pytest.mark.parametrize("after_body, head, expected, source", [
    ("<p><strong>L. Hoa</strong></p>", SITE_AUTHOR, "L. Hoa", "byline_end"),
    ("<p>Bài, ảnh: Minh Anh</p>", "", "Minh Anh", "byline_end"),
    ("<p>Hà Thu (tổng hợp)</p>", '<meta name="author" content="VnExpress">', "Hà Thu (tổng hợp)", "byline_end"),
    ("<p>Nguyễn Văn Hải</p><p>Ảnh: Reuters</p>", "", "Nguyễn Văn Hải", "byline_end"),
    ("<p>Theo Báo Nhân Dân</p>", '<meta name="author" content="Báo Công an nhân dân">', None, None),
    ("", ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Trần Hùng"}}), "Trần Hùng", "jsonld"),
    ("", ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Báo Đắk Lắk"}}), None, None),
    ("", '<meta name="author" content="admin">', None, None),
    ('<p class="author">Theo Hồ Hương</p><p class="source">Đại Đoàn kết</p>', '<meta property="article:author" '
     'content="Theo Hồ Hương">', "Hồ Hương", "author_element"),
    ("<p>Theo TTXVN</p>", '<meta property="article:author" content="TTXVN">', None, None),
], ids=["initials-end", "bai-anh", "tong-hop", "credit-after", "theo-bao", "jsonld-person", "jsonld-org", "vendor",
        "theo-person", "theo-agency"])
def test_author(after_body: str, head: str, expected: str | None, source: str | None) -> None:
    fields = read(page(dateline=DATELINE, head=head, body=paragraphs() + after_body))
    assert (fields.author, fields.author_source) == (expected, source)


def test_byline_after_the_body_container() -> None:
    """phapluatplus 2016 (real page 44): the byline closes the article in the wrapper, after the body's div,
    before a related box; two writers joined by a dash, one named Trang (real page 43)."""
    after = ('<p style="text-align: right;"><b>Bá Đô - Quỳnh Trang</b></p>'
             '<div class="related"><strong>Nên đọc</strong><ul><li><a href="/a.html">Tin khác một</a></li></ul></div>')
    fields = read(page(dateline=DATELINE, after=after))
    assert (fields.author, fields.author_source) == ("Bá Đô - Quỳnh Trang", "byline_end")
    assert fields.text.endswith("Bá Đô - Quỳnh Trang") and "Nên đọc" not in fields.text


def test_author_box_under_headline() -> None:
    fields = read(page(dateline='<div class="author-info"><a class="name">NHẬT XUÂN</a></div>' + DATELINE,
                       after='<div class="detail-author-bot">NHẬT XUÂN - NGHI VŨ</div>'))
    assert fields.author == "NHẬT XUÂN - NGHI VŨ"


def test_every_person_of_a_jsonld_author_list() -> None:  # VietNamNet 2026: two reporters, two Persons
    head = ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Trần Nghị"},
                                                  {"@type": "Person", "name": "Đức Hoàng"}]})
    fields = read(page(dateline=DATELINE, head=head))
    assert (fields.author, fields.author_source) == ("Trần Nghị, Đức Hoàng", "jsonld")


def test_author_slides_with_empty_avatar_links() -> None:
    """One slide per author, each with an avatar link (marked "author", no text) and the name beside it."""
    slide = ('<div class="article-author-multiple__slide"><div class="article-author-multiple__avatar">'
             '<a title="{0}" href="/tac-gia/{1}.html"> </a></div><div class="name"><a href="/tac-gia/{1}.html">{0}'
             '</a></div></div>')
    box = ('<div class="article-author-multiple"><div class="article-author-multiple__wrapper">'
           + slide.format("Trần Nghị", "tran-nghi") + slide.format("Đức Hoàng", "duc-hoang") + "</div></div>")
    fields = read(page(dateline=box + DATELINE))
    assert (fields.author, fields.author_source) == ("Trần Nghị, Đức Hoàng", "author_element")


@pytest.mark.parametrize("after_body, head, expected", [
    ('<div class="article__author"><p class="name">TP</p></div>', "", "TP"),  # Nhân Dân: the reporter's initials
    ("", ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "TP"}}), "TP"),
    ("<p>TP</p>", "", None),  # two capitals closing the text could be anything ("TP" for thành phố)
], ids=["author-element", "jsonld-person", "body-line"])
def test_initials_byline(after_body: str, head: str, expected: str | None) -> None:
    assert read(page(dateline=DATELINE, head=head, body=paragraphs() + after_body)).author == expected


# -- bodies -----------------------------------------------------------------------------------------

def test_sapo_opens_the_body_and_boxes_inside_the_body_are_left_out() -> None:
    sapo = '<h2 class="sapo">(CTTĐT) - Sáng 13/3, huyện Krông Pắc tổng kết phong trào bảo vệ an ninh Tổ quốc.</h2>'
    inside = (paragraphs(PARAGRAPHS[:2])
              + '<figure><img src="/a.jpg"><figcaption>Quang cảnh hội nghị sơ kết phong trào. Ảnh: Hữu Tài</figcaption>'
                '</figure>'
              + '<p>&gt;&gt; Công an huyện bắt giữ nhóm đối tượng trộm cắp tài sản</p>'
              + '<div class="box-related"><b>Tin liên quan</b><ul><li><a href="/a.html">Bắt đối tượng cướp giật '
                'tài sản của người đi đường trên quốc lộ 26</a></li><li><a href="/b.html">Khen thưởng tập thể có '
                'thành tích trong phong trào</a></li></ul></div>'
              + '<div class="box-promo"><p>Đặt mua báo in với nhiều ưu đãi hấp dẫn trong tháng này, liên hệ đường '
                'dây nóng của tòa soạn.</p></div>'
              + '<div class="box-quote"><p>"Phong trào toàn dân bảo vệ an ninh Tổ quốc phải được nhân rộng ở mọi '
                'khu dân cư" - Phó Chủ tịch UBND huyện nhấn mạnh.</p></div>'
              + paragraphs(PARAGRAPHS[2:])
              + '<p>Vinh quang là Tổ quốc ta - Ảnh: H.Y.T.</p>')
    fields = read(page(dateline=DATELINE, sapo=sapo, body=inside))
    assert fields.text.startswith("(CTTĐT) - Sáng 13/3, huyện Krông Pắc")
    assert fields.text.endswith(PARAGRAPHS[-1])
    for junk in ("Quang cảnh hội nghị", "bắt giữ nhóm đối tượng trộm cắp", "Bắt đối tượng cướp giật", "Tin liên quan",
                 "Đặt mua báo in", "nhân rộng ở mọi", "Vinh quang", "Đọc nhiều", "Giấy phép số"):
        assert junk not in fields.text


@pytest.mark.parametrize("body", [
    "".join(f"<DIV><SPAN style='FONT-SIZE: 12pt'>{t}</SPAN></DIV>" for t in PARAGRAPHS),  # upper-case editor markup
    "<br><br>".join(PARAGRAPHS),                                                          # one line with <br>s
    " ".join(PARAGRAPHS),                                                                 # one line, one block
], ids=["upper-case-div-span", "br-separated", "one-block"])
def test_body_markup(body: str) -> None:
    fields = read(page(dateline=DATELINE, body=body))
    assert fields.text.startswith(PARAGRAPHS[0][:60]) and fields.text.endswith(PARAGRAPHS[-1][-60:])


def test_entity_followed_by_combining_accent_and_nfd_text_come_out_nfc() -> None:
    body = paragraphs(tuple(unicodedata.normalize("NFD", t) for t in PARAGRAPHS)) + "<p>Công an tỉnh Ha&#768; Ti&#771;nh</p>"
    fields = read(page(dateline=DATELINE, body=body))
    assert unicodedata.is_normalized("NFC", fields.text) and "Công an tỉnh Hà Tĩnh" in fields.text
    assert PARAGRAPHS[1][:50] in fields.text


def test_layout_column_class_names_are_not_chrome() -> None:
    fields = read(page(dateline=DATELINE, column="sidebar-1", side="sidebar-2"))  # VnExpress's article column
    assert fields.text.startswith(PARAGRAPHS[0]) and fields.title == HEADLINE


def test_old_table_portal_with_the_headline_in_bold_font() -> None:
    fields = read(old_portal())
    assert (fields.title, fields.title_source) == (HEADLINE, "heading")
    assert fields.published_at == datetime(2012, 3, 14, 8, 5)
    assert fields.text.startswith(PARAGRAPHS[0]) and fields.text.endswith(PARAGRAPHS[-1])


def test_readers_comments_longer_than_the_article_are_not_its_body() -> None:
    fields = read(with_comments())
    assert fields.text.startswith(PARAGRAPHS[0]) and "Bạn đọc" not in fields.text


def test_a_one_paragraph_brief_under_its_headline_and_dateline_is_an_article() -> None:
    brief = PARAGRAPHS[1] + " " + PARAGRAPHS[2]
    fields = read(page(dateline=DATELINE, body=f"<p>{brief}</p>"))
    assert fields.text == brief


def test_a_short_article_above_a_box_of_teasers_is_an_article() -> None:
    fields = read(with_teasers_below())
    assert fields.text.startswith(PARAGRAPHS[0]) and fields.text.endswith(PARAGRAPHS[2])


def test_photo_story_is_its_captions() -> None:
    """CafeF / Tiền Phong photo story: no paragraph in the body, the captions tell the news; a hidden
    stock-quote box sits in the same container."""
    figures = "".join(f'<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="/{i}.jpg"></div>'
                      f'<figcaption class="PhotoCMS_Caption"><p>{t}</p></figcaption></figure>'
                      for i, t in enumerate(PARAGRAPHS))
    stock = ('<div class="chisochungkhoan" style="display: none"><h2><a href="#">DBC:</a></h2><div class="gia">'
             'Giá hiện tại</div><div class="thaydoi">Thay đổi so với phiên trước</div></div>')
    sapo = '<p class="sapo">Toàn cảnh hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc tại huyện.</p>'
    fields = read(page(dateline=DATELINE, sapo=sapo, body=stock + figures))
    assert fields.text.startswith("Toàn cảnh hội nghị") and fields.text.endswith(PARAGRAPHS[-1])
    assert all(t in fields.text for t in PARAGRAPHS) and "Giá hiện tại" not in fields.text


def test_body_continued_after_an_embedded_player() -> None:
    """Báo Tin tức: the body in two containers, a video player and a <noscript> between them."""
    body = (f'<div class="contents"><div id="divfirst">{paragraphs(PARAGRAPHS[:3])}</div>'
            '<div class="gliaplayer-container" data-slot="desktop"></div><script src="/player.js"></script>'
            '<noscript><iframe src="https://www.googletagmanager.com/ns.html"></iframe></noscript>'
            f'<div id="divend">{paragraphs(PARAGRAPHS[3:])}</div></div>'
            '<div class="author"><strong>Tâm Hằng</strong><i> (TTXVN)</i></div>')
    fields = read(page(dateline=DATELINE, body=body))
    assert fields.text.startswith(PARAGRAPHS[0]) and fields.text.endswith(PARAGRAPHS[-1])


@pytest.mark.parametrize("card", [
    # VietNamNet 2026: an <article> card (linked headline and its description) inside the body container
    '<article class="ck-cms-wiki-news-full" data-vnnembedtype="article"><a href="/thieu-ta-cong-an-2536741.html">'
    '<img src="/t.jpg"></a><div class="summary__content"><a class="summary__content-title" href="/thieu-ta-cong-an-'
    '2536741.html">Thiếu tá công an kể phút nắm tay nhau thành sợi dây người giữa lũ</a><span class="summary__content'
    '-desc">Phát hiện 2 người dân mắc kẹt giữa dòng lũ chảy xiết, lực lượng công an đã kịp thời giải cứu.</span>'
    '</div></article>',
    # VietNamNet 2020: a box of a linked title and its summary
    '<div class="inner-article t-j"><a href="//vietnamnet.vn/vn/the-gioi/697950.html#inner-article"><img src="/t.jpg">'
    '</a><h4 class="title"><a href="//vietnamnet.vn/vn/the-gioi/697950.html#inner-article">Thiếu tá công an kể phút '
    'nắm tay nhau thành sợi dây người giữa lũ</a></h4><p class="summary">Phát hiện 2 người dân mắc kẹt giữa dòng lũ '
    'chảy xiết, lực lượng công an đã kịp thời giải cứu.</p></div>',
], ids=["article-card", "title-summary-box"])
def test_related_article_cards_inside_the_body_are_left_out(card: str) -> None:
    fields = read(page(dateline=DATELINE, body=paragraphs() + card))
    assert fields.text.endswith(PARAGRAPHS[-1]) and "Thiếu tá" not in fields.text and "mắc kẹt" not in fields.text


def test_boxes_after_the_closing_byline_are_left_out() -> None:
    """VietNamNet 2020: the byline closes the text; an app promo box follows it in the same container."""
    promo = ('<div class="template noteblu"><span class="bold">Cách cài đặt ứng dụng cảnh báo người nghi nhiễm</span>'
             '<br><br>Ứng dụng giúp cảnh báo sớm cho người dùng nếu họ từng tiếp xúc với người bị nhiễm bệnh.<br>'
             '<a href="https://play.google.com/store/apps/details?id=x">Link tải trên Android</a><br>Sau khi cài đặt, '
             'người dùng cần cấp quyền cho ứng dụng truy cập vào bộ nhớ và kết nối Bluetooth.</div>')
    fields = read(page(dateline=DATELINE, head=ld({"@type": "NewsArticle", "author": {"@type": "Person", "name":
                                                                                    "Nguyễn Đắc Vịnh"}}),
                       body=paragraphs() + '<p class="t-j"><strong>Dương Lâm</strong></p>' + promo))
    assert fields.text.endswith("Dương Lâm") and "Bluetooth" not in fields.text and "Cách cài đặt" not in fields.text
    assert (fields.author, fields.author_source) == ("Dương Lâm", "byline_end")


def test_a_name_like_subheading_inside_the_text_does_not_end_it() -> None:
    body = paragraphs(PARAGRAPHS[:3]) + "<p><strong>Hoàng Long</strong></p>" + paragraphs(PARAGRAPHS[3:])
    assert read(page(dateline=DATELINE, body=body)).text.endswith(PARAGRAPHS[-1])


def test_byline_and_dateline_row_under_the_headline_is_not_the_sapo() -> None:
    """GenK: "Thế Duyệt, Đời sống Pháp luật 16/07/2026 16:35" between the headline and the sapo."""
    row = ('<div class="kbwc-meta"><span class="kbwcm-author"><span>Thế Duyệt</span>, Đời sống Pháp luật</span> '
           '<time datetime="2026-07-16T16:35:00+07:00">16/07/2026 16:35</time></div>')
    sapo = '<p class="knc-sapo"><strong>Huyện Krông Pắc sơ kết phong trào bảo vệ an ninh Tổ quốc năm 2024.</strong></p>'
    fields = read(page(dateline=row, sapo=sapo))
    assert fields.text.startswith("Huyện Krông Pắc sơ kết") and "Thế Duyệt" not in fields.text


def test_vietnamese_text_under_an_english_template_is_vietnamese() -> None:
    assert read(page(dateline=DATELINE, lang="en")).lang == "vi"


# -- detection --------------------------------------------------------------------------------------

def test_portal_article_without_any_metadata_is_an_article() -> None:
    reading = read_page(page(dateline=DATELINE).encode(), URL)
    assert reading.rejection is None and reading.features.article_meta is False and reading.features.dateline


@pytest.mark.parametrize("html, codes", [
    (listing(), {"listing", "too_small", "too_few_paragraphs"}),  # its main block is a teaser, or the whole list
    (listing(20), {"listing", "too_small", "too_few_paragraphs"}),
    (page(headline="", dateline="", body=""), {"too_small"}),
    (page(dateline=DATELINE, body=paragraphs(PARAGRAPHS[:1])[:200] + "</p>"), {"too_small"}),
], ids=["listing", "long-listing", "empty", "notice"])
def test_not_articles(html: str, codes: set[str]) -> None:
    reading = read_page(html.encode(), URL)
    assert reading.rejection is not None and reading.rejection.split(":")[0] in codes, reading.rejection
    assert "main_chars=" in reading.features.describe()


def test_text_nested_deep_inside_the_chrome_is_not_the_body() -> None:
    # a footer's long notice, three elements below the <footer>, outweighs the article: it is chrome all the same
    notice = "".join(f"<p>{t} {t}</p>" for t in PARAGRAPHS)
    fields = read(page(dateline=DATELINE, after=f'<footer class="site"><div><div><section>{notice}</section></div></div>'
                                               "</footer>"))
    assert fields.text.startswith(PARAGRAPHS[0]) and fields.text.endswith(PARAGRAPHS[-1])


def test_a_body_cut_in_two_containers_around_a_player_is_read_whole() -> None:
    first, second = PARAGRAPHS[:2], PARAGRAPHS[2:]
    body = (f'<div class="divfirst">{paragraphs(first)}</div><div class="video"><iframe src="/v"></iframe></div>'
            f'<div class="divend">{paragraphs(second)}</div>')
    fields = read(page(dateline=DATELINE, body=body))
    assert fields.text.startswith(PARAGRAPHS[0]) and fields.text.endswith(PARAGRAPHS[-1])
