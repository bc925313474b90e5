"""spaCy span layer: exact token spans for every extraction, lexicon SpanRuler, displaCy page."""
from __future__ import annotations

import pytest

from extract import extract_all
from extract.spans import LEXICON_KEY, SPAN_KEY, build_doc, lexicon_patterns, render_html

TEXT = ("Chiều 31/7/2013, tại Hà Nội, Bộ trưởng Trần Đại Quang biểu dương 2.500 tổ tự quản.\n"
        "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự và phát biểu.")


@pytest.fixture(scope="module")
def doc():
    return build_doc(TEXT)


def test_doc_text_is_exactly_the_input(doc) -> None:
    assert doc.text == TEXT


def test_every_extraction_is_a_span(doc) -> None:
    ex = extract_all(TEXT)
    spans = {(s.start_char, s.end_char, s.label_) for s in doc.spans[SPAN_KEY]}
    for d in ex.dates:
        assert (d.start, d.end, "DATE") in spans
    for f in ex.figures:
        assert (f.start, f.end, "FIGURE") in spans
    for o in ex.officials:
        assert (o.start, o.end, "OFFICIAL") in spans  # the first full mention
    assert any(label == "OFFICIAL" and TEXT[s:e].startswith("Đại tướng Tô Lâm") for s, e, label in spans)


def test_tokens_do_not_cross_lines(doc) -> None:
    assert all("\n" not in t.text or t.is_space for t in doc)


def test_lexicon_ruler_finds_ranks_and_titles(doc) -> None:
    found = {(s.text, s.label_) for s in doc.spans[LEXICON_KEY]}
    assert ("Đại tướng", "RANK") in found
    assert ("Bộ trưởng", "TITLE") in found


def test_lexicon_patterns_are_well_formed() -> None:
    patterns = lexicon_patterns()
    assert len(patterns) > 30
    assert all(p["pattern"].strip() == p["pattern"] and p["pattern"] for p in patterns)


def test_render_html_keeps_the_text_and_marks_every_kind(doc) -> None:
    page = render_html(doc, title="t")
    assert "<html" in page[:300].lower()
    for label in ("DATE", "FIGURE", "OFFICIAL"):
        assert f">{label}<" in page.replace(" ", "")
    assert "biểu dương 2.500" not in page  # the figure is wrapped in a <mark>
    assert "<br>" in page  # the line break survives


def test_render_lexicon_view(doc) -> None:
    page = render_html(doc, title="t", lexicon=True)
    assert "RANK" in page and "Đại tướng" in page
