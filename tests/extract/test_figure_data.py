"""figure_cues.tsv (the figure extractor's context words) parses, line by line."""
from __future__ import annotations

import unicodedata

from extract.numbers import DATA_DIR, load_rows, tokenize

ROLES = {"weak_label", "not_label", "spelled_label", "holder", "attribute", "refer_back", "one_before", "one_idiom", "name_head", "place_noun", "generic_before", "fraction", "not_total",
         "one_after", "one_part", "once", "closed", "year_before", "list_link", "line_label", "total", "total_weak", "total_verb", "money_before", "money_noun", "name_list", "attribute_whole", "money_head", "change",
         "size", "size_holder", "class_label", "some"}


def test_every_cue_line_parses() -> None:
    rows = load_rows("figure_cues.tsv")
    assert {row[1] for row in rows} == ROLES
    for row in rows:
        assert len(row) == 2 and row[0] == row[0].strip() and tokenize(row[0]), row
        assert row[0] == row[0].lower(), f"cues are matched in lower case: {row!r}"


def test_no_duplicate_cues() -> None:
    rows = load_rows("figure_cues.tsv")
    assert len(rows) == len(set(rows))


def test_cue_file_is_nfc_and_tab_separated() -> None:
    text = (DATA_DIR / "figure_cues.tsv").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            assert "  " not in line and line.count("\t") == 1, line
