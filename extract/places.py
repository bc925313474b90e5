"""Places named in Vietnamese text, resolved against a gazetteer of administrative units.

The gazetteer (``data/gazetteer.tsv``, generated from the ``vietnamadminunits``
package by ``tools/make_gazetteer.py``) holds the provinces, districts and
communes in force until 30 June 2025 and the provinces and communes from 1 July
2025, with the links between them, coordinates and former names.  A place is
found three ways:

* a unit type word and a capitalised name (``huyện Đắk Song``, ``TP.HCM``,
  ``Q.1``, ``các xã Đắk Môl, Đắk Hòa``), looked up by accent-free key so that
  ``Đăk``/``Đắk`` and either tone style meet;
* a bare province or country name standing on its own (``Đắk Nông``, ``Lào``,
  not ``Nguyễn Hòa Bình``);
* a scope phrase that names a level without a name (``toàn tỉnh``, ``cả nước``,
  ``Công an huyện``), resolved later to the article's unit of that level.

A name shared by several units (``Châu Thành`` is a district in ten provinces) is
resolved from the article's other places; when they do not settle it, only the
levels that are certain are filled.  Word lists: ``data/place_words.tsv`` and
``data/countries.txt``.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import product
from typing import cast

from extract.document import UPPER, Prepared, prepare
from extract.lexicon import (
    AFTER_NON_LETTER,
    DATA_DIR,
    branch_alternation,
    labelled,
    phrase_branches,
    phrase_pattern,
    read_entries,
    words,
)
from extract.names import SURNAMES
from extract.normalize import fold
from extract.types import PlaceMention

__all__ = ["Unit", "PlaceMention", "Gazetteer", "gazetteer", "extract_places", "find_places", "place_key", "place_aliases",
           "former_places", "resolve_default", "byline_province"]

LEVELS = ("national", "province", "district", "commune")
_SYL_TAIL = r"[^\W\d_]*(?:['’][^\W\d_]+)*"  # a capitalised syllable after its first letter
_SYL = rf"(?:[{UPPER}]{_SYL_TAIL})"
_NAME = rf"(?:\d{{1,2}}(?!\d|[.,/]\d)|{_SYL}(?:(?:[ ]+|[ ]*[-–][ ]*){_SYL}){{0,5}})"
NAME_RE = re.compile(_NAME)
# A run of capitalised syllables, no letter before it (checked after its first letter: the regex engine skips to capitals)
RUN_RE = re.compile(rf"[{UPPER}](?<![^\W\d_].){_SYL_TAIL}(?:(?:[ ]+|[ ]*[-–][ ]*){_SYL}){{0,4}}(?![^\W\d_])")
LIST_SEP_RE = re.compile(r"[ ]*(?:,|;|và|hoặc)[ ]*")
ADDRESS_SEP_RE = re.compile(r"[ ]*(?:,|;|và|hoặc|-|–|\()?[ ]*")
RANGE_SEP_RE = re.compile(r"[ ]*(?:đến|tới|-|–)[ ]*")
CITY_TYPE_RE = re.compile(r"(?i:thành phố|tp\.?)")
# "U21 Malaysia", "đội tuyển Thái Lan": a team, not a place.
TEAM_BEFORE_RE = re.compile(r"(?:\bU\d{2}|(?i:đội tuyển|tuyển|ĐT|CLB|câu lạc bộ))[ ]+$")
# "2h30 sáng nay giờ Hà Nội": a time zone, not a place; "ngã tư Bình Phước", "cầu Bình Phước", "đường Hà Nội": a
# crossroads, a bridge or a street named after a province, not the province.
NAMESAKE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:giờ|ngã tư|ngã ba|ngã năm|ngã sáu|cầu|đường|đại lộ)[ ]+$")
SPLIT_RE = re.compile(r"[ ]*[-–][ ]*|[ ]+")  # " - " is one separator, not a space and then a dash
LOCATIVE_BARE_RE = re.compile(r"(?<![^\W\d_])(?i:ở|tại|công an)[ ]+$")  # before a bare district or commune
NUMBER_BEFORE_RE = re.compile(r"(?<![\d.,])\d+[ ]+$")
COUNT_BEFORE_RE = re.compile(r"(?:(?<![\d.,])\d{1,2}|(?<![^\W\d_])(?i:hai|ba|bốn|sáu|bảy|tám|chín|mười))[ ]+$")
# "điển hình như các tỉnh A, B": places given as examples say nothing of the text around them.
EXAMPLE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:như)[ ]*:?[ ]*(?:(?i:các|những)[ ]+)?$")
# "chỉ đạo của Bộ Công an": a national body that is not the subject of its clause.
OBJECT_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:của|theo|với|giữa|cho|từ|về|thuộc|tới|đến)(?:[ ]+[^\W\d_]+){0,3}[ ]+$")
# A ranking against the nation or a region ('giảm mạnh nhất cả nước', 'dẫn đầu toàn quốc', 'đứng thứ 3 trong vùng
# ĐBSCL', 'một trong những tỉnh có số vụ ... cao trong khu vực ĐBSCL'): the frame a unit is ranked in, not where its
# figures count ('nhất là khu vực ...', 'especially', is no ranking).
RANK_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?i:nhất|nhì|dẫn đầu|đứng đầu|(?:đứng|xếp)\s+thứ\s+\d+)"
    r"|(?<![^\W\d_])(?i:một|1)\s+trong\s+(?i:những|các|số)(?![^\W\d_])[^.;:!?()\n]{0,80}?)"
    r"(?:\s+(?i:trong|ở|của|tại|trên|khu vực|vùng|địa bàn|các địa phương))*\s+$")
# The world or a region of countries named as the frame a figure is measured against ('kỷ lục thế giới', 'so với thế
# giới', 'theo thế giới'), not where it counts.
WORLD_FRAME_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:kỷ lục|so với|theo)[ ]+$")
# The country itself places a figure where it stands as a place: opening a clause ("Việt Nam tụt hạng"),
# after a locative or possessive ("ở Việt Nam", "của Việt Nam"). After other words it ends a name or
# a nationality ("Hội Nông dân Việt Nam", "U21 Việt Nam", "người Việt Nam").
# Where goods or people come from ('198 kg ma túy từ Lào vào Việt Nam', 'buôn lậu điện thoại từ Campuchia sang'): an
# origin, not where what was counted is.
FROM_COUNTRY_RE = re.compile(r"(?<![^\W\d_])(?i:từ)(?:[ ]+(?i:nước|bên))?[ ]+$")
COUNTRY_BEFORE_RE = re.compile(r"(?:^|[.;:!?“\"(,–-][ ]*|(?<![^\W\d_])(?i:ở|tại|của|trên|toàn|khắp|cả|và)[ ]+)$")
# A person's birth year or age in brackets, before their home address: "(SN 1986, xã A", "(32 tuổi, ở xã B".
BIRTH_BRACKET = r"\((?:(?i:SN|sinh năm)[ ]*\d{4}|\d{1,3}[ ]*tuổi)[ ]*,(?:[ ]*(?:ở|tại))?"
# A bare name right after a capitalised word is usually part of a longer proper name
# ("Nguyễn Hòa Bình", "Bệnh viện Bạch Mai"), unless that word is one of these.
OPEN_WORDS = frozenset({"Tại", "Ở", "Và", "Của", "Với", "Từ", "Đến", "Cho", "Như", "Cả", "Toàn", "Trên", "Về",
                        "Sang", "Tới", "Qua", "Theo", "Trong", "Ngoài", "Khắp"})


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit of the gazetteer."""

    place_id: str
    era: str
    level: str
    type: str
    short: str
    parent_id: str | None
    province_id: str
    lat: float | None
    lon: float | None
    merged_into: str | None

    @property
    def name(self) -> str:
        """The full name with its type word ('Huyện Đắk Song'; numbered units 'Quận 1')."""
        return f"{self.type} {self.short}"


class Gazetteer:
    """The units of ``data/gazetteer.tsv`` with look-ups by id and by (level, key)."""

    def __init__(self, units: Iterable[Unit], keys: Iterable[str]) -> None:
        self.units: dict[str, Unit] = {}
        self.by_key: dict[tuple[str, str], list[Unit]] = {}
        for unit, unit_keys in zip(units, keys, strict=True):
            self.units[unit.place_id] = unit
            for key in dict.fromkeys(unit_keys.split("|")):
                self.by_key.setdefault((unit.level, key), []).append(unit)

    def lookup(self, level: str, name: str) -> list[Unit]:
        """Units of a level whose name (or former name) folds to the same key as ``name``."""
        return self.by_key.get((level, place_key(name)), [])

    def province_of(self, unit: Unit) -> Unit:
        return self.units[unit.province_id]

    def district_of(self, unit: Unit) -> Unit | None:
        if unit.level == "commune" and unit.parent_id and unit.parent_id.startswith("D"):
            return self.units[unit.parent_id]
        return unit if unit.level == "district" else None


@lru_cache(maxsize=1 << 14)  # the same names recur in every article: a few hundred bytes each
def place_key(name: str) -> str:
    """'Đắk N'Drung' -> 'dakndrung': accent-free, lower case, letters and digits only."""
    return _NOT_KEY_RE.sub("", fold(name))


_NOT_KEY_RE = re.compile(r"[^a-z0-9]")


@cache
def place_aliases() -> tuple[tuple[str, str], ...]:
    """(written alias, place id) of ``data/place_aliases.tsv`` and ``data/former_places.tsv``: names the gazetteer's
    own do not cover."""
    return tuple((alias, place_id or "") for name in ("place_aliases.tsv", "former_places.tsv")
                 for alias, place_id in read_entries(name))


@cache
def former_places() -> frozenset[str]:
    """Keys (place_key) of the provinces of ``data/former_places.tsv``: units of their day since merged away."""
    return frozenset(place_key(name) for name, _ in read_entries("former_places.tsv"))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read once."""
    units, keys = [], []
    with (DATA_DIR / "gazetteer.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            units.append(Unit(
                row["place_id"], row["era"], row["level"], row["type"], row["short"], row["parent_id"] or None,
                row["province_id"], float(row["lat"]) if row["lat"] else None,
                float(row["lon"]) if row["lon"] else None, row["merged_into"] or None))
            keys.append(row["keys"])
    aliases: dict[str, list[str]] = {}
    for alias, place_id in place_aliases():
        aliases.setdefault(place_id or "", []).append(place_key(alias))
    keys = [k if not aliases.get(u.place_id) else "|".join([k, *aliases[u.place_id]]) for u, k in zip(units, keys,
                                                                                                     strict=True)]
    return Gazetteer(units, keys)


def _unit_types() -> list[str]:
    """The type words of provinces, districts and communes in data/place_words.tsv ('tỉnh', 'thị xã', 'TP.', 'H.')."""
    return [w for kind in ("province", "district", "commune") for w in _words()[kind]]


@cache
def unit_words() -> tuple[str, ...]:
    """The unit type words of data/place_words.tsv written out ('tỉnh', 'thành phố', 'thị xã', 'đặc khu')."""
    return tuple(w for w in _unit_types() if not ABBREVIATION_RE.fullmatch(w))


@cache
def unit_abbreviations() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The abbreviated unit type words of data/place_words.tsv: those written with or without a dot ('TP HCM', 'TP.
    Huế', 'TX Hồng Lĩnh'), then those written only with one ('H. Đắk Song', 'Q.1', 'P.2'); without the dot."""
    types = [w for w in _unit_types() if ABBREVIATION_RE.fullmatch(w)]
    bare = tuple(w for w in types if not w.endswith("."))
    return bare, tuple(w[:-1] for w in types if w.endswith(".") and w[:-1] not in bare)


ABBREVIATION_RE = re.compile(r"[A-Z][A-Za-z]*\.?")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return labelled("place_words.tsv")


def _any_case(phrases: Sequence[str], rest: str = "exact") -> str:
    """Alternation where a lower-case word also matches capitalised; abbreviations match exactly (``rest`` 'any': the
    letters after the first in either case)."""
    lower = [p for p in phrases if p[:1].islower()]
    exact = [p for p in phrases if not p[:1].islower()]
    alts = ([phrase_pattern(lower, first="any", rest=rest)] if lower else []) \
        + ([phrase_pattern(exact, rest=rest)] if exact else [])
    return "(?:" + "|".join(alts) + ")"


def _any_case_branches(phrases: Sequence[str], then: str = "", rest: str = "exact") -> list[str]:
    """_any_case(phrases) at a word start, as branches each followed by ``then`` (extract.lexicon.phrase_branches)."""
    lower = [p for p in phrases if p[:1].islower()]
    exact = [p for p in phrases if not p[:1].islower()]
    return phrase_branches(lower, first="any", rest=rest, then=then) + phrase_branches(exact, rest=rest, then=then)


# '&' or '-' between the parts of a ministry's abbreviation: 'Bộ NN&PTNT' is written 'Bộ NN-PTNT' and 'Bộ NNPTNT' too
ABBREVIATION_JOIN_RE = re.compile(r"(?<=[A-ZĐ])[&-](?=[A-ZĐ])")


@cache
def _national_bodies() -> tuple[str, ...]:
    """The national bodies of data/place_words.tsv (actor-national), each abbreviation joined every way it is
    written ('Bộ LĐ-TB&XH', 'Bộ LĐTB&XH', 'Bộ LĐ-TB-XH', 'Bộ LĐTBXH', ...)."""
    out: list[str] = []
    for phrase in _words()["actor-national"]:
        parts = ABBREVIATION_JOIN_RE.split(phrase)
        for joins in product(("&", "-", ""), repeat=len(parts) - 1):
            out.append("".join(part + join for part, join in zip(parts, (*joins, ""), strict=True)))
    return tuple(dict.fromkeys(out))


TYPE_KINDS = ("province", "district", "commune", "village")


def _type_tail() -> str:
    epithet = phrase_pattern(_words()["epithet"])  # "xã biên giới Thường Thới Hậu A"
    return rf"(?:[ ]+{epithet})?(?:[ ]+|(?<=\.)[ ]*)(?={_NAME})"


@cache
def _type_re() -> re.Pattern[str]:
    alts = "|".join(f"(?P<{k}>{_any_case(_words()[k])})" for k in TYPE_KINDS)
    return re.compile(rf"(?<![^\W\d_])(?:{alts})" + _type_tail())


# The patterns find_places searches whole articles for, written as word-start branches (extract.lexicon.phrase_branches),
# which the regex engine searches two to three times faster: the same matches, without the groups that name what
# was found; each match's group is read from _type_re, _scope_re at its start, where they make the same match.
@cache
def _type_finder() -> re.Pattern[str]:
    return re.compile(branch_alternation([b for k in TYPE_KINDS for b in _any_case_branches(_words()[k])])
                      + _type_tail())


_SCOPE_KINDS = ("actor-national", "country")  # after the scope-* kinds, before department-province
# a scope phrase followed by a name is a named place ("Công an tỉnh Đắk Nông"): the type match takes it
# ("an toàn xã hội": "xã hội" is society, not a commune; "Xã đội trưởng": the commune's military unit, a title)
_SCOPE_TAIL = rf"(?![^\W\d_])(?![ ]+{_SYL})(?![ ]+(?:hội|đội)(?![^\W\d_]))"
_DEPARTMENT_TAIL = rf"(?=[ ]+[{UPPER}])"
_COUNTRY_TAIL = r"(?![^\W\d_])(?!-\w)"  # 'VN-Index' is a stock index


@cache
def _scope_re() -> re.Pattern[str]:
    kinds = [k for k in _words() if k.startswith("scope-")]
    alts = "|".join(f"(?P<{k.replace('-', '_')}>{_any_case(_words()[k])})" for k in kinds)
    national = _any_case(_national_bodies(), rest="any")  # 'Bộ Giao thông Vận tải', 'Bộ Công An' as well
    country = _any_case(_words()["country"])
    department = phrase_pattern(_words()["department-province"])
    unnamed = _any_case(_words()["actor-national-unnamed"])
    return re.compile(rf"(?<![^\W\d_])(?:(?:{alts}){_SCOPE_TAIL}"
                      rf"|(?P<actor_national>{national})"
                      rf"(?![^\W\d_])|(?P<actor_national_unnamed>{unnamed}){_SCOPE_TAIL}"
                      rf"(?![^\W\d_])|(?P<country>{country}){_COUNTRY_TAIL}|(?P<department>{department}){_DEPARTMENT_TAIL})")


@cache
def _scope_finder() -> re.Pattern[str]:
    kinds = [k for k in _words() if k.startswith("scope-")]
    branches = [*(b for k in kinds for b in _any_case_branches(_words()[k], then=_SCOPE_TAIL)),
                *_any_case_branches(_national_bodies(), then=r"(?![^\W\d_])", rest="any"),
                *_any_case_branches(_words()["actor-national-unnamed"], then=_SCOPE_TAIL),
                *_any_case_branches(_words()["country"], then=_COUNTRY_TAIL),
                *phrase_branches(_words()["department-province"], then=_DEPARTMENT_TAIL)]
    return re.compile(branch_alternation(branches))


@cache
def _origin_re() -> re.Pattern[str]:
    """Words before a country that make it a nationality or an origin ('người Trung Quốc')."""
    return re.compile(rf"(?<![^\W\d_]){_any_case(_words()['origin'])}[ ]+$")


@cache
def _role_re() -> re.Pattern[str]:
    """What stands before a place: examples ('như các tỉnh'), an organisation ('Công an huyện'), an address
    ('trú tại xóm 7 xã'), a plural ('các xã') — one pattern, the group that matched names the role."""
    # an address may stand between "trú tại" and the place: "trú tại xóm 7 xã Phú Phúc", "ngụ số 5 đường X, "
    address = (rf"(?:(?:[ ]*,)?[ ]+(?:{_SYL}|\d+[\w/]*|{_any_case(_words()['village'])}"
               rf"|{_any_case(_words()['address'])}))*")
    tails = {"actor": r"(?:[ ]+(?:cấp|các))?", "residence": address, "plural": "", "path": ""}
    heads = {role: rf"(?<![^\W\d_]){_any_case(_words()[role])}" for role in tails}
    # a person's birth year or age in brackets opens their home address: "Đặng Ngọc Vĩ (SN 1986, xã Đại Thắng)"
    # ... but 'làng quê Quảng Trị', 'vùng quê', 'miền quê' is the countryside, no one's home
    heads["residence"] = rf"(?:(?<!(?i:làng|vùng|miền)[ ]){heads['residence']}|{BIRTH_BRACKET})"
    alts = [f"(?P<example>{EXAMPLE_BEFORE_RE.pattern})"] + [
        rf"(?P<{role}>{heads[role]}{tail}[ ,:]*[ ]+$)" for role, tail in tails.items()]
    return re.compile("|".join(alts))


@cache
def _bare_names() -> dict[str, tuple[str, str]]:
    """Key of a bare name that stands for a place -> (level, canonical written name)."""
    gaz = gazetteer()
    out: dict[str, tuple[str, str]] = {}
    for country in words("countries.txt"):
        out[place_key(country)] = ("foreign", country)
    prefix_only = {place_key(n) for n in _words().get("prefix-only", ())}
    for (level, key), units in gaz.by_key.items():
        if level == "province" and len(key) > 3 and key not in prefix_only:  # 'hn', 'hcm' only after a type word
            out[key] = ("province", units[0].short)
    return out


def find_places(doc: Prepared) -> list[PlaceMention]:
    """Places in a prepared text, offsets into ``doc.text`` (normalised), unresolved."""
    text = doc.text
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for found_at in _type_finder().finditer(text):
        if taken and found_at.start() < taken[-1][1]:
            continue  # a type word inside the name just read: "thành phố Buôn Ma Thuột" holds no village "buôn"
        m = cast(re.Match[str], _type_re().match(text, found_at.start()))  # the same match, with its kind's group
        level = next(k for k in TYPE_KINDS if m.group(k))
        mentions = _named(text, m.start(), m.end(), level)
        found.extend(mentions)
        taken.extend((p.start, p.end) for p in mentions)
    taken.sort()
    for found_at in _scope_finder().finditer(text):
        m = cast(re.Match[str], _scope_re().match(text, found_at.start()))  # the same match, with its kind's group
        kind = next(k for k, v in m.groupdict().items() if v)
        level = "national" if kind in ("actor_national", "actor_national_unnamed", "country") else \
            "province" if kind == "department" else kind.removeprefix("scope_")
        if not _overlaps(m.start(), m.end(), taken):
            role = "scope"
            if kind == "country":  # named like a place: the head's actors still come first
                role = "named" if COUNTRY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) else "object"
            elif level == "national" and OBJECT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                role = "object"
            elif kind == "scope_foreign" and (_in_proper_name(text, m.start())
                                              or WORLD_FRAME_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())):
                role = "object"  # 'Ngày Thế giới phòng, chống đuối nước', 'nặng kỷ lục thế giới', 'so với thế giới'
            elif kind in ("scope_national", "scope_foreign") and RANK_BEFORE_RE.search(text, max(0, m.start() - 100), m.start()):
                role = "object"
            found.append(PlaceMention(m.start(), m.end(), m.group(), level, None, role))
    provinces = _named_provinces(found)
    commune_ends = {p.end for p in found if p.level == "commune"}
    village_ends = {p.end for p in found if p.level == "village"}
    unit_ends = {p.end for p in found if p.level in ("district", "commune", "village")}
    districts = {p.start: p for p in found if p.level == "district" and p.name}
    typed = {place_key(p.name): p for p in found if p.level in ("district", "commune") and p.name
             and len(SPLIT_RE.split(p.name)) > 1 and place_key(p.text).endswith(place_key(p.name))}  # as written
    for m in RUN_RE.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        bare = _bare(text, m, provinces)
        if bare is None or bare.level in ("district", "commune"):  # 'ở Từ Sơn, Bắc Ninh': the one of that province
            bare = _district_of_province(text, m, unit_ends) or bare
        bare = bare or _list_head(text, m, provinces) or _copula_unit(text, m, provinces) \
            or _address_district(text, m, commune_ends, provinces) or _address_commune(text, m, village_ends, provinces) \
            or _bracketed_unit(text, m) or _commune_of_district(text, m, districts) or _named_again(text, m, typed) \
            or _district_of_named_province(text, m, provinces)
        if bare is not None:
            found.append(bare)
            if bare.level in ("district", "commune"):
                unit_ends.add(bare.end)  # 'Trâu Quỳ (Gia Lâm, Hà Nội)': its bracket names its parents
            if bare.level == "commune":
                commune_ends.add(bare.end)  # 'thôn Tân Long, Bù Nho, Phước Long': the district may follow
    found.extend(_border_posts(text, found))
    found.sort(key=lambda p: p.start)
    return _home_scene(text, _continue_lists(text, [_bracket_parent(text, p) for p in found]))


# 'Bùi Văn Phước (60 tuổi, ngụ tại Tổ 19, xã Hiệp Thạnh) tổ chức đánh bạc ... tại nhà': what happened at the home of the
# person whose address the sentence gave is placed there
AT_HOME_RE = re.compile(r"[tTởỞ]" + AFTER_NON_LETTER + r"(?:(?<=[tT])(?i:ại)|(?<=[ởỞ]))\s+(?i:nhà|nơi ở|chỗ ở|nhà riêng)(?![^\W\d_])(?!\s+(?:số|văn hóa|hàng|máy|khách|nghỉ|trọ|hát|thờ|xưởng|kho|ga)(?![^\W\d_]))")
SENTENCE_END_RE = re.compile(r"[.!?\n]")


def _home_scene(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The address nearest before 'tại nhà' in its sentence is where what the sentence tells happened (its places take
    the role 'named'), not only where a person lives."""
    out = list(found)
    for m in AT_HOME_RE.finditer(text):
        chain: list[int] = []
        for i in range(len(out) - 1, -1, -1):
            p = out[i]
            if p.end > m.start():
                continue
            if p.role != "residence" or SENTENCE_END_RE.search(text, p.end, m.start()):
                break
            if chain and not ADDRESS_SEP_RE.fullmatch(text, p.end, out[chain[-1]].start):
                break
            chain.append(i)
        for i in chain:
            out[i] = replace(out[i], role="named")
    return out


BRACKET_AFTER_RE = re.compile(r"\s*\(([^()\n]{2,60})\)")


def _bracket_parent(text: str, p: PlaceMention) -> PlaceMention:
    """'xã Quảng Lưu (Quảng Xương)', 'xã Tân Lập (huyện Đan Phượng, Hà Nội)': a unit whose name several share keeps
    the candidates inside the district or province its bracket names."""
    if len(p.candidates) < 2 or p.level not in ("commune", "district"):
        return p
    m = BRACKET_AFTER_RE.match(text, p.end)
    if m is None:
        return p
    gaz = gazetteer()
    keys = {place_key(_strip_type(part.strip())) for part in re.split(r"[,;-]", m.group(1))}
    inside = tuple(c for c in p.candidates
                   if any(place_key(gaz.units[u].short) in keys
                          for u in (gaz.units[c].parent_id, gaz.units[c].province_id) if u in gaz.units))
    return replace(p, candidates=inside) if inside else p


def _continue_lists(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """A place that continues a list, examples or an address ('các tỉnh A, B, TP C'; 'trú tại xã A,
    huyện B') takes its role; 'từ Thanh Hóa đến Thừa Thiên Huế' spans several provinces: national."""
    out = found[:1]
    for p in found[1:]:
        prev = out[-1]
        if prev.role in ("list", "example", "residence") and ADDRESS_SEP_RE.fullmatch(text, prev.end, p.start):
            p = replace(p, role=prev.role)
        elif prev.level == p.level == "province" and RANGE_SEP_RE.fullmatch(text, prev.end, p.start) \
                and prev.role == p.role == "named":
            out[-1] = PlaceMention(prev.start, p.end, text[prev.start:p.end], "national", None, "scope")
            continue
        out.append(p)
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping each other): a bisect, not a scan."""
    k = bisect_right(spans, (start, float("inf")))
    return (k > 0 and spans[k - 1][1] > start) or (k < len(spans) and spans[k][0] < end)


def _named(text: str, type_start: int, name_start: int, level: str) -> list[PlaceMention]:
    """The place (or list of places) a type word introduces: 'huyện Đắk Song', 'các xã A, B và C'."""
    m = NAME_RE.match(text, name_start)
    if m is None:
        return []
    role = _role(text, type_start)
    if role == "plural" and NUMBER_BEFORE_RE.search(text, max(0, type_start - 12), type_start):
        return []  # "05 xã" is a count, not a place
    if role == "named" and (count := COUNT_BEFORE_RE.search(text, max(0, type_start - 8), type_start)) \
            and not _numbered_unit_re().search(text, max(0, count.start() - 24), count.start()):
        role = "plural"  # "ba huyện Mộc Hóa, Vĩnh Hưng và Tân Hưng", "2 xã Hữu Bằng và Phùng Xá": the units counted
    first = _lookup_prefix(text, type_start, name_start, m.group(), level, role)
    if first is None:
        return []
    out = [first]
    pos = first.end
    while role in ("plural", "example"):  # "các xã Đắk Môl, Đắk Hòa và Nam Bình"
        sep = LIST_SEP_RE.match(text, pos)
        nxt = NAME_RE.match(text, sep.end()) if sep else None
        item = _lookup_prefix(text, sep.end(), sep.end(), nxt.group(), level, role) if sep and nxt else None
        if item is None:
            break
        out.append(item)
        pos = item.end
    if role == "named" and first.level == "commune":
        out = _sibling_communes(text, first)
    if role == "plural" or role == "named" and len(out) > 1:
        out = [replace(p, role="list") for p in out]
    return out


def _sibling_communes(text: str, first: PlaceMention) -> list[PlaceMention]:
    """'ở xã Ea Khal, Ea Wy, Ea Ral', 'tại xã Đạ Nhim và Đạ Chais': bare names listed after a commune that name other
    communes of its district list them all (several communes, as 'các xã A, B'); an address goes on upwards ('xã An
    Hòa, Long Thành, Đồng Nai'), so a name of a district or province ends the list."""
    gaz = gazetteer()
    out, pos = [first], first.end
    parents = {gaz.units[c].parent_id for c in first.candidates}
    while True:
        sep = LIST_SEP_RE.match(text, pos)
        nxt = NAME_RE.match(text, sep.end()) if sep else None
        if sep is None or nxt is None:
            break
        item = _lookup_prefix(text, sep.end(), sep.end(), nxt.group(), "commune", "named")
        if item is None or item.level != "commune" or item.end != nxt.end() \
                or any(gaz.lookup(level, item.text) for level in ("district", "province")) \
                or not parents & {gaz.units[c].parent_id for c in item.candidates} \
                or place_key(item.text) in {place_key(q.text) for q in out}:
            break
        out.append(item)
        pos = item.end
    return out


@cache
def _numbered_unit_re() -> re.Pattern[str]:
    """A unit or address word that a number before a type word belongs to: 'xóm 7 xã Phú Phúc', 'phường 16 quận 11',
    'tổ 5 thôn X' name one place by its number, they count no units ('2 xã Hữu Bằng và Phùng Xá')."""
    units = [w for k in ("village", "commune", "district") for w in _words()[k] if w[:1].islower()]
    return re.compile(rf"(?<![^\W\d_]){_any_case([*units, *_words()['address']])}[ ]+$")


def _role(text: str, type_start: int) -> str:
    """The role of the place whose type word (or bare name) starts at ``type_start``: a place a trip goes to or a
    distance is measured from ('chạy từ TP HCM về Long An', 'đi tiếp ra Hà Nội', 'cách Lạng Sơn 7 km') is no scene
    of what the sentence counts (an 'object')."""
    role = _role_window(text, type_start)
    if role in ("named", "actor") and (name := _institution_before_re().search(text, max(0, type_start - 100), type_start)) \
            and _institution_aside_re().search(text, max(0, name.start() - 30), name.start()):
        return "object"  # 'đưa đến Bệnh viện đa khoa tỉnh Đắk Lắk', 'giám đốc Công ty Cấp nước TP Đà Nẵng': a name, no scene
    return "object" if role == "path" else role


@cache
def _institution_before_re() -> re.Pattern[str]:
    """The name of a hospital, a company, a school, ... (data/place_words.tsv 'institution') that a unit right after
    it ends: its noun, then only capitalised words or the lower-case syllables such names hold ('institution-word');
    a verb or a preposition between ('Công ty X tại xã Y', 'Bệnh viện tiếp nhận ... ở huyện Z') ends the name."""
    inner = rf"(?:[{UPPER}][^\s,.;:()!?\"“”]*|{phrase_pattern(_words()['institution-word'])}(?![^\W\d_]))"
    return re.compile(rf"(?<![^\W\d_]){_any_case(_words()['institution'])}(?:[ ]+{inner}){{0,10}}[ ]+$")


@cache
def _institution_aside_re() -> re.Pattern[str]:
    """A word right before the name of a hospital, a company, ... that makes it a destination ('chuyển đến', 'đưa lên')
    or a person's workplace ('giám đốc', 'nhân viên'), neither the scene ('cấp cứu tại Bệnh viện X') nor the actor
    ('Bưu điện An Giang ký 30 hợp đồng'): data/place_words.tsv 'institution-aside'."""
    return re.compile(rf"(?<![^\W\d_]){_any_case(_words()['institution-aside'])}[ ]+$")


def _role_window(text: str, type_start: int) -> str:
    lo = max(0, type_start - 61)  # one character more than the 60 read, for the pattern's look-behind
    return _role_before(text[lo:type_start], type_start - lo - 60 if type_start - lo > 60 else 0)


@lru_cache(maxsize=1024)
def _role_before(window: str, pos: int) -> str:
    """The role the words right before a place's type word give it (a repeated window is read once)."""
    m = _role_re().search(window, pos)
    return (m.lastgroup or "named") if m else "named"


# The levels a name after a type word is looked up at: "thành phố", "TP" name a province or a district's city.
LOOKUP_LEVELS = {"province": ("province", "district"), "district": ("district",), "commune": ("commune",),
                 "village": ()}


def _lookup_prefix(text: str, start: int, name_start: int, name: str, level: str, role: str) -> PlaceMention | None:
    """The longest leading part of ``name`` that names a unit of ``level`` (a village keeps its name)."""
    parts = SPLIT_RE.split(name)
    if level == "province" and parts[0].isdigit():
        return None  # "toàn tỉnh 6 tháng ước đạt": only a district or a commune is numbered ("Quận 6", "phường 3")
    levels = LOOKUP_LEVELS[level]
    city = CITY_TYPE_RE.fullmatch(text[start:name_start].strip()) is not None
    for n in range(len(parts), 0, -1):
        candidate = _join_prefix(name, n)
        for lvl in levels:
            units = gazetteer().lookup(lvl, candidate)
            if lvl == "province" and city:  # "TP Cà Mau" is the provincial city, "TP Cần Thơ" the province
                units = [u for u in units if u.type == "Thành phố"]
            if units:
                end = name_start + len(candidate)
                return PlaceMention(start, end, text[start:end], lvl, units[0].short, role,
                                    candidates=tuple(u.place_id for u in units))
    if level == "village" and not parts[0].isdigit():
        end = name_start + len(name)
        return PlaceMention(start, end, text[start:end], "village", name, role)
    return None


def _join_prefix(name: str, n: int) -> str:
    """The text of the first ``n`` parts of a name, separators as written."""
    cuts = [m.start() for m in SPLIT_RE.finditer(name)]
    return name if n > len(cuts) else name[:cuts[n - 1]]


def _in_proper_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` ends a longer capitalised name ('Nguyễn Hòa Bình', 'Bệnh viện Bạch Mai',
    'Hội Nông dân Việt Nam'): the word before it is capitalised and not an opening word ('Tại', 'Của')."""
    prev = re.search(r"([^\W\d_]+)[ ]+$", text[max(0, start - 20):start])
    return prev is not None and prev.group(1)[0].isupper() and prev.group(1) not in OPEN_WORDS


def _bare(text: str, m: re.Match[str], provinces: set[str]) -> PlaceMention | None:
    """A bare province/country name standing alone: not glued to a longer capitalised name."""
    parts = SPLIT_RE.split(m.group())
    start = m.start()
    if (parts[0] in OPEN_WORDS or parts[0] in _org_abbreviations()) and len(parts) > 1:  # "Tại Đắk Nông", "UBND TPHCM"
        start = text.index(parts[1], m.start() + len(parts[0]))
    end = m.end()
    found = _bare_names().get(place_key(text[start:end]))
    if found is None:  # 'Phó Chủ tịch UBND TPHCM Nguyễn Văn Đua': the province, then the person who holds the title
        for cut in _before_person(text, start, end):
            found = _bare_names().get(place_key(text[start:cut]))
            if found is not None:
                if found[0] != "province":
                    return None
                end = cut
                break
    if found is not None and found[0] == "foreign" and not _country_as_written(text[start:end]):
        return None
    if found is None:
        return _bare_local(text, start, m.end(), provinces)
    if TEAM_BEFORE_RE.search(text, max(0, start - 14), start) or NAMESAKE_BEFORE_RE.search(text, max(0, start - 10), start):
        return None
    if start == m.start() and _in_proper_name(text, start):
        return None
    level, name = found
    role = _role(text, start)
    if level == "foreign" and (_origin_re().search(text, max(0, start - 14), start)
                               or FROM_COUNTRY_RE.search(text, max(0, start - 12), start)):
        role = "object"  # a nationality or an origin: "44 người Trung Quốc", "hàng Thái Lan", "ma túy từ Lào"
    candidates = tuple(u.place_id for u in gazetteer().lookup("province", name)) if level == "province" else ()
    return PlaceMention(start, end, text[start:end], level, name, role, candidates=candidates)


@cache
def _org_abbreviations() -> frozenset[str]:
    """The organisations written as one capitalised word before their unit's name ('UBND TPHCM', 'TAND Hà Nội'):
    the actor words of data/place_words.tsv that are one upper-case word."""
    return frozenset(w for w in _words()["actor"] if " " not in w and w.isupper())


def _before_person(text: str, start: int, end: int) -> list[int]:
    """Where a run of capitalised words may turn from a place's name to a person's: before each family name
    (data/surnames.txt) followed by at least one more word ('TPHCM Nguyễn Văn Đua' -> after 'TPHCM')."""
    seps = list(SPLIT_RE.finditer(text, start, end))
    return [sep.start() for k, sep in enumerate(seps[:-1])
            if sep.group().strip() == "" and text[sep.end():seps[k + 1].start()] in SURNAMES]


@cache
def _countries() -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", c).casefold() for c in words("countries.txt"))


def _country_as_written(name: str) -> bool:
    """Whether a bare name keyed like a country is that country as Vietnamese writes it: its own tones ('Bỉ', 'Lào',
    'Ba Lan'), or a name of two syllables or more written without any ('Hong Kong'); not another word that only
    differs by its tones ('Bí thư', 'Bị can', 'Chị Lê', 'xã Xuân Lao')."""
    folded = unicodedata.normalize("NFC", name).casefold()
    if folded in _countries():
        return True
    return folded.isascii() and (len(folded.split()) > 1 or len(folded) > 5)


LIST_HEAD_BEFORE_RE = re.compile(r"(?:^|[;:\n])[ ]*$")
LIST_HEAD_AFTER_RE = re.compile(r"[ ]*:|[ ]+\d")


def _named_provinces(found: list[PlaceMention]) -> set[str]:
    """The provinces the places found by their type word lie in (those whose candidates agree on one; a province of
    both maps, 'tỉnh An Giang' P23-89 and P25-91, is one province, and gives both ids)."""
    gaz, out = gazetteer(), set()
    for p in found:
        units = [gaz.units[c] for c in p.candidates]
        if len({gaz.province_of(u).short for u in units}) == 1:
            out |= {u.province_id for u in units}
    return out


def _list_head(text: str, m: re.Match[str], provinces: set[str]) -> PlaceMention | None:
    """A district named bare at the head of a list item, before its figures ('... các huyện như sau: Thành phố Nam
    Định: 689ha; Mỹ Lộc: 3.197ha; Vụ Bản: ...', '; Tân Châu 12/14 cơ sở'): taken only when it is the one district
    of that name in a province the article names."""
    if not LIST_HEAD_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) \
            or not LIST_HEAD_AFTER_RE.match(text, m.end()):
        return None
    if not provinces:
        return _title_head(text, m)
    gaz = gazetteer()
    units = [u for u in _prefer_era(gaz.lookup("district", m.group()), None) if u.province_id in provinces]
    return _bare_unit(m, units[0]) if len(units) == 1 else None


TITLE_HEAD_AFTER_RE = re.compile(r"[ ]*:")


def _title_head(text: str, m: re.Match[str]) -> PlaceMention | None:
    """A district named bare before a colon opening the title ('Vân Canh: Công nhận 7 xã ...', 'Thanh Khê: Đội hình
    ...'): the headline's place, taken when one district of the country has that name (of the map before 2025)."""
    if text[:m.start()].strip() or not TITLE_HEAD_AFTER_RE.match(text, m.end()):
        return None
    units = _prefer_era(gazetteer().lookup("district", m.group()), None)
    return _bare_unit(m, units[0]) if len(units) == 1 else None


COPULA_UNIT_RE = re.compile(r"[ ]+là[ ]+(?:một[ ]+(?:trong[ ]+(?:[^\W\d_]+[ ]+)?)?)?(?:các[ ]+)?"
                            r"(?P<type>huyện|quận|thị xã|thành phố|xã|phường|thị trấn)(?![^\W\d_])")


def _copula_unit(text: str, m: re.Match[str], provinces: set[str]) -> PlaceMention | None:
    """A unit named bare as the subject of 'là huyện ...' ('Sốp Cộp là huyện vùng cao biên giới của tỉnh Sơn La',
    'Quảng Trạch là huyện lỵ ...'): taken when one unit of that level has the name, or one in a province the
    article names."""
    after = COPULA_UNIT_RE.match(text, m.end())
    if after is None:
        return None
    gaz = gazetteer()
    type_level = next(level for level in ("province", "district", "commune") if after["type"] in _words()[level])
    for level in LOOKUP_LEVELS[type_level]:
        units = _prefer_era(gaz.lookup(level, m.group()), None)
        if len(units) > 1:
            units = [u for u in units if u.province_id in provinces]
        if len(units) == 1:
            return _bare_unit(m, units[0])
    return None


ADDRESS_STEP_BEFORE_RE = re.compile(r"[ ]*[,–-][ ]*$")
ADDRESS_STEP_AFTER_RE = re.compile(rf"[ ]*[,–-][ ]*(?:(?i:tỉnh|thành phố|tp\.?)[ ]*)?(?P<name>{_SYL}(?:[ ]+{_SYL}){{0,3}})")


def _address_step(text: str, m: re.Match[str], ends: set[int], level: str) -> list[Unit]:
    """The units of ``level`` the bare name ``m`` may be when it is the next step of an address, right after a
    comma that closes a unit ending at one of ``ends``; else none."""
    before = ADDRESS_STEP_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
    if before is None or before.start() not in ends:
        return []
    return _prefer_era(gazetteer().lookup(level, m.group()), None)


def _address_district(text: str, m: re.Match[str], commune_ends: set[int], provinces: set[str]) -> PlaceMention | None:
    """The district of an address written without type words after its commune ('xã Nghĩa Hòa, Nghĩa Đàn, Nghệ An',
    'xã An Hòa, Long Thành, Đồng Nai'): taken when one district of that name lies in the province written next, or
    (no province next) in one the article names."""
    units = _address_step(text, m, commune_ends, "district")
    if not units:
        return None
    after = ADDRESS_STEP_AFTER_RE.match(text, m.end())
    named = _provinces_leading(after["name"]) if after else set()
    units = [u for u in units if u.province_id in (named or provinces)]
    return _bare_unit(m, units[0]) if len(units) == 1 else None


def _address_commune(text: str, m: re.Match[str], village_ends: set[int], provinces: set[str]) -> PlaceMention | None:
    """The commune of an address written without its type word after its village ('thôn Tân Long, Bù Nho, Phước
    Long, Bình Phước'): taken when one commune of that name lies in a province the next two steps of the address
    write, or (none written) one the article names, and in the district they write when they write one."""
    units = _address_step(text, m, village_ends, "commune")
    if not units:
        return None
    gaz = gazetteer()
    steps: list[str] = []
    pos = m.end()
    while len(steps) < 2 and (after := ADDRESS_STEP_AFTER_RE.match(text, pos)):
        steps.append(after["name"])
        pos = after.end()
    named = set().union(*(_provinces_leading(name) for name in steps)) if steps else set()
    units = [u for u in units if u.province_id in (named or provinces)]
    keys = {place_key(name) for name in steps}
    in_district = [u for u in units if u.parent_id in gaz.units and place_key(gaz.units[u.parent_id].short) in keys]
    units = in_district or units
    return _bare_unit(m, units[0]) if len(units) == 1 else None


def _after_open_word(text: str, m: re.Match[str]) -> int | None:
    """Where the rest of a capitalised run starts when it opens with a word of the sentence ('Tại Hiệp Phú' read from
    'Hiệp'); None when it does not."""
    parts = SPLIT_RE.split(m.group())
    return text.index(parts[1], m.start() + len(parts[0])) if parts[0] in OPEN_WORDS and len(parts) > 1 else None


def _bare_name_start(text: str, m: re.Match[str]) -> int | None:
    """Where a bare name a capitalised run holds starts: after an opening word of the sentence ('Vụ này, Châu
    Thành A' read from 'Châu'), else at the run, unless the run ends a longer proper name (then None)."""
    start = _after_open_word(text, m)
    if start is not None:
        return start
    return None if _in_proper_name(text, m.start()) else m.start()


def _named_again(text: str, m: re.Match[str], typed: dict[str, PlaceMention]) -> PlaceMention | None:
    """A district or commune the article names with its type word ('huyện Châu Thành A', 'xã Quảng Phú'), written
    again without it ('Vụ này, Châu Thành A gieo sạ 8.800 ha', 'Năm nay, Quảng Phú có 120 hộ nghèo'): that unit.
    Names of one word are not read so, nor a street ('đường Quảng Phú'), nor the end of a longer name ('Trường THCS
    Quảng Phú'). A ward named after a person ('phường Trần Phú') makes the person's name, written bare, that ward."""
    if not typed:
        return None
    start = _bare_name_start(text, m)
    if start is None:
        return None
    p = typed.get(place_key(text[start:m.end()]))
    if p is None or STREET_BEFORE_RE.search(text, max(0, start - 12), start):
        return None
    return PlaceMention(start, m.end(), text[start:m.end()], p.level, p.name, _role(text, start), candidates=p.candidates)


def _district_of_named_province(text: str, m: re.Match[str], provinces: set[str]) -> PlaceMention | None:
    """A district named bare anywhere ('Mường Lát hiện có hơn 30.000 dân', 'thuộc 2 xã Đông Dương, Đông Thọ (Đông
    Hưng)'): taken when, of the provinces the article names by their type word, exactly one has a district of that
    name (of two words or more); not a street, the end of a longer name, nor a thing named after the place ('sân bay
    Cam Ranh', 'tàu Côn Đảo 09', data/place_words.tsv 'namesake')."""
    if not provinces or len(SPLIT_RE.split(m.group())) < 2:
        return None
    start = _bare_name_start(text, m)
    if start is None:
        return None
    name = text[start:m.end()]
    if len(SPLIT_RE.split(name)) < 2 or STREET_BEFORE_RE.search(text, max(0, start - 12), start) \
            or _namesake_before_re().search(text, max(0, start - 20), start) or NUMBER_AFTER_RE.match(text, m.end()):
        return None
    units = [u for u in _prefer_era(gazetteer().lookup("district", name), None) if u.province_id in provinces]
    if len(units) != 1:
        return None
    return PlaceMention(start, m.end(), name, "district", units[0].short, _role(text, start),
                        candidates=(units[0].place_id,))


NUMBER_AFTER_RE = re.compile(r"[ ]*\d")  # 'tàu Côn Đảo 09': a numbered vessel, vehicle or product


@cache
def _namesake_before_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{_any_case(_words()['namesake'])})[ ]+$")


ADDRESS_COMMA_RE = re.compile(r"[ ]*,[ ]*")
STEP_OR_LOCATIVE_BEFORE_RE = re.compile(r"(?:[,–-]|(?<![^\W\d_])(?:tại|ở))[ ]*$")  # '..., Hiệp Phú, quận 9', 'ở Phú Mỹ, quận 7'


def _commune_of_district(text: str, m: re.Match[str], districts: dict[int, PlaceMention]) -> PlaceMention | None:
    """A commune named bare as the step of an address before its district, which has its type word ('khu phố 6,
    Hiệp Phú, quận 9', 'đường Mã Lò, Bình Hưng Hòa A, quận Bình Tân'): taken when one commune of that name lies in
    a district of that name. The name is a step of the address (after a comma) or where something is ('ở Phú Mỹ,
    quận 7', 'Tại Hiệp Phú, quận 9'), not a street ('số 12 Lê Lợi, quận 1') nor a port's or market's name ('cảng Cát
    Lái, Q.2', 'Chợ Bến Thành, quận 1')."""
    comma = ADDRESS_COMMA_RE.match(text, m.end())
    district = districts.get(comma.end()) if comma else None
    if district is None or STREET_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) \
            and not ADDRESS_STEP_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()):
        return None  # a house number or street word right before the name; after a comma it is an address's step
    start = _after_open_word(text, m)
    if start is None:
        if not STEP_OR_LOCATIVE_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
            return None  # 'cảng Cát Lái, Q.2', 'Chợ Bến Thành, quận 1': a port's or market's name, not the commune
        start = m.start()
    gaz = gazetteer()
    parents = {u.place_id for u in gaz.lookup("district", cast(str, district.name))}
    units = [u for u in gaz.lookup("commune", text[start:m.end()]) if u.parent_id in parents]
    if len(units) != 1:
        return None
    return PlaceMention(start, m.end(), text[start:m.end()], "commune", units[0].short, _role(text, start),
                        candidates=(units[0].place_id,))


BRACKET_OPEN_BEFORE_RE = re.compile(r"[ ]*\([ ]*$")
# before a bare name, what makes it a street or a house's address, not a district: 'số 12 Hai Bà Trưng, Hà Nội',
# 'đường Lê Lợi, ...', 'phố Hàng Bông, Hà Nội'
STREET_BEFORE_RE = re.compile(r"(?:\d[\w/]*|(?<![^\W\d_])(?i:số|đường|phố|ngõ|hẻm|kiệt|ngách|đại lộ|cầu|chợ|ngã tư|ngã ba))"
                              r"[ ]*[,.]?[ ]*$")


def _district_of_province(text: str, m: re.Match[str], unit_ends: set[int]) -> PlaceMention | None:
    """A district named bare as the first step of an address, its province written next ('(Chiêm Hóa, Tuyên
    Quang)', 'ở Từ Sơn, Bắc Ninh', '(Phú Nhuận, TP HCM)'): taken when one district of that name (of the map before
    2025) lies in that province; not a street ('số 5 Hai Bà Trưng, Hà Nội'), the end of a longer name, nor the
    bracket after a unit ending at one of ``unit_ends`` ('xã Lóng Luông (Vân Hồ, Sơn La)': that unit's parents)."""
    after = ADDRESS_STEP_AFTER_RE.match(text, m.end())
    if after is None or _in_proper_name(text, m.start()) \
            or STREET_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
        return None
    bracket = BRACKET_OPEN_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
    if bracket is not None and bracket.start() in unit_ends:
        return None
    named = _provinces_leading(after["name"])
    if not named:
        return None
    units = [u for u in _prefer_era(gazetteer().lookup("district", m.group()), None) if u.province_id in named]
    if len(units) != 1:
        return None
    return replace(_bare_unit(m, units[0]), role=_role(text, m.start()))  # 'ngụ Phú Nhuận, TP HCM': a home


def _provinces_leading(name: str) -> set[str]:
    """Ids of the provinces the longest leading part of ``name`` names ('Đồng Nai vừa có' -> Đồng Nai's)."""
    gaz = gazetteer()
    for n in range(len(SPLIT_RE.split(name)), 0, -1):
        ids = {u.province_id for u in gaz.lookup("province", _join_prefix(name, n))}
        if ids:
            return ids
    return set()


def _bracketed_unit(text: str, m: re.Match[str]) -> PlaceMention | None:
    """A commune or district named bare before the units above it in brackets ('địa phận Trâu Quỳ (Gia Lâm, Hà
    Nội)', 'thị trấn ... Dương Đông (Phú Quốc, Kiên Giang)'): taken when one unit of that name lies inside them.
    A bracket of one province places a district only ('Phú Quốc (Kiên Giang)'), not a commune or a person."""
    bracket = BRACKET_AFTER_RE.match(text, m.end())
    if bracket is None or _in_proper_name(text, m.start()):
        return None
    parts = [_strip_type(part.strip()) for part in bracket.group(1).split(",")]
    if not 1 <= len(parts) <= 2 or not all(p[:1].isupper() for p in parts):
        return None
    gaz = gazetteer()
    provinces = {u.province_id for u in gaz.lookup("province", parts[-1])}
    if not provinces:
        return None
    if len(parts) == 2:
        districts = {u.place_id for u in gaz.lookup("district", parts[0]) if u.province_id in provinces}
        units = [u for u in _prefer_era(gaz.lookup("commune", m.group()), None) if u.parent_id in districts]
    else:
        units = [u for u in _prefer_era(gaz.lookup("district", m.group()), None) if u.province_id in provinces]
    return _bare_unit(m, units[0]) if len(units) == 1 else None


# A border post or police station is named after the commune it stands in ('Đồn Biên phòng Quảng Đức', 'Đồn BP cửa khẩu
# cảng An Thới', 'Đồn Biên phòng CKQT Tà Lùng', 'Trạm Kiểm soát Biên phòng Na Hình', 'Đồn Công an Quang Châu')
BORDER_POST_RE = re.compile(rf"(?<![^\W\d_])(?:(?i:đồn)[ ]+(?:(?i:biên phòng|công an)|BP|CA)|(?i:trạm kiểm soát biên phòng))"
                            rf"(?:[ ]+(?:(?i:cửa khẩu)(?:[ ]+(?i:quốc tế|cảng))?|CKQT|CKC|CK))?"
                            rf"[ ]+(?P<name>{_SYL}(?:[ ]+{_SYL}){{0,3}})(?![^\W\d_])")

PARTNER_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:với|cùng)[ ]+$")  # 'phối hợp với Đồn Biên phòng X': a partner


def _border_posts(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The commune a border post is named after: taken when the communes of that name that lie in the province of
    the bracket after it ('Đồn Biên phòng Tân Hà (Lâm Đồng)'), else in the provinces the article names, are one
    commune (of either map)."""
    gaz = gazetteer()
    named = {gaz.units[i].short for i in _named_provinces(found)}
    spans = sorted((p.start, p.end) for p in found)
    out = []
    for m in BORDER_POST_RE.finditer(text):
        start, end = m.start("name"), m.end("name")
        if _overlaps(start, end, spans):
            continue
        provinces = named
        bracket = BRACKET_AFTER_RE.match(text, end)
        if bracket is not None:
            last = _strip_type(bracket.group(1).split(",")[-1].strip())
            provinces = {u.short for u in gaz.lookup("province", last)} or named
        if any(gaz.province_of(u).short in provinces for u in gaz.lookup("district", m["name"])):
            continue  # 'Đồn Biên phòng Si Ma Cai': named after its district
        units = [u for u in gaz.lookup("commune", m["name"]) if gaz.province_of(u).short in provinces]
        if units and len({(gaz.province_of(u).short, place_key(u.short)) for u in units}) == 1 \
                and len({u.era for u in units}) == len(units):
            role = "object" if PARTNER_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) else _role(text, start)
            out.append(PlaceMention(start, end, m["name"], "commune", units[0].short, "actor" if role == "named" else role,
                                    candidates=tuple(u.place_id for u in units)))
    return out


def _bare_unit(m: re.Match[str], unit: Unit) -> PlaceMention:
    """The unit a bare name (no type word) at ``m`` was found to be."""
    return PlaceMention(m.start(), m.end(), m.group(), unit.level, unit.short, "named", candidates=(unit.place_id,))


def _bare_local(text: str, start: int, end: int, provinces: set[str]) -> PlaceMention | None:
    """A district or commune named without its type word right after 'ở'/'tại' ('tìm ma túy ở Cát Lái',
    'tại Mường Tè') or 'Công an' ('Công an Củ Chi bắt 2 đối tượng', 'Công an Biên Hòa'): taken only when every
    unit of that name, at the first level that has one, lies in one province, or one the article names by its type
    word ('tỉnh Kiên Giang'), so a name many provinces share ('Tân Phú') is never guessed."""
    name = text[start:end]
    if len(SPLIT_RE.split(name)) < 2 or not LOCATIVE_BARE_RE.search(text, max(0, start - 8), start):
        return None
    gaz = gazetteer()
    for level in ("district", "commune"):
        units = gaz.lookup(level, name)
        if units:
            if len({gaz.province_of(u).short for u in units}) != 1:
                units = [u for u in units if u.province_id in provinces]
            if len({gaz.province_of(u).short for u in units}) != 1:
                return None
            return PlaceMention(start, end, name, level, units[0].short, _role(text, start),
                                candidates=tuple(u.place_id for u in units))
    return None


def resolve(mentions: Sequence[PlaceMention], era: str | None = None,
            default: Sequence[str] = ()) -> list[PlaceMention]:
    """Settle each mention's unit from the article's other places (and default place ids).

    ``era`` '2025' prefers the map from 1 July 2025, anything else the earlier one.
    A name that several units share keeps only the levels all remaining candidates agree on.
    """
    gaz = gazetteer()
    provinces = {gaz.units[p].province_id for p in default if p in gaz.units}
    districts = {p for p in default if p in gaz.units and gaz.units[p].level == "district"}
    out = list(mentions)
    settled: dict[tuple[object, ...], PlaceMention] = {}  # a name repeated in the text settles the same way
    for round_ in range(2):  # a place settled in the first pass can settle another in the second
        for i, p in enumerate(out):
            if not p.candidates or (round_ and p.place_id):
                continue
            after = _province_after(out, i, era, gaz)
            key = (p.candidates, p.role, p.text, str(len(provinces)), str(len(districts)), after)
            known = settled.get(key)
            if known is None:
                units = _prefer_era([gaz.units[c] for c in p.candidates], era)
                if len(units) > 1 and after:
                    units = [u for u in units if u.province_id in after] or units
                if len(units) > 1:
                    units = _narrow(units, provinces, districts, gaz)
                if len(units) > 1:
                    units = _by_type(p.text, units)
                known = settled[key] = _settle(p, units, gaz)
            out[i] = replace(known, start=p.start, end=p.end) if known.start != p.start else known
            if province_id := out[i].province_id:
                provinces.add(province_id)
            if district_id := out[i].district_id:
                districts.add(district_id)
    return _follow_chains(out, gaz)


def _province_after(out: Sequence[PlaceMention], i: int, era: str | None, gaz: Gazetteer) -> frozenset[str]:
    """The provinces the place written right after district or commune ``i`` may be ('huyện Tân Châu, tỉnh An Giang':
    the town of An Giang, not the district of Tây Ninh the type word would pick); empty when none follows."""
    p = out[i]
    if p.level not in ("district", "commune") or i + 1 >= len(out):
        return frozenset()
    q = out[i + 1]
    if q.level != "province" or not q.candidates or not 0 <= q.start - p.end <= 3:
        return frozenset()
    return frozenset(u.province_id for u in _prefer_era([gaz.units[c] for c in q.candidates], era))


def _follow_chains(out: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """'xã Nghi Phong, huyện Nghi Lộc': a commune written with its district belongs to that district, even
    where the map has since moved it (Nghi Phong went to the city of Vinh in 2025) — the text is of its day."""
    moved: dict[tuple[str | None, str], tuple[str, str]] = {}
    for i in range(len(out) - 1):
        p, q = out[i], out[i + 1]
        if p.level != "commune" or q.level != "district" or not q.place_id or not q.province_id \
                or not 0 <= q.start - p.end <= 3 or p.district_id == q.place_id:
            continue
        inside = [c for c in p.candidates if gaz.units[c].parent_id == q.place_id]
        settled = inside[0] if len(inside) == 1 else p.place_id
        if settled and not inside and gaz.units[settled].province_id not in (q.province_id,
                                                                              gaz.units[q.province_id].merged_into):
            continue  # a commune moves between the districts of its province (or its 2025 successor's), not elsewhere
        if settled:
            unit = gaz.units[settled]
            out[i] = replace(p, place_id=unit.place_id, name=unit.short, district_id=q.place_id,
                             province_id=q.province_id)
            if unit.parent_id != q.place_id:  # the map has moved it since
                moved.setdefault(_moved_key(out[i]), (q.place_id, q.province_id))
        elif p.candidates:  # 'P.9, Q.8' of 2006: a ward since merged away (or one of two so named) is in that district
            out[i] = replace(p, district_id=q.place_id, province_id=q.province_id)
    return _moved_alike(out, moved, gaz) if moved else out


def _moved_key(p: PlaceMention) -> tuple[str | None, str]:
    """A commune as written: its unit and its words ('thị trấn An Lạc' is not 'phường An Lạc', its successor)."""
    return p.place_id, " ".join(p.text.casefold().split())


def _moved_alike(out: list[PlaceMention], moved: dict[tuple[str | None, str], tuple[str, str]],
                 gaz: Gazetteer) -> list[PlaceMention]:
    """'ở xã Nghĩa Hòa, Nghĩa Đàn ... Tại xã Nghĩa Hòa có ...': a commune the text once writes with a district of its
    day other than the map's is in that district wherever the text names it again, in the same words, without one."""
    for i, p in enumerate(out):
        if p.level == "commune" and p.place_id and _moved_key(p) in moved \
                and p.district_id == gaz.units[p.place_id].parent_id:
            district_id, province_id = moved[_moved_key(p)]
            out[i] = replace(p, district_id=district_id, province_id=province_id)
    return out


def _prefer_era(units: list[Unit], era: str | None) -> list[Unit]:
    want = "2025" if era == "2025" else "2023"
    same = [u for u in units if u.era == want]
    return same or units


def _narrow(units: list[Unit], provinces: set[str], districts: set[str], gaz: Gazetteer) -> list[Unit]:
    by_district = [u for u in units if u.parent_id in districts or u.place_id in districts]
    if by_district:
        return by_district
    by_province = [u for u in units if u.province_id in provinces]
    return by_province or units


def _by_type(text: str, units: list[Unit]) -> list[Unit]:
    """The units whose type the text writes ('thị trấn Đình Lập', not the commune 'xã Đình Lập' beside it)."""
    written = text.casefold()
    return [u for u in units if u.type and written.startswith(u.type.casefold() + " ")] or units


def _settle(p: PlaceMention, units: list[Unit], gaz: Gazetteer) -> PlaceMention:
    province_ids = {u.province_id for u in units}
    district_ids = {d.place_id for u in units if (d := gaz.district_of(u)) is not None}
    return replace(
        p,
        place_id=units[0].place_id if len(units) == 1 else None,
        name=units[0].short if len(units) == 1 else p.name,
        province_id=province_ids.pop() if len(province_ids) == 1 else None,
        district_id=district_ids.pop() if len(district_ids) == 1 and p.level == "commune" else
        (units[0].place_id if p.level == "district" and len(units) == 1 else None),
    )


def resolve_default(name: str | None, era: str | None = None) -> tuple[str, ...]:
    """Place ids a default place name stands for ('Đắk Nông' -> ('P23-67',)); () when unknown."""
    if not name:
        return ()
    gaz = gazetteer()
    for level in ("province", "district", "commune"):
        units = _prefer_era(gaz.lookup(level, _strip_type(name)), era)
        if len(units) == 1:
            return (units[0].place_id,)
    return ()


BYLINE_RE = re.compile(r"\s*\(([^()\n]{2,30})\)[ \t]*[-–—]")
# a site's address that names its province: "Baohatinh.vn", "kontumtv.vn", "baoquangninh.com.vn"
SITE_RE = re.compile(r"(?:bao)?([a-z]+?)(?:tv|online|city)?\.(?:com\.|gov\.|org\.)?vn")


@cache
def _bylines() -> dict[str, str]:
    """Key of an outlet's tag -> the province it reports on (``data/bylines.tsv``)."""
    return {place_key(tag): province or "" for tag, province in read_entries("bylines.tsv")}


def byline_province(text: str, era: str | None = None) -> tuple[str, ...]:
    """The province id of the outlet whose tag opens the text ('(QNO) - ...' -> Quảng Nam), or ()."""
    m = BYLINE_RE.match(text)
    if m is None:
        return ()
    tag = m.group(1).strip()
    if province := _bylines().get(place_key(tag)):
        return resolve_default(province, era)
    site = SITE_RE.fullmatch(fold(tag))  # fold lower-cases
    units = _prefer_era(gazetteer().lookup("province", site.group(1)), era) if site else []
    return (units[0].place_id,) if len(units) == 1 else ()


def _strip_type(name: str) -> str:
    m = _type_re().match(name + " ")
    return name[m.end():].strip() if m else name


def extract_places(text: str | Prepared, era: str | None = None, default: Sequence[str] = ()) -> list[PlaceMention]:
    """Places named in a text, resolved, with offsets into the text given."""
    doc = prepare(text)
    out = []
    for p in resolve(find_places(doc), era, default):
        start, end, source = doc.norm.source_span(p.start, p.end)
        if (start, end, source) != (p.start, p.end, p.text):  # the source's spelling ('Hoà'), offsets
            p = replace(p, start=start, end=end, text=source)
        out.append(p)
    return out
