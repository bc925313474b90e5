"""Vietnamese numerals: digit grouping, scale words, spelled-out numbers."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.numbers import parse_digits, read_numeral, to_number, tokenize


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1.140", 1140),
        ("23,7", 23.7),
        ("1.200.000", 1200000),
        ("54.000", 54000),
        ("7,39", 7.39),
        ("458", 458),
        ("1,200,000", 1200000),
        ("4.0", 4),
        ("1.234,5", 1234.5),
    ],
)
def test_parse_digits(token: str, value: float) -> None:
    assert to_number(parse_digits(token)) == value


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("1,2 triệu người", 1200000, 2),
        ("12 triệu hộ", 12000000, 2),
        ("3 tỷ 500 triệu đồng", 3500000000, 4),
        ("2 triệu rưỡi", 2500000, 3),
        ("120 nghìn người", 120000, 2),
        ("40 ngàn hộ", 40000, 2),
        ("hai tổ", 2, 1),
        ("ba mươi người", 30, 2),
        ("hai mươi lăm người", 25, 3),
        ("mười lăm vụ", 15, 2),
        ("một trăm người", 100, 2),
        ("một trăm linh năm hộ", 105, 4),
        ("hai trăm năm mươi người", 250, 4),
        ("ba nghìn lượt", 3000, 2),
        ("hai chục người", 20, 2),
        ("mười năm", 10, 1),
    ],
)
def test_read_numeral(text: str, value: int, words: int) -> None:
    numeral = read_numeral(tokenize(text), 0)
    assert numeral is not None and numeral.value == Decimal(value)
    assert numeral.last - numeral.first == words


@pytest.mark.parametrize("text", ["hàng trăm nghìn cuộc", "hàng triệu lượt", "vài chục người", "hàng chục đợt",
                                  "vài can", "vài ba chục nghìn"])
def test_vague_numerals(text: str) -> None:
    numeral = read_numeral(tokenize(text), 0)
    assert numeral is not None and numeral.value is None


@pytest.mark.parametrize("text", ["một người", "năm 2012", "hàng hóa", "tư tưởng", "Nhà nước", "mấy người"])
def test_not_numerals(text: str) -> None:
    assert read_numeral(tokenize(text), 0) is None


def test_tokenize_keeps_offsets() -> None:
    text = "thu 2,5 kg; 300 m² và 50.000đ"
    for w in tokenize(text):
        assert text[w.start:w.end] == w.text
    assert [w.text for w in tokenize(text)][:3] == ["thu", "2,5", "kg"]
