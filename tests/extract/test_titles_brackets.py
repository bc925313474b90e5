"""Brackets at a title's end (corpus DECISIONS 2026-12-03 late, C1): the body's acronym defined right after the title is
written with it, before or after the name; a bracketed place, written short or in full, stays an aside. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from extract.officials import extract_officials

CASES = [
    # the acronym after the title, before the name
    ("Đến dự có Phó Tổng giám đốc Tổng công ty Đường sắt Việt Nam (VNR) Trần Văn Lục và các đại biểu.",
     [("Trần Văn Lục", None, ("Phó Tổng giám đốc Tổng công ty Đường sắt Việt Nam (VNR)",))]),
    ("Cục trưởng Cục Quản lý thị trường (QLTT) Hoàng Văn Mạnh đã ký quyết định.",
     [("Hoàng Văn Mạnh", None, ("Cục trưởng Cục Quản lý thị trường (QLTT)",))]),
    # the acronym after the title, after the name; the later short form is the same post
    ("Ông Đặng Văn Khoa, Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh, cho biết. Giám đốc Sở GD&ĐT Đặng Văn Khoa nói "
     "thêm.", [("Đặng Văn Khoa", None, ("Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh",))]),
    ("Bà Lý Thị Hoa, nguyên Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) đã bị khởi tố.",
     [("Lý Thị Hoa", None, ("nguyên Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT)",))]),
    # a place written short in brackets is an aside, not an acronym
    ("Bà Trần Thị Liên, Giám đốc Công ty Tư vấn Hoa Sen (TPHCM) đã trả lời báo chí.",
     [("Trần Thị Liên", None, ("Giám đốc Công ty Tư vấn Hoa Sen",))]),
    ("Sáng qua, Giám đốc Sở Y tế (TP.HCM) Phạm Văn Quý đã họp báo.",
     [("Phạm Văn Quý", None, ("Giám đốc Sở Y tế",))]),
    ("Chủ tịch UBND huyện Ba Vì (Hà Nội) Nguyễn Văn Toàn cho biết.",
     [("Nguyễn Văn Toàn", None, ("Chủ tịch UBND huyện Ba Vì",))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bracket_at_title_end(text: str, expected: list[tuple]) -> None:
    assert [(o.name, o.rank, o.titles) for o in extract_officials(text)] == expected
