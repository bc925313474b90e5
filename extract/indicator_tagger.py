"""Which words of its sentence say what a figure counts: a CRF tagger over the words around the figure.

A figure's indicator is its unit plus what the sentence says about it: the action before it
("thu giữ 12,8g heroin"), the qualifier after it ("209 đối tượng ra đầu thú", "2 người nam ...
không đeo khẩu trang bị xử phạt"), the noun a measure or amount belongs to ("tỷ lệ tái phạm
7,39%"). Which words those are depends on the clause, the verbs and the kind of figure, so the
choice is learned: a linear-chain CRF (python-crfsuite, the library underthesea's own taggers are
built on) labels each word of a window around the figure IN or OUT, from its form (alone and with the
word after it), its distance and side relative to the figure, the clause breaks between them, the lexicon classes of
``data/fact_words.tsv``, and the first word of the figure's unit (what it counts decides which
words around it say more: "đối tượng ra đầu thú", "heroin thu giữ"). It is trained by ``tools/train_indicator.py`` on the development gold
(tests/fixtures/corpus/dev and the seeds) and shipped as ``data/indicator.crfsuite``.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from extract.lexicon import DATA_DIR, crf_tagger, labelled

__all__ = ["Token", "window_tokens", "token_features", "tag_indicator", "phrase_words", "with_head", "word_class",
           "MODEL_PATH", "WORD_RE"]

MODEL_PATH = DATA_DIR / "indicator.crfsuite"
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,/]\d+)*|[^\w\s]")
BREAKS = frozenset(",;:()“”\"–—-…!?.")
# Words each side of the figure.  Twelve (with no neighbour classes or bigrams then) cross-validates
# better than 24 (0.752 against 0.734 on 918 dev figures) with 57% fewer attributes to build and score.
WINDOW = 12
# A word joins the indicator when the model's marginal probability of I reaches this: gold indicators
# run ~8 words, and token F1 rewards taking a doubtful word over missing it (chosen by 5-fold
# cross-validation on the development gold, tools/train_indicator.py --cv 5).
THRESHOLD = 0.2


class Token(NamedTuple):
    """A word of the window: offsets into the text, the word, and its place relative to the figure."""

    start: int
    end: int
    text: str
    side: str  # L, F (inside the figure), R
    distance: int  # words between it and the figure
    breaks: int  # clause breaks between it and the figure


def window_tokens(text: str, lo: int, hi: int, start: int, end: int) -> list[Token]:
    """The words of text[lo:hi] within WINDOW words of the figure [start, end)."""
    left = [m for m in WORD_RE.finditer(text, max(lo, start - 300), start)][-WINDOW:]
    inside = list(WORD_RE.finditer(text, start, end))
    right = [m for m in WORD_RE.finditer(text, end, min(hi, end + 300))][:WINDOW]
    out = []
    breaks = 0
    for k, m in enumerate(reversed(left)):
        if m.group() in BREAKS:
            breaks += 1
        out.append(Token(m.start(), m.end(), m.group(), "L", k + 1, breaks))
    out.reverse()
    out.extend(Token(m.start(), m.end(), m.group(), "F", 0, 0) for m in inside)
    breaks = 0
    for k, m in enumerate(right):
        out.append(Token(m.start(), m.end(), m.group(), "R", k + 1, breaks))
        if m.group() in BREAKS:
            breaks += 1
    return out


@cache
def _classes() -> dict[str, str]:
    """Lower-case syllable -> its fact_words class, for the first syllable of each phrase."""
    out: dict[str, str] = {}
    for kind, phrases in labelled("fact_words.tsv").items():
        for phrase in phrases:
            out.setdefault(phrase.split()[0].lower(), kind)
    return out


def word_class(low: str) -> str:
    """The fact_words class of a lower-case word ('-' for none)."""
    return _classes().get(low, "-")


def _shape(word: str) -> str:
    if word[0].isdigit():
        return "num"
    if not word[0].isalpha():
        return "punct"
    if word.isupper() and len(word) > 1:
        return "upper"
    return "cap" if word[0].isupper() else "low"


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[str, str, str]:
    """(lower case, shape, fact_words class) of a word: the same few thousand words recur in every window."""
    low = word.lower()
    return low, _shape(word), word_class(low)


def token_features(tokens: list[Token], kind: str) -> list[list[str]]:
    """CRFsuite attribute lists, one per token."""
    words = [_word(t.text) for t in tokens]
    unit = next((w[0] for t, w in zip(tokens, words, strict=True) if t.side == "F" and t.text[0].isalpha()), "-")
    lows = ["<edge>", "<edge>", *(w[0] for w in words), "<edge>", "<edge>"]
    kind_f = f"kind={kind}"
    feats = []
    for i, (t, (low, shape, cls)) in enumerate(zip(tokens, words, strict=True)):
        side, dist, b1 = t.side, min(t.distance, 8), min(t.breaks, 1)
        near = min(dist, 3)
        feats.append([f"w={low}", f"sw={side}{b1}{low}", f"shape={shape}", f"side={side}", f"d={side}{dist}",
                      f"b={side}{min(t.breaks, 2)}", kind_f, f"cls={cls}", f"side_b_cls={side}{b1}{cls}",
                      f"ds={side}{dist}{shape}", f"kd={kind}{side}{near}", f"u={unit}{side}{near}",
                      f"w-2={lows[i]}", f"w-1={lows[i + 1]}", f"w1={lows[i + 3]}", f"w2={lows[i + 4]}",
                      f"bgn={low}|{lows[i + 3]}"])
    return feats


def tag_indicator(text: str, lo: int, hi: int, start: int, end: int, kind: str) -> list[Token]:
    """The words of the sentence text[lo:hi] the model says belong to the indicator of figure [start, end)."""
    tokens = window_tokens(text, lo, hi, start, end)
    if not tokens:
        return []
    tagger = crf_tagger(MODEL_PATH)
    tagger.set(token_features(tokens, kind))
    return [t for i, t in enumerate(tokens) if t.text[0].isalpha() and tagger.marginal("I", i) >= THRESHOLD]


def phrase_words(words: list[Token]) -> list[str]:
    """The indicator phrase's words: the unit's first, then those after the figure, then those before it
    ('heroin thu giữ'); a word said once ('45 mô hình = 1.589 điểm mô hình': "mô hình" once)."""
    seen: set[str] = set()
    out = []
    for side in "FRL":
        for w in words:
            low = w.text.lower()
            if w.side == side and low not in seen:
                seen.add(low)
                out.append(w.text)
    return out


@cache
def _heads() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Figure key -> (head words, words that already say the head), from ``data/indicator_heads.tsv``."""
    out = {}
    for line in (DATA_DIR / "indicator_heads.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, head, said = line.split("\t")
            out[key] = (tuple(head.split()), frozenset(said.split()))
    return out


def with_head(words: list[str], kind: str, unit: str) -> list[str]:
    """The phrase's words headed by the noun its kind of figure is a quantity of ('tiền' for money, 'diện tích' for
    an area: data/indicator_heads.tsv) when none of them says it already."""
    found = _heads().get("money" if kind == "money" else " ".join(unit.lower().split()))
    if found is None or not words:
        return words
    head, said = found
    return words if any(w.lower() in said for w in words) else [*head, *words]

