"""Officials named in a text: rank + personal name + titles, merged per person.

Names are runs of 2-4 capitalised syllables, normally starting with a known
surname (``data/surnames.txt``); places (``data/places.txt``) and fixed
organisation names are masked first.  A name becomes an official when a rank
(``data/ranks.txt``) or a title stands next to it: before it (`Bộ trưởng Bộ
Công an Tô Lâm`, `Bí thư ..., Chủ tịch ... Đỗ Văn Chiến`) or after it as an
appositive list (`Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công
an; ông ...`).  A title is a title head (``data/titles.txt``) followed by an
organisation phrase: capitalised words, acronyms, the lower-case words of
``data/organisations.txt`` and quoted names after `phong trào`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.document import Prepared, prepare
from extract.lexicon import labelled, phrase_pattern, words
from extract.predicates import predicate_start
from extract.types import Official

__all__ = ["extract_officials"]

_ORG = labelled("organisations.txt")
_PLACES = labelled("places.txt")
_TITLES = labelled("titles.txt")
_END = r"(?![^\W\d_])"
_START = r"(?<![^\W\d_])"
RANK_RE = re.compile(_START + phrase_pattern(words("ranks.txt"), first="any") + _END)
TITLE_RE = re.compile(
    _START + r"(?:(?:[Nn]guyên|[Qq]uyền)\s+)?" + phrase_pattern(_TITLES[""], rest="any") + _END
)
# lower-case position words, read as titles only right after a name and before an organisation
APPOSITIVE_RE = re.compile(phrase_pattern(_TITLES["appositive"]) + r"(?=\s+[^\W\d_])")
HONORIFIC_RE = re.compile(_START + phrase_pattern(words("honorifics.txt"), first="any") + _END)
ANCHOR_RE = re.compile(f"{RANK_RE.pattern}|{TITLE_RE.pattern}|{HONORIFIC_RE.pattern}")
RANK_BEFORE_RE = re.compile(RANK_RE.pattern + r"\s+$")
HONORIFIC_BEFORE_RE = re.compile(HONORIFIC_RE.pattern + r"\s+$")
ORG_WORD_RE = re.compile(phrase_pattern(_ORG["word"], first="any", rest="any") + _END)
QUOTE_CUE_RE = re.compile(phrase_pattern(_ORG["quote"], first="any", rest="any") + r"\s*$")
JOIN_RE = re.compile(phrase_pattern(_ORG["join"]) + r"\s+" + TITLE_RE.pattern)
FIXED_RE = re.compile(_START + phrase_pattern(_ORG["fixed"]) + _END)
PLACE_RE = re.compile(phrase_pattern(_PLACES["place"]) + _END)
UNIT_BEFORE_RE = re.compile(_START + phrase_pattern(_PLACES["unit"]) + r"\s+$")
UNIT_START_RE = re.compile(phrase_pattern(_PLACES["unit"]) + r"\s+")
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
DOTTED_RE = re.compile(r"[A-ZĐ][A-Za-zĐ]*\.(?=[A-ZĐ])")  # "TP.HCM", "Tp.Hồ Chí Minh": one name
WORD_BEFORE_RE = re.compile(r"([^\W_]+) $")
SEP_AFTER_RE = re.compile(r"\s*(?:[,(]|\s[-–—])\s*")
COMMA_BEFORE_RE = re.compile(r",\s*$")
AND_NAME_RE = re.compile(r"\s+(?:và|cùng)\s+(?P<surname>[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*){1,3}\s*[,(]")
AND_ANCHOR_RE = re.compile(r"\s+(?:và|cùng)\s+(?=" + ANCHOR_RE.pattern + ")")
_SURNAMES = frozenset(words("surnames.txt"))
_ORG_WORDS = frozenset(w.casefold() for w in _ORG["word"])
_RANKS = {r.casefold(): r for r in words("ranks.txt")}
_TRAILING = frozenset({"và", "về", "kiêm", "cấp", "số", "của", "cùng"})
_SEGMENT_STOPS = ",;:()\n"
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘'«", "”\"’'»"
_MAX_TITLE_CHARS = 200


@dataclass
class _Mention:
    """One naming of a person inside a sentence (offsets into the normalised text)."""

    name: str
    name_span: tuple[int, int]
    span: tuple[int, int]
    rank: str | None = None
    titles: list[str] = field(default_factory=list)


def extract_officials(text: str | Prepared) -> list[Official]:
    """Officials named in ``text``, one per person, titles in order of first appearance."""
    doc = prepare(text)
    mentions: list[_Mention] = []
    for index, sent in enumerate(doc.sentences):
        if ANCHOR_RE.search(sent.text):
            mentions.extend(_sentence_mentions(doc, index))
    return _merge(doc, mentions)


def _sentence_mentions(doc: Prepared, index: int) -> list[_Mention]:
    sent = doc.sentences[index]
    blocked = _blocked_spans(doc.text, sent.start, sent.end)
    out: list[_Mention] = []
    boundary = sent.start
    for start, end, surname_known in _name_candidates(doc.text, sent.start, sent.end, blocked):
        if start < boundary:
            continue
        mention = _read_person(doc, index, (start, end), boundary, surname_known)
        if mention is not None:
            out.append(mention)
            boundary = mention.span[1]
    return out


def _blocked_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character spans where a personal name cannot be: ranks, titles, honorifics, fixed names."""
    spans = [m.span() for regex in (RANK_RE, FIXED_RE) for m in regex.finditer(text, lo, hi)]
    for m in (*HONORIFIC_RE.finditer(text, lo, hi), *TITLE_RE.finditer(text, lo, hi)):
        prev = WORD_BEFORE_RE.search(text, lo, m.start())
        if " " not in m.group() and m.group()[0].isupper() and prev and _name_syllable(prev.group(1)):
            continue  # "Nguyễn Văn Chánh", "Trần Ngọc Anh": a given name, not a head
        spans.append(m.span())
    return spans


def _name_syllable(word: str) -> bool:
    """A title-case word ('Lâm', 'Y', "K'Nhân"); not an acronym ('MTTQ') or a number."""
    if not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    return len(word) == 1 or not word.isupper()


def _name_candidates(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]):
    """(start, end, surname_known) for each possible personal name in text[lo:hi]."""
    run: list[re.Match] = []
    for m in WORD_RE.finditer(text, lo, hi):
        ok = _name_syllable(m.group()) and not any(s < m.end() and m.start() < e for s, e in blocked)
        if ok and run and text[run[-1].end():m.start()] == " ":
            run.append(m)
            continue
        yield from _names_in_run(text, run)
        run = [m] if ok else []
    yield from _names_in_run(text, run)


def _names_in_run(text: str, run: list[re.Match]):
    if not run:
        return
    unit = UNIT_BEFORE_RE.search(text, max(0, run[0].start() - 20), run[0].start())
    if unit and not _name_after_province(text, unit.group(), run):
        run = run[2:]  # "xã Tân Lập Nguyễn Văn A": the place comes first
    while run and (place := PLACE_RE.match(text, run[0].start())):
        run = [m for m in run if m.start() >= place.end()]
    words_ = [m.group() for m in run]
    for k in (4, 3, 2):
        if k <= len(run) and words_[-k] in _SURNAMES:
            if k == 4 and words_[-4].casefold() in _ORG_WORDS and words_[-3] in _SURNAMES:
                k = 3  # "Trung ương Đoàn Nguyễn Anh Tuấn"
            yield run[-k].start(), run[-1].end(), True
            return
    if 2 <= len(run) <= 4:
        yield run[0].start(), run[-1].end(), False


def _name_after_province(text: str, unit: str, run: list[re.Match]) -> bool:
    """'Giám đốc Công an tỉnh Nguyễn Văn Hùng': after 'tỉnh', 3-4 words from a surname and no known
    province are a person (communes and streets, not provinces, are named after people)."""
    return (unit.split()[0] == "tỉnh" and 3 <= len(run) <= 4 and run[0].group() in _SURNAMES
            and PLACE_RE.match(text, run[0].start()) is None)


def _read_person(doc: Prepared, index: int, name_span: tuple[int, int], boundary: int,
                 surname_known: bool) -> _Mention | None:
    """Rank and titles around one name candidate, or None when nothing anchors it."""
    text, sent = doc.text, doc.sentences[index]
    start, rank, titles, adjacent = _read_before(text, max(boundary, sent.start), name_span[0])
    if not surname_known and not (adjacent and _proper_noun(doc, index, name_span[0])):
        return None
    after, end, rank_after = _read_after(doc, index, name_span[1])
    if start == name_span[0] and not after and not rank_after:
        return None
    name = " ".join(text[name_span[0]:name_span[1]].split())
    return _Mention(name, name_span, (start, max(end, name_span[1])), rank or rank_after, titles + after)


def _proper_noun(doc: Prepared, index: int, start: int) -> bool:
    """Whether underthesea tags the word at ``start`` as a proper noun (only asked when unsure)."""
    return any(tok.start == start and tok.tag == "Np" for tok in doc.tokens(index))


def _read_before(text: str, lo: int, pos: int) -> tuple[int, str | None, list[str], bool]:
    """(start, rank, titles, rank or honorific right before) for what stands before the name at ``pos``."""
    rank, adjacent, titles = None, False, []
    if m := RANK_BEFORE_RE.search(text, max(lo, pos - 30), pos):
        rank, pos, adjacent = _RANKS[m.group().strip().casefold()], m.start(), True
    if m := HONORIFIC_BEFORE_RE.search(text, max(lo, pos - 20), pos):
        pos, adjacent = m.start(), True
    if not adjacent and (head := _title_ending_at(text, lo, pos)) is not None:
        titles.append(_tidy(text[head:pos]))
        pos = head
    while (comma := COMMA_BEFORE_RE.search(text, lo, pos)) is not None:
        seg = max(text.rfind(c, lo, comma.start()) for c in _SEGMENT_STOPS) + 1
        seg = max(seg, lo)
        seg += len(text[seg:comma.start()]) - len(text[seg:comma.start()].lstrip())
        head = TITLE_RE.match(text, seg, comma.start())
        if not head or _walk_org(text, head.end(), comma.start()) != comma.start():
            break
        titles.insert(0, _tidy(text[seg:comma.start()]))
        pos = seg
    return pos, rank, titles, adjacent


def _title_ending_at(text: str, lo: int, pos: int) -> int | None:
    """Start of a title (head + organisation words) that ends right before ``pos``."""
    end = len(text[:pos].rstrip())
    if end == pos:
        return None
    for head in TITLE_RE.finditer(text, max(lo, pos - _MAX_TITLE_CHARS), end):
        if _walk_org(text, head.end(), end) == end:
            return head.start()
    return None


def _walk_org(text: str, pos: int, limit: int) -> int:
    """End of the organisation phrase that starts at ``pos`` (no further than ``limit``)."""
    end = i = pos
    while True:
        while i < limit and text[i] in " -–":
            i += 1
        if i >= limit:
            return end
        if text[i] in _OPEN_QUOTES and QUOTE_CUE_RE.search(text, max(0, i - 30), i):
            close = _closing_quote(text, i, limit)
            if close is None:
                return end
            end = i = close + 1
            continue
        if dotted := DOTTED_RE.match(text, i, limit):
            i = dotted.end()
            continue
        m = ORG_WORD_RE.match(text, i, limit) or JOIN_RE.match(text, i, limit) or WORD_RE.match(text, i, limit)
        if m is None or m.re is WORD_RE and not (m.group()[0].isupper() or m.group().isdigit()):
            return end
        end = i = m.end()


def _closing_quote(text: str, i: int, limit: int) -> int | None:
    for j in range(i + 1, limit):
        if text[j] in _CLOSE_QUOTES:
            return j
    return None


def _tidy(title: str) -> str:
    parts = title.split()
    while parts and parts[-1].casefold() in _TRAILING:
        parts.pop()
    return " ".join(parts).strip(" ,;-–")


def _read_after(doc: Prepared, index: int, pos: int) -> tuple[list[str], int, str | None]:
    """(titles, end, rank) of the appositive list after a name: `, Ủy viên ..., Bộ trưởng ...;`."""
    text, hi = doc.text, doc.sentences[index].end
    titles: list[str] = []
    rank = None
    while (sep := SEP_AFTER_RE.match(text, pos, hi)) is not None:
        seg = sep.end()
        if (m := RANK_RE.match(text, seg, hi)) and text[m.end():m.end() + 1] in (",", ")", ";"):
            rank, pos = _RANKS[m.group().casefold()], m.end()
            continue
        unit = bool(titles) and UNIT_START_RE.match(text, seg, hi) is not None
        head = TITLE_RE.match(text, seg, hi) or _appositive(text, seg, hi)
        if head is None and not unit:
            break
        body = seg if unit else head.end()
        seg_end = _segment_end(text, body, hi)
        end = seg_end if _continues_list(text, seg_end, hi) else _walk_org(text, body, seg_end)
        end = predicate_start(doc, index, seg, end)  # "Trưởng Ban Chỉ đạo | dự và phát biểu"
        if unit and not any(c.isupper() for c in text[seg:end]):
            break  # ", đường dây ...": a unit word with no place name is not part of the title
        if unit:
            titles[-1] += ", " + _tidy(text[seg:end])  # "Chủ tịch UBND xã A, huyện B"
        else:
            titles.append(_tidy(text[seg:end]))
        pos = end
        if end < len(text[:seg_end].rstrip()):
            break  # the title ended inside the clause: the sentence goes on about something else
    return titles, pos, rank


def _appositive(text: str, pos: int, hi: int) -> re.Match | None:
    """A lower-case position word ('cán bộ') followed by a capitalised organisation."""
    m = APPOSITIVE_RE.match(text, pos, hi)
    nxt = WORD_RE.match(text, m.end() + 1, hi) if m else None
    return m if nxt and nxt.group()[0].isupper() else None


def _segment_end(text: str, pos: int, hi: int) -> int:
    """Where one appositive segment ends: a separator outside quotes, or `và` + another person."""
    depth = 0
    for i in range(pos, hi):
        ch = text[i]
        if ch in "“‘«":
            depth += 1
        elif ch in "”’»" and depth:
            depth -= 1
        elif depth == 0 and (ch in _SEGMENT_STOPS or ch == "." and text[i + 1:i + 2] in (" ", "")):
            return i
        elif depth == 0 and ch == " " and (AND_ANCHOR_RE.match(text, i, hi) or _and_person(text, i, hi)):
            return i
    return hi


def _and_person(text: str, i: int, hi: int) -> bool:
    """' và Trần Văn Cường, Giám đốc ...': 'và' then a name from a known surname and a comma."""
    m = AND_NAME_RE.match(text, i, hi)
    return m is not None and m["surname"] in _SURNAMES


def _continues_list(text: str, end: int, hi: int) -> bool:
    """Whether another title or person follows the segment ending at ``end``."""
    if AND_ANCHOR_RE.match(text, end, hi):
        return True
    if end >= hi or text[end] not in ",;":
        return False
    rest = text[end + 1:hi].lstrip()
    offset = hi - len(rest)
    return bool(ANCHOR_RE.match(text, offset, hi))


def _merge(doc: Prepared, mentions: list[_Mention]) -> list[Official]:
    """One Official per name: first full mention's span, first rank, titles in order."""
    people: dict[str, list[_Mention]] = {}
    for mention in mentions:
        people.setdefault(mention.name.casefold(), []).append(mention)
    out: list[Official] = []
    for group in people.values():
        rank = next((m.rank for m in group if m.rank), None)
        titles: list[str] = []
        for mention in group:
            for title in mention.titles:
                _add_title(titles, title)
        if not rank and not titles:
            continue
        full = next((m for m in group if m.rank or m.titles), group[0])
        start, end, source_text = doc.norm.source_span(*full.span)
        spans = tuple(doc.norm.to_source(*m.name_span) for m in group)
        out.append(Official(start, end, source_text, full.name, rank, tuple(titles), spans))
    return out


def _add_title(titles: list[str], new: str) -> None:
    """Append a title unless already known; a bare head ('Bộ trưởng') gives way to a full title."""
    key = " ".join(new.casefold().split())
    if not key:
        return
    for i, old in enumerate(titles):
        old_key = " ".join(old.casefold().split())
        if old_key == key or old_key.startswith(key + " "):
            return
        if key.startswith(old_key + " ") and TITLE_RE.fullmatch(old):
            titles[i] = new
            return
    titles.append(new)
