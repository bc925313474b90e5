"""Sentence splitting and token alignment of prepared documents."""
from __future__ import annotations

import pytest

from extract.document import align_tokens, prepare


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị diễn ra. Đại tướng Tô Lâm phát biểu.", 2),
        ("Có 1.140 người tham gia. Tỷ lệ 7,39%.", 2),
        ("Tại TP. Hồ Chí Minh, hội nghị diễn ra.", 1),
        ("Dòng một\nDòng hai\n\nDòng ba", 3),
        ("Ông nói: “Phải làm tốt.” Sau đó hội nghị bế mạc.", 2),
        ("Giám đốc dự hội nghị.Thượng tá Lê Văn Bình chủ trì.", 2),  # lost paragraph break
        ("Công an TP.HCM và Tp.Hồ Chí Minh; xem baochinhphu.vn.", 1),
    ],
)
def test_sentences(text: str, expected: int) -> None:
    doc = prepare(text)
    assert len(doc.sentences) == expected
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


def test_sentence_at() -> None:
    doc = prepare("Câu một. Câu hai. Câu ba.")
    assert [doc.sentence_at(doc.text.index(w)) for w in ("một", "hai", "ba")] == [0, 1, 2]


def test_align_tolerates_changed_spacing() -> None:
    text = "Đại tướng  Tô Lâm,\nỦy viên"
    spans = align_tokens(text, ["Đại_tướng", "Tô Lâm", ",", "Ủy viên"])
    assert [text[s:e] for s, e, _ in spans] == ["Đại tướng", "Tô Lâm", ",", "Ủy viên"]


def test_tokens_cover_sentence_offsets() -> None:
    doc = prepare("Mở đầu. Đại tướng Tô Lâm, Bộ trưởng Bộ Công an phát biểu.")
    toks = doc.tokens(1)
    assert any(t.text == "Tô Lâm" and t.tag == "Np" for t in toks)
    assert all(doc.text[t.start:t.end] == t.text for t in toks)


def test_seed_sentences_are_ordered_and_disjoint(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        doc = prepare(text)
        assert len(doc.sentences) > 5
        for a, b in zip(doc.sentences, doc.sentences[1:], strict=False):
            assert a.end <= b.start
        assert all("\n" not in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # site footers, one cue a line or several glued to the last body line
        ("Hội nghị kết thúc tốt đẹp.\nTổng Biên tập: Nguyễn Văn Hùng\nGiấy phép số 123/GP-BTTTT cấp ngày 1/1/2020.",
         [False, True, True]),
        ("Hội nghị kết thúc.Tổng Biên tập: Nguyễn Văn A. Địa chỉ: 15 Lý Thường Kiệt. Điện thoại: 024 3825 1234.",
         [False, True, True, True]),
        ("© 2024 Báo Công an nhân dân. Ghi rõ nguồn khi phát hành lại thông tin từ website này.", [True, True]),
        ("Tin, ảnh: HÀ KHÁNH", [True]),
        # the same words inside the body are not a footer
        ("Ông Lê Văn A, Tổng Biên tập Báo Lâm Đồng, phát biểu.\nĐịa chỉ này nằm trên đường 3/2.", [False, False]),
    ],
)
def test_boilerplate_sentences(text: str, flags: list[bool]) -> None:
    assert [s.boilerplate for s in prepare(text).sentences] == flags


def test_long_sentences_are_tagged_only_where_asked() -> None:
    text = "ông Văn An, Giám đốc Sở Y tế " * 400  # 11 KB with no stop
    doc = prepare(text)
    [sentence] = doc.sentences
    lo = text.index("Giám", 5000)
    tokens = doc.tokens_in(0, lo, lo + 30)
    assert tokens and all(lo <= t.start and t.end <= lo + 30 for t in tokens)
    assert sentence._tokens is None and len(sentence._chunks) <= 3


def test_tagging_budget_falls_back_to_no_tokens() -> None:
    doc = prepare("Đại tá Nguyễn Văn Hải, Giám đốc Công an tỉnh dự hội nghị. " * 10)
    doc.tag_budget = 0
    assert doc.tokens_in(3, doc.sentences[3].start, doc.sentences[3].end) == []
