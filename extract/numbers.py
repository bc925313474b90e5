"""Vietnamese numerals: digits with Vietnamese grouping, number words, scale words.

``1.140`` is 1140 and ``23,7`` is 23.7 (dot groups thousands, comma marks the
decimal); ``1,2 triệu`` is 1 200 000, ``3 tỷ 500 triệu`` is 3 500 000 000,
``hai mươi lăm`` is 25; ``hàng trăm nghìn``, ``vài ba chục`` and ``vài`` (a few) are vague
amounts (no value).
The words themselves live in ``extract/data/number_words.tsv``; this module
also holds the small lexicon loader and word tokenizer shared by the date and
figure extractors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "HALF",
    "Numeral",
    "Word",
    "last_words",
    "load_rows",
    "load_phrases",
    "match_phrase",
    "parse_digits",
    "read_numeral",
    "to_number",
    "tokenize",
]

DATA_DIR = Path(__file__).parent / "data"

# A word: a digit group run ("1.200.000", "7,39", "2013"), a run of letters
# possibly ending in digits ("m2", "PC06"), or one other visible character.  Letters glued to a
# grouped number lost a space ("công suất150.000"): the number is a word of its own; so is a number glued to a
# lower-case word with a Vietnamese letter ("chỉ đền7 triệu đồng", "mỗi đơn vị10 triệu"): units and codes that
# end in digits are written in plain letters ("m2", "km6", "PC06").
_LOWER_VI = "đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# (Written as its first character, any that is not a space, then the rest of each kind of word: a pattern opening on a
# character set lets the engine skip the spaces, and the run glued to a number is read in one pass.)
TOKEN_RE = re.compile(rf"\S(?:(?<=\d)\d*(?:[.,]\d+)*"
                      rf"|(?<=[a-z{_LOWER_VI}])(?:(?<=[{_LOWER_VI}])|(?=[a-z]*+[{_LOWER_VI}]))[a-z{_LOWER_VI}]*+(?=\d)"
                      r"|(?<=[^\W\d_])[^\W\d_]*(?:\d++(?![.,]\d))?|)")
THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
EN_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
DECIMAL_RE = re.compile(r"\d+(?:[.,]\d+)?")
# Bounds on a numeral's length, so reading one costs constant time ("hai hai hai ..." is not one number).
MAX_NUMBER_WORDS = 7
MAX_SCALES = 3


class Word(NamedTuple):
    """One token of the text: offsets into the text, the token and its lower-case form."""

    start: int
    end: int
    text: str
    low: str


@dataclass(frozen=True, slots=True)
class Numeral:
    """Words [first, last) of a token list that state a number; ``value`` None when vague."""

    first: int
    last: int
    value: Decimal | None
    spelled: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of text[start:end] with offsets into ``text`` (digits, letter runs, punctuation marks)."""
    matches = TOKEN_RE.finditer(text, start, len(text) if end is None else end)
    return [_new_word(Word, (m.start(), m.end(), w, w.lower())) for m in matches for w in (m.group(),)]


# Word(...) without the Python frame of the named tuple's __new__ (what Word._make does): a whole article's
# words are made at once, a million over the corpus, and this makes them a quarter faster.
_new_word = tuple.__new__


@cache
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a data file, without blank lines and '#' comments."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def load_phrases(name: str, column_value: str | None = None) -> frozenset[tuple[str, ...]]:
    """Lower-cased word tuples of a data file's first column (rows whose 2nd column matches, if given)."""
    out = set()
    for row in load_rows(name):
        if column_value is None or (len(row) > 1 and row[1] == column_value):
            out.add(tuple(w.low for w in tokenize(row[0])))
    return frozenset(out)


def match_phrase(words: list[Word], i: int, phrases: frozenset[tuple[str, ...]], backward: bool = False) -> int:
    """Length in words of the longest phrase starting at ``i`` (or ending just before ``i``), else 0."""
    longest, firsts, lasts = _shape(phrases)
    if backward:
        if i < 1 or i > len(words) or words[i - 1].low not in lasts:
            return 0
    elif i < 0 or i >= len(words) or words[i].low not in firsts:
        return 0
    for n in range(longest, 0, -1):
        lo, hi = (i - n, i) if backward else (i, i + n)
        if lo >= 0 and hi <= len(words) and tuple(w.low for w in words[lo:hi]) in phrases:
            return n
    return 0


def last_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words a phrase of the set can end with."""
    return _shape(phrases)[2]


@cache
def _shape(phrases: frozenset[tuple[str, ...]]) -> tuple[int, frozenset[str], frozenset[str]]:
    """Longest phrase, first words and last words of a phrase set: most positions fail on one look."""
    return (max(map(len, phrases), default=0), frozenset(p[0] for p in phrases if p),
            frozenset(p[-1] for p in phrases if p))


@lru_cache(maxsize=4096)
def parse_digits(token: str) -> Decimal | None:
    """Value of a written number: '1.140' -> 1140, '23,7' -> 23.7, '1,200,000' -> 1200000."""
    try:
        if THOUSANDS_RE.fullmatch(token):
            return Decimal(token.replace(".", "").replace(",", "."))
        if EN_THOUSANDS_RE.fullmatch(token):
            return Decimal(token.replace(",", ""))
        if DECIMAL_RE.fullmatch(token):
            return Decimal(token.replace(",", "."))
    except InvalidOperation:
        return None
    return None


def to_number(value: Decimal) -> int | float:
    """A Decimal as int when whole, else float."""
    return int(value) if value == value.to_integral_value() else float(value)


@cache
def _lexicon() -> dict[str, tuple[Decimal, str, bool]]:
    return {row[0]: (Decimal(row[1]), row[2], row[3] == "yes") for row in load_rows("number_words.tsv")}


def _role(word: Word) -> str | None:
    entry = _lexicon().get(word.low)
    return entry[1] if entry else None


def _scale(word: Word) -> Decimal | None:
    entry = _lexicon().get(word.low)
    return entry[0] if entry and entry[1] == "scale" else None


HALF = "nửa"  # "nửa tỷ đồng", "nửa ký": half the scale or unit after it ("nửa đêm", "một nửa số" are no amount)
# vague words that say "a few" on their own ("vài can xăng", "một vài hộ"); "hàng", "mấy" need a scale ("hàng trăm")
_FEW = frozenset({"vài", "dăm"})


def read_numeral(words: list[Word], i: int, any_start: bool = False) -> Numeral | None:
    """The numeral starting at word ``i``, or None: digits or number words, then scale words.

    ``any_start`` lets a word that rarely opens a numeral open one ("năm mươi", "năm giải"): the
    caller has checked that it counts something.
    """
    first = words[i]
    if first.text[0].isdigit():
        value = parse_digits(first.text)
        if value is None:
            return None
        j, value = _read_scales(words, i + 1, value)
        return _read_compound(words, i, j, value, spelled=False)
    if first.low == HALF and any_start:  # the caller has checked a scale or unit follows
        j, value = _read_scales(words, i + 1, Decimal("0.5"))
        return Numeral(i, j, value, True)
    entry = _lexicon().get(first.low)
    if entry is None or not (entry[2] or any_start):
        return None
    if entry[1] in ("scale", "tens") and any_start:  # "gần chục người", "cả trăm triệu đồng": one ten, one hundred
        j, value = _read_scales(words, i + 1, entry[0])
        return Numeral(i, j, value, True)
    if entry[1] == "vague":
        j = i + 1
        if first.low in _FEW and j < len(words) and words[j].low == "ba":
            j += 1  # "vài ba xe buýt", "vài ba chục nghìn": a few
        while j < min(len(words), i + 2 + MAX_SCALES) and (_scale(words[j]) is not None or _role(words[j]) == "tens"):
            j += 1
        return Numeral(i, j, None, True) if j > i + 1 or first.low in _FEW else None
    return _read_words(words, i)


def _read_scales(words: list[Word], j: int, value: Decimal) -> tuple[int, Decimal]:
    """Multiply by the scale words after a number ('1,2 triệu', '2 trăm nghìn', '1 triệu rưỡi')."""
    last_scale = None
    stop = min(len(words), j + MAX_SCALES)
    while j < stop:
        scale = _scale(words[j])
        if scale is not None:
            value *= scale
            last_scale = scale
        elif last_scale is not None and _role(words[j]) == "half":
            value += last_scale / 2
        else:
            break
        j += 1
    return j, value


def _read_compound(words: list[Word], i: int, j: int, value: Decimal, spelled: bool) -> Numeral:
    """Join '3 tỷ 500 triệu' (scales strictly decreasing) into one value."""
    top = _scale(words[j - 1]) if j > i + 1 else None
    while top is not None and j < len(words) and _adjacent(words, j - 1, j) and words[j].text[0].isdigit():
        part = parse_digits(words[j].text)
        if part is None:
            break
        k, part = _read_scales(words, j + 1, part)
        inner = _scale(words[k - 1]) if k > j + 1 else None
        if inner is None or inner >= top:
            break
        value, j, top = value + part, k, inner
    return Numeral(i, j, value, spelled)


def _adjacent(words: list[Word], a: int, b: int) -> bool:
    """True when words a and b are separated by plain spacing only (no line break)."""
    return words[b].start - words[a].end <= 2


def _read_words(words: list[Word], i: int) -> Numeral | None:
    """A spelled-out number ('hai', 'mười lăm', 'một trăm linh năm', 'ba nghìn')."""
    j = i
    stop = min(len(words), i + MAX_NUMBER_WORDS)
    while j < stop and words[j].low in _lexicon() and _role(words[j]) != "vague":
        if j > i and (not _adjacent(words, j - 1, j) or _digit_after_digit(_role(words[j - 1]), _role(words[j]))):
            break
        j += 1
    while j > i:
        value = _words_value(tuple(w.low for w in words[i:j]))
        if value is not None:
            if j == i + 1 and words[i].low == "một":
                return None  # "một" alone is the article "a"
            return Numeral(i, j, value, True)
        j -= 1
    return None


def _digit_after_digit(before: str | None, role: str | None) -> bool:
    """'hai ba', 'mười mười': two digits in a row start a new number ('mười lăm' is one)."""
    return role in ("unit", "ten") and before in ("unit", "ten") and not (before == "ten" and role == "unit")


@lru_cache(maxsize=4096)
def _words_value(parts: tuple[str, ...]) -> Decimal | None:
    """Value of number words, splitting at the largest scale: 'hai trăm nghìn' -> 200000."""
    if not parts:
        return None
    lex = _lexicon()
    scales = [(lex[p][0], k) for k, p in enumerate(parts) if lex[p][1] == "scale" and lex[p][0] >= 1000]
    if scales:
        scale, k = max(scales)
        left = _words_value(parts[:k]) if k else Decimal(1)
        right = _words_value(parts[k + 1:]) if k + 1 < len(parts) else Decimal(0)
        if left is None or right is None or right >= scale:
            return None
        return left * scale + right
    return _below_thousand(parts)


def _below_thousand(parts: tuple[str, ...]) -> Decimal | None:
    lex = _lexicon()
    if "trăm" in parts:
        k = parts.index("trăm")
        left = _below_thousand(parts[:k]) if k else None
        rest = parts[k + 1:]
        if rest and lex[rest[0]][1] == "filler":
            rest = rest[1:]
            if len(rest) != 1:
                return None
        right = _below_thousand(rest) if rest else Decimal(0)
        if left is None or right is None or left >= 10:
            return None
        return left * 100 + right
    return _below_hundred(parts)


def _below_hundred(parts: tuple[str, ...]) -> Decimal | None:
    lex = _lexicon()
    roles = [lex[p][1] for p in parts]
    values = [lex[p][0] for p in parts]
    if roles == ["unit"] or roles == ["ten"]:
        return values[0]
    if roles == ["ten", "unit"] and parts[1] != "năm":  # 15 is "mười lăm"; "mười năm" is ten years
        return 10 + values[1]
    if roles[:2] == ["unit", "tens"] and len(parts) <= 3 and values[0] >= 2:
        tail = values[2] if len(parts) == 3 and roles[2] == "unit" else Decimal(0)
        if len(parts) == 3 and (roles[2] != "unit" or parts[2] == "năm"):
            return None
        return values[0] * 10 + tail
    return None
