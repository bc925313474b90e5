"""extract_figures on figure classes of issue 9 (helper figs8): label words that end a compound verb or noun,
document words used as verbs, ...

Own example sentences in the phrasings of provincial and national news; expected figures follow
tests/fixtures/corpus/ANNOTATION.md.
"""
from __future__ import annotations

import pytest

from extract import extract_figures


def _rows(text: str) -> list[tuple]:
    """Value and the head word of the unit (how far a count's noun phrase reads is not tested here)."""
    return [(f.value, f.unit.split()[0]) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the label word ('tập', 'hình', 'điểm', 'hồi', 'phòng', 'lúc') is the last syllable of another word
        ("Cơ quan điều tra đã triệu tập 12 cán bộ của xã để làm rõ.", [(12, "cán")]),
        ("Tòa tuyên phạt tử hình 3 bị cáo về tội mua bán trái phép chất ma túy.", [(3, "bị")]),
        ("Huyện ủy yêu cầu kiểm điểm 7 đảng viên vi phạm.", [(7, "đảng")]),
        ("Tỉnh đã thí điểm 20 mô hình tự quản ở khu dân cư.", [(20, "mô")]),
        ("Đến nay đã phục hồi 12,5 ha rừng phòng hộ.", [(12.5, "ha")]),
        ("Lực lượng gồm 420 công an viên và dân phòng 1.250 người.", [(420, "công"), (1250, "người")]),
        ("Trên tuyến có 3 trạm thu phí, có lúc 5 trạm cùng hoạt động.", [(3, "trạm"), (5, "trạm")]),
    ],
)
def test_label_word_inside_a_compound(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'hướng dẫn', 'thông báo', 'kế hoạch' name a document before its number, but as verbs they count
        ("Mặt trận xã đã hướng dẫn 15 tổ tự quản xây dựng quy ước.", [(15, "tổ")]),
        ("Sở Y tế thông báo 26 ca mắc mới trong ngày.", [(26, "ca")]),
    ],
)
def test_document_word_as_a_verb(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Hướng dẫn 12 của Ban Tuyên giáo, huyện tổ chức hội nghị.",
        "Theo Thông báo 483 của UBND tỉnh, dự án bị tạm dừng.",
        "UBND huyện ban hành Kế hoạch 45 về phòng cháy, chữa cháy.",
    ],
)
def test_document_number_is_no_figure(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "một" going on a list of counts counts its noun, even one the lexicon and the tagger do not know
        ("Công an thu giữ 12 điện thoại, 3 xe máy và một tivi màn hình phẳng.", [(12, "điện"), (3, "xe"), (1, "tivi")]),
        ("Trong cốp xe có 4 chiếc áo mưa và một cặp da màu nâu.", [(4, "chiếc"), (1, "cặp")]),
    ],
)
def test_one_on_a_list_of_counts(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Công an thu giữ 2 xe máy và một số tang vật liên quan.",  # 'một số': some
        "Sau khi 3 người con đi làm xa, bà sống một mình.",  # 'một mình': alone
    ],
)
def test_one_idiom_after_a_list(text: str) -> None:
    assert all(value != 1 for value, _ in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        # a range of seats after the vehicle describes a class of vehicle, as 'xe 16 chỗ' does
        "Phí trông giữ xe từ 7 đến 16 chỗ tăng lên.",
        "Đoạn đường cấm xe từ 4 đến 29 chỗ vào giờ cao điểm.",
    ],
)
def test_seat_range_after_a_vehicle(text: str) -> None:
    assert all(unit != "chỗ" for _, unit in _rows(text))


def _money(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in extract_figures(text) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague or spelled amount with a scale word and no currency is money, as '30 triệu' is
        ("Qua trạm nào tài xế cũng phải chi vài chục nghìn cho xong.", [(None, "đồng")]),
        ("Có người đã tốn đến cả chục triệu vì trò chơi này.", [(10000000, "đồng")]),
        ("Giá bán 50.000 đồng một chiếc, cả lô thu về hàng trăm triệu.", [(50000, "đồng"), (None, "đồng")]),
    ],
)
def test_spelled_amount_without_currency(text: str, expected: list) -> None:
    assert _money(text) == expected


def test_bare_thousands_are_no_money() -> None:
    # 'hàng ngàn' alone carries the count of the sentence before, not the currency of the article
    text = "Giá thuê 2 triệu đồng. Số trường hợp vi phạm chênh lệch đã vượt quá hàng ngàn."
    assert _money(text) == [(2000000, "đồng")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each side of a size whose unit is glued to the 'x' is measured ("2.400m x 45m" gives two figures)
        ("Lò nấu tự chế có kích thước 1,60mx2,60mx5,50 m.", [(1.6, "m"), (2.6, "m"), (5.5, "m")]),
        # a measure after a name with inner capitals is an amount, not the name's model number ('iPhone 15')
        ("Diện tích đạt tiêu chuẩn VietGAP 42,3 ha, tăng 5 ha.", [(42.3, "ha"), (5, "ha")]),
    ],
)
def test_sides_and_measures_after_a_name(text: str, expected: list) -> None:
    assert _rows(text) == expected


def test_model_number_stays_a_name() -> None:
    assert _rows("Cửa hàng bán 3 chiếc iPhone 15 cho khách.") == [(3, "chiếc")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vietnamese abroad and activities are counted nouns (the first capitalised after digits)
        ("Dịp Tết, đảo đón trên 10 Việt kiều về quê.", [(10, "Việt")]),
        ("Năm qua đoàn viên tổ chức 32 hoạt động về đô thị văn minh.", [(32, "hoạt")]),
    ],
)
def test_counted_nouns_added(text: str, expected: list) -> None:
    assert _rows(text) == expected


def test_one_year_of_activity_is_no_count() -> None:
    # 'năm' after a number word is 'year', even before a counted noun
    assert _rows("Gần một năm hoạt động, câu lạc bộ tổ chức được 25 buổi tuyên truyền.") == [(25, "buổi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound that opens with 'đồng' is what the number counts, not the currency đồng
        ("Tòa đưa bị cáo Lê Văn Tư cùng 11 đồng phạm ra xét xử.", [(11, "đồng phạm", "count")]),
        ("Y khai nhận cùng hai đồng bọn đã đột nhập nhà dân.", [(2, "đồng bọn", "count")]),
        ("Công ty thay 250 đồng hồ nước cho các hộ dân.", [(250, "đồng hồ nước", "count")]),
        ("Ông cùng 3 đồng sự bị khởi tố.", [(3, "đồng sự", "count")]),
        # the currency itself, and money before a counted noun of the lexicon, stay money
        ("Mỗi suất ăn giá 25.000 đồng, 3 đồng bào được tặng 2 triệu đồng tiền mặt.",
         [(25000, "đồng", "money"), (3, "đồng bào", "count"), (2000000, "đồng", "money")]),
    ],
)
def test_dong_compound_is_no_currency(text: str, expected: list) -> None:
    assert [(f.value, f.unit, f.kind) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'chưa đầy' / 'không đầy' (less than) bound the number as 'chưa quá' does: approx, and 'chục' after it is ten
        ("Căn nhà cách bờ sông chưa đầy 50 m.", [("chưa đầy 50 m", 50, True)]),
        ("Cả thôn còn chưa đầy chục hộ dân.", [("chưa đầy chục hộ dân", 10, True)]),
        ("Tàu neo cách bãi tắm không đầy 300 m.", [("không đầy 300 m", 300, True)]),
    ],
)
def test_less_than_hedge(text: str, expected: list) -> None:
    assert [(f.text, f.value, f.approx) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount with a scale word and no currency, listed before a foreign amount without one, is in đồng
        ('Y đưa cho Tám "Rổ" 35 triệu và 1.500 USD để trốn.', [(35000000, "đồng"), (1500, "USD")]),
        ("Mỗi người phải bồi thường hơn 12 tỷ và 4.000 USD.", [(12000000000, "đồng"), (4000, "USD")]),
        # before an amount in đồng it takes that amount's unit, rate included
        ("Các chậu lan có giá chừng 80 triệu và 95 triệu đồng/chậu.", [(80000000, "đồng/chậu"), (95000000, "đồng/chậu")]),
    ],
)
def test_scaled_amount_listed_before_money(text: str, expected: list) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other currencies written after an amount are money in that currency, not a count nor đồng carried over
        ("Dự án nhận khoản viện trợ 2,4 triệu franc Thụy Sĩ.", [(2400000, "franc", "money")]),
        ("Vé vào cửa giá 300 baht một người.", [(300, "baht", "money")]),
        ("Mức phạt lên tới 5 triệu won.", [(5000000, "won", "money")]),
    ],
)
def test_other_currencies(text: str, expected: list) -> None:
    assert [(f.value, f.unit, f.kind) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # sayings built of number words count nothing, neither their first number nor the second
        "Đồng lương ba cọc ba đồng không đủ nuôi con.",
        "Chị đã năm lần bảy lượt lên xã hỏi.",
        "Nghe tin, anh ba chân bốn cẳng chạy về.",
        "Trong họ chín người mười ý nên chưa thống nhất.",
    ],
)
def test_number_idioms_count_nothing(text: str) -> None:
    assert extract_figures(text) == []
