"""Every line of the date/figure lexicons in extract/data parses."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.numbers import DATA_DIR, load_rows, tokenize

ROLES = {
    "number_words.tsv": (4, {1: None, 2: {"unit", "ten", "tens", "scale", "filler", "half", "vague"},
                            3: {"yes", "no"}}),
    "units.tsv": ((3, 4), {1: {"percent", "measure", "money"}, 3: {"spelled"}}),  # an optional 4th column
    "hedges.tsv": (2, {1: {"before", "after"}}),
    "non_figures.tsv": (2, {1: {"before", "after", "pair", "both", "word", "idiom"}}),
    "date_words.tsv": (2, {1: {"day_prefix", "day_time", "weekday", "occasion", "day_cue", "range_prefix", "year_prefix",
                                        "event", "year_cue", "count_cue", "target", "birth_prefix", "birth_cue",
                                        "recurring", "recurring_link", "relative_head", "relative_block", "few_days", "month_named",
                                        "relative_stop", "month_cue", "tomorrow_head", "compound_tail", "day_word", "decade",
                                        "code_cue", "edition"}}),
    "calendar_words.tsv": (3, {1: {"day_offset", "month_offset", "year_offset", "month_name", "lunar_month",
                                        "lunar_day", "lunar_prefix", "eve_name", "chi_alias"}}),
    "counted_nouns.txt": (1, {}),
    "office_nouns.txt": (1, {}),
    "listed_nouns.txt": (1, {}),
    "unit_stops.txt": (1, {}),
    "fact_words.tsv": (2, {1: {"stock", "flow", "verb", "award", "as_of", "document", "stop", "keep", "scene"}}),
    "period_words.tsv": (2, {1: {"habitual"}}),
    "place_words.tsv": (2, {1: {"province", "district", "commune", "village", "scope-national", "scope-province",
                                 "scope-district", "scope-commune", "scope-foreign", "actor-national", "actor-national-unnamed",
                                 "department-province", "actor", "residence",
                                 "plural", "path", "prefix-only", "country", "origin", "epithet", "address",
                                 "namesake", "institution", "institution-word", "institution-aside"}}),
    "place_aliases.tsv": (2, {}),
    "former_places.tsv": (2, {}),
    "bylines.tsv": (2, {}),
    "countries.txt": (1, {}),
}


@pytest.mark.parametrize("name", sorted(ROLES))
def test_rows_parse(name: str) -> None:
    width, allowed = ROLES[name]
    rows = load_rows(name)
    assert rows, name
    for row in rows:
        assert len(row) in (width if isinstance(width, tuple) else (width,)), f"{name}: {row!r}"
        assert row[0] and row[0] == row[0].strip() and tokenize(row[0]), f"{name}: {row!r}"
        for column, values in allowed.items():
            if column >= len(row):
                continue  # an optional column left out
            if values is None:
                Decimal(row[column])
            else:
                assert row[column] in values, f"{name}: {row!r}"


@pytest.mark.parametrize("name", sorted(ROLES))
def test_no_duplicate_rows(name: str) -> None:
    rows = load_rows(name)
    assert len(rows) == len(set(rows)), name


@pytest.mark.parametrize("name", sorted(ROLES))
def test_file_is_nfc_and_tab_separated(name: str) -> None:
    import unicodedata

    text = (DATA_DIR / name).read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            assert "  " not in line, f"{name}: {line!r}"


def test_taxonomy_rows() -> None:
    """Every indicators.tsv row has a key, a period, a phrase; each key one period and one label."""
    from extract.taxonomy import taxonomy

    rows = taxonomy()
    assert len(rows) > 100
    periods: dict[str, set[str]] = {}
    for row in rows:
        assert row.key.isidentifier() and row.key == row.key.lower(), row
        assert row.period in {"stock", "flow"} and row.phrase and row.label, row
        periods.setdefault(row.key, set()).add(row.period)
    assert all(len(p) == 1 for p in periods.values()), {k: p for k, p in periods.items() if len(p) > 1}


def test_gazetteer_links() -> None:
    """Every unit's parent and province exist; a 2023 unit merges into a 2025 one; aliases name real units."""
    from extract.lexicon import read_entries
    from extract.places import gazetteer

    gaz = gazetteer()
    for unit in gaz.units.values():
        assert unit.province_id in gaz.units, unit
        assert unit.parent_id is None or unit.parent_id in gaz.units, unit
        assert unit.merged_into is None or gaz.units[unit.merged_into].era == "2025", unit
    for _, place_id in read_entries("place_aliases.tsv") + read_entries("former_places.tsv"):
        assert place_id in gaz.units, place_id
