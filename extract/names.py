"""Personal names: which capitalised words can be part of one, and which can start one.

A Kinh name starts with a family name (``data/surnames.txt``).  Names of ethnic minorities
often start with a prefix the list cannot hold in full (``K'Nhân``, ``H'Hen Niê``) or hold
syllables that are not Kinh syllables at all (``Y Bhim``, ``Ksor Khiếu``, ``Kpă Thuyên``);
such a syllable is evidence of a name as strong as a known family name, once a rank, an
honorific or a title stands before it.  Capitalised words that never serve as a given name
(``data/name_stops.txt``: ``Lần``, ``Theo`` starting a sentence glued to a name by a lost break)
are trimmed off a name's end; so are those that are a given name only when the next word is not their
partner in a sentence opener (``Tuy nhiên``, ``Thưa ông``, ``Trụ sở``: two words a line in the file).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extract.lexicon import words

__all__ = ["SURNAMES", "NAME_STOPS", "NAME_STOP_PAIRS", "name_syllable", "kinh_syllable", "surname_like", "foreign_syllable",
           "misspelt"]

SURNAMES = frozenset(words("surnames.txt"))
NAME_STOPS = frozenset(w for w in words("name_stops.txt") if " " not in w)
NAME_STOP_PAIRS = frozenset(tuple(w.split()) for w in words("name_stops.txt") if " " in w)
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOWELS = "".join(sorted({unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONES}))
# initial consonant, one to three vowels, final consonant: the shape of every Kinh syllable
KINH_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    f"[{_VOWELS}]{{1,3}}"
    r"(?:ng|nh|ch|c|m|n|p|t)?"
)
# "K'Nhân", "H’Hen": a one- or two-letter prefix and an apostrophe open an ethnic-minority name
APOSTROPHE_PREFIX_RE = re.compile(r"[A-ZĐ][a-zđ]?['’]\w")


@lru_cache(maxsize=1 << 13)  # asked of every word of a sentence that holds an official: the same words recur
def name_syllable(word: str) -> bool:
    """A title-case word ('Lâm', 'Y', "K'Nhân"); not an acronym ('MTTQ') or a number."""
    if not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    return len(word) == 1 or not word.isupper()


def kinh_syllable(word: str) -> bool:
    """Whether a word has the shape of a Kinh (Vietnamese) syllable: 'Nguyễn' yes, 'Ksor', 'Bhim' no."""
    return KINH_SYLLABLE_RE.fullmatch(word.casefold()) is not None


def foreign_syllable(word: str) -> bool:
    """A capitalised word that is not a Kinh syllable: part of an ethnic-minority or foreign name."""
    return name_syllable(word) and (not kinh_syllable(word) or APOSTROPHE_PREFIX_RE.match(word) is not None)


def surname_like(word: str) -> bool:
    """Whether a name can start with this word: a known family name or an apostrophe prefix ("K'Nhân")."""
    return word in SURNAMES or APOSTROPHE_PREFIX_RE.match(word) is not None


def misspelt(name: str, first: str) -> bool:
    """Whether ``name`` repeats ``first`` with one letter slipped into one syllable that it leaves no Kinh syllable
    ('Phạm Kinh Khah' after 'Phạm Kinh Kha', 'Trrần Thị Ngọc Đẹp'): a typo of the same person, not another one."""
    words, firsts = name.split(), first.split()
    if len(words) != len(firsts) or len(words) < 2:
        return False
    diff = [(w, f) for w, f in zip(words, firsts, strict=True) if w != f]
    if len(diff) != 1:
        return False
    word, right = diff[0]
    return len(word) == len(right) + 1 and kinh_syllable(right) and not kinh_syllable(word) \
        and any(word[:i] + word[i + 1:] == right for i in range(len(word)))
