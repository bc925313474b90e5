"""Every line of the model/official lexicons in extract/data parses."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from extract.lexicon import (
    DATA_DIR,
    branch_alternation,
    labelled,
    phrase_branches,
    phrase_pattern,
    read_entries,
    words,
)

KINDS = {
    "ranks.txt": {None},
    "honorifics.txt": {None},
    "surnames.txt": {None},
    "titles.txt": {None, "appositive", "career", "subject_stop"},
    "organisations.txt": {"word", "quote", "join", "fixed", "named", "formation", "mission", "parent", "top", "field", "form",
                          "comma_field"},
    "places.txt": {"unit", "place"},
    "model_triggers.txt": {"trigger", "strict", "speech", "modifier", "linker", "unquoted", "list", "name_stop", "said", "name_head", "launch", "keep", "not_team", "guarded_head", "safe", "connective",
                           "and_keep", "action", "purpose", "field", "verb_stop", "scope", "not_action", "formula", "activity", "compound", "community", "naming"},
    "model_exclusions.txt": {"cue", "prefix", "unquoted_prefix", "economy", "livelihood", "security", "generic", "time",
                             "members", "club", "charge", "other_field", "exhibit", "venue"},
    "predicate_verbs.txt": {None, "compound", "after_name", "compound_end"},
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


# Texts where a phrase stands glued to letters, digits, an apostrophe or an underscore, at the very start, or
# after a word in either case: what the word start (no letter right before) decides.
EDGE_TEXTS = ["Bộ trưởng", "xBộ trưởng", "1Bộ trưởng", "_Bộ trưởng", "O'Bộ trưởng", "bộ trưởng", "(bộ) Bộ",
              "Thiếu tướng", "thiếu tướngĐại tá", "Đại tá, đại tá;ĐẠI TÁ", "nguyên Bộ trưởng", "cựu là Giám đốc Sở"]


@pytest.mark.parametrize(("name", "kind", "first", "rest"), [
    ("ranks.txt", "", "any", "exact"), ("titles.txt", "", "exact", "any"), ("titles.txt", "", "any", "any"),
    ("organisations.txt", "named", "any", "exact"), ("places.txt", "unit", "exact", "exact"),
    ("model_triggers.txt", "trigger", "any", "any"), ("model_exclusions.txt", "economy", "exact", "exact"),
])
def test_word_start_pattern_matches_what_the_look_behind_matches(name: str, kind: str, first: str, rest: str) -> None:
    phrases = list(labelled(name)[kind])
    behind = re.compile(r"(?<![^\W\d_])" + phrase_pattern(phrases, first, rest) + r"(?![^\W\d_])")
    ahead = re.compile(phrase_pattern(phrases, first, rest, word_start=True) + r"(?![^\W\d_])")
    texts = [CORPUS_TEXT, CORPUS_TEXT.upper(), CORPUS_TEXT.lower(), *EDGE_TEXTS]
    for text in texts:
        assert [m.span() for m in ahead.finditer(text)] == [m.span() for m in behind.finditer(text)]
    for lo in range(0, 4000, 7):  # searched from inside the text: the look-behind still reads the letter before
        assert [m.span() for m in ahead.finditer(CORPUS_TEXT, lo, lo + 60)] == \
            [m.span() for m in behind.finditer(CORPUS_TEXT, lo, lo + 60)]


def test_phrase_branches_are_tried_in_the_order_given() -> None:
    """Branches of several lexicons in one alternation: at a position, the first lexicon's phrase wins."""
    joined = re.compile(branch_alternation(phrase_branches(["Bộ", "Sở"], then="!") + phrase_branches(["Bộ trưởng"])))
    assert joined.match("Bộ trưởng").group() == "Bộ trưởng"
    assert joined.match("Bộ! trưởng").group() == "Bộ!"
    assert joined.match("Sở!").group() == "Sở!" and joined.match("Sở") is None
    assert joined.search("xBộ trưởng") is None and joined.search("x Bộ trưởng").span() == (2, 11)
    assert joined.pattern.count("B") == 1  # one branch per first character, the word start checked once
    assert re.fullmatch(branch_alternation(phrase_branches(["đại tá"], first="any")), "Đại tá")
