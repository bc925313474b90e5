"""Every line of the model/official lexicons in extract/data parses."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from extract.lexicon import DATA_DIR, labelled, phrase_pattern, read_entries, words

KINDS = {
    "ranks.txt": {None},
    "honorifics.txt": {None},
    "surnames.txt": {None},
    "titles.txt": {None, "appositive", "career", "subject_stop"},
    "organisations.txt": {"word", "quote", "join", "fixed", "named", "formation", "mission", "parent", "top", "field"},
    "places.txt": {"unit", "place"},
    "model_triggers.txt": {"trigger", "strict", "modifier", "linker", "unquoted", "list", "name_stop", "said", "name_head", "launch"},
    "model_exclusions.txt": {"cue", "prefix", "unquoted_prefix", "economy", "livelihood"},
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


def _alternation(phrases: list[str], first: str, rest: str) -> str:
    """The plain alternation phrase_pattern's trie stands for: every phrase, longest first."""
    alts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        head, tail = body[0], body[1:]
        if head.isalpha():
            head = f"[{head.upper()}{head.lower()}]" if first == "any" else head
            tail = f"(?i:{tail})" if rest == "any" and tail else tail
        alts.append(head + tail)
    return "(?:" + "|".join(alts) + ")"


def test_phrase_pattern_prefers_the_longest_phrase_and_ignores_spacing() -> None:
    pattern = re.compile(phrase_pattern(["Bộ", "Bộ Công an", "Bộ Công", "(Bộ)"], first="any", rest="any"))
    assert pattern.match("bộ  CÔNG\nan nhân dân").group() == "bộ  CÔNG\nan"
    assert pattern.match("Bộ Công thương").group() == "Bộ Công"
    assert pattern.match("(Bộ)").group() == "(Bộ)" and not pattern.match("(bộ)")  # no letter first: exact
    assert re.fullmatch(phrase_pattern(["Phó trưởng ban"]), "Phó trưởng ban")
    assert not re.match(phrase_pattern(["Phó trưởng ban"]), "phó trưởng ban")


CORPUS_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(
    (Path(__file__).parents[1] / "fixtures" / "corpus" / "dev" / "texts").glob("*.txt"))[:60])


@pytest.mark.parametrize(("name", "kind", "first", "rest"), [
    ("ranks.txt", "", "any", "exact"), ("titles.txt", "", "exact", "any"), ("titles.txt", "", "any", "any"),
    ("organisations.txt", "named", "any", "exact"), ("places.txt", "unit", "exact", "exact"),
    ("model_triggers.txt", "trigger", "any", "any"), ("model_exclusions.txt", "economy", "exact", "exact"),
])
def test_phrase_pattern_matches_what_the_alternation_matches(name: str, kind: str, first: str, rest: str) -> None:
    phrases = list(labelled(name)[kind])
    edge = r"(?<![^\W\d_]){}(?![^\W\d_])"
    trie, plain = (re.compile(edge.format(p)) for p in (phrase_pattern(phrases, first, rest),
                                                        _alternation(phrases, first, rest)))
    found = [m.span() for m in trie.finditer(CORPUS_TEXT)]
    assert found and found == [m.span() for m in plain.finditer(CORPUS_TEXT)]
