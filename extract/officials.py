"""Officials named in a text: rank + personal name + titles, merged per person.

Each sentence is cut into tokens with every lexicon matched once (``extract.sentence_tokens``);
the people of the sentence are read off them in bounded windows (``extract.people``), so the work
grows linearly with the text.  A name (``extract.names``, ethnic-minority names included) becomes
an official when a rank (``data/ranks.txt``) or a title stands next to it: before it (`Bộ trưởng
Bộ Công an Tô Lâm`, `Bí thư ..., Chủ tịch ... Đỗ Văn Chiến`, `Tổng thống Ấn Độ Prasat`) or after
it (`Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an`, `ông Trần Văn Bình, chủ tịch
UBND phường 3`, `đồng chí Y Bhim Bí thư Đảng ủy xã`, `Phan Thị Dung (56 tuổi, Giám đốc Công ty
...)`, `ông A là người đại diện theo pháp luật`, `..., sau một thời gian làm Hiệu trưởng`, `A (48 tuổi) nguyên kế
toán trưởng`), or a post written before `tên (là)` (`Trưởng đoàn tàu E1, tên là A`); a post after a list of names
goes to each when several hold it (`A và B, Phó chủ tịch UBND huyện`, `A và B (hai chi cục phó)`), and a bracket of
as many posts as names gives one to each in order (`A, B và C (Chủ tịch, Phó chủ tịch HĐQT và Giám đốc Công ty D)`).  Here
the mentions are merged: short ones (`Bộ trưởng Tô Lâm`, `trung tá Cường`, `anh Nam Khánh`) join
the full name, variants of one title (`Bộ Chỉ huy BĐBP` for `Bộ Chỉ huy Bộ đội Biên phòng (BĐBP)`)
are kept once (``extract.titles``), and a sentence that opens with a pronoun (`Ông từng giữ chức
...`) adds to the person named last.  Footer sentences (``Sentence.boilerplate``) are skipped.
"""
from __future__ import annotations

import re

from extract.document import Prepared, prepare
from extract.names import NAME_STOPS, misspelt, name_syllable, surname_like
from extract.people import Mention, PersonReader
from extract.sentence_tokens import anchored
from extract.titles import article_acronyms, merge_titles
from extract.types import Official

__all__ = ["extract_officials"]

# a member of a club, a clan, a team or a board ('thành viên CLB', 'đội viên Đội dân phòng'); a member sent to represent
# a body ('thành viên đại diện Ban ...') holds a post
MEMBER_RE = re.compile(r"(?:nguyên\s+|cựu\s+)?(?i:thành\s+viên|đội\s+viên)(?!\s+đại\s+diện)(?![^\W\d_])")
# a full name written as capitalised words, the last of them the short name asked about (filled in per name)
_FULL_BEFORE = r"(?<![^\W\d_])((?:[A-ZĐ][^\W\d_]*\s+){{1,3}}){}(?![^\W\d_])"
INITIALS_RE = re.compile(r"(?:[^\W\d_](?:\.[ ]?|[ ]+|$))+")  # a name of initials only: "D", "N.V.A", "Đ. V. C."


def extract_officials(text: str | Prepared) -> list[Official]:
    """Officials named in ``text``, one per person, titles in order of first appearance."""
    doc = prepare(text)
    mentions: list[Mention] = []
    last: Mention | None = None  # the person a sentence opening with 'Anh', 'Ông' ... goes on about
    for index, sent in enumerate(doc.sentences):
        if sent.boilerplate or not anchored(sent.text):
            continue
        reader = PersonReader(doc, index)
        if last is not None:
            last.titles += reader.subject_titles()
        found = reader.mentions()
        mentions.extend(found)
        last = next((m for m in reversed(found) if not m.short), last)
    return _merge(doc, mentions)


def _merge(doc: Prepared, mentions: list[Mention]) -> list[Official]:
    """One Official per name: first full mention's span, first rank, titles in order.

    A short mention (a given name alone, or the last words of a name) joins the person whose name
    ends with it, the one named last before it; it never makes a person of its own, except a
    foreign name standing after a title ('Tổng thống Ấn Độ Prasat').
    """
    # a name -> the full name it misspells, written first ('Phạm Kinh Khah' -> 'Phạm Kinh Kha'; 'Trrần ...', whose
    # family name is no longer known, too)
    spelling: dict[str, str] = {}
    firsts: list[str] = []
    for partial in (False, True):
        for mention in mentions:
            key = mention.name.casefold()
            if mention.partial == partial and key not in spelling:
                spelling[key] = next((first for first in firsts if misspelt(key, first)), key)
                if not partial and spelling[key] == key:
                    firsts.append(key)
    fulls = set(firsts)
    # "Trịnh Cẩy" after "Trịnh Văn Cẩy": a family and a given name without the middle one name the one person with both
    ends: dict[tuple[str, str], list[str]] = {}
    for key in firsts:
        parts = key.split()
        if len(parts) > 2:
            ends.setdefault((parts[0], parts[-1]), []).append(key)
    for key in firsts:
        parts = key.split()
        if len(parts) == 2 and len(longer := ends.get((parts[0], parts[1]), [])) == 1:
            spelling[key] = longer[0]
            fulls.discard(key)
    tails: dict[str, set[str]] = {}
    for key in fulls:
        parts = key.split()
        for k in range(1, min(len(parts), 4)):
            tails.setdefault(" ".join(parts[-k:]), set()).add(key)
    people: dict[str, list[Mention]] = {}
    last_of: dict[str, str] = {}  # tail -> the full name with that tail named last so far
    written: dict[str, tuple[str, tuple[int, int]]] = {}  # full name -> its words and span, named earlier with no post
    for mention in mentions:
        key = spelling[mention.name.casefold()]
        if mention.partial and key not in fulls and key not in tails and mention.honored and mention.titles \
                and (earlier := _written_before(doc, mention)) is not None:
            # "Mắt xích của vụ án là Ngô Văn A, 50 tuổi. Với cương vị Trưởng phòng ..., ông A đã ...": the full name
            # was written before, with no post then
            key = earlier[0].casefold()
            written.setdefault(key, earlier)
        if mention.partial and key not in fulls and key not in written:
            owners = tails.get(key, set())
            key = last_of.get(key) or (next(iter(owners)) if len(owners) == 1 else (
                "" if mention.short and not (mention.honored and mention.titles and not owners) else key))
            if not key:
                continue
        people.setdefault(key, []).append(mention)
        parts = key.split()
        for k in range(1, min(len(parts), 4)):
            last_of[" ".join(parts[-k:])] = key
    out: list[Official] = []
    acronyms = article_acronyms(doc.text) if people else {}
    for key, group in people.items():
        rank = next((m.rank for m in group if m.rank), None)
        titles = merge_titles([t for m in group for t in m.titles], acronyms)
        if not rank and (not titles or all(MEMBER_RE.match(t) for t in titles)):
            continue  # ("thành viên CLB", "đội viên Đội dân phòng": a member holds no post, DECISIONS q)
        named = [m for m in group if not m.partial]
        named = [m for m in named if m.name.casefold() in fulls] or named or group  # the name written in full
        full = next((m for m in named if m.rank or m.titles), named[0])
        if INITIALS_RE.fullmatch(full.name):
            continue  # "trung tá D", "ông N.V.L.": the press hides who it is, so no one to name
        start, end, source_text = doc.norm.source_span(*full.span)
        spans = tuple(doc.norm.to_source(*m.name_span) for m in group)
        name = full.name
        if full.partial and (earlier := written.get(key)) is not None:
            name, spans = earlier[0], (doc.norm.to_source(*earlier[1]), *spans)
        out.append(Official(start, end, source_text, name, rank, tuple(titles), spans))
    return out


def _written_before(doc: Prepared, mention: Mention) -> tuple[str, tuple[int, int]] | None:
    """(words, span) of the one full name written before ``mention`` that ends with its words ('Ngô Văn Oanh' for a later
    'ông Oanh'): family name first, each word a name's; None when none is, or when several people could be meant."""
    found: dict[str, tuple[str, tuple[int, int]]] = {}
    tail = mention.name
    for m in re.finditer(_FULL_BEFORE.format(re.escape(tail)), doc.text[:mention.name_span[0]]):
        words = m.group().split()
        while len(words) > len(tail.split()) + 1 and not (surname_like(words[0]) and all(map(name_syllable, words))):
            words = words[1:]  # "Theo Ngô Văn Oanh": the name starts at its family name
        if surname_like(words[0]) and all(map(name_syllable, words)) and words[0] not in NAME_STOPS:
            name = " ".join(words)
            found[name.casefold()] = (name, (m.end() - len(name), m.end()))
    return next(iter(found.values())) if len(found) == 1 else None
