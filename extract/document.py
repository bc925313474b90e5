"""A prepared text: normalised once, split into sentences, word-segmented on demand.

Extractors share one ``Prepared`` per article so normalisation and the costly
underthesea calls happen at most once per sentence, and only for sentences an
extractor asks about.  A sentence of a site footer or credit line ("Tổng Biên tập:
...", "Giấy phép số ...", "Tin, ảnh: ...", cues in ``data/boilerplate.tsv``) is marked
``boilerplate``: it belongs to the page, not the article, and extractors skip it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from extract.lexicon import labelled, phrase_pattern
from extract.names import foreign_syllable
from extract.normalize import NormText, normalize
from extract.pos import pos_tag

__all__ = ["Prepared", "Sentence", "Token", "prepare", "align_tokens"]

# A sentence ends at a line break, or at . ! ? … followed by space and an
# upper-case letter, a quote or a digit (not "1.140", not "TP. Hồ Chí Minh").
_ABBREV = ("TP", "Tp", "TX", "ThS", "TS", "PGS", "GS", "BS", "Q", "P", "H", "X", "St", "Mr", "Th")  # "H. Thanh Chương"
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
_INITIAL_RE = re.compile(r"(?<![^\W\d_])([A-Z][a-z]+) [A-Z]\.$")  # "George W.": a given name, then an initial
_FOOTER = labelled("boilerplate.tsv")
# A footer or credit cue at the start of a sentence: "Tổng Biên tập: ...", "Giấy phép số ...".
BOILERPLATE_RE = re.compile(
    r"[\"“‘'(\[]?(?:" + phrase_pattern(_FOOTER["colon"], first="any") + r"\s*:"
    + "|" + phrase_pattern(_FOOTER["any"], first="any") + r"(?![^\W\d_]))"
)
# Sentences longer than this are POS-tagged in pieces of about this size, only where asked.
TAG_CHUNK = 1000
# Characters ``tokens_in`` may tag per document: a base plus 1/64 of the text (the real articles
# of the corpus use at most 2,010 characters).  Rules that ask
# for tags fall back to their lexicons beyond it, so crafted text cannot make tagging the bottleneck.
TAG_BUDGET_BASE = 2500


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
    boilerplate: bool = False
    _tokens: list[Token] | None = field(default=None, repr=False)
    _chunks: dict[int, list[Token]] | None = field(default=None, repr=False)


@dataclass(slots=True)
class Prepared:
    """Normalised text plus sentences; offsets here are into the normalised text."""

    norm: NormText
    sentences: list[Sentence]
    tag_budget: int = 0  # characters ``tokens_in`` may still tag

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
            sent._tokens = _tagged(sent.text, sent.start)
        return sent._tokens

    def tokens_in(self, index: int, lo: int, hi: int) -> list[Token]:
        """POS-tagged tokens of sentence ``index`` lying inside [lo, hi).

        A long sentence (a page whose punctuation was lost) is tagged only in the pieces of
        about ``TAG_CHUNK`` characters that [lo, hi) touches, so asking about one clause never
        costs a tagging of the whole text.  Once the document's ``tag_budget`` is spent, text not
        yet tagged gives no tokens (callers fall back to their lexicons).
        """
        sent = self.sentences[index]
        if sent.end - sent.start <= 2 * TAG_CHUNK:
            if sent._tokens is None:
                if self.tag_budget < sent.end - sent.start:
                    return []
                self.tag_budget -= sent.end - sent.start
            tokens = self.tokens(index)
            whole: list[Token] = []
            for t in tokens[bisect_left(tokens, lo, key=_start):]:
                if t.start >= hi:
                    break
                if t.end <= hi:
                    whole.append(t)
            return whole
        if sent._chunks is None:
            sent._chunks = {}
        out: list[Token] = []
        first = max(0, (lo - sent.start) // TAG_CHUNK - 1)
        for k in range(first, (hi - sent.start) // TAG_CHUNK + 1):
            if k not in sent._chunks:
                start, end = self._chunk(sent, k), self._chunk(sent, k + 1)
                if self.tag_budget < end - start:
                    return out
                self.tag_budget -= max(0, end - start)
                sent._chunks[k] = _tagged(self.text[start:end], start) if end > start else []
            chunk = sent._chunks[k]
            for t in chunk[bisect_left(chunk, lo, key=_start):]:
                if t.start >= hi:
                    break
                if t.end <= hi:
                    out.append(t)
        return out

    def _chunk(self, sent: Sentence, k: int) -> int:
        """Start of the k-th tagging piece of a long sentence: the first space after k * TAG_CHUNK."""
        pos = sent.start + k * TAG_CHUNK
        if k == 0 or pos >= sent.end:
            return min(pos, sent.end)
        space = self.text.find(" ", pos, min(sent.end, pos + 200))
        return space + 1 if space >= 0 else pos


def _split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    footer = False  # a footer cue was seen earlier on this line: the rest of the line is footer too
    for m in SENTENCE_END_RE.finditer(text):
        if "\n" not in m.group() and (_ABBREV_END_RE.search(text, max(0, m.start() - 6), m.start())
                                       or _foreign_initial(text, m.start())):
            continue
        footer = _add_sentence(out, text, pos, m.start(), footer)
        footer = footer and "\n" not in m.group()
        pos = m.end()
    _add_sentence(out, text, pos, len(text), footer)
    if not out:
        out.append(Sentence(0, len(text), text))
    return out


def _foreign_initial(text: str, end: int) -> bool:
    """Whether the full stop before ``end`` closes a middle initial after a foreign given name ('George W. Bush', 'Jack
    B. Weinstein'): the name goes on ('Nguyễn Văn A.' may end a sentence)."""
    m = _INITIAL_RE.search(text, max(0, end - 40), end)
    return m is not None and foreign_syllable(m.group(1))


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, footer: bool) -> bool:
    """Append the sentence text[start:end] (trimmed); returns whether it is part of a footer."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        footer = footer or BOILERPLATE_RE.match(text, start, end) is not None
        out.append(Sentence(start, end, text[start:end], footer))
    return footer


def prepare(text: str | Prepared) -> Prepared:
    """Normalise and sentence-split a text (idempotent on an already prepared one)."""
    if isinstance(text, Prepared):
        return text
    norm = normalize(text)
    return Prepared(norm=norm, sentences=_split_sentences(norm.text),
                    tag_budget=TAG_BUDGET_BASE + len(norm.text) // 64)


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


def _start(token: Token) -> int:
    return token.start


def _tagged(text: str, offset: int) -> list[Token]:
    return [Token(offset + s, offset + e, w, t) for s, e, w, t in _pos_tag(text)]


def _pos_tag(sentence: str) -> list[tuple[int, int, str, str]]:
    tagged = pos_tag(sentence)
    spans = align_tokens(sentence, [w for w, _ in tagged])
    return [(s, e, sentence[s:e], tagged[i][1]) for s, e, i in spans]
