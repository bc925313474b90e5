"""One person's titles kept once: variants of one position are merged into the fullest form.

An article names a position several ways: ``Bộ trưởng`` and ``Bộ trưởng Bộ Công an``,
``Thứ trưởng Công an`` and ``Thứ trưởng Bộ Công an``, ``Phó chính ủy Bộ Chỉ huy Bộ đội Biên
phòng (BĐBP) tỉnh Điện Biên`` and ``Phó chính ủy Bộ Chỉ huy BĐBP tỉnh Điện Biên``.  Two titles
are one when, after expanding the acronyms the article defines (``Bộ đội Biên phòng (BĐBP)``)
and dropping such definitions, the words of one are a subsequence of the other's starting with
the same word; the longer form is kept, where the first form stood (a form that only spells out the other's
acronyms is no longer one: the first written is kept).
"""
from __future__ import annotations

import re
from functools import cache

from extract.keys import fold_chars
from extract.lexicon import labelled
from extract.places import gazetteer, place_aliases
from extract.sentence_tokens import FORMER_WORDS

__all__ = ["article_acronyms", "is_place_alias", "merge_titles", "title_key"]

# "Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH)": an acronym defined in brackets, its parts sometimes spaced when
# each is three letters or more ("Cục xây dựng phong trào toàn dân bảo vệ An ninh Tổ quốc (TDBV ANTQ)"; "(TP HCM)"
# names a place)
_ACRONYM_PART = r"[A-ZĐ][A-ZĐ&\-./]{2,15}"
ACRONYM_DEF_RE = re.compile(rf"\(([A-ZĐ][A-ZĐ&\-./]{{1,15}}|{_ACRONYM_PART}(?: {_ACRONYM_PART}){{1,2}})\)")
# "... về an ninh trật tự (ANTT)": an acronym defined at the end of a model's name is no part of it (a title keeps its
# body's acronym as written: C1, corpus DECISIONS 2026-12-03 late)
TRAILING_ACRONYM_RE = re.compile(rf"\s*{ACRONYM_DEF_RE.pattern}\s*$")
WORD_RE = re.compile(r"\w+")
CITY_RE = re.compile(r"(?<!\w)(?:TP|Tp)\.?(?=\s|$)|(?<!\w)(?:TP|Tp)\.(?=\w)")  # "TP", "TP. Huế", "TP.Huế": "thành phố"
_UNIT_WORDS = frozenset(w.casefold() for unit in labelled("places.txt")["unit"] for w in WORD_RE.findall(unit))
_SKIP = frozenset({"và", "-", "–", "&", "của"})
_MAX_TITLES = 12


def article_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in brackets after their long form, with that long form."""
    out: dict[str, str] = {}
    for m in ACRONYM_DEF_RE.finditer(text):
        letters = [c for c in m.group(1) if c.isalpha()]
        before = re.findall(r"\S+", text[max(0, m.start() - 160):m.start()])
        k, j = len(before) - 1, len(letters) - 1
        while k >= 0 and j >= 0 and len(before) - k <= 2 * len(letters) + 4:
            word = before[k]
            if word.casefold() in _SKIP:
                k -= 1
            elif word[0].casefold() == letters[j].casefold():
                k, j = k - 1, j - 1
            else:
                break
        if j < 0:
            out.setdefault(m.group(1), " ".join(before[k + 1:]))
    return out


@cache
def _place_aliases() -> tuple[re.Pattern[str], dict[str, str]]:
    """Written short forms of places ('TP.HCM', 'TT-Huế') -> the gazetteer's name, so 'Cục Hải quan TP.HCM' and
    'Cục Hải quan TP.Hồ Chí Minh' name one post."""
    units = gazetteer().units
    # "TPHCM" is "thành phố Hồ Chí Minh": its unit word kept, so that "UBND TP" is a short form of "UBND TPHCM"
    names = {alias.casefold(): ("thành phố " if alias.casefold().startswith("tp") else "") + units[place_id].short
             for alias, place_id in place_aliases() if place_id in units}
    alternation = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I), names


def is_place_alias(text: str) -> bool:
    """Whether ``text`` is a written short form of a place ('TPHCM', 'TP.HCM'), not a body's acronym."""
    return _place_aliases()[0].fullmatch(text) is not None


def title_key(title: str, acronyms: dict[str, str]) -> tuple[str, ...]:
    """The words of a title, casefolded, with defined acronyms expanded and their definitions dropped, places
    written short spelt out ('TP' as 'thành phố'), and other acronyms marked ('TCHQ' -> '@tchq') to match a run of
    words by initials."""
    text = ACRONYM_DEF_RE.sub(" ", title)
    for acronym, long in acronyms.items():
        if acronym in text:
            text = re.sub(rf"(?<!\w){re.escape(acronym)}(?!\w)", long, text)
    aliases, names = _place_aliases()
    text = CITY_RE.sub("thành phố ", aliases.sub(lambda m: names[m.group().casefold()], text))
    return tuple(f"@{w.casefold()}" if len(w) > 1 and w.isupper() else w.casefold() for w in WORD_RE.findall(text))


def merge_titles(titles: list[str], acronyms: dict[str, str]) -> list[str]:
    """Titles in order of first appearance, each position once, in its fullest form."""
    out: list[str] = []
    keys: list[tuple[str, ...]] = []
    for title in titles:
        key = title_key(title, acronyms)
        if not key:
            continue
        for i, old in enumerate(keys):
            if key == old and _place_aliases()[0].search(out[i]) and not _place_aliases()[0].search(title):
                # "TP.HCM", then "TP.Hồ Chí Minh": the place spelt out
                out[i] = title
                break
            if _variant(key, old):
                break
            if _variant(old, key):
                if not _same_end(out[i], title) and not _spelled_out(old, key):
                    out[i], keys[i] = title, key
                break
            if _former_variant(key, old):
                if len(_bare(key)) > len(_bare(old)) and not any(w[:1].isupper() for w in out[i].split()[1:]):
                    out[i], keys[i] = title, key  # "tổng giám đốc", then "cựu tổng giám đốc PMU 18": the body named
                break
        else:
            if len(out) < _MAX_TITLES:
                out.append(title)
                keys.append(key)
    return out


def _former_variant(key: tuple[str, ...], old: tuple[str, ...]) -> bool:
    """Whether a post written once as held before ('nguyên Phó Chủ tịch huyện Bảo Lâm') and once plainly ('Phó Chủ tịch
    UBND huyện Bảo Lâm') is one post, either form the shorter: the first written is kept, unless it names no body
    (DECISIONS k, n_016)."""
    if (key[0] in FORMER_WORDS) == (old[0] in FORMER_WORDS):
        return False
    a, b = _bare(key), _bare(old)
    return bool(a) and bool(b) and (_variant(a, b) or _variant(b, a))


def _bare(key: tuple[str, ...]) -> tuple[str, ...]:
    """A title's words without the word saying it was held before ('nguyên', 'cựu')."""
    return key[1:] if key and key[0] in FORMER_WORDS else key


def _same_end(first: str, later: str) -> bool:
    """Whether two forms of one post end with the same capitalised name ('nguyên Chủ tịch xã Phúc Thành', then
    'nguyên Chủ tịch UBND xã Phúc Thành'): both name the unit in full, and the first written is kept."""
    a, b = WORD_RE.findall(first), WORD_RE.findall(later)
    added = {w.casefold() for w in b} - {w.casefold() for w in a}
    # ('Giám đốc Công an Hải Phòng', then 'Giám đốc Công an TP Hải Phòng': the later one spells the unit's level)
    return len(a) > 1 and a[-1][:1].isupper() and a[-2:] == b[-2:] and not added & _UNIT_WORDS


def _spelled_out(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``long`` only spells out the acronyms of ``short`` ('Viện Hàn lâm KHXH Việt Nam', then 'Viện Hàn lâm
    Khoa học xã hội Việt Nam'): one form of the post as full as the other, so the first written is kept (corpus n, x
    dev)."""
    k, spelled = 0, False
    for word in short:
        if k < len(long) and long[k] == word:
            k += 1
        elif word.startswith("@") and k < len(long) and _spells(word, long, k):
            k, spelled = k + len(word) - 1, True
        else:
            return False
    return spelled and k == len(long)


def _variant(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` names the same position as ``long``: same first word, a subsequence of it (an
    acronym standing for the words whose initials it spells: 'Phó Tổng cục trưởng TCHQ'); the post alone is a short
    form of the post held before ('Chủ tịch UBND xã A' of 'nguyên Chủ tịch UBND xã A, huyện B')."""
    if short == long:
        return True
    if len(short) > len(long):
        return False
    if long[0] in FORMER_WORDS and short[0] not in FORMER_WORDS and len(long) > 1:
        return _variant(short, long[1:])  # "TGĐ", "trên cương vị Chủ tịch UBND xã A": the post "nguyên ..." names
    if short[0] != long[0]:
        return False
    if short[0] in FORMER_WORDS and len(short) > 1:  # "nguyên Chủ tịch" is no short form of "nguyên Phó Chủ tịch ..."
        return _variant(short[1:], long[1:])
    k = 0
    for word in short:
        while k < len(long) and not _spells(word, long, k):
            k += 1
        if k == len(long):
            return False
        k += len(word) - 1 if word.startswith("@") and long[k] != word else 1
    return True


def _spells(word: str, long: tuple[str, ...], k: int) -> bool:
    """Whether ``word`` is long[k], or an acronym ('@tchq') of the words starting there."""
    if long[k] == word:
        return True
    letters = word[1:] if word.startswith("@") else ""
    run = long[k:k + len(letters)]
    return len(letters) > 1 and len(run) == len(letters) and all(
        _initial(w) == fold_chars(c) for w, c in zip(run, letters, strict=True))


def _initial(word: str) -> str:
    return fold_chars(word.lstrip("@")[:1])
