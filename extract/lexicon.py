"""Loaders for the word lists in ``extract/data/`` (read once, cached).

Every entry is NFC-normalised and moved to the tone style the extractors match
on ('hòa', 'Ủy'), so the files may be written in either style.  Lines are
``phrase`` or ``phrase<TAB>kind``; ``#`` starts a comment line.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from extract.normalize import normalize_tone

__all__ = ["AFTER_NON_LETTER", "DATA_DIR", "read_entries", "words", "labelled", "branch_alternation", "phrase_branches",
           "phrase_pattern", "crf_tagger"]

DATA_DIR = Path(__file__).parent / "data"


def _clean(phrase: str) -> str:
    return normalize_tone(unicodedata.normalize("NFC", " ".join(phrase.split())))


def read_entries(name: str) -> list[tuple[str, str | None]]:
    """(phrase, kind or None) for each non-comment line of a data file."""
    out: list[tuple[str, str | None]] = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrase, _, kind = line.partition("\t")
        out.append((_clean(phrase), kind.strip() or None))
    return out


@cache
def crf_tagger(path: Path) -> Any:
    """A python-crfsuite tagger of a model file shipped in ``extract/data``, opened once per process."""
    import pycrfsuite  # lazy: the CRF library loads only when a model is first needed

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@cache
def words(name: str) -> tuple[str, ...]:
    """The phrases of a one-phrase-a-line data file, in file order."""
    return tuple(phrase for phrase, _ in read_entries(name))


@cache
def labelled(name: str) -> dict[str, tuple[str, ...]]:
    """Phrases of a ``phrase<TAB>kind`` data file grouped by kind."""
    groups: dict[str, list[str]] = {}
    for phrase, kind in read_entries(name):
        groups.setdefault(kind or "", []).append(phrase)
    return {kind: tuple(items) for kind, items in groups.items()}


def phrase_pattern(phrases: tuple[str, ...] | list[str], first: str = "exact", rest: str = "exact", *,
                   word_start: bool = False) -> str:
    r"""A regex matching any of the phrases, the longest that fits first, spaces matching any run of spaces.

    ``first``/``rest`` say how the first letter and the remaining letters
    match: "exact", or "any" for either case ('Phó trưởng Ban' matching
    'Phó Trưởng Ban' with ``rest="any"``).  A phrase that does not open with a letter matches exactly.

    The phrases are merged into a trie ('Bộ (?:Công an|Quốc phòng)'), so a search tries the next character
    once at each step instead of every phrase at every position: the lexicons hold thousands of phrases.
    At most one branch of a node fits the text and every ending is optional and greedy, so the match is
    the one the plain alternation of the phrases, longest first, would find.

    ``word_start``: the match must start a word, as ``(?<![^\W\d_])`` written before the pattern would say,
    in the form a long text is searched fastest in (:func:`phrase_branches`).
    """
    if word_start:
        return branch_alternation(phrase_branches(phrases, first, rest))
    trie: dict = {}
    for phrase in sorted(set(phrases)):
        node = trie
        for atom in _atoms(phrase, first, rest):
            node = node.setdefault(atom, {})
        node[_END_OF_PHRASE] = {}
    return "(?:" + _trie_regex(trie) + ")"


# No letter right before the character just read: checked after a phrase's first character, the word start.
AFTER_NON_LETTER = r"(?<![^\W\d_][\s\S])"


def phrase_branches(phrases: tuple[str, ...] | list[str], first: str = "exact", rest: str = "exact",
                    then: str = "") -> list[str]:
    r"""The alternatives of ``phrase_pattern(phrases, first, rest, word_start=True)``, each followed by ``then``.

    Python's regex engine tries a pattern that opens with a look-behind such as ``(?<![^\W\d_])`` at every
    position of the text, while an alternation whose branches each open with a plain character lets it skip
    to the positions holding one of them (a compiled charset prefix). So the trie's root is split by first
    character, a letter matching either case (``first="any"``) giving one branch per case, and the word start
    is checked right after that character (``AFTER_NON_LETTER``): the same matches, found two to three times
    faster. Branches of several lexicons joined in one alternation (:func:`branch_alternation`) keep that.
    """
    trie: dict = {}
    for phrase in sorted(set(phrases)):
        atoms = _atoms(phrase, first, rest)
        head = phrase.lstrip()[0]
        # the characters the first atom matches: a letter's two cases ('[Bb]') with first="any", else itself
        heads = head.upper() + head.lower() if first == "any" and head.isalpha() else head
        for char in dict.fromkeys(heads):
            node = trie
            for atom in [("", re.escape(char) + AFTER_NON_LETTER), *atoms[1:]]:
                node = node.setdefault(atom, {})
            node[_END_OF_PHRASE] = {}
    return [branch + then for branch in _branches(trie)]


def branch_alternation(branches: list[str]) -> str:
    """One pattern of word-start branches (:func:`phrase_branches`, of one lexicon or several), tried in the order
    given. Those opening with the same character are written as one branch, the word start checked once: the
    regex engine tries a position's branches one by one, and so tries each character once."""
    merged: dict[str, list[str]] = {}
    for branch in branches:
        head, rest = branch.split(AFTER_NON_LETTER, 1)
        merged.setdefault(head, []).append(rest)
    return "(?:" + "|".join(head + AFTER_NON_LETTER + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                            for head, rests in merged.items()) + ")"


_END_OF_PHRASE = ("", "")


def _atoms(phrase: str, first: str, rest: str) -> list[tuple[str, str]]:
    """The steps of a phrase through the trie: (flags, regex) of each character; a space is one step."""
    text = " ".join(phrase.split())
    head = text[0]
    folded = head.isalpha() and rest == "any"  # as in the alternation: only a phrase opening with a letter
    atoms: list[tuple[str, str]] = []
    for index, char in enumerate(text):
        if char == " ":
            atoms.append(("", r"\s+"))
        elif index == 0 and head.isalpha() and first == "any":
            atoms.append(("", f"[{char.upper()}{char.lower()}]"))
        elif index and folded:
            atoms.append(("i", re.escape(char.lower())))
        else:
            atoms.append(("", re.escape(char)))
    return atoms


def _trie_regex(node: dict) -> str:
    """The regex of a trie node's continuations: its branches, optional when a phrase may end here."""
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END_OF_PHRASE not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"


def _branches(node: dict) -> list[str]:
    """The regex of each branch of a trie node."""
    branches = []
    for atom, child in node.items():
        if atom == _END_OF_PHRASE:
            continue
        run = [atom]
        while len(child) == 1 and _END_OF_PHRASE not in child:  # a chain of one-way steps: written as one run
            (atom, child), = child.items()
            run.append(atom)
        branches.append(_run_regex(run) + _trie_regex(child))
    return branches


def _run_regex(run: list[tuple[str, str]]) -> str:
    """Consecutive steps, the case-folded ones grouped under one (?i:...)."""
    out, index = [], 0
    while index < len(run):
        flags = run[index][0]
        group = []
        while index < len(run) and run[index][0] == flags:
            group.append(run[index][1])
            index += 1
        out.append(f"(?i:{''.join(group)})" if flags else "".join(group))
    return "".join(out)
