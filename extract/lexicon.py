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

from extract.normalize import normalize_tone

__all__ = ["DATA_DIR", "read_entries", "words", "labelled", "phrase_pattern"]

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


def phrase_pattern(phrases: tuple[str, ...] | list[str], first: str = "exact", rest: str = "exact") -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces.

    ``first``/``rest`` say how the first letter and the remaining letters
    match: "exact", or "any" for either case ('Phó trưởng Ban' matching
    'Phó Trưởng Ban' with ``rest="any"``).
    """
    alts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        head, tail = body[0], body[1:]
        if not head.isalpha():
            alts.append(body)
            continue
        if first == "any":
            head = f"[{head.upper()}{head.lower()}]"
        if rest == "any" and tail:
            tail = f"(?i:{tail})"
        alts.append(head + tail)
    return "(?:" + "|".join(alts) + ")"
