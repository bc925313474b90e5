"""Where a title ends and the clause's predicate begins.

``Đồng chí A, Trưởng Ban Chỉ đạo dự và phát biểu`` and ``Thiếu tá B, Đội trưởng
Đội ... Công an huyện Lâm Phong chỉ huy phát hiện ...``: a title runs until the
first verb (or preposition) of the sentence's predicate.  Verbs inside organisation
names (``Đội Cảnh sát điều tra``, ``Hội đồng thẩm định``, ``Công ty TNHH sản xuất``)
are kept.  Two signals, the first that fires wins: a lexicon of predicate verbs and
function words that never occur inside organisation names
(``data/predicate_verbs.txt``), and underthesea's POS tags: a lower-case verb or
preposition ends the title unless it is an organisation word or follows a capitalised
organisation noun; right after a proper name or a unit word it always does (``...
huyện Lâm Phong chỉ huy``, ``... TP Hà Nội về trách nhiệm``).  Tagging costs ~130k
chars/s (extract.pos), so only the clause of a title that holds a lower-case word the lexicons
cannot vouch for is tagged.
"""
from __future__ import annotations

import re

from extract.document import UPPER, Prepared
from extract.lexicon import labelled, phrase_pattern, words

__all__ = ["AFTER_NAME_RE", "COUNTRY_NAMES", "FIELD_RE", "predicate_start"]

_VERBS = labelled("predicate_verbs.txt")
_ORG = labelled("organisations.txt")
_PLACES = labelled("places.txt")
VERB_RE = re.compile(phrase_pattern(_VERBS[""], rest="any", word_start=True) + r"(?![^\W\d_])")
# Reporting verbs that are also nouns ("thông tin"): they end a title only right after a name ("... tỉnh Bình Dương
# thông tin"), never inside an organisation's name ("Cục Công nghệ thông tin")
AFTER_NAME_RE = re.compile(phrase_pattern(_VERBS["after_name"], word_start=True) + r"(?![^\W\d_])")
NAME_BEFORE_RE = re.compile(rf"(?<![^\W\d_])([{UPPER}][^\W\d_]*)\s+$")
COMPOUND_RE = re.compile(phrase_pattern(_VERBS["compound"]) + r"(?![^\W\d_])")
# "Đài Tiếng nói Việt Nam": a noun that ends with one of these verbs (searched back from the verb's end)
COMPOUND_END_RE = re.compile(r"(?<![^\W\d_])" + phrase_pattern(_VERBS["compound_end"], first="any") + r"$")
# "Trưởng ban Quản lý lao động VN tại Đài Loan", "cán bộ đại diện chi nhánh tại Lào", "Đại sứ Hàn Quốc tại Việt
# Nam": a body's office in another country is named by the country, so "tại" before one goes on with the title
COUNTRY_NAMES = (*words("countries.txt"), "Việt Nam", "VN")  # other countries, and this one as foreign bodies name it
ABROAD_RE = re.compile(r"tại\s+" + phrase_pattern(COUNTRY_NAMES) + r"(?![^\W\d_])")
# "Phó giám đốc chi nhánh PIJICO tại TP.HCM", "Giám đốc Chi nhánh Cty ... tại Hà Tĩnh", "cán bộ quản giáo Trại tạm giam
# số 3 ở Nghệ An": a body's branch or seat named by its province or district goes on with the title (the words after
# 'tại'/'ở' up to the end of the capitalised run, read back to the longest start the gazetteer names)
AT_PLACE_RE = re.compile(rf"(?:tại|ở)\s+((?:(?:TP|Tp)\.?\s*)?[{UPPER}][^\W\d_]*(?:\.?[{UPPER}]+)?"
                         rf"(?:\s*[-–]\s*[{UPPER}][^\W\d_]*|\s+[{UPPER}][^\W\d_]*){{0,3}})")
# "Chủ homestay Minh Thơ ở bản Hịch 2", "Giám đốc Công ty TNHH Linh Phong ở phường Trung Tự": the seat of a body named
# by its own name, a commune or village with its unit word first, goes on with the title as a province or district does
# (not after a body left unnamed: 'chủ một doanh nghiệp tư nhân tại khu phố 5', corpus az, dr dev)
AT_LOCAL_RE = re.compile(r"(?:tại|ở)\s+(?:xã|phường|thị\s+trấn|thôn|bản|ấp|buôn|xóm|làng|khu\s+phố|tổ\s+dân\s+phố)\s+"
                         rf"(?:[{UPPER}]|\d)")
# The fields state bodies are named for, two joined by "và", the second often in lower case ("Phòng Kế hoạch và
# đầu tư", "Phòng Cảnh sát bảo vệ và hỗ trợ tư pháp"): the name goes on past "và", and its verbs end no title.
FIELD_RE = re.compile(phrase_pattern(_ORG["field"], first="any", rest="any", word_start=True) + r"(?![^\W\d_])")
# "tổ trưởng tổ kiểm soát hải quan", "đội phó đội thi công": after a team's head and the team's noun, a verb says
# what the team does (its name), not what the person did
# ("chủ cơ sở kinh doanh mua bán phế liệu", "cơ sở cai nghiện Thanh Sơn": a business named by the trade it plies)
TEAM_WORK_RE = re.compile(r"(?<![^\W\d_])(?i:(tổ|đội|nhóm)\s+(?:trưởng|phó)\s+\1|cơ\s+sở(?:\s+[^\W\d_]+){0,2})\s+$")
# "Phó ban chỉ đạo cải cách hành chính", "trưởng ban điều hành dự án": a mission body's name, in either case, goes on
# with what it is for
MISSION_BEFORE_RE = re.compile(phrase_pattern(_ORG["mission"], first="any", rest="any", word_start=True) + r"\s+$")
SYLLABLE_RE = re.compile(r"[^\W\d_]+")
QUOTE_RE = re.compile(r"[“”‘’«»]")
# "Điều phối viên Chương trình ... của UNODC", "Chủ nhiệm Ủy ban Pháp luật của Quốc hội", "Phó Phòng Thanh tra-Pháp chế
# của Tổng Công ty Cấp nước Sài Gòn": 'của' + an acronym or a body a unit belongs to goes on the title
OF_BODY_RE = re.compile(r"của\s+(?:[A-ZĐ]{2,}|" + phrase_pattern(["Quốc hội", "Chính phủ", *_ORG["parent"], *_ORG["top"]],
                                                                 rest="any")
                        + "|" + phrase_pattern([*_ORG["formation"], *_ORG["named"], *_ORG["parent"],
                                                *_PLACES["unit"]], first="any", rest="any") + r")(?![^\W\d_])")
_TITLES = labelled("titles.txt")
# First syllables of organisation words that are verbs elsewhere ("chỉ huy", "kiểm tra", "bảo vệ").
_VERBISH = frozenset({"phòng", "chống", "quản", "bảo", "xây", "điều", "kiểm", "chỉ", "phát", "tham", "cứu",
                      "chữa", "thi", "đào", "đầu", "tuyên", "khuyến", "hành", "khai", "xuất", "đổi"})
# Lower-case syllables a title may hold that are never a predicate: title heads, place units, and the
# noun syllables of organisation words.  A title made only of these needs no tagging.
_SAFE = frozenset(
    syl.casefold()
    for phrase in (*_PLACES["unit"], *_ORG["word"], *_ORG["join"], *_TITLES[""], *_TITLES["appositive"],
                   "nguyên", "quyền")
    for syl in phrase.split()
) - _VERBISH
_ORG_WORDS = frozenset(w.casefold() for w in _ORG["word"])
_MISSIONS = frozenset(w.casefold() for w in _ORG["mission"])
_JOINS = frozenset(_ORG["join"])
_UNITS = frozenset(_PLACES["unit"])
_PLACE_NAMES = frozenset(p.casefold() for p in _PLACES["place"])  # "... Quân đội nhân dân Việt Nam | kiểm tra"
ORG_WORD_RE = re.compile(phrase_pattern(_ORG["word"]) + r"(?![^\W\d_])")
# One-syllable organisation nouns ('Ban', 'Cục', 'Đội'): capitalised, still no place name.
_ORG_NOUNS = frozenset(w for w in _ORG_WORDS if " " not in w) - {u.casefold() for u in _UNITS}


def predicate_start(doc: Prepared, index: int, lo: int, hi: int, use_pos: bool = True,
                    body: int | None = None) -> int:
    """Offset in [body, hi) of the first predicate word after a title that starts at ``lo``, else ``hi``.

    ``body`` is where the title's organisation starts, after its head (default: after the
    first word); words of the head itself never end it ("Người đại diện theo pháp luật").
    """
    if body is None:
        first = SYLLABLE_RE.search(doc.text, lo, hi)
        body = first.end() if first else hi
    # a quoted name ("phong trào “...”") and a field's name ("Phòng Cảnh sát bảo vệ và hỗ trợ tư pháp") hold verbs
    # that end no title
    quoted = _quoted(doc.text, body, hi) + _fields(doc.text, body, hi) + _companies(doc.text, body, hi)
    cut = _lexicon_cut(doc.text, body, hi, quoted)
    if use_pos and _needs_tags(doc.text, body, cut, quoted):
        cut = _pos_cut(doc, index, lo, cut, body, quoted)
    return cut


def _compound_end(text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] ends with a noun that ends with a verb (COMPOUND_END_RE: 'cụm nhà ở', 'Dịch vụ nhà ở')
    inside a body's name, a word before it ('Sân bay Phú Quốc - nhà ở sát thửa đất' is a clause of its own)."""
    m = COMPOUND_END_RE.search(text, lo, end)
    return m is not None and re.search(r"\w\s+$", text[max(0, m.start() - 4):m.start()]) is not None


def _quoted(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of text[lo:hi] inside curly quotes: a quoted name ("phong trào “...”") never ends a title."""
    spans, depth, start = [], 0, lo
    for m in QUOTE_RE.finditer(text, lo, hi):
        if m.group() in "“‘«":
            depth += 1
            start = m.start() if depth == 1 else start
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
    if depth:
        spans.append((start, hi))
    return spans


def _fields(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the fields' names (FIELD_RE) that end after ``lo``, widened by one character before them, so that
    ``_inside`` holds their first word too."""
    if "và" not in text[lo:hi]:
        return []
    return [(m.start() - 1, m.end()) for m in FIELD_RE.finditer(text, max(0, lo - 40), hi) if m.end() > lo]


def _inside(quoted: list[tuple[int, int]], pos: int) -> bool:
    return any(s < pos < e for s, e in quoted)


def _lexicon_cut(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> int:
    cut = hi
    for m in VERB_RE.finditer(text, lo, hi):
        if m.group()[0].islower() and not COMPOUND_RE.match(text, m.start(), hi) and not _inside(quoted, m.start()) \
                and not TEAM_WORK_RE.search(text, max(0, m.start() - 20), m.start()) \
                and not COMPOUND_END_RE.search(text, max(lo, m.start() - 12), m.end()) \
                and not ABROAD_RE.match(text, m.start(), hi) and not at_place(text, m.start(), hi):
            cut = m.start()
            break
    for m in AFTER_NAME_RE.finditer(text, lo, cut):  # "... Công an tỉnh Bình Dương thông tin", not "Cục Công nghệ
        before = NAME_BEFORE_RE.search(text, lo, m.start())  # thông tin"
        if before and before.group(1).casefold() not in _ORG_NOUNS and not _inside(quoted, m.start()):
            return m.start()
    return cut


# "Công ty TNHH Xây dựng và trang trí nội thất Thanh Phương", "Cty đầu tư xây dựng Hà Nội", "Công ty Cổ phần đầu tư và
# kinh doanh nhà Phước Thái": a company named by its trades (lower-case, joined by 'và') up to its own capitalised name
COMPANY_NAME_RE = re.compile(r"(?<![^\W\d_])(?:(?i:công\s+ty|tổng\s+công\s+ty)|Cty|CTY|DNTN|(?i:doanh\s+nghiệp\s+tư\s+nhân))"
                             r"(?:\s+(?:TNHH|CP|(?i:cổ\s+phần)|(?i:trách\s+nhiệm\s+hữu\s+hạn)))?"
                             rf"(\s+[{UPPER}]?[^\W\d_A-ZĐ]+(?:\s+(?:và\s+)?[^\W\d_A-ZĐ]+){{1,7}})\s+[{UPPER}]")


def _companies(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the trades a company is named by (COMPANY_NAME_RE) that end after ``lo``, when no predicate verb of
    the lexicon stands among them."""
    if "ty" not in text[max(0, lo - 40):hi] and "DN" not in text[max(0, lo - 40):hi]:
        return []
    return [m.span(1) for m in COMPANY_NAME_RE.finditer(text, max(0, lo - 40), hi)
            if m.end(1) > lo and VERB_RE.search(text, m.start(1), m.end(1)) is None]


def at_place(text: str, pos: int, hi: int) -> bool:
    """Whether 'tại'/'ở' at ``pos`` opens the name of a province or a district (AT_PLACE_RE) that ends before ``hi``,
    or, right after a body's own name, a commune or village named with its unit word (AT_LOCAL_RE)."""
    if AT_LOCAL_RE.match(text, pos, hi):
        before = text[max(0, pos - 40):pos].split()
        return bool(before) and (before[-1][:1].isupper() or before[-1][:1].isdigit())  # a body named, not 'một ...'
    m = AT_PLACE_RE.match(text, pos, hi)
    if m is None:
        return False
    from extract.places import gazetteer, place_aliases  # noqa: PLC0415  # lazy: extract.places imports this module (its lexicons), so it is read at call time

    gaz, aliases = gazetteer(), _alias_keys(place_aliases())
    names = re.split(r"(?<=\w)\s+(?=\w)", m.group(1))
    for k in range(len(names), 0, -1):
        name = " ".join(names[:k])
        if name.casefold() in aliases:
            return True
        bare = re.sub(r"^(?:TP|Tp)\.?\s*", "", name)
        if bare and any(gaz.lookup(level, bare) for level in ("province", "district")):
            return True
    return False


def _alias_keys(aliases: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(alias.casefold() for alias, _ in aliases)


def _needs_tags(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether text[lo:hi] holds a lower-case word that could end the title, which only tags can tell.

    Quoted words never end it; nor does a verb-like organisation word ('chỉ đạo', 'bảo vệ') after a word
    that cannot be a place name (a lower-case word, or 'Ban', 'Cục', ...): only after a name or a unit
    word would the tags make it a predicate.
    """
    prev = ""
    for m in SYLLABLE_RE.finditer(text, lo, hi):
        word = m.group()
        if word[0].islower() and word not in _SAFE and not _inside(quoted, m.start()):
            org = ORG_WORD_RE.match(text, m.start(), hi)
            if org is None or prev in _UNITS or prev[:1].isupper() and prev.casefold() not in _ORG_NOUNS:
                return True
        prev = word
    return False


def _pos_cut(doc: Prepared, index: int, lo: int, hi: int, body: int, quoted: list[tuple[int, int]]) -> int:
    """Start of the first lower-case verb or preposition underthesea finds in [body, hi) outside an
    organisation name."""
    tokens = doc.tokens_in(index, lo, hi)
    for k, tok in enumerate(tokens):
        if k == 0 or tok.start < body or not tok.text[0].islower() or tok.tag not in ("V", "E") \
                or tok.text in _JOINS or _inside(quoted, tok.start) or OF_BODY_RE.match(doc.text, tok.start) \
                or COMPOUND_RE.match(doc.text, tok.start) \
                or _compound_end(doc.text, max(lo, tok.start - 12), tok.start + len(tok.text)) \
                or ABROAD_RE.match(doc.text, tok.start) or at_place(doc.text, tok.start, hi) or TEAM_WORK_RE.search(doc.text, max(0, tok.start - 20), tok.start):
            continue
        prev = tokens[k - 1]
        # "Ủy | ban Thường vụ Quốc hội", "Phòng Thanh | tra-Pháp chế": the body's noun split off and glued to its name
        glued = len(syls := SYLLABLE_RE.findall(tok.text)) > 1 and syls[1][0].isupper() \
            and " ".join([*SYLLABLE_RE.findall(prev.text)[-1:], syls[0]]).casefold() in _ORG_WORDS
        org_word = glued or " ".join(tok.text.split()).casefold() in _ORG_WORDS or \
            f"{prev.text} {tok.text}".casefold() in _ORG_WORDS  # ("ma | túy" tagged apart)
        prev_low = " ".join(prev.text.split()).casefold()
        if prev.tag == "Np" and not glued and not (org_word and prev_low in _ORG_WORDS and prev_low not in _PLACE_NAMES) \
                or prev.text in _UNITS and f"{prev_low} {tok.text}".casefold() not in _ORG_WORDS \
                or prev.text[0].isdigit():  # ("tổ | tự quản" is one name: "tổ tự quản")
            return tok.start  # "... huyện Lâm Phong | chỉ huy", "Ban Chỉ đạo xã | kiểm tra", "Quân đoàn 34 | kiểm tra"
        if org_word:
            continue  # "Đội Cảnh sát điều tra", "tội phạm về ma túy", "Cục Điều tra chống buôn lậu"
        if tok.tag == "V" and (prev.text[0].isupper() and (prev.start >= body or prev_low in _MISSIONS)
                               or MISSION_BEFORE_RE.search(doc.text, max(0, tok.start - 20), tok.start)):
            continue  # "Hội đồng thẩm định", "Công ty TNHH sản xuất", "Ban Chỉ đạo thực hiện": what the body does
        return tok.start
    return hi
