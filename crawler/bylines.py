"""Bylines: the author an article page shows, as a person's name ("L. Hoa", "Minh Anh - Thu Hà").

Vietnamese pages put the byline at the end of the body ("Bài, ảnh: Minh Anh", a bold "L. Hoa" line,
"Nguyễn Văn A (Công an huyện X)"), less often at its start or in an author box by the headline; meta and
JSON-LD often name the site or its software vendor instead. Only a value that reads as one or a few
person names (or a newsroom role such as "PV") is an author; labels are dropped, parentheses kept as shown.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import yaml

from crawler.datelines import DATA
from extract.lexicon import labelled
from extract.normalize import fold as accent_fold

INITIALS = re.compile(r"(?<=\.)")
NON_ALNUM = re.compile(r"[^a-z0-9]")
PERSON_SPLIT = re.compile(r"\s*(?:\s[-–—&]\s|,|;|\s+và\s+|/)\s*")
PAREN = re.compile(r"\s*\([^)]*\)\s*$")
MAX_PERSONS = 4
MAX_WORDS = 5
MAX_BYLINE_CHARS = 80
TAIL_LINES = 4  # lines at the end of a body searched for the byline


@cache
def _source_label() -> re.Pattern[str]:
    words = yaml.safe_load(DATA.read_text(encoding="utf-8"))["source_labels"]
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)\s*:?\s*", re.I)


@cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    label = re.compile(rf"^\s*(?:{alternation(data['byline_labels'])})\s*(?::|\s-\s|–)\s*", re.I)
    credit = re.compile(rf"^\s*(?:{alternation(data['credit_labels'])})(?!\w)", re.I)
    non_person = re.compile(rf"(?<!\w)(?:{alternation(data['non_person_words'])})(?!\w)", re.I)
    roles = frozenset(r.casefold() for r in data["role_bylines"])
    return label, credit, non_person, roles


@cache
def _places() -> frozenset[str]:
    return frozenset(accent_fold(p) for p in labelled("places.txt")["place"])


@lru_cache(maxsize=1024)
def _flat(value: str) -> str:
    """The letters and digits of a value, accent-folded: a site's names come back on every page."""
    return NON_ALNUM.sub("", accent_fold(value))


def _names_site(value: str, site_names: tuple[str, ...]) -> bool:
    """True when the value is the site's name in any spelling ("Baochinhphu Vn" for baochinhphu.vn)."""
    flat = _flat(value)
    for name in site_names:
        key = _flat(name)
        if len(key) >= 4 and (flat.startswith(key) or (key.startswith(flat) and len(flat) >= 0.6 * len(key))):
            return True
    return False


def _name_word(word: str) -> bool:
    """A capitalised name word or initials: "Hoa", "HOA", "L.", "Th.", "L.Hoa"."""
    parts = [p for p in INITIALS.split(word) if p]
    return bool(parts) and all(p[0].isupper() and p.rstrip(".").isalpha() for p in parts)


def _strip_label(text: str) -> tuple[str, bool]:
    label, _, _, _ = _rules()
    stripped = label.sub("", text, count=1)
    return stripped.strip(" .:-–—\u00a0"), stripped != text


def person_name(text: str | None, site_names: tuple[str, ...] = (), *, initials: bool = False) -> str | None:
    """The byline as shown when it reads as person names (or a newsroom role), else None.

    With ``initials`` (a value from an author element or a JSON-LD Person, where nothing but a name is
    written) two capitals are a reporter's initials ("TP"); in running text they could be anything.
    """
    if not text:
        return None
    value = " ".join(text.split()).strip(" .,:;-–—*")
    value, _ = _strip_label(value)
    credited = _source_label().match(value)
    if credited:  # "Theo Hồ Hương": a person, never a role or an outlet
        value = value[credited.end():]
    if not value or len(value) > MAX_BYLINE_CHARS:
        return None
    _, credit, non_person, roles = _rules()
    if value.casefold() in roles:
        return None if credited else value
    if credit.match(value) or _names_site(value, site_names):
        return None
    names = PAREN.sub("", value)
    if any(ch.isdigit() for ch in names) or "@" in names or accent_fold(names) in _places():
        return None  # a date, an address, or a place ("Hà Nội" closing a report) is not a byline
    parts = [p for p in PERSON_SPLIT.split(names) if p]
    if not parts or len(parts) > MAX_PERSONS:
        return None
    kept = []
    for part in parts:
        if part.casefold() in roles:
            kept.append(part)
        elif non_person.search(part) or _names_site(part, site_names):
            continue  # "Thu Hà/VOV.VN": the outlet credited beside the writer
        elif _is_person(part, initials):
            kept.append(part)
        else:
            return None
    if not kept or all(k.casefold() in roles for k in kept) and len(kept) < len(parts):
        return None
    return value if len(kept) == len(parts) else ", ".join(kept)


def _is_person(part: str, initials: bool = False) -> bool:
    words = part.split()
    if initials and len(words) == 1 and 2 <= len(part) <= 3 and part.isalpha() and part.isupper():
        return True
    return 1 <= len(words) <= MAX_WORDS and all(_name_word(w) for w in words) and (len(words) > 1 or len(part) >= 3)


def persons(byline: str) -> list[str]:
    """The names in a byline ("Minh Anh - Thu Hà" -> two)."""
    return [p for p in PERSON_SPLIT.split(PAREN.sub("", byline)) if p]


def byline_at_end(text: str, site_names: tuple[str, ...] = ()) -> str | None:
    """The byline among the last lines of a body (credit lines such as "Ảnh: ..." or "Theo ..." skipped)."""
    _, credit, _, _ = _rules()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in reversed(lines[-TAIL_LINES:]):
        if (credit.match(line) and not _strip_label(line)[1]) or (
                _source_label().match(line) and not person_name(line, site_names)):
            continue  # "Ảnh: Reuters", "Theo Báo Nhân Dân": credits below the byline
        if len(line) > MAX_BYLINE_CHARS:
            return None  # reached the body's last paragraph
        if found := person_name(line, site_names):
            return found
    return None


def is_credit_line(line: str) -> bool:
    """A short credit line under a byline: "Ảnh: Reuters", "Theo Báo Nhân Dân", "Nguồn: TTXVN"."""
    _, credit, _, _ = _rules()
    line = line.strip()
    return len(line) <= MAX_BYLINE_CHARS and bool(credit.match(line) or _source_label().match(line))


def byline_at_start(text: str, site_names: tuple[str, ...] = ()) -> str | None:
    """A labelled byline on the first lines of a body ("Bài, ảnh: Minh Anh")."""
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:2]:
        rest, labelled = _strip_label(line)
        if labelled and (found := person_name(rest, site_names)):
            return found
    return None


__all__ = ["byline_at_end", "byline_at_start", "is_credit_line", "person_name", "persons"]
