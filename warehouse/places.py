"""Recognise provinces and centrally-run cities (and 'cả nước') in article text."""
from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

__all__ = ["PlaceMention", "find_places", "place_rows", "names_to_keys"]

DATA_DIR = Path(__file__).resolve().parent / "data"
# Words that may stand before a place name; with one of them the match is certain.
PREFIX = r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?\s?|Tp\.?\s?|[Tt]hủ đô)\s*"
# A bare name right after a capitalised word is usually part of a longer proper name
# ("Nguyễn Hòa Bình", "Bệnh viện Bạch Mai"), unless that word is one of these.
OPEN_WORDS = frozenset({"Tại", "Ở", "Và", "Của", "Với", "Từ", "Đến", "Cho", "Như", "Cả", "Toàn"})
PREV_WORD_RE = re.compile(r"(\w+)\s+$")


class PlaceMention(NamedTuple):
    """A place named in a text: [start, end) offsets, the text, and the place key."""

    start: int
    end: int
    text: str
    key: str


def place_rows() -> list[dict[str, str]]:
    """Rows of warehouse/data/provinces.csv."""
    with (DATA_DIR / "provinces.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def names_to_keys() -> dict[str, str]:
    """Every recognisable written name (short names and aliases, tone-normalised) -> place key."""
    from extract.normalize import normalize_tone

    names = {normalize_tone(r["short_name"]): r["key"] for r in place_rows() if r["kind"] != "national"}
    with (DATA_DIR / "place_aliases.csv").open(encoding="utf-8", newline="") as fh:
        names.update({normalize_tone(r["alias"]): r["key"] for r in csv.DictReader(fh)})
    return names


@cache
def _prefix_only() -> frozenset[str]:
    lines = (DATA_DIR / "place_prefix_only.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(names_to_keys(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ \-\ ", r"\s*[-–]\s*") for n in names)
    return re.compile(rf"(?<!\w)(?P<prefix>{PREFIX})?(?P<name>{alternatives})(?!\w)")


def find_places(text: str) -> list[PlaceMention]:
    """Province/city mentions in ``text`` (offsets into it), plus 'cả nước'/'toàn quốc' as national."""
    from extract.normalize import normalize_tone

    searched = normalize_tone(text)  # same length: offsets stay valid
    keys = names_to_keys()
    found = []
    for m in _pattern().finditer(searched):
        name = m.group("name")
        if not m.group("prefix") and name in _prefix_only():
            continue
        if not m.group("prefix") and name[0].isupper():
            prev = PREV_WORD_RE.search(searched, max(0, m.start() - 20), m.start())
            if prev and prev.group(1)[0].isupper() and prev.group(1) not in OPEN_WORDS:
                continue
        key = keys.get(name) or keys[re.sub(r"\s*[-–]\s*", " - ", name)]
        found.append(PlaceMention(m.start(), m.end(), text[m.start():m.end()], key))
    return found
