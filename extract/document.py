"""A prepared text: normalised once, split into sentences, word-segmented on demand.

Extractors share one ``Prepared`` per article so normalisation and the costly
underthesea calls happen at most once per sentence, and only for sentences an
extractor asks about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.normalize import NormText, normalize

__all__ = ["Prepared", "Sentence", "Token", "prepare", "align_tokens"]

# A sentence ends at a line break, or at . ! ? … followed by space and an
# upper-case letter, a quote or a digit (not "1.140", not "TP. Hồ Chí Minh").
_ABBREV = ("TP", "Tp", "ThS", "TS", "PGS", "GS", "BS", "Q", "P", "St", "Mr", "Th")
# Upper-case Latin letters with Vietnamese diacritics (a range such as À-Ỹ would take lower case too).
UPPER = "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
LOWER = "".join(c for c in map(chr, [*range(0x61, 0x250), *range(0x1E00, 0x1F00)]) if c.islower())
_UPPER = UPPER
# A lost paragraph break leaves "hội nghị.Thượng tá": a lower-case letter, the stop, then an
# upper-case letter with no space; "TP.HCM" (upper case before the stop) is not a break.
SENTENCE_END_RE = re.compile(
    rf"\n+|(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(\[]?[{_UPPER}0-9])"
    rf"|(?<=[{LOWER}][.!?])(?=[{_UPPER}][{LOWER}])"
)
_ABBREV_END_RE = re.compile(r"(?:^|[\s(])(?:" + "|".join(_ABBREV) + r")\.$")


@dataclass(frozen=True, slots=True)
class Token:
    """One underthesea word (possibly several syllables) with its offsets and POS tag."""

    start: int
    end: int
    text: str
    tag: str


@dataclass(slots=True)
class Sentence:
    """A sentence of the normalised text: [start, end) offsets into ``Prepared.text``."""

    start: int
    end: int
    text: str
    _tokens: list[Token] | None = field(default=None, repr=False)


@dataclass(slots=True)
class Prepared:
    """Normalised text plus sentences; offsets here are into the normalised text."""

    norm: NormText
    sentences: list[Sentence]

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def source(self) -> str:
        return self.norm.source

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing a normalised offset."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def tokens(self, index: int) -> list[Token]:
        """POS-tagged tokens of sentence ``index`` (underthesea, computed once, cached)."""
        sent = self.sentences[index]
        if sent._tokens is None:
            sent._tokens = [
                Token(sent.start + s, sent.start + e, w, t) for s, e, w, t in _pos_tag(sent.text)
            ]
        return sent._tokens


def _split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in SENTENCE_END_RE.finditer(text):
        if "\n" not in m.group() and _ABBREV_END_RE.search(text, max(0, m.start() - 6), m.start()):
            continue
        _add_sentence(out, text, pos, m.start())
        pos = m.end()
    _add_sentence(out, text, pos, len(text))
    if not out:
        out.append(Sentence(0, len(text), text))
    return out


def _add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def prepare(text: str | Prepared) -> Prepared:
    """Normalise and sentence-split a text (idempotent on an already prepared one)."""
    if isinstance(text, Prepared):
        return text
    norm = normalize(text)
    return Prepared(norm=norm, sentences=_split_sentences(norm.text))


def align_tokens(text: str, words: list[str]) -> list[tuple[int, int, int]]:
    """Find each word of a tokenizer's output in ``text``, tolerating changed spacing.

    Returns (start, end, word index) triples.  Words are matched syllable by
    syllable from a moving cursor; a word that cannot be found near the cursor
    is skipped rather than misplaced.
    """
    spans: list[tuple[int, int, int]] = []
    cursor = 0
    for index, word in enumerate(words):
        sylls = word.replace("_", " ").split()
        if not sylls:
            continue
        start = text.find(sylls[0], cursor, cursor + 40 + len(sylls[0]))
        if start < 0:
            continue
        end = start + len(sylls[0])
        ok = True
        for syl in sylls[1:]:
            nxt = text.find(syl, end, end + 5 + len(syl))
            if nxt < 0:
                ok = False
                break
            end = nxt + len(syl)
        if not ok:
            continue
        spans.append((start, end, index))
        cursor = end
    return spans


@lru_cache(maxsize=1)
def _underthesea_pos():
    from underthesea import pos_tag  # lazy: loading the CRF model costs ~0.5 s

    return pos_tag


def _pos_tag(sentence: str) -> list[tuple[int, int, str, str]]:
    tagged = _underthesea_pos()(sentence)
    spans = align_tokens(sentence, [w for w, _ in tagged])
    return [(s, e, sentence[s:e], tagged[i][1]) for s, e, i in spans]
