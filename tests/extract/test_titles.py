"""One person's titles: variants of one position kept once, in the fullest form, where the first stood."""
from __future__ import annotations

import pytest

from extract.titles import article_acronyms, merge_titles

ACRONYMS = article_acronyms(
    "Phó chính ủy Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Điện Biên. Thứ trưởng Bộ Lao động - Thương binh "
    "và Xã hội (LĐ-TB&XH) Nguyễn Văn Hồi. Cục Cảnh sát giao thông (Cục CSGT, Bộ Công an).")


def test_acronyms_defined_in_the_article() -> None:
    assert ACRONYMS == {"BĐBP": "Bộ đội Biên phòng", "LĐ-TB&XH": "Lao động - Thương binh và Xã hội"}


@pytest.mark.parametrize(("titles", "expected"), [
    (["Phó chính ủy Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Điện Biên", "Phó chính ủy Bộ Chỉ huy BĐBP tỉnh Điện Biên"],
     ["Phó chính ủy Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Điện Biên"]),
    (["Thứ trưởng Bộ Lao động - Thương binh và Xã hội", "Thứ trưởng Bộ LĐ-TB&XH"],
     ["Thứ trưởng Bộ Lao động - Thương binh và Xã hội"]),
    (["Thứ trưởng Công an", "Ủy viên TW Đảng", "Thứ trưởng Bộ Công an"], ["Thứ trưởng Bộ Công an", "Ủy viên TW Đảng"]),
    (["Bộ trưởng Bộ Công an", "Bộ trưởng"], ["Bộ trưởng Bộ Công an"]),
    (["Phó Thủ tướng", "Phó Thủ tướng thường trực"], ["Phó Thủ tướng thường trực"]),
    # the post alone is a short form of the post held before (corpus cf, k, p dev: 'TGĐ' of 'nguyên Tổng giám đốc
    # (TGĐ) PIJICO', 'trên cương vị Chủ tịch UBND xã Tân An' of 'nguyên Chủ tịch UBND xã Tân An, huyện Yên Dũng')
    (["Phó chủ nhiệm Tổng cục Chính trị", "nguyên Phó chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam"],
     ["nguyên Phó chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam"]),
    (["nguyên Chủ tịch UBND xã Tân An, huyện Yên Dũng", "Chủ tịch UBND xã Tân An"],
     ["nguyên Chủ tịch UBND xã Tân An, huyện Yên Dũng"]),
    # different positions stay apart: another first word, words not in the other title
    (["Chủ tịch UBND xã", "nguyên Phó Chủ tịch UBND xã"], ["Chủ tịch UBND xã", "nguyên Phó Chủ tịch UBND xã"]),
    (["nguyên Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"], ["nguyên Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"]),
    (["Chủ tịch UBND xã", "Chủ tịch HĐND xã"], ["Chủ tịch UBND xã", "Chủ tịch HĐND xã"]),
    # a place written short, an acronym never defined in the article (corpus h)
    (["Cục trưởng Cục Hải quan TP.HCM", "Cục trưởng Cục Hải quan TP.Hồ Chí Minh"],
     ["Cục trưởng Cục Hải quan TP.Hồ Chí Minh"]),
    # a later form that only spells out the acronyms is no fuller: the first written is kept (corpus n, x dev: 'Phó Chủ
    # tịch Viện Hàn lâm KHXH Việt Nam', then '... Khoa học xã hội Việt Nam')
    (["Phó Tổng cục trưởng TCHQ", "Phó Tổng cục trưởng Tổng cục Hải quan"], ["Phó Tổng cục trưởng TCHQ"]),
    (["Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"], ["Phó Chủ tịch UBND tỉnh"]),
    (["Phó Tổng cục trưởng Tổng cục Hải quan", "Phó Tổng cục trưởng TCHQ"], ["Phó Tổng cục trưởng Tổng cục Hải quan"]),
    (["Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"], ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"]),
    (["Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Hội đồng nhân dân tỉnh"],
     ["Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Hội đồng nhân dân tỉnh"]),
    # "TP" is "thành phố" (corpus ar, bw, e dev): "UBND TP" is a short form of "UBND TPHCM", "UBND TP. Huế"
    (["Phó Chủ tịch UBND TPHCM", "Phó Chủ tịch UBND TP"], ["Phó Chủ tịch UBND TPHCM"]),
    (["Chủ tịch UBND thành phố", "Chủ tịch UBND TP. Huế"], ["Chủ tịch UBND TP. Huế"]),
    (["Giám đốc Công an TP", "Giám đốc Công an TP.Hải Phòng"], ["Giám đốc Công an TP.Hải Phòng"]),
    # two forms that both name the unit in full: the first written is kept (corpus bx, ci, dn dev), unless the later
    # one spells the unit's level ('TP')
    (["nguyên Chủ tịch xã Thạch Bình", "nguyên Chủ tịch UBND xã Thạch Bình"], ["nguyên Chủ tịch xã Thạch Bình"]),
    (["giám đốc Công ty Hoàng Long", "giám đốc Công ty TNHH Thương mại Hoàng Long"], ["giám đốc Công ty Hoàng Long"]),
    (["Giám đốc Công an Cần Thơ", "Giám đốc Công an TP Cần Thơ"], ["Giám đốc Công an TP Cần Thơ"]),
])
def test_variants_merge(titles: list[str], expected: list[str]) -> None:
    assert merge_titles(titles, ACRONYMS) == expected


def test_director_and_deputy_written_short() -> None:
    """'GĐ Công an tỉnh', 'ĐBQH chuyên trách': the director and the National Assembly deputy written short are title
    heads, as 'PGĐ' and 'TGĐ' are (corpus az, ag dev)."""
    from extract.officials import extract_officials

    found = extract_officials("Thiếu tướng Hà Văn Tám - GĐ Công an tỉnh tặng Giấy khen cho các tập thể.")
    assert [o.titles for o in found] == [("GĐ Công an tỉnh",)]
    found = extract_officials("Dự có ông Lê Văn Hải, Tỉnh ủy viên; bà Lò Thị Mai, ĐBQH chuyên trách; ông Trần Văn Bảy.")
    assert [(o.name, o.titles) for o in found] == [("Lê Văn Hải", ("Tỉnh ủy viên",)),
                                                   ("Lò Thị Mai", ("ĐBQH chuyên trách",))]


def test_a_post_written_once_as_held_before_and_once_plainly_is_one_post() -> None:
    """'Phó Chủ tịch UBND huyện Bảo Lâm' and 'nguyên Phó Chủ tịch huyện Bảo Lâm' name one post: the first written is
    kept, unless it names no body ('tổng giám đốc', then 'cựu tổng giám đốc PMU 18') (corpus n, dn dev; VNTC news)."""
    assert merge_titles(["Phó Chủ tịch UBND huyện Bảo Lâm", "nguyên Phó Chủ tịch huyện Bảo Lâm"], {}) == [
        "Phó Chủ tịch UBND huyện Bảo Lâm"]
    assert merge_titles(["nguyên Chủ tịch xã Phúc Thành", "Chủ tịch UBND xã Phúc Thành, huyện Yên Thành"], {}) == [
        "nguyên Chủ tịch xã Phúc Thành"]
    assert merge_titles(["tổng giám đốc", "cựu tổng giám đốc PMU 18"], {}) == ["cựu tổng giám đốc PMU 18"]
    assert merge_titles(["nguyên Chủ tịch UBND xã A", "Bí thư Đảng ủy xã A"], {}) == [
        "nguyên Chủ tịch UBND xã A", "Bí thư Đảng ủy xã A"]
