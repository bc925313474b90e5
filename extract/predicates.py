"""Where a title ends and the clause's predicate begins.

``Đồng chí A, Trưởng Ban Chỉ đạo dự và phát biểu`` and ``Thiếu tá B, Đội trưởng
Đội ... Công an huyện Lâm Phong chỉ huy phát hiện ...``: a title runs until the
first verb of the sentence's predicate.  Verbs inside organisation names
(``Đội Cảnh sát điều tra``, ``phong trào toàn dân bảo vệ ANTQ``) are kept.  Two
signals, the first that fires wins: a lexicon of predicate verbs that never occur
inside organisation names (``data/predicate_verbs.txt``), and underthesea's POS
tags (a lower-case 'V' that is not an organisation word, or one right after a
proper name: ``... huyện Lâm Phong chỉ huy``).  Tagging costs ~46k chars/s, so a
sentence is tagged only when its title holds a lower-case word the lexicons cannot
vouch for.
"""
from __future__ import annotations

import re

from extract.document import Prepared
from extract.lexicon import labelled, phrase_pattern

__all__ = ["predicate_start"]

_VERBS = labelled("predicate_verbs.txt")
_ORG = labelled("organisations.txt")
_PLACES = labelled("places.txt")
VERB_RE = re.compile(r"(?<![^\W\d_])" + phrase_pattern(_VERBS[""]) + r"(?![^\W\d_])")
COMPOUND_RE = re.compile(phrase_pattern(_VERBS["compound"]) + r"(?![^\W\d_])")
SYLLABLE_RE = re.compile(r"[^\W\d_]+")
_TITLES = labelled("titles.txt")
# First syllables of organisation words that are verbs elsewhere ("chỉ huy", "kiểm tra", "bảo vệ").
_VERBISH = frozenset({"phòng", "chống", "quản", "bảo", "xây", "điều", "kiểm", "chỉ", "phát", "tham", "cứu",
                      "chữa", "thi", "đào", "đầu", "tuyên", "khuyến", "hành"})
# Lower-case syllables a title may hold that are never a predicate: title heads, place units, and the
# noun syllables of organisation words.  A title made only of these needs no tagging.
_SAFE = frozenset(
    syl.casefold()
    for phrase in (*_PLACES["unit"], *_ORG["word"], *_ORG["join"], *_TITLES[""], *_TITLES["appositive"],
                   "nguyên", "quyền")
    for syl in phrase.split()
) - _VERBISH
_ORG_WORDS = frozenset(w.casefold() for w in _ORG["word"])
_JOINS = frozenset(_ORG["join"])
_UNITS = frozenset(_PLACES["unit"])


def predicate_start(doc: Prepared, index: int, lo: int, hi: int, use_pos: bool = True) -> int:
    """Offset in [lo, hi) of the first predicate verb after a title that starts at ``lo``, else ``hi``."""
    cut = _lexicon_cut(doc.text, lo, hi)
    if use_pos and _needs_tags(doc.text, lo, cut):
        cut = _pos_cut(doc, index, lo, cut)
    return cut


def _lexicon_cut(text: str, lo: int, hi: int) -> int:
    for m in VERB_RE.finditer(text, lo, hi):
        if m.group()[0].islower() and not COMPOUND_RE.match(text, m.start(), hi):
            return m.start()
    return hi


def _needs_tags(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a lower-case word that could be a verb."""
    return any(m.group()[0].islower() and m.group() not in _SAFE for m in SYLLABLE_RE.finditer(text, lo, hi))


def _pos_cut(doc: Prepared, index: int, lo: int, hi: int) -> int:
    """Start of the first lower-case verb underthesea finds in [lo, hi) outside an organisation name."""
    tokens = [t for t in doc.tokens(index) if lo <= t.start and t.end <= hi]
    for k, tok in enumerate(tokens):
        if k == 0 or not tok.text[0].islower() or tok.tag != "V" or tok.text in _JOINS:
            continue
        prev = tokens[k - 1]
        if " ".join(tok.text.split()).casefold() not in _ORG_WORDS or prev.tag == "Np" or prev.text in _UNITS:
            return tok.start  # "... huyện Lâm Phong | chỉ huy", "Ban Chỉ đạo xã | kiểm tra"
    return hi
