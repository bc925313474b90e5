"""A sentence cut into word and punctuation tokens, with every lexicon of officials matched once.

Tokens are words and single punctuation marks; a glued word is cut where a new syllable must
start ("Longđề": 'đ' never stands inside a syllable; digits apart from letters: "2024Đại tá").
Each lexicon (ranks, title heads, honorifics, fixed names, places, unit words, organisation nouns,
formations) is matched over the sentence once and kept as first token -> token after the last, so
``extract.people`` can read people off the sentence in bounded windows, in time linear in its length.
"""
from __future__ import annotations

import re

from extract.document import LOWER, UPPER, Prepared
from extract.lexicon import branch_alternation, labelled, phrase_branches, phrase_pattern, words
from extract.names import SURNAMES, kinh_syllable, name_syllable, surname_like
from extract.places import unit_abbreviations
from extract.predicates import FIELD_RE

__all__ = ["AGE", "AND_WORDS", "COUNT_WORDS", "FORMER_WORDS", "RANK_RE", "TITLE_ANY_RE", "TITLE_RE", "TOP_RE", "SentenceTokens",
           "anchored"]

_ORG = labelled("organisations.txt")
_PLACES = labelled("places.txt")
_TITLES = labelled("titles.txt")
_END = r"(?![^\W\d_])"
# before a post: it was held, by one now dead ("cố Thủ tướng Võ Văn Kiệt", corpus dg dev), is held acting, or is held now
# ("Trương Quang Hùng, đương nhiệm Chủ tịch UBND xã Mỹ Hòa", "đương kim Chủ tịch ...", corpus ak dev)
FORMER_WORDS = frozenset({"nguyên", "quyền", "cựu", "cố", "đương nhiệm", "đương kim"})
# a person's age or birth year as the press writes it after the name: "45 tuổi", "SN 1990", "SN: 1990", "sinh năm 1948"
AGE = r"(?:\d{1,3}\s+tuổi|SN\s*:?\s*\d{4}|sinh\s+năm\s+\d{4})"


def _held(posts: tuple[str, ...] | list[str], first: str = "exact", rest: str = "exact") -> list[str]:
    """The branches of a post's pattern (extract.lexicon.phrase_branches): the post after a word of FORMER_WORDS
    ("nguyên là Chủ tịch UBND xã") first, as an optional prefix would be tried, then the post alone."""
    post = r"(?:\s+là)?\s+" + phrase_pattern(posts, first, rest)
    return phrase_branches(sorted(FORMER_WORDS), first="any", then=post) + phrase_branches(posts, first, rest)


def _lexicon_re(branches: list[str]) -> re.Pattern[str]:
    """A pattern of lexicon branches (extract.lexicon.phrase_branches: matches start a word) ending a word."""
    return re.compile(branch_alternation(branches) + _END)


_RANK = phrase_branches(words("ranks.txt"), first="any")
_TITLE = _held(_TITLES[""], rest="any")
# Heads of two words or more read in either case ("chủ tịch UBND phường 3", "nguyên giám đốc Sở ...").
_TITLE_ANY = _held([t for t in _TITLES[""] if " " in t], first="any", rest="any")
# ... and the one-word heads after a word of FORMER_WORDS ("nguyên trưởng BQL rừng phòng hộ", "cựu chánh Văn phòng"):
# the former post is named whatever the case
_TITLE_ANY += phrase_branches(sorted(FORMER_WORDS), first="any", then=r"(?:\s+là)?\s+" + phrase_pattern(
    [t for t in _TITLES[""] if " " not in t and not t.isupper() and "." not in t], first="any", rest="any"))
_HONORIFIC = phrase_branches(words("honorifics.txt"), first="any")
RANK_RE, TITLE_RE, TITLE_ANY_RE, HONORIFIC_RE = map(_lexicon_re, (_RANK, _TITLE, _TITLE_ANY, _HONORIFIC))
# Lower-case position words: titles only after a name and when a capitalised organisation follows.
AND_ORG_RE = re.compile(r"(?:phòng,?\s+)?chống\s+[^\W\d_]|(?:tội\s+phạm|cứu\s+nạn|cứu\s+hộ|công\s+tác)(?![^\W\d_])")
APPOSITIVE_RE = _lexicon_re(_held(_TITLES["appositive"], first="any"))
# A count or plural word: "các đồng chí", "2 nhân viên hải quan là A và B" (a post each person listed holds)
COUNT_WORDS = r"(?i:các|những|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
# "2 trưởng an ninh tàu là A và B", "các chánh văn phòng": a one-word head written in lower case is a post when counted
# ('trưởng thành' is grown, 'trưởng lão' an elder: no post)
_ONE_WORD_HEAD_RE = re.compile(r"(?<![^\W\d_])" + phrase_pattern(
    [t for t in _TITLES[""] if " " not in t and not t.isupper() and "." not in t], first="any", rest="any") + _END
    + r"(?!\s+(?i:thành|lão)(?![^\W\d_]))")
_COUNT_BEFORE_RE = re.compile(r"(?<![^\W\d_])" + COUNT_WORDS + r"\s+$")
COUNTED_APPOSITIVE_RE = re.compile(r"(?<![^\W\d_])" + COUNT_WORDS + r"\s+"
                                   + phrase_pattern(_TITLES["appositive"], first="any") + _END)
# "Hoàng Thị Trịnh, cán bộ Phòng PC06", "Nguyễn Thanh Phong (SN 1988), cán bộ Trung tâm ...", "Hoàng Ngọc Ninh - chuyên
# viên của Vụ Tổ chức ..." (a spaced dash, corpus cb dev), "Nguyễn Văn A là cán bộ Phòng ...": a post of the state's
# staff set off after a capitalised word (a name), its body named in capitals (corpus dn, dg dev); an employee, a member
# or a representative ('nhân viên Công ty ...'), and 'trinh sát' (a verb too: 'Đến Phùng Khoang, trinh sát báo về'), are
# read only with a rank, an honorific or a count
_STAFF = frozenset({"nhân viên", "đại diện", "thành viên", "đội viên", "viên chức", "trinh sát"})
APPOSED_RE = re.compile(rf"[{UPPER}]\w*\s*(?:\(\s*{AGE}\s*\)\s*,|[,(]\s*(?:{AGE}\s*,\s*)?|(?<=\s)[-–—](?=\s)|(?<=\s)là(?=\s))\s*"
                        + branch_alternation(_held([t for t in _TITLES["appositive"] if t not in _STAFF],
                                                   first="any"))
                        + rf"(?:\s+[{LOWER}]+){{0,4}}\s+[{UPPER}]")
# "nhân viên thuế vụ tên Hồ Văn Cư", "một kế toán ..., tên là Thắng": a person named after 'tên (là)'
NAMED_AS_RE = re.compile(r"(?<![^\W\d_])tên(?:\s+là)?\s+[A-ZĐ]")
# A rank, a title head or an honorific (each ending a word): one search over a sentence for all.
_ANCHOR_RE = re.compile(branch_alternation([branch + _END for branch in _RANK + _TITLE + _TITLE_ANY + _HONORIFIC]))
FIXED_RE = _lexicon_re(phrase_branches(_ORG["fixed"]))
PLACE_RE = _lexicon_re(phrase_branches(_PLACES["place"]))
UNIT_RE = _lexicon_re(phrase_branches(_PLACES["unit"]))
NAMED_RE = _lexicon_re(phrase_branches(_ORG["named"], first="any"))
FORMATION_RE = _lexicon_re(phrase_branches(_ORG["formation"]))
PARENT_RE = _lexicon_re(phrase_branches(_ORG["parent"] + _ORG["top"]))
TOP_RE = _lexicon_re(phrase_branches(_ORG["top"]))
FORM_RE = re.compile(phrase_pattern(_ORG["form"], first="any", rest="any") + _END)


_AFTER_CAPITALS = frozenset({",", ":", "(", "-", "–", "—"})  # a name in capitals goes on with the post or the words said


def anchored(text: str) -> bool:
    """Whether a sentence holds a rank, a title head, an honorific, or an appositive with a count before it ('các đồng
    chí', '2 nhân viên hải quan'), a name after 'tên' ('nhân viên thuế vụ tên A') or a name before it ('A, cán bộ Phòng
    PC06'): the sentences people are read in.
    A counted appositive holds an appositive: the search for one, the faster, goes first."""
    return _ANCHOR_RE.search(text) is not None or APPOSITIVE_RE.search(text) is not None and (
        COUNTED_APPOSITIVE_RE.search(text) is not None or NAMED_AS_RE.search(text) is not None
        or APPOSED_RE.search(text) is not None) or any(
        _counted_head(text, m.start()) for m in _ONE_WORD_HEAD_RE.finditer(text) if m.group()[0].islower())


def _counted_head(text: str, start: int) -> bool:
    """Whether a count or plural word stands right before the head at ``start`` ('2 trưởng', 'các chánh')."""
    return _COUNT_BEFORE_RE.search(text, max(0, start - 8), start) is not None


# A word, or one punctuation character.  Glued words are cut: "Longđề" ('đ' never inside a syllable).
# (written as its first character, then the rest of its kind: the engine skips the spaces)
TOKEN_RE = re.compile(r"\S(?:(?<=\d)\d*|(?<=[^\W\d_đ])[^\W\d_đ]*(?:['’][^\W\d_]+)*|(?<=đ)[^\W\d_đ]*(?:['’][^\W\d_]+)*|)")
STOPS = frozenset(",;:!?()[]{}…\"“”‘’«»'")
AND_WORDS = frozenset({"và", "cùng"})
# "Công ty TNHH Xây dựng và trang trí nội thất Thanh Phương", "Cty tư vấn đầu tư và xây dựng Hòa Bình": a company's
# name holds 'và' and lower-case trade words, then closes with its own capitalised name
COMPANY_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:(?i:công\s+ty|tổng\s+công\s+ty)|Cty|CTY|DNTN|HTX|(?i:hợp\s+tác\s+xã))"
                               r"(?:\s+[^\W_,;:()\[\]“”\"]+){1,6}\s+$")
COMPANY_AFTER_RE = re.compile(rf"(?:\s+[{LOWER}]+){{1,6}}\s+[{UPPER}]")
# Two halves of one name with a comma between: "phòng, chống", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ", and
# what "phòng chống" is against: "tội phạm, tệ nạn xã hội", "tội phạm, ma túy", "ma túy, tệ nạn", "AIDS, ma túy, mại
# dâm" ("Ủy ban Quốc gia về phòng, chống AIDS, ma túy, mại dâm")
PAIRED = frozenset({("phòng", "chống"), ("cháy", "chữa"), ("nạn", "cứu"), ("phạm", "tệ"), ("phạm", "ma"),
                    ("túy", "tệ"), ("túy", "mại"), ("aids", "ma"), ("bộ", "nhân"), ("bộ", "chiến"),
                    ("truyền", "phổ")})
# The names of state bodies written with a comma inside (organisations.txt 'comma_field': "Sở Văn hóa, Thể thao và Du
# lịch", "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"): a title's body goes on past the comma
COMMA_FIELD_RE = re.compile(phrase_pattern(_ORG["comma_field"], first="any", rest="any", word_start=True)
                            + r"(?![^\W\d_])")
# the comma of such a pair, in text ("Phòng, chống"): a pattern for the readers that work on characters
PAIRED_COMMA = "(?:" + "|".join(rf"(?<=(?i:{a})),(?=\s+(?i:{b})(?![^\W\d_]))" for a, b in sorted(PAIRED)) + ")"
# Two-syllable words whose last syllable would read as a lexicon word: an organisation noun ("Bộ trưởng Tài
# nguyên và Môi trường Đặng Quốc Khánh" names a person after the ministry, not a school) or a title head
# ("chức vụ Phó Thủ tướng" holds no "Vụ phó")
COMPOUNDS = frozenset({"môi trường", "thị trường", "hiện trường", "chiến trường", "quảng trường", "lập trường",
                       "nông trường", "công trường", "ngư trường", "thương trường", "thông báo", "cảnh báo", "dự báo",
                       "tình báo", "khán đài", "yêu cầu", "nhu cầu", "toàn cầu", "chức vụ", "nhiệm vụ", "dịch vụ",
                       "phục vụ", "nghĩa vụ", "sự vụ"})
# "TP. Nha Trang", "H. Thanh Chương": the unit words the place reader knows, and "X." (xã), which it does not take
ABBREVIATIONS = frozenset(sum(unit_abbreviations(), ("X",)))


class SentenceTokens:
    """One sentence's tokens and lexicon hits, found once (offsets into the normalised text)."""

    def __init__(self, doc: Prepared, index: int) -> None:
        sent = doc.sentences[index]
        self.doc, self.index, self.text = doc, index, doc.text
        self.spans = [m.span() for m in TOKEN_RE.finditer(doc.text, sent.start, sent.end)]
        self.words = [doc.text[s:e] for s, e in self.spans]
        self._starts = {s: i for i, (s, _) in enumerate(self.spans)}
        self._ends = {e: i + 1 for i, (_, e) in enumerate(self.spans)}
        lo, hi = sent.start, sent.end
        self.rank = self._hits(RANK_RE, lo, hi)
        # "Bộ Tư lệnh", "Bộ Chỉ huy": a command's name, not the post of its commander
        self.title = {i: j for i, j in self._hits(TITLE_RE, lo, hi).items()
                      if i == 0 or self.words[i - 1] != "Bộ" and not self._name_tail(i, j)}
        # "Ban giám đốc Diamond Plaza": a board, whose members hold no post named by its words in lower case
        self.title_any = {i: j for i, j in self._hits(TITLE_ANY_RE, lo, hi).items()
                          if i == 0 or self.words[i - 1] != "Bộ" and not self._name_tail(i, j)
                          and not (self.words[i - 1] == "Ban" and self.words[i].islower())}
        for m in _ONE_WORD_HEAD_RE.finditer(self.text, lo, hi):
            i, j = self._starts.get(m.start()), self._ends.get(m.end())
            if i is not None and j is not None and i not in self.title_any and _counted_head(self.text, m.start()):
                self.title_any[i] = j
        self.honor = self._hits(HONORIFIC_RE, lo, hi)
        self.place = self._hits(PLACE_RE, lo, hi)
        self.placed = {k for i, j in self.place.items() for k in range(i, j)}
        self.appositive = self._hits(APPOSITIVE_RE, lo, hi)
        self.formation = self._hits(FORMATION_RE, lo, hi)
        self.parent = self._hits(PARENT_RE, lo, hi)
        self.unit = self._hits(UNIT_RE, lo, hi)
        self.unit_end = {j: i for i, j in self.unit.items()}
        self.named_end = {self._company_form(j) for i, j in self._hits(NAMED_RE, lo, hi).items()
                          if not self.compound_tail(i)}
        self.rank_end = {j: i for i, j in self.rank.items()}
        self.honor_end = {j: i for i, j in self.honor.items()}
        self._capitals_named()
        self.is_name = self._name_tokens(self._hits(FIXED_RE, lo, hi))

    def _capitals_named(self) -> None:
        """A name written in capitals right after a rank or an honorific ('Trung tướng ĐẶNG VĂN HIẾU, Thứ trưởng ...',
        'Ông NGUYỄN ĐÌNH LỘC:', as interviews print them) is read as the name it spells: its words stand in title case
        in ``words`` (the text, and so the name reported, keeps the capitals). A family name opens it, two to four
        Kinh syllables in all, and what the person says or is follows ('Trung tướng PHẠM HỒNG CƯ' closing a memoir is
        its byline)."""
        for j in sorted({*self.rank_end, *self.honor_end}):
            k = j
            while k < len(self.words) and k - j < 4 and self.words[k].isupper() and self.words[k].isalpha() \
                    and kinh_syllable(self.words[k]) and (k == j or self.adjacent(k)):
                k += 1
            if k - j >= 2 and self.words[j].title() in SURNAMES and k < len(self.words) and self.words[k] in _AFTER_CAPITALS:
                self.words[j:k] = [w.title() for w in self.words[j:k]]

    def _company_form(self, j: int) -> int:
        """The token after the legal form that follows an organisation noun ('Công ty TNHH', 'Công ty Cổ
        phần', 'Công ty TNHH MTV'), or a school's level ('Trường Trung học Phổ thông'): the name starts there."""
        n = len(self.words)
        while j < n:
            if len(self.words[j]) > 1 and self.words[j].isupper() and self.words[j].isalpha():
                j += 1
            elif j + 1 < n and f"{self.words[j]} {self.words[j + 1]}".casefold() == "cổ phần":
                j += 2
            elif (m := FORM_RE.match(self.text, self.spans[j][0])) is not None and m.end() in self._ends:
                j = self._ends[m.end()]  # "Trường Trung học Phổ thông Võ Thị Hồng": a school's level, then its name
            else:
                break
        return j

    def _hits(self, regex: re.Pattern, lo: int, hi: int) -> dict[int, int]:
        """First token -> token after the last, for each match of ``regex`` aligned with tokens. A match that opens
        on the second syllable of a compound ('chức vụ phó chủ tịch' holds 'vụ phó') is searched past again from the
        next token, where the head the compound hid may start."""
        out: dict[int, int] = {}
        pos = lo
        while (m := regex.search(self.text, pos, hi)) is not None:
            i, j = self._starts.get(m.start()), self._ends.get(m.end())
            if i is not None and j is not None:
                out[i] = j
            pos = m.end() if i is None or not self.compound_tail(i) or i + 1 >= len(self.spans) \
                else self.spans[i + 1][0]
        return out

    def _name_tokens(self, fixed: dict[int, int]) -> list[bool]:
        """Which tokens may be part of a personal name: title-case words outside ranks, heads and fixed names."""
        blocked = [False] * len(self.words)
        fixed = {i: j for i, j in fixed.items() if not self._split_fixed(i, j)}
        for hits in (self.rank, fixed, self.honor, self.title):
            for i, j in hits.items():
                if hits is self.honor and self._name_tail(i, j):
                    continue  # "Trần Ngọc Anh": a given name, not an honorific
                for k in range(i, j):
                    blocked[k] = True
        return [not b and name_syllable(w) for w, b in zip(self.words, blocked, strict=True)]

    def _split_fixed(self, i: int, j: int) -> bool:
        """Whether the fixed name at tokens [i, j) ending in a family name is read across a place's name and a person's:
        'huyện Châu Thành Đoàn Văn Được' holds no 'Thành Đoàn' (its first word ends a capitalised name, its last opens
        one)."""
        return j - i > 1 and j < len(self.words) and self.words[j - 1][0].isupper() \
            and surname_like(self.words[j - 1]) and self.adjacent(i) and name_syllable(self.words[i - 1]) \
            and name_syllable(self.words[j]) and self.adjacent(j)

    def _name_tail(self, i: int, j: int) -> bool:
        """Whether the one capitalised word at token ``i`` (to ``j``) ends a name rather than opens a head or an
        honorific: 'Nguyễn Văn Chánh', 'Trần Ngọc Anh', 'huyện Bình Chánh'."""
        return j == i + 1 and i > 0 and self.words[i][0].isupper() and self.adjacent(i) \
            and name_syllable(self.words[i - 1]) and name_syllable(self.words[i]) and self.words[i - 1] != "Phó"

    def compound_tail(self, i: int) -> bool:
        """Whether token ``i`` is the second syllable of a word in ``COMPOUNDS`` ('Môi trường', 'chức vụ')."""
        return i > 0 and f"{self.words[i - 1]} {self.words[i]}".casefold() in COMPOUNDS

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
        if word == ",":  # "Cục Phòng, chống ma túy", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
            return not (0 < i < len(self.words) - 1
                        and ((self.words[i - 1].casefold(), self.words[i + 1].casefold()) in PAIRED
                             or self._in_comma_field(i)))
        if word != ".":
            return word in STOPS
        return not (self._dotted(i) or i > 0 and self.words[i - 1] in ABBREVIATIONS
                    and i + 1 < len(self.words) and self.words[i + 1][0].isupper())

    def lower_and(self, i: int) -> bool:
        """'và' before a lower-case word: the clause goes on ('Sở Khoa học và Công nghệ' goes on the name, and so
        does 'Phòng An ninh mạng và phòng chống tội phạm công nghệ cao': 'phòng chống' names a unit's work)."""
        return self.words[i] in AND_WORDS and i + 1 < len(self.words) and (self.words[i + 1][0].isdigit() or (
            self.words[i + 1][0].islower() and not AND_ORG_RE.match(self.text, self.spans[i + 1][0])
            and not self._in_field(i) and not self._in_company(i)))

    def _in_field(self, i: int) -> bool:
        """Whether the 'và' at token ``i`` joins the two halves of a field's name (FIELD_RE)."""
        return self._inside_match(FIELD_RE, i)

    def _in_comma_field(self, i: int) -> bool:
        """Whether the comma at token ``i`` is inside the name of a body that holds one (COMMA_FIELD_RE)."""
        return self._inside_match(COMMA_FIELD_RE, i)

    def _inside_match(self, pattern: re.Pattern[str], i: int) -> bool:
        """Whether token ``i`` stands inside a match of ``pattern`` read around it."""
        at = self.spans[i][0]
        return any(m.start() < at < m.end() for m in pattern.finditer(self.text, max(0, at - 50), at + 60))

    def _in_company(self, i: int) -> bool:
        """Whether the 'và' at token ``i`` goes on a company's name (COMPANY_BEFORE_RE, COMPANY_AFTER_RE) from one
        trade word to another ('... tư vấn đầu tư và xây dựng Hòa Bình'), not past the name's own capitalised end
        ('Công ty Thanh Bình và vợ là ...') nor into a post ('... và chủ tịch UBND', '... và nhân viên Lê Văn Hai')."""
        at, end = self.spans[i]
        return i > 0 and self.words[i - 1][0].islower() and COMPANY_BEFORE_RE.search(self.text, max(0, at - 60), at) is not None \
            and COMPANY_AFTER_RE.match(self.text, end) is not None and self.head_end(i + 1) is None \
            and i + 1 not in self.appositive

    def _dotted(self, i: int) -> bool:
        """A full stop inside 'TP.HCM' (no space on either side)."""
        return 0 < i < len(self.spans) - 1 and self.spans[i - 1][1] == self.spans[i][0] \
            and self.spans[i][1] == self.spans[i + 1][0]
