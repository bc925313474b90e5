"""Generated pages in windows-1258, NFD, TCVN3 and VNI come out as NFC Vietnamese, or are rejected."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from crawler.encoding import decode_html, to_cp1258
from crawler.errors import PageRejected
from crawler.legacy import DATA, from_tcvn3, from_vni, to_legacy
from crawler.parse import parse_article

TEXT = ("Phong trào toàn dân bảo vệ an ninh Tổ quốc của người dân Việt Nam được đẩy mạnh; các xã đã xây dựng "
        "mô hình tự quản, Công an tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc tổ chức Ngày hội tại Hà Nội.")
LOWER_CAPS_TEXT = TEXT.replace("Ủy", "ủy")  # TCVN3 keeps toned capitals in a separate font: they come back lower-case


def page(body: bytes, charset: bytes, font: bytes = b"Arial") -> bytes:
    return (b'<html lang="vi"><head><meta charset="' + charset + b'"><style>p{font-family:' + font + b"}</style>"
            b"</head><body><article><h1>T</h1>" + b"".join(b"<p>" + body + b"</p>" for _ in range(4))
            + b"</article></body></html>")


CASES = {
    "utf8": (page(TEXT.encode(), b"utf-8"), TEXT),
    "nfd": (page(unicodedata.normalize("NFD", TEXT).encode(), b"utf-8"), TEXT),
    "cp1258": (page(to_cp1258(TEXT), b"windows-1258"), TEXT),
    "cp1258-undeclared": (page(to_cp1258(TEXT), b"x-unknown"), TEXT),
    "tcvn3-font": (page(to_legacy(TEXT, "tcvn3"), b"iso-8859-1", b"'.VnTime'"), LOWER_CAPS_TEXT),
    "tcvn3-nohint": (page(to_legacy(TEXT, "tcvn3"), b"windows-1252"), LOWER_CAPS_TEXT),
    "vni-font": (page(to_legacy(TEXT, "vni"), b"iso-8859-1", b"'VNI-Times'"), TEXT),
    "vni-in-utf8": (page(to_legacy(TEXT, "vni").decode("cp1252").encode(), b"utf-8"), TEXT),
}


@pytest.mark.parametrize("name", CASES)
def test_page_decodes_to_nfc_vietnamese(name: str) -> None:
    body, expected = CASES[name]
    fields = parse_article(body, f"https://baomau.vn/{name}-a1.html", min_chars=50)
    assert fields is not None and expected in fields.text
    assert unicodedata.is_normalized("NFC", fields.text)


def test_legacy_font_page_that_does_not_convert_is_rejected() -> None:
    body = page(b"Hello world, this page only claims a Vietnamese legacy font.", b"iso-8859-1", b"'.VnTime'")
    with pytest.raises(PageRejected) as info:
        decode_html(body)
    assert info.value.event == "encoding" and "TCVN3" in info.value.reason


@pytest.mark.parametrize("garble, expected", [
    ("ViÖt Nam", "Việt Nam"), ("C«ng an", "Công an"), ("ng\u00adêi", "người"), ("§¶ng", "Đảng"), ("Tæ quèc", "Tổ quốc"),
])
def test_tcvn3_known_garbles(garble: str, expected: str) -> None:
    assert from_tcvn3(garble) == expected


@pytest.mark.parametrize("garble, expected", [
    ("Vieät Nam", "Việt Nam"), ("Coâng an", "Công an"), ("ngöôøi", "người"), ("Ñaûng", "Đảng"),
    ("Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"), ("môùi", "mới"),
])
def test_vni_known_garbles(garble: str, expected: str) -> None:
    assert from_vni(garble) == expected


@pytest.mark.parametrize("name", ["tcvn3.tsv", "vni.tsv"])
def test_every_table_line_parses(name: str) -> None:
    lines = [ln for ln in Path(DATA, name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    keys = [ln.split("\t")[1] for ln in lines]
    assert all(len(ln.split("\t")) == 2 for ln in lines) and len(set(keys)) == len(keys)
    for ln in lines:
        letter = ln.split("\t")[0]
        assert unicodedata.is_normalized("NFC", letter) and len(letter) == 1
