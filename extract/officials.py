"""Officials named in a text: rank + personal name + titles, merged per person.

Each sentence is cut into word and punctuation tokens once, and every lexicon (ranks,
titles, honorifics, fixed names, places, units) is matched over it once; a person is then
read off the tokens around each name candidate, in bounded windows, so the work grows
linearly with the text.  A name (``extract.names``) becomes an official when a rank
(``data/ranks.txt``) or a title stands next to it: before it (`Bộ trưởng Bộ Công an Tô
Lâm`, `Bí thư ..., Chủ tịch ... Đỗ Văn Chiến`, `Tổng thống Ấn Độ Prasat`) or after it as an
appositive list (`Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an`, `ông Trần
Văn Bình, chủ tịch UBND phường 3`, `đồng chí Y Bhim Bí thư Đảng ủy xã`, `Phan Thị Dung (56
tuổi, Giám đốc Công ty ...)`, `ông A là người đại diện theo pháp luật`).  A title is a title
head (``data/titles.txt``) and the organisation after it, up to a separator or the clause's
predicate (``extract.predicates``).  Short mentions (`Bộ trưởng Tô Lâm`, `trung tá Cường`)
merge into the full name; variants of one title (`Bộ Chỉ huy BĐBP` for `Bộ Chỉ huy Bộ đội
Biên phòng (BĐBP)`) are kept once.  Footer sentences (``Sentence.boilerplate``) are skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from extract.document import Prepared, prepare
from extract.lexicon import labelled, phrase_pattern, words
from extract.names import NAME_STOPS, foreign_syllable, name_syllable, surname_like
from extract.normalize import as_written
from extract.places import gazetteer
from extract.predicates import predicate_start
from extract.titles import article_acronyms, merge_titles
from extract.types import Official

__all__ = ["extract_officials"]

_ORG = labelled("organisations.txt")
_PLACES = labelled("places.txt")
_TITLES = labelled("titles.txt")
_END = r"(?![^\W\d_])"
_START = r"(?<![^\W\d_])"
_FORMER = r"(?:(?:[Nn]guyên|[Qq]uyền|[Cc]ựu)\s+)?"
RANK_RE = re.compile(_START + phrase_pattern(words("ranks.txt"), first="any") + _END)
TITLE_RE = re.compile(_START + _FORMER + phrase_pattern(_TITLES[""], rest="any") + _END)
# Heads of two words or more read in either case ("chủ tịch UBND phường 3", "nguyên giám đốc Sở ...").
TITLE_ANY_RE = re.compile(
    _START + _FORMER + phrase_pattern([t for t in _TITLES[""] if " " in t], first="any", rest="any") + _END
)
# "..., sau một thời gian làm Hiệu trưởng": a cue that puts a later title on the sentence's person
# ("trưởng thành từ chiến sĩ đến Phó chủ nhiệm ...": a career from one post to another)
CAREER_RE = re.compile(_START + "(?:" + phrase_pattern(_TITLES["career"]) + r"|từ(?:\s+[^\W\d_]+){1,3}?\s+đến)"
                       r"(?:\s+một\s+trong)?(?:\s+(?:các|những))?(?:\s+đồng\s+chí)?\s*:?\s+(?=[^\W\d_])")
_SUBJECT_STOPS = frozenset(_TITLES["subject_stop"])
# Lower-case position words: titles only after a name and when a capitalised organisation follows.
APPOSITIVE_RE = re.compile(_START + phrase_pattern(_TITLES["appositive"]) + _END)
HONORIFIC_RE = re.compile(_START + phrase_pattern(words("honorifics.txt"), first="any") + _END)
ANCHOR_RE = re.compile(f"{RANK_RE.pattern}|{TITLE_RE.pattern}|{TITLE_ANY_RE.pattern}|{HONORIFIC_RE.pattern}")
FIXED_RE = re.compile(_START + phrase_pattern(_ORG["fixed"]) + _END)
PLACE_RE = re.compile(_START + phrase_pattern(_PLACES["place"]) + _END)
UNIT_RE = re.compile(_START + phrase_pattern(_PLACES["unit"]) + r"(?![^\W\d_])")
NAMED_RE = re.compile(_START + phrase_pattern(_ORG["named"], first="any") + _END)
FORMATION_RE = re.compile(_START + phrase_pattern(_ORG["formation"]) + _END)
QUOTE_CUE_RE = re.compile(_START + phrase_pattern(_ORG["quote"], first="any", rest="any") + r"\s*$")
# "(56 tuổi, ...", "(SN 1990, ...": an age before the position inside brackets
AGE_RE = re.compile(r"(?:\d{1,3}\s+tuổi|SN\s*:?\s*\d{4}|sinh\s+năm\s+\d{4})\s*[,;]\s*", re.IGNORECASE)
# A word, or one punctuation character.  Glued words are cut: "Longđề" ('đ' never inside a syllable).
TOKEN_RE = re.compile(r"\d+|[^\W\d_đ]+(?:['’][^\W\d_]+)*|đ[^\W\d_đ]*(?:['’][^\W\d_]+)*|\S")
_JOINS = frozenset(_ORG["join"])
_PLACE_WORDS = labelled("place_words.tsv")
# Which gazetteer levels the name after a unit word can be ('huyện' -> district; a city is either level).
_UNIT_LEVELS = {w.casefold(): tuple(level for level in ("province", "district", "commune")
                                    if w in _PLACE_WORDS[level] or level == "district" and w in _PLACE_WORDS["province"])
                for level in ("province", "district", "commune") for w in _PLACE_WORDS[level]}
_ORG_WORDS = frozenset(w.casefold() for w in _ORG["word"])
_RANKS = {r.casefold(): r for r in words("ranks.txt")}
_TRAILING = frozenset({"và", "về", "kiêm", "cấp", "số", "của", "cùng"})
_STOPS = frozenset(",;:!?()[]{}…\"“”‘’«»'")
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘'«", "”\"’'»"
_DASHES = frozenset("-–—")
_COPULAS = frozenset({"là", "làm"})
_AND = frozenset({"và", "cùng"})
_ABBREVIATIONS = frozenset({"TP", "Tp", "TX", "TT", "Q", "P"})  # "TP. Nha Trang": the stop is no stop
_WINDOW = 30  # tokens a title may span
_CAREER_REACH = 80  # tokens after a name a career cue may stand
_MAX_LIST = 8  # titles read after one name


@dataclass
class _Mention:
    """One naming of a person inside a sentence (offsets into the normalised text)."""

    name: str
    name_span: tuple[int, int]
    span: tuple[int, int]
    rank: str | None = None
    titles: list[str] = field(default_factory=list)
    short: bool = False  # a given name alone ('trung tá Cường'): merged into a full name, never alone
    partial: bool = False  # no family name known ('anh Nam Khánh', 'Prasat'): merged into a full name it ends


def extract_officials(text: str | Prepared) -> list[Official]:
    """Officials named in ``text``, one per person, titles in order of first appearance."""
    doc = prepare(text)
    mentions: list[_Mention] = []
    last: _Mention | None = None  # the person a sentence opening with 'Anh', 'Ông' ... goes on about
    for index, sent in enumerate(doc.sentences):
        if sent.boilerplate or not ANCHOR_RE.search(sent.text):
            continue
        reader = _Reader(doc, index)
        if last is not None:
            last.titles += reader.subject_titles()
        found = reader.mentions()
        mentions.extend(found)
        last = next((m for m in reversed(found) if not m.short), last)
    return _merge(doc, mentions)


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN_RE.finditer(text, lo, hi)]


class _Reader:
    """One sentence's tokens and lexicon hits, found once; people are read off them left to right."""

    def __init__(self, doc: Prepared, index: int) -> None:
        sent = doc.sentences[index]
        self.doc, self.index, self.text = doc, index, doc.text
        self.spans = _tokens(doc.text, sent.start, sent.end)
        self.words = [doc.text[s:e] for s, e in self.spans]
        self._starts = {s: i for i, (s, _) in enumerate(self.spans)}
        self._ends = {e: i + 1 for i, (_, e) in enumerate(self.spans)}
        lo, hi = sent.start, sent.end
        self.rank = self._hits(RANK_RE, lo, hi)
        self.title = self._hits(TITLE_RE, lo, hi)
        self.title_any = self._hits(TITLE_ANY_RE, lo, hi)
        self.honor = self._hits(HONORIFIC_RE, lo, hi)
        self.place = self._hits(PLACE_RE, lo, hi)
        self.placed = {k for i, j in self.place.items() for k in range(i, j)}
        self.appositive = self._hits(APPOSITIVE_RE, lo, hi)
        self.formation = self._hits(FORMATION_RE, lo, hi)
        self.unit = self._hits(UNIT_RE, lo, hi)
        self.unit_end = {j: i for i, j in self.unit.items()}
        self.named_end = set(self._hits(NAMED_RE, lo, hi).values())
        self.rank_end = {j: i for i, j in self.rank.items()}
        self.honor_end = {j: i for i, j in self.honor.items()}
        self.is_name = self._name_tokens(self._hits(FIXED_RE, lo, hi))

    def _hits(self, regex: re.Pattern, lo: int, hi: int) -> dict[int, int]:
        """First token -> token after the last, for each match of ``regex`` aligned with tokens."""
        out: dict[int, int] = {}
        for m in regex.finditer(self.text, lo, hi):
            i, j = self._starts.get(m.start()), self._ends.get(m.end())
            if i is not None and j is not None:
                out[i] = j
        return out

    def _name_tokens(self, fixed: dict[int, int]) -> list[bool]:
        """Which tokens may be part of a personal name: title-case words outside ranks, heads and fixed names."""
        blocked = [False] * len(self.words)
        for hits in (self.rank, fixed, self.honor, self.title):
            for i, j in hits.items():
                if hits is not fixed and hits is not self.rank and j == i + 1 and i > 0 and \
                        self.words[i][0].isupper() and self.adjacent(i) and name_syllable(self.words[i - 1]):
                    continue  # "Nguyễn Văn Chánh", "Trần Ngọc Anh": a given name, not a head
                for k in range(i, j):
                    blocked[k] = True
        return [not b and name_syllable(w) for w, b in zip(self.words, blocked, strict=True)]

    # -- small helpers over tokens -------------------------------------------------------------

    def adjacent(self, i: int) -> bool:
        """Whether token i follows token i-1 after exactly one space."""
        return i > 0 and self.spans[i - 1][1] + 1 == self.spans[i][0] and self.text[self.spans[i][0] - 1] == " "

    def char(self, i: int) -> int:
        """Start offset of token i (the sentence end past the last token)."""
        return self.spans[i][0] if i < len(self.spans) else self.spans[-1][1]

    def char_end(self, i: int) -> int:
        """End offset of the token before i."""
        return self.spans[i - 1][1]

    def token_at(self, offset: int, after: bool = False) -> int:
        """Index of the token starting at ``offset`` (or, with ``after``, the first one at or after it)."""
        i = self._starts.get(offset)
        while i is None and after and offset < self.char(len(self.spans)):
            offset += 1
            i = self._starts.get(offset)
        return len(self.spans) if i is None else i

    def head_end(self, i: int, any_case: bool = True) -> int | None:
        """Token after the title head starting at token i, if one does."""
        j = self.title.get(i)
        if any_case and (k := self.title_any.get(i)) is not None:
            j = max(j or 0, k)
        return j

    def hard_stop(self, i: int) -> bool:
        word = self.words[i]
        if word != ".":
            return word in _STOPS
        return not (self._dotted(i) or i > 0 and self.words[i - 1] in _ABBREVIATIONS
                    and i + 1 < len(self.words) and self.words[i + 1][0].isupper())

    def lower_and(self, i: int) -> bool:
        """'và' before a lower-case word: the clause goes on ('Sở Khoa học và Công nghệ' goes on the name)."""
        return self.words[i] in _AND and i + 1 < len(self.words) and self.words[i + 1][0].islower()

    def _dotted(self, i: int) -> bool:
        """A full stop inside 'TP.HCM' (no space on either side)."""
        return 0 < i < len(self.spans) - 1 and self.spans[i - 1][1] == self.spans[i][0] \
            and self.spans[i][1] == self.spans[i + 1][0]

    # -- name candidates ------------------------------------------------------------------------

    def mentions(self) -> list[_Mention]:
        out: list[_Mention] = []
        boundary = 0
        candidates = list(self._candidates())
        firsts = [c[0] for c in candidates if c[2] == "surname"]  # where another person may be named
        for first, last, kind in candidates:
            if first < boundary:
                continue
            mention = self._read_person(first, last, kind, boundary)
            if mention is not None:
                out.append(mention)
                end = self.token_at(mention.span[1], after=True)
                if not mention.short:  # a given name alone may yet be a word of a longer title
                    boundary = end
                k = bisect_left(firsts, end)
                mention.titles += self._career(end, firsts[k] if k < len(firsts) else len(self.words))
        return out

    def subject_titles(self) -> list[str]:
        """Titles a sentence opening with a pronoun puts on the person named before it ('Anh trở lại chiến
        trường xưa với các trọng trách: Chính ủy Lữ đoàn 305, ...')."""
        if len(self.words) < 2 or self.honor.get(0) != 1 or not self.words[1][0].islower():
            return []
        firsts = [first for first, _, kind in self._candidates() if kind == "surname"]
        return self._career(1, firsts[0] if firsts else len(self.words))

    def _career(self, lo: int, hi: int) -> list[str]:
        """Titles a career cue puts on the person named just before token ``lo`` ('..., làm Hiệu trưởng,
        Bí thư Đảng ủy Học viện', 'trên cương vị Phó chủ nhiệm ...'), up to the next name or subject."""
        stop = lo
        while stop < min(hi, lo + _CAREER_REACH) and self.words[stop].casefold() not in _SUBJECT_STOPS \
                and not (stop + 1 < len(self.words) and f"{self.words[stop]} {self.words[stop + 1]}" in _SUBJECT_STOPS):
            stop += 1
        titles: list[str] = []
        if stop <= lo:
            return titles
        pos = self.char(lo)
        for m in CAREER_RE.finditer(self.text, pos, self.char_end(stop)):
            head = self.token_at(m.end())
            if m.start() < pos or head >= stop or self.head_end(head, any_case=False) is None:
                continue
            found, end, _ = self._after(head, True)
            titles += found
            pos = self.char(end)
        return titles

    def _candidates(self):
        """(first token, token after the last, kind) of each possible name; kind is surname, foreign,
        unsure (capitalised words, no known family name) or short (one word)."""
        run: list[int] = []
        for i, ok in enumerate(self.is_name):
            if ok and run and run[-1] == i - 1 and self.adjacent(i):
                run.append(i)
                continue
            yield from self._names_in_run(run)
            run = [i] if ok else []
        yield from self._names_in_run(run)

    def _names_in_run(self, run: list[int]):
        if not run:
            return
        before = run[0]
        if before in self.unit_end:
            run = run[self._place_words(run):]  # "xã Tân Lập Nguyễn Văn A": the place comes first
        elif before in self.named_end:
            run = run[2:] if len(run) > 3 else []  # "Bệnh viện Bạch Mai": the organisation's own name
        while run and (place_end := self.place.get(run[0])) is not None:
            run = [i for i in run if i >= place_end]
        while len(run) > 2 and self.words[run[-1]] in NAME_STOPS:
            run = run[:-1]  # "Nguyễn Nam Khánh Lần thứ nhất": a glued sentence start
        if not run:
            return
        names = [self.words[i] for i in run]
        for k in (4, 3, 2):
            if k <= len(run) and surname_like(names[-k]):
                if k == 4 and names[-4].casefold() in _ORG_WORDS and surname_like(names[-3]):
                    k = 3  # "Trung ương Đoàn Nguyễn Anh Tuấn"
                yield run[-k], run[-1] + 1, "surname"
                return
        if len(run) == 1:
            yield run[0], run[0] + 1, "foreign-short" if foreign_syllable(names[0]) else "short"
        elif len(run) <= 4:
            yield run[0], run[-1] + 1, "foreign" if any(map(foreign_syllable, names)) else "unsure"

    def _place_words(self, run: list[int]) -> int:
        """How many words of a run of names after a unit word ('xã', 'huyện') name the place.

        The longest start of the run that names a unit of the gazetteer ('Ea Ral', 'Phạm Ngũ Lão');
        else none when the run is 3-4 words from a family name ('Chủ tịch UBND huyện Trần Minh Tuấn':
        a person), else two (a village or street the gazetteer does not hold).
        """
        words_ = [self.words[i] for i in run[:4]]
        unit = self.unit_end.get(run[0])
        levels = _UNIT_LEVELS.get(self.text[self.char(unit):self.char_end(run[0])].strip().casefold(), ()) \
            if unit is not None else ()
        for k in range(min(4, len(run)), 0, -1):
            if self.place.get(run[0]) == run[0] + k or _known_place(" ".join(words_[:k]), levels):
                return k
        if 3 <= len(run) <= 4 and surname_like(words_[0]):
            return 0
        return min(2, len(run))

    # -- reading one person ---------------------------------------------------------------------

    def _read_person(self, first: int, last: int, kind: str, boundary: int) -> _Mention | None:
        """Rank and titles around one name candidate, or None when nothing anchors it."""
        start, rank, titles, anchored = self._anchor(first, boundary, kind)
        if kind != "surname" and not anchored:
            return None
        if kind == "short" and not self._short_ok(first):
            return None
        if kind == "unsure" and not self._proper_noun(first):
            return None
        start, chained = self._chain(start, boundary)
        titles = chained + titles
        name_end = self.char_end(last)
        if self.words[last - 1].isupper() and last < len(self.words) and self.words[last] == "." \
                and last - first > 1:
            name_end, last = self.spans[last][1], last + 1  # "Nguyễn Anh D." keeps its full stop
        after, end, rank_after = self._after(last, anchored)
        if start == first and not after and not rank_after:
            return None
        name = as_written(self.doc.norm, self.char(first), name_end)
        span = (self.char(start), max(self.char_end(end), name_end))
        return _Mention(name, (self.char(first), name_end), span, rank or rank_after, titles + after,
                        short=kind == "short", partial=kind != "surname")

    def _short_ok(self, i: int) -> bool:
        """A given name alone is a person after a rank or honorific ('trung tá Cường', 'bà Lợi'), or after a
        title when the clause goes on after it ('Phó trưởng ban Em cho biết'), not a word of an organisation
        ('Ủy ban Trung ương')."""
        if i in self.rank_end or i in self.honor_end:
            return True
        if self.words[i].casefold() in _ORG_WORDS:
            return False  # "Bí thư Trung ương Đảng", "Bí thư Trung ương Đoàn"
        nxt = self.words[i + 1] if i + 1 < len(self.words) else "."
        return (self.hard_stop(i + 1) if i + 1 < len(self.words) else True) or nxt[0].islower() and \
            f"{self.words[i]} {nxt}".casefold() not in _ORG_WORDS

    def _proper_noun(self, i: int) -> bool:
        """Whether underthesea tags token i as a proper noun (only asked when unsure)."""
        start = self.char(i)
        tokens = self.doc.tokens_in(self.index, start, self.char_end(min(i + 4, len(self.spans))))
        return any(tok.start == start and tok.tag == "Np" for tok in tokens)

    def _anchor(self, pos: int, boundary: int, kind: str) -> tuple[int, str | None, list[str], bool]:
        """(start, rank, titles, anchored) for the rank, honorific or title right before the name at ``pos``."""
        rank, anchored, titles = None, False, []
        for _ in range(4):
            if (i := self.rank_end.get(pos)) is not None and i >= boundary:
                rank = rank or _RANKS[" ".join(self.text[self.char(i):self.char_end(pos)].split()).casefold()]
            elif (i := self.honor_end.get(pos)) is None or i < boundary:
                break
            pos, anchored = i, True
        if not anchored and (head := self._title_before(pos, boundary, kind)) is not None:
            head, end = head
            titles.append(_tidy(as_written(self.doc.norm, self.char(head), self.char_end(end))))
            pos, anchored = head, True
        return pos, rank, titles, anchored

    def _chain(self, pos: int, boundary: int) -> tuple[int, list[str]]:
        """(start, titles) of the comma-separated titles before token ``pos``."""
        titles: list[str] = []
        for _ in range(6):  # "Bí thư Trung ương Đảng, Chủ tịch Ủy ban ... Đỗ Văn Chiến"
            comma = pos - 1
            if comma <= boundary or self.words[comma] != ",":
                break
            seg = self._segment_start(comma, boundary)
            if seg is None or self.head_end(seg, any_case=False) is None or not self._reaches(seg, comma):
                break
            titles.insert(0, _tidy(as_written(self.doc.norm, self.char(seg), self.char_end(comma))))
            pos = seg
        return pos, titles

    def _segment_start(self, end: int, boundary: int) -> int | None:
        """First token after the stop that precedes token ``end`` (None when it is too far back)."""
        k = end - 1
        while k >= boundary and not self.hard_stop(k):
            if end - k > _WINDOW:
                return None
            k -= 1
        return k + 1

    def _title_before(self, pos: int, boundary: int, kind: str) -> tuple[int, int] | None:
        """(head, end) of a title that ends right before token ``pos`` (a bracket between is skipped)."""
        end = pos
        if end - 1 >= boundary and self.words[end - 1] == ")":
            k = end - 2
            while k >= boundary and end - k < 15 and self.words[k] not in "()":
                k -= 1
            if k < boundary or self.words[k] != "(":
                return None
            end = k  # "Cục trưởng Cục Điện lực (Bộ Công Thương) Phương Hoàng Kim"
        if end == pos and not (self.adjacent(pos) and self.words[pos - 1][-1].isalnum()):
            return None  # "Sư đoàn 3-Sao Vàng": a title runs into a name only across a space
        first = self._segment_start(end, boundary)
        if first is None:
            first = end - _WINDOW
        first = max(first, boundary)
        for k in range(first, end):  # after 'và' + a lower-case word or another name, no title reaches here
            if self.lower_and(k) or self._person_at(k, limit=end):
                first = k + 1
        lower_ok = kind in ("surname", "foreign", "foreign-short")
        hi = self.char_end(end)
        head = first
        while head < end:
            head_end = self.head_end(head, any_case=lower_ok)
            if head_end is None and lower_ok and head in self.appositive:
                head_end = self._appositive(head)  # "(cán bộ Đội Cảnh sát Hình sự Trần Việt Anh, ...)"
                if head_end >= end or not self.words[head_end][0].isupper():
                    head_end = None
            if head_end is None or head_end > end:
                head += 1
                continue
            cut = predicate_start(self.doc, self.index, self.char(head), hi, body=min(self.char(head_end), hi))
            if cut >= hi:
                return head, end
            head = max(head + 1, self.token_at(cut, after=True))  # no head before the predicate reaches
        return None

    def _reaches(self, head: int, end: int) -> bool:
        """Whether the title from the head at token ``head`` runs cleanly to token ``end``."""
        head_end = self.head_end(head)
        if head_end is None or head_end > end:
            return False
        k = head_end
        while k < end:
            word = self.words[k]
            if word in _OPEN_QUOTES and QUOTE_CUE_RE.search(self.text, max(0, self.char(k) - 30), self.char(k)):
                close = self._closing_quote(k, end)
                if close is None:
                    return False
                k = close + 1
                continue
            if self.hard_stop(k) or self.lower_and(k) or self._person_at(k, limit=end):
                return False  # another person's name inside: the title is not this one's
            k += 1
        lo, hi = self.char(head), self.char_end(end)
        return predicate_start(self.doc, self.index, lo, hi, body=min(self.char(head_end), hi)) >= hi

    def _closing_quote(self, k: int, limit: int) -> int | None:
        for j in range(k + 1, min(limit, k + _WINDOW)):
            if self.words[j] in _CLOSE_QUOTES:
                return j
        return None

    def _after(self, pos: int, anchored: bool) -> tuple[list[str], int, str | None]:
        """(titles, end token, rank) of the appositive list after a name: `, Ủy viên ..., Bộ trưởng ...;`."""
        titles: list[str] = []
        rank = None
        n = len(self.words)
        for step in range(_MAX_LIST):
            if pos >= n:
                break
            seg = self._segment_after(pos, step == 0 and anchored)
            if seg is None or seg >= n:
                break
            if (j := self.rank.get(seg)) is not None and (j >= n or self.words[j] in (",", ")", ";")):
                rank, pos = _RANKS[" ".join(self.text[self.char(seg):self.char_end(j)].split()).casefold()], j
                continue
            unit = bool(titles) and self.words[seg - 1] == "," and (seg in self.unit or seg in self.formation)
            head = self.head_end(seg) or self._appositive(seg)
            if head is None and not unit:
                break
            body = self.char(head or seg)
            end, other = self._segment_end(head or seg)
            if end <= seg:
                break
            hi = self.char_end(end)
            cut = min(self.token_at(predicate_start(self.doc, self.index, self.char(seg), hi, body=min(body, hi)),
                                    after=True), end)
            if other and cut >= end:
                break  # the segment names someone else: "Phó Thủ tướng A, Tổng thư ký ASEAN B"
            title = as_written(self.doc.norm, self.char(seg), self.char_end(cut)) if cut > seg else ""
            if (unit or head == self._appositive(seg)) and not any(c.isupper() for c in title):
                break  # ", đường dây ...": a unit or position word with no name after it
            if not title:
                break
            if unit:
                titles[-1] += ", " + _tidy(title)  # "Chủ tịch UBND xã A, huyện B", "Trung đội 2, Đại đội 4"
            else:
                titles.append(_tidy(title))
            pos = cut
            if cut < end and not (self.words[cut] in _COPULAS and self.head_end(cut + 1) is not None):
                break  # the title ended inside the clause: the sentence goes on about something else
        return titles, pos, rank

    def _segment_after(self, pos: int, direct: bool) -> int | None:
        """First token of the next appositive segment at token ``pos``, or None."""
        word = self.words[pos]
        if word == "," or word in _DASHES and pos > 0 and self.spans[pos - 1][1] < self.spans[pos][0]:
            return pos + 1
        if word == "(":
            seg = pos + 1
            for _ in range(2):  # "(56 tuổi, Giám đốc ...", "(SN 1972, ..."
                m = AGE_RE.match(self.text, self.char(seg)) if seg < len(self.words) else None
                if m is None:
                    break
                seg = self.token_at(m.end(), after=True)
            close = self._closing_bracket(seg)
            if close is not None and self.head_end(seg) is None and close + 1 < len(self.words) \
                    and self.words[close + 1] in (",", *_DASHES):
                return close + 2  # "Thượng tá A (bìa phải), Phó Trưởng Công an huyện": a note on the photo
            return seg
        if word.casefold() in _COPULAS and self.head_end(pos + 1) is not None:
            return pos + 1  # "ông Nguyễn Tâm Thịnh là người đại diện theo pháp luật"
        if direct and self.head_end(pos) is not None and self.words[pos][0].isupper():
            return pos  # "đồng chí Y Bhim Bí thư Đảng ủy xã": no comma after an anchored name
        return None

    def _closing_bracket(self, k: int) -> int | None:
        for j in range(k, min(len(self.words), k + 12)):
            if self.words[j] in "()":
                return j if self.words[j] == ")" else None
        return None

    def _appositive(self, seg: int) -> int | None:
        """End of the position words at ``seg`` ('cán bộ', 'thành viên đại diện': several in a row)."""
        end = self.appositive.get(seg)
        for _ in range(3):
            if end is None or end not in self.appositive:
                break
            end = self.appositive[end]
        return end

    def _segment_end(self, k: int) -> tuple[int, bool]:
        """(end token, names another person) of an appositive segment whose body starts at token k."""
        n, start = len(self.words), k
        while k < n and k - start < _WINDOW:
            word = self.words[k]
            if word in _OPEN_QUOTES and QUOTE_CUE_RE.search(self.text, max(0, self.char(k) - 30), self.char(k)):
                close = self._closing_quote(k, n)
                if close is None:
                    return k, False
                k = close + 1
                continue
            if word == "(" and k + 2 < n and self.words[k + 2] == ")" and self.words[k + 1].isupper() \
                    and k + 3 < n and not self.hard_stop(k + 3):
                k += 3  # "Bộ đội Biên phòng (BĐBP) tỉnh Điện Biên": an acronym inside the name
                continue
            if self.hard_stop(k) or self.lower_and(k):
                return k, False
            if word in _DASHES and k + 1 < n and (self.head_end(k + 1) is not None or k + 1 in self.rank):
                return k, False
            if word in _AND and k + 1 < n and (self._anchor_at(k + 1) or self._person_at(k + 1)):
                return k, False
            if self._person_at(k, 3):
                return k, True
            k += 1
        return k, False

    def _anchor_at(self, i: int) -> bool:
        return i in self.rank or i in self.honor or self.head_end(i, any_case=False) is not None

    def _person_at(self, i: int, size: int = 2, limit: int | None = None) -> bool:
        """Whether a family name and name words, ``size`` in all, start at token i, before ``limit``
        (not a place)."""
        if not (self.is_name[i] and surname_like(self.words[i]) and i + size <= (limit or len(self.words))):
            return False
        if i in self.placed or i in self.named_end:
            return False
        if i in self.unit_end:
            run = [i]
            while len(run) < 4 and run[-1] + 1 < len(self.words) and self.is_name[run[-1] + 1] \
                    and self.adjacent(run[-1] + 1):
                run.append(run[-1] + 1)
            if self._place_words(run):
                return False
        return all(self.is_name[k] and self.adjacent(k) for k in range(i + 1, i + size))


def _known_place(name: str, levels: tuple[str, ...]) -> bool:
    """Whether a unit of the gazetteer at one of these levels has this name."""
    gaz = gazetteer()
    return any(gaz.lookup(level, name) for level in levels)


def _tidy(title: str) -> str:
    parts = title.split()
    while parts and parts[-1].casefold() in _TRAILING:
        parts.pop()
    return " ".join(parts).strip(" ,;-–")


def _merge(doc: Prepared, mentions: list[_Mention]) -> list[Official]:
    """One Official per name: first full mention's span, first rank, titles in order.

    A short mention (a given name alone, or the last words of a name) joins the person whose name
    ends with it, the one named last before it; it never makes a person of its own, except a
    foreign name standing after a title ('Tổng thống Ấn Độ Prasat').
    """
    fulls = {m.name.casefold() for m in mentions if not m.partial}
    tails: dict[str, set[str]] = {}
    for key in fulls:
        parts = key.split()
        for k in range(1, min(len(parts), 4)):
            tails.setdefault(" ".join(parts[-k:]), set()).add(key)
    people: dict[str, list[_Mention]] = {}
    last_of: dict[str, str] = {}  # tail -> the full name with that tail named last so far
    for mention in mentions:
        key = mention.name.casefold()
        if mention.partial and key not in fulls:
            owners = tails.get(key, set())
            key = last_of.get(key) or (next(iter(owners)) if len(owners) == 1 else ("" if mention.short else key))
            if not key:
                continue
        people.setdefault(key, []).append(mention)
        parts = key.split()
        for k in range(1, min(len(parts), 4)):
            last_of[" ".join(parts[-k:])] = key
    out: list[Official] = []
    acronyms = article_acronyms(doc.text) if people else {}
    for group in people.values():
        rank = next((m.rank for m in group if m.rank), None)
        titles = merge_titles([t for m in group for t in m.titles], acronyms)
        if not rank and not titles:
            continue
        named = [m for m in group if not m.partial] or group
        full = next((m for m in named if m.rank or m.titles), named[0])
        start, end, source_text = doc.norm.source_span(*full.span)
        spans = tuple(doc.norm.to_source(*m.name_span) for m in group)
        out.append(Official(start, end, source_text, full.name, rank, tuple(titles), spans))
    return out
