"""Normalisation keeps offsets valid against the original text."""
from __future__ import annotations

import unicodedata

import pytest

from extract.normalize import fold, normalize, normalize_tone


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("hoà giải", "hòa giải"),
        ("Thuỷ", "Thủy"),
        ("UỶ VIÊN", "ỦY VIÊN"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("thuý", "thúy"),
        ("hoàng", "hoàng"),  # closed syllable: tone stays on the main vowel
        ("quý", "quý"),  # qu + y is the same in both styles
        ("Quỳnh", "Quỳnh"),
        ("toà án", "tòa án"),
        ("uỷ", "ủy"),  # at the very start: nothing before the pair to be a q
        ("QUỶ", "QUỶ"),
        ("qua Uỷ ban", "qua Ủy ban"),
    ],
)
def test_tone_placement(old: str, new: str) -> None:
    assert normalize_tone(old) == new
    assert len(normalize_tone(old)) == len(old)


@pytest.mark.parametrize(
    "source",
    [
        "Ông Đỗ Văn Chiến, Chủ tịch Uỷ ban",
        unicodedata.normalize("NFD", "Ông Đỗ Văn Chiến, Chủ tịch Uỷ ban"),
        "Ông\u00a0Đỗ Văn\u200b Chiến, Chủ tịch Uỷ ban",
        "\ufeffÔng Đỗ Văn Chiến, Chủ tịch Ủy ban",
    ],
)
def test_offsets_map_back_to_source(source: str) -> None:
    norm = normalize(source)
    assert unicodedata.is_normalized("NFC", norm.text)
    for word in ("Đỗ Văn", "Chiến", "Ủy ban"):
        i = norm.text.index(word)
        start, end, text = norm.source_span(i, i + len(word))
        assert normalize_tone(unicodedata.normalize("NFC", text)).replace("\u200b", "") \
            .replace("\u00a0", " ") == word
        assert source[start:end] == text


def test_the_eth_look_alike_reads_as_d_with_stroke() -> None:
    """corpus bf dev: 'Thành phố Nam Ðịnh' typed with U+00D0; the offsets stay one-for-one."""
    norm = normalize("Thành phố Nam Ðịnh, ðường")
    assert norm.text == "Thành phố Nam Định, đường" and norm.source_span(14, 18)[2] == "Ðịnh"


def test_identity_when_already_clean() -> None:
    norm = normalize("Ngày 30/5, Công an tỉnh")
    assert norm.offsets is None and norm.text == norm.source


@pytest.mark.parametrize(
    ("text", "key"),
    [("Bảo vệ an ninh", "bao ve an ninh"), ("ĐẠI TƯỚNG  Tô Lâm", "dai tuong to lam"),
     ("Uỷ ban", "uy ban"), ("Ủy ban", "uy ban")],
)
def test_fold(text: str, key: str) -> None:
    assert fold(text) == key


@pytest.mark.parametrize(
    ("typed", "repaired"),
    [
        ("hiêụ trưởng", "hiệu trưởng"),  # a_007: an old keyboard driver puts the tone on the last vowel
        ("Phan Thị Tiến Lơị", "Phan Thị Tiến Lợi"),
        ("nưả xô canh", "nửa xô canh"),
        ("trường tiêủ học", "trường tiểu học"),
        ("buôỉ sáng", "buổi sáng"),
        ("5 triêụ đồng", "5 triệu đồng"),
        # correct spellings stay: the tone sits on the second vowel of ươ, uô, uê
        ("người", "người"),
        ("rượu", "rượu"),
        ("thuở", "thuở"),
        ("thuế", "thuế"),
        ("khuấy", "khuấy"),
    ],
)
def test_misplaced_tones_are_repaired(typed: str, repaired: str) -> None:
    from extract.normalize import as_written, repair_tones

    assert repair_tones(typed) == repaired
    norm = normalize(unicodedata.normalize("NFD", typed))
    assert norm.text == repaired
    assert as_written(norm, 0, len(norm.text)) == typed  # names and titles are reported as written
