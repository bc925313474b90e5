"""Titles that go on after a comma (corpus DECISIONS 2026-12-03: a place or unit written right after a post in the
same phrase is part of the title; 'A, kiêm B' is one title). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.officials import extract_officials

# the district or province a body named by its own name is in, or the province after a district, a city or a border post
PLACE_TAIL = [
    ("Bị cáo Đỗ Văn Tâm (45 tuổi, giám đốc Công ty TNHH Minh Phát, Hải Phòng) bị phạt 3 năm tù.",
     [("Đỗ Văn Tâm", None, ("giám đốc Công ty TNHH Minh Phát, Hải Phòng",))]),
    ("Cơ quan điều tra khởi tố Lê Thị Hạnh, 40 tuổi, kế toán huyện Lục Yên, Yên Bái về tội tham ô.",
     [("Lê Thị Hạnh", None, ("kế toán huyện Lục Yên, Yên Bái",))]),
    ("Công an đã bắt ông Phan Văn Lực, nguyên Chánh văn phòng UBND TP Châu Đốc, An Giang.",
     [("Phan Văn Lực", None, ("nguyên Chánh văn phòng UBND TP Châu Đốc, An Giang",))]),
    ("Cùng bị xét xử có Hoàng Văn Sinh (nguyên đồn phó đồn biên phòng Lũng Cú, Đồng Văn, Hà Giang).",
     [("Hoàng Văn Sinh", None, ("nguyên đồn phó đồn biên phòng Lũng Cú, Đồng Văn, Hà Giang",))]),
]
# not after a body that names its province already, nor a list of provinces; a one-word place must be spelled as the
# gazetteer spells it ('Chủ tịch' after a comma is no town 'Chũ')
PLACE_TAIL += [
    ("Ông Trịnh Văn Khải, Giám đốc Sở Xây dựng Hà Nội, Hải Phòng và Quảng Ninh đã ký kết.",
     [("Trịnh Văn Khải", None, ("Giám đốc Sở Xây dựng Hà Nội",))]),
    ("Ông Vũ Đức Minh, Tổng Biên tập Báo Lao Động, Chủ tịch Hội Nhà báo tỉnh trao giải.",
     [("Vũ Đức Minh", None, ("Tổng Biên tập Báo Lao Động", "Chủ tịch Hội Nhà báo tỉnh"))]),
]

# the police of a city or district, a lower-case formation, or 'thuộc' the body a unit is part of
UNIT_TAIL = [
    ("Thiếu tá Đinh Công Toàn, Phó trưởng Phòng PC04, Công an TPHCM nhận bằng khen của Bộ.",
     [("Đinh Công Toàn", "Thiếu tá", ("Phó trưởng Phòng PC04, Công an TPHCM",))]),
    ("Theo ông Mai Văn Khoa, Đội trưởng cảnh sát giao thông, công an thị xã Sơn Tây, số vụ tai nạn đã giảm.",
     [("Mai Văn Khoa", None, ("Đội trưởng cảnh sát giao thông, công an thị xã Sơn Tây",))]),
    ("Ông Lương Văn Bảo - phó giám đốc Xí nghiệp vận tải, thuộc Công ty Cảng Sài Gòn - đã bị bắt.",
     [("Lương Văn Bảo", None, ("phó giám đốc Xí nghiệp vận tải, thuộc Công ty Cảng Sài Gòn",))]),
    ("Ông Hồ Văn Thanh, Phó giám đốc Công an TP.HCM, Công an thành phố đã chỉ đạo xử lý.",
     [("Hồ Văn Thanh", None, ("Phó giám đốc Công an TP.HCM",))]),
    ("Đại tá Nguyễn Hữu Phước, Bí thư Đảng ủy Công an Trung ương phát biểu.",
     [("Nguyễn Hữu Phước", "Đại tá", ("Bí thư Đảng ủy Công an Trung ương",))]),
]
# a body whose name holds commas ('Đội Cảnh sát điều tra tội phạm về hình sự, kinh tế, ma túy'): the title goes on past them
UNIT_TAIL += [
    ("Trung úy Vi Văn Nam, cán bộ Đội Cảnh sát điều tra tội phạm về hình sự, kinh tế, ma túy Công an huyện Bảo Lạc "
     "đã bắt giữ đối tượng.",
     [("Vi Văn Nam", "Trung úy", ("cán bộ Đội Cảnh sát điều tra tội phạm về hình sự, kinh tế, ma túy Công an huyện Bảo "
                                  "Lạc",))]),
]

# 'A, kiêm B': one title as written
ALSO_HELD = [
    ("Ông Tạ Quang Hưng, Phó Giám đốc Sở Tài chính, kiêm Trưởng ban Quản lý dự án tỉnh, đã ký văn bản.",
     [("Tạ Quang Hưng", None, ("Phó Giám đốc Sở Tài chính, kiêm Trưởng ban Quản lý dự án tỉnh",))]),
    ("Bà Lò Thị Nga (52 tuổi, cựu phó bí thư chi bộ, kiêm thủ quỹ bản) bị khởi tố.",
     [("Lò Thị Nga", None, ("cựu phó bí thư chi bộ, kiêm thủ quỹ bản",))]),
    ("Ông Đào Văn Hiếu, Giám đốc Sở Nội vụ, kiêm nhiệm nhiều việc khác.",
     [("Đào Văn Hiếu", None, ("Giám đốc Sở Nội vụ",))]),
]

# 'A kiêm B' before a name is one title, not cut at a verb inside A nor left to the name before it
ALSO_HELD += [
    ("Bị khởi tố có Trưởng ban nông nghiệp Lê Văn Thụ, Trưởng tiểu ban tiêu hủy lợn bệnh kiêm trưởng thôn Đỗ Văn Kha.",
     [("Lê Văn Thụ", None, ("Trưởng ban nông nghiệp",)),
      ("Đỗ Văn Kha", None, ("Trưởng tiểu ban tiêu hủy lợn bệnh kiêm trưởng thôn",))]),
    ("Ông Hà Văn Nhân - nguyên thư ký của cố Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Nguyễn Văn Lương kể lại.",
     [("Hà Văn Nhân", None, ("nguyên thư ký",)),
      # 'cố' (now dead) is written with the post, as 'nguyên' is (corpus dg_035 dev: 'cố Thủ tướng')
      ("Nguyễn Văn Lương", None, ("cố Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao",))]),
]

# a bracket that places a post written before the names, or gives its parent body, is an aside there too
BRACKET_BEFORE = [
    ("Công an đã khởi tố ba cán bộ thuộc Chi cục Thuế huyện Tiên Du (Bắc Ninh) gồm Lê Văn Tùng, Đỗ Thị Hoa và Vũ Minh "
     "Quân về tội thiếu trách nhiệm.",
     [("Lê Văn Tùng", None, ("cán bộ thuộc Chi cục Thuế huyện Tiên Du",)),
      ("Đỗ Thị Hoa", None, ("cán bộ thuộc Chi cục Thuế huyện Tiên Du",)),
      ("Vũ Minh Quân", None, ("cán bộ thuộc Chi cục Thuế huyện Tiên Du",))]),
    ("Trưởng Công an huyện Đông Anh (Hà Nội) Nguyễn Văn Khiêm cho biết vụ việc đang được làm rõ.",
     [("Nguyễn Văn Khiêm", None, ("Trưởng Công an huyện Đông Anh",))]),
]

# a bracket with the short name the body is called by stays with the title; one that places the body does not
SHORT_NAME = [
    ("Bị can Hà Văn Lộc, phó giám đốc Công ty Xây dựng công trình giao thông 208 (Công ty 208) đã bị tạm giam.",
     [("Hà Văn Lộc", None, ("phó giám đốc Công ty Xây dựng công trình giao thông 208 (Công ty 208)",))]),
    ("Ông Trần Văn Tám, Giám đốc Sở Y tế (Sở Y tế Hà Nam) cho biết.",
     [("Trần Văn Tám", None, ("Giám đốc Sở Y tế",))]),
]

# 'Từ vị thế X, ông A' (as 'Trên cương vị X, ông A'): the post opening the clause is the person's own, written first
OWN_ROLE = [
    ("Từ vị thế Giám đốc Sở Tài chính tỉnh Kon Tum, ông Phạm Văn Đức đã ký duyệt nhiều khoản chi. Nay cựu Giám đốc Sở "
     "Tài chính tỉnh Kon Tum Phạm Văn Đức bị truy tố.",
     [("Phạm Văn Đức", None, ("Giám đốc Sở Tài chính tỉnh Kon Tum",))]),
]

# 'Trưởng ban điều hành' heads a board ('ban điều hành khu phố 2'): 'điều hành' is no verb of the person
OWN_ROLE += [
    ("Ông Hồ Văn Lâm, Trưởng ban điều hành khu phố 3, phường Tân Định cho biết đã họp dân.",
     [("Hồ Văn Lâm", None, ("Trưởng ban điều hành khu phố 3, phường Tân Định",))]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_TAIL + UNIT_TAIL + ALSO_HELD + BRACKET_BEFORE + SHORT_NAME
                         + OWN_ROLE)
def test_titles_after_a_comma(text: str, expected: list[tuple]) -> None:
    found = extract_officials(text)
    assert [(o.name, o.rank, o.titles) for o in found] == expected
    for o in found:
        assert text[o.start:o.end] == o.text
