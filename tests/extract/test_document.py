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
