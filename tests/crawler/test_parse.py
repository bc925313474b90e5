"""parse_article / html_to_text over saved pages: fields, boilerplate, encodings."""
from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from crawler.encoding import decode_html, to_cp1258
from crawler.errors import PageRejected
from crawler.parse import Selectors, html_to_text, parse_article, parse_dateline
from crawler.profiles import load_profile
from tests.crawler.testdata import ORIGIN, get_testdata

ARTICLE_URL = f"{ORIGIN}/an-ninh-trat-tu/day-manh-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi-a1004.html"
BOILERPLATE = ("Chia sẻ", "In bài", "Tin liên quan", "Ảnh minh họa", "Trang chủ", "Giấy phép", "Liên kết website",
               "Tìm kiếm", "Đường dây nóng")


@pytest.mark.parametrize("selectors", [Selectors(), load_profile("sample").selectors], ids=["trafilatura", "profile"])
def test_article_fields(selectors: Selectors) -> None:
    fields = parse_article(get_testdata("sample_article.html"), ARTICLE_URL, selectors=selectors)
    assert fields is not None
    assert fields.title == "Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới"
    assert fields.published_at == datetime(2013, 7, 31, 20, 10)
    assert fields.author == "Phạm Linh"
    assert fields.canonical_url == ARTICLE_URL
    assert fields.lang == "vi"
    assert fields.text.startswith("Chiều 31/7/2013, tại Hà Nội, Bộ Công an")
    assert fields.text.rstrip().endswith("trong tình hình mới”./.")
    assert unicodedata.is_normalized("NFC", fields.text)
    for junk in BOILERPLATE:
        assert junk not in fields.text


def test_amp_variant_folds_to_canonical() -> None:
    amp_url = f"{ORIGIN}/amp/an-ninh-trat-tu/x-a1001.html?utm_source=zalo"
    fields = parse_article(get_testdata("sample_amp.html"), amp_url)
    assert fields is not None and "/amp/" not in fields.canonical_url and "utm_" not in fields.canonical_url


def test_html_to_text_matches_parse() -> None:
    text = html_to_text(get_testdata("sample_offtopic.html"), url=f"{ORIGIN}/kinh-te/a2301.html")
    assert text.startswith("Mở cửa phiên sáng 9/10, giá vàng miếng")


def test_html_to_text_rejects_page_without_article() -> None:
    with pytest.raises(ValueError):
        html_to_text(b"<html><body><script>var a = 1;</script><img src='/a.png'></body></html>", url=ORIGIN)


@pytest.mark.parametrize("text, expected", [
    ("09/06/2023 16:30", datetime(2023, 6, 9, 16, 30)),
    ("Thứ Sáu, 09/06/2023 - 16:30", datetime(2023, 6, 9, 16, 30)),
    ("16:30 | 9/6/2023", datetime(2023, 6, 9, 16, 30)),
    ("Cập nhật: 31/07/2013", datetime(2013, 7, 31)),
    ("31/02/2013", None),
    ("không có ngày", None),
])
def test_parse_dateline(text: str, expected: datetime | None) -> None:
    assert parse_dateline(text) == expected


def _page(body: str, charset: str) -> str:
    return f'<html lang="vi"><head><meta charset="{charset}"><title>T</title></head><body><article><h1>Tiêu đề</h1>' \
        f"{''.join(f'<p>{body}</p>' for _ in range(6))}</article></body></html>"


SENTENCE = "Phong trào toàn dân bảo vệ an ninh Tổ quốc được đẩy mạnh ở khu dân cư, Đồng Tháp, Huế."


def test_windows_1258_page_decodes_to_nfc() -> None:
    body = to_cp1258(_page(SENTENCE, "windows-1258"))
    fields = parse_article(body, f"{ORIGIN}/cp1258-a1.html", min_chars=50)
    assert fields is not None and SENTENCE in fields.text
    assert unicodedata.is_normalized("NFC", fields.text)


def test_http_charset_beats_meta() -> None:
    body = to_cp1258(_page(SENTENCE, "utf-8"))
    text, codec = decode_html(body, "text/html; charset=windows-1258")
    assert codec == "cp1258" and SENTENCE in text


def test_nfd_text_is_composed() -> None:
    fields = parse_article(_page(unicodedata.normalize("NFD", SENTENCE), "utf-8"), f"{ORIGIN}/nfd-a1.html",
                           min_chars=50)
    assert fields is not None and SENTENCE in fields.text


@pytest.mark.parametrize("body, event", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"   ", "empty"),
    (b"<html><body>" + b"\x81\x8d\x8f\x90 " * 50 + b"</body></html>", "encoding"),
])
def test_rejected_bodies(body: bytes, event: str) -> None:
    with pytest.raises(PageRejected) as info:
        decode_html(body, "text/html")
    assert info.value.event == event and info.value.reason
