"""Every line of the model/official lexicons in extract/data parses."""
from __future__ import annotations

import re
import unicodedata

import pytest

from extract.lexicon import DATA_DIR, labelled, read_entries, words

KINDS = {
    "ranks.txt": {None},
    "honorifics.txt": {None},
    "surnames.txt": {None},
    "titles.txt": {None, "appositive", "career", "subject_stop"},
    "organisations.txt": {"word", "quote", "join", "fixed", "named", "formation", "mission", "parent", "top"},
    "places.txt": {"unit", "place"},
    "model_triggers.txt": {"trigger", "strict", "modifier", "linker", "unquoted", "list", "name_stop", "said", "name_head", "launch"},
    "model_exclusions.txt": {"cue", "prefix", "unquoted_prefix", "economy"},
    "predicate_verbs.txt": {None, "compound", "after_name"},
    "name_stops.txt": {None},
    "boilerplate.tsv": {"colon", "any"},
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_line_parses(name: str) -> None:
    entries = read_entries(name)
    assert entries, name
    for phrase, kind in entries:
        assert phrase and phrase == " ".join(phrase.split()), f"{name}: {phrase!r}"
        assert unicodedata.is_normalized("NFC", phrase), f"{name}: {phrase!r}"
        assert kind in KINDS[name], f"{name}: {phrase!r} has kind {kind!r}"
        re.compile(re.escape(phrase))


@pytest.mark.parametrize("name", sorted(KINDS))
def test_no_duplicate_lines(name: str) -> None:
    entries = read_entries(name)
    assert len(entries) == len(set(entries)), name


@pytest.mark.parametrize("name", sorted(KINDS))
def test_raw_lines_are_tab_separated(name: str) -> None:
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            assert line.count("\t") <= 1 and line == line.strip(), f"{name}: {line!r}"


def test_ranks_and_surnames_are_capitalised() -> None:
    assert all(r[0].isupper() for r in words("ranks.txt"))
    assert all(s[0].isupper() and " " not in s for s in words("surnames.txt"))


def test_old_tone_style_is_normalised_on_load() -> None:
    assert "Ủy viên" in labelled("titles.txt")[""]
    assert all("uỷ" not in p.casefold() for p in words("titles.txt"))
