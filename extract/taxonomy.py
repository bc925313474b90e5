"""The taxonomy of campaign indicators (``data/indicators.tsv``) and the key of an indicator phrase.

A figure's indicator phrase ("đối tượng ra đầu thú vận động") maps to the taxonomy row whose phrase
it contains ("đối tượng" with the cue "đầu thú" -> ``doi_tuong_dau_thu``), so the same thing groups
across articles and outlets; a phrase no row matches keeps its own key (the folded unit).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from extract.lexicon import read_entries
from extract.normalize import fold, normalize_tone

__all__ = ["IndicatorRow", "taxonomy", "indicator_key"]


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """One synonym row of the taxonomy: the key it maps to, the key's period, label and generic flag."""

    key: str
    period: str  # stock | flow: what a figure of it is when its sentence does not say
    phrase: tuple[str, ...]
    cues: tuple[tuple[str, ...], ...]
    label: str
    generic: bool  # lumps unlike things ("người", "vụ"): never compared across figures


def words_of(text: str) -> list[str]:
    """Lower-case words in one tone style, accents kept ('vũ' is not 'vụ')."""
    return normalize_tone(unicodedata.normalize("NFC", text)).casefold().split()


@cache
def taxonomy() -> tuple[IndicatorRow, ...]:
    """Rows of data/indicators.tsv; the first row of a key carries its label and generic flag."""
    rows: list[IndicatorRow] = []
    labels: dict[str, str] = {}
    generic: dict[str, bool] = {}
    for key, rest in read_entries("indicators.tsv"):  # read_entries splits the key off at the first tab
        cells = (rest or "").split("\t")
        period, head = cells[0].strip(), cells[1].strip()
        cues = tuple(tuple(words_of(c)) for c in (cells[2].split("|") if len(cells) > 2 and cells[2] else []))
        labels.setdefault(key, cells[3].strip() if len(cells) > 3 and cells[3].strip() else head)
        generic.setdefault(key, len(cells) > 4 and cells[4].strip() == "generic")
        rows.append(IndicatorRow(key, period, tuple(words_of(head)), cues, labels[key], generic[key]))
    return tuple(rows)


def _find(words: Sequence[str], phrase: Sequence[str]) -> int:
    """Index of the first occurrence of ``phrase`` in ``words``, or -1."""
    n = len(phrase)
    if not n:
        return 0
    return next((i for i in range(len(words) - n + 1) if words[i] == phrase[0] and tuple(words[i:i + n]) == tuple(phrase)),
                -1)


@cache
def _by_first_word() -> dict[str, tuple[IndicatorRow, ...]]:
    out: dict[str, list[IndicatorRow]] = {}
    for row in taxonomy():
        out.setdefault(row.phrase[0], []).append(row)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def indicator_key(phrase: str, unit: str = "") -> tuple[str, bool, str | None]:
    """(key, mapped, period) of an indicator phrase: the taxonomy key, or the folded unit when unmapped.

    The row matched earliest in the phrase wins (the phrase starts with what is counted), then a row
    whose cue the phrase holds, then the longest.
    """
    words = words_of(phrase)
    rows = _by_first_word()
    best: tuple[tuple[int, int, int], IndicatorRow] | None = None
    for at, word in enumerate(words):
        for row in rows.get(word, ()):
            if tuple(words[at:at + len(row.phrase)]) != row.phrase or (best and best[0][0] > -at):
                continue
            cued = any(_find(words, c) >= 0 for c in row.cues)
            if row.cues and not cued:
                continue
            rank = (-at, int(cued), len(row.phrase))
            if best is None or rank > best[0]:
                best = (rank, row)
    if best is not None:
        return best[1].key, True, best[1].period
    return "_".join(fold(unit).split() or fold(phrase).split()) or "unknown", False, None
