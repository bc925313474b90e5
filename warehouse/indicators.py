"""Figure units -> indicators: the counted thing, normalised so spelling variants group together."""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path

__all__ = ["indicator_of", "synonyms"]

DATA_DIR = Path(__file__).resolve().parent / "data"
EDGE_PUNCT_RE = re.compile(r"^[\W_]+|[\W_]+$")
SPACE_RE = re.compile(r"\s+")
MIN_HEAD_SYLLABLES = 2  # "hộ" alone is too short to stand for "hộ nghèo"


@cache
def synonyms() -> dict[str, str]:
    """Folded synonym -> indicator, from warehouse/data/indicators.csv."""
    from extract.normalize import fold

    with (DATA_DIR / "indicators.csv").open(encoding="utf-8", newline="") as fh:
        return {fold(row["synonym"]): row["indicator"] for row in csv.DictReader(fh)}


@cache
def _qualifiers() -> tuple[str, ...]:
    lines = (DATA_DIR / "unit_qualifiers.txt").read_text(encoding="utf-8").splitlines()
    words = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    return tuple(sorted(words, key=len, reverse=True))


def _clean(unit: str) -> str:
    from extract.normalize import normalize_tone

    text = normalize_tone(unicodedata.normalize("NFC", unit)).lower()
    text = EDGE_PUNCT_RE.sub("", SPACE_RE.sub(" ", text)) or text.strip()
    for qualifier in _qualifiers():
        if text.endswith(" " + qualifier):
            text = text[: -len(qualifier) - 1]
            break
    return text


def indicator_of(unit: str) -> tuple[str, str]:
    """(indicator, rule) for a raw unit; rule is 'synonym', 'head' (a listed head phrase) or 'unit'.

    Vietnamese noun phrases are head-first, so trailing modifiers are dropped one
    syllable at a time until what is left is a listed indicator.
    """
    from extract.normalize import fold

    text, table = _clean(unit), synonyms()
    if fold(text) in table:
        return table[fold(text)], "synonym"
    words = text.split(" ")
    for n in range(len(words) - 1, MIN_HEAD_SYLLABLES - 1, -1):
        head = fold(" ".join(words[:n]))
        if head in table:
            return table[head], "head"
    return text, "unit"
