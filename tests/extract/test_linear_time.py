"""Officials and models take time linear in the text: adversarial repetitions of every token class
their rules know (issue 11), at 10 KB and 80 KB, cost about the same per KB, and at 80 KB any of them costs per KB at
most REAL_FACTOR times what 60 KB of real articles does (measured: 3x at worst)."""
from __future__ import annotations

from functools import cache

import pytest

from extract.document import prepare
from extract.models import extract_models
from extract.officials import extract_officials
from tests.extract.timing import best_seconds, real_text

# One repeated unit per token class the rules key on.
TOKENS = {
    "title heads": "Chủ tịch ",
    "ranks": "Đại tá ",
    "lower-case ranks": "thượng tá ",
    "honorifics": "ông ",
    "names": "Nguyễn Văn An ",
    "name and title": "Nguyễn Văn An, Giám đốc Công an tỉnh, ",
    "title and name": "Giám đốc Công an tỉnh Lâm Đồng Trần Văn Tám ",
    "unsure names": "ông Văn An, Giám đốc Sở Y tế ",
    "ethnic names": "đồng chí Y Bhim Bí thư Đảng ủy xã ",
    "units": "xã Tân Lập huyện Trần Minh Tuấn ",
    "numbers": "1, ",
    "brackets": "( ",
    "bracketed ages": "Lê Văn Cường (56 tuổi, ",
    "dashes": "Nguyễn Văn An - ",
    "apostrophes": "K'Nhân ",
    "quotes": "“Tự quản” ",
    "open quotes": "“",
    "model lists": "mô hình “A”, ",
    "governed lists": "các mô hình về an ninh như: “A” ",
    "capitalised lists after a colon": "Các mô hình như: Tổ an ninh, ",
    "counted lists": "3 mô hình gồm a, b và c, ",
    "unquoted models": "mô hình Camera an ninh ",
    "unclosed model quotes": "mô hình “Tự quản ",
    "models called so after": "“Tự quản” là mô hình ",
    "list items called models": "Tổ tự quản; ",
    "launched clubs": "Câu lạc bộ Phụ nữ xe ôm ",
    "team kinds": "tổ tuần tra “Dân cử” ",
    "date words": "ngày 1/1/2024 ",
    "dotted acronyms": "TP.HCM ",
    "upper case": "ĐẠI TÁ NGUYỄN VĂN A ",
    "footers": "Tổng Biên tập: Nguyễn Văn A. ",
    "glued sentences": "bị thương.Thượng tá ",
}


def _text(unit: str, kb: int) -> str:
    return unit * (kb * 1024 // len(unit.encode()))


REAL_FACTOR = 10


def _extract(text: str) -> None:
    doc = prepare(text)
    extract_officials(doc)
    extract_models(doc)


def _seconds(text: str) -> float:
    return best_seconds(_extract, text, runs=2)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    _seconds("Đại tướng Tô Lâm, Bộ trưởng Bộ Công an; ông Văn An, Chủ tịch UBND huyện Trần Minh Tuấn dự. "
             "Mô hình “Tự quản”.")


@cache
def _real_seconds() -> float:
    """60 KB of real articles, measured once for every token."""
    return best_seconds(_extract, real_text(60 * 1024))


@pytest.mark.parametrize("name", sorted(TOKENS))
def test_time_per_kb_stays_flat_and_near_real_articles(name: str) -> None:
    """One measurement per size serves both bounds: the cost per KB does not grow from 10 to 80 KB, and 80 KB
    costs per KB at most REAL_FACTOR times what 60 KB of real articles does."""
    unit = TOKENS[name]
    small = _seconds(_text(unit, 10)) / 10
    large = _seconds(_text(unit, 80)) / 80
    assert large <= 3 * max(small, 2e-5), f"{name}: {small * 1e3:.2f} ms/KB at 10 KB, {large * 1e3:.2f} at 80 KB"
    real = _real_seconds() / 60
    assert large <= REAL_FACTOR * real, f"{name}: {large * 1e3:.2f} ms/KB at 80 KB, real articles {real * 1e3:.2f}"
