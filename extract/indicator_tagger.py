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
(tests/fixtures/corpus/dev and the seeds) and shipped as ``data/indicator.crfsuite``. Tagging reads the model's
weights into Python (``extract.crf_weights``) and works out crfsuite's marginals to the bit, with the weights of a
word at its place kept between windows instead of passing ~380 attribute strings through python-crfsuite per figure.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from extract.crf_weights import CrfWeights, marginals, pair, read_weights
from extract.lexicon import DATA_DIR, labelled, read_entries
from extract.lexicon import words as lexicon_words

__all__ = ["Token", "window_tokens", "token_features", "tag_indicator", "taken", "phrase_words", "with_head", "with_voice",
           "word_class", "MODEL_PATH", "WORD_RE", "SentenceWords", "sentence_words"]

MODEL_PATH = DATA_DIR / "indicator.crfsuite"
# (a word of letters, a number, or one mark: written as its first character, then the rest of its kind, so that the
# engine skips the spaces)
WORD_RE = re.compile(r"[^\s_](?:(?<=[^\W\d_])[^\W\d_]*(?:['’][^\W\d_]+)*|(?<=\d)\d*(?:[.,/]\d+)*|(?<=[^\w\s]))")
BREAKS = frozenset(",;:()“”\"–—-…!?.")
# Words each side of the figure.  Twelve (with no neighbour classes or bigrams then) cross-validated
# better than 24 (0.752 against 0.734 on 918 dev figures) with 57% fewer attributes to build and score; on
# the 1,952-article dev gold (14,597 figures) a wider window does better: 5-fold CV 0.7765 (12), 0.7787 (14),
# 0.7822 (16), 0.7867 (20). Twenty scores two thirds more words per figure than twelve.
WINDOW = 20
# A word joins the indicator when the model's marginal probability of I reaches this: gold indicators
# run ~8 words, and token F1 rewards taking a doubtful word over missing it (chosen by 5-fold
# cross-validation on the development gold, tools/train_indicator.py --cv 5).
THRESHOLD = 0.2
# Thresholds of kinds of figure that differ from THRESHOLD: none at present. A percentage took more of the doubtful
# words (0.1: what it is a share or a change of is written further from it, 'tỷ lệ hộ nghèo của huyện giảm còn 3,2%')
# until the 1,952-article dev gold, where 0.2 does better both held out (5-fold CV: percentages 766 -> 777 of 983;
# 0.15: 776, 0.25: 767) and on the gold the model is trained on (852 -> 876). An amount of money took fewer (0.25)
# until the same gold, where THRESHOLD does better (5-fold CV, amounts 1,597 -> 1,623 of 2,403; 0.18: 1,624, 0.15:
# 1,618 then; 1,682 against 1,674 now, but 1,987 against 2,000 on the training gold). Lower thresholds for counts
# (0.15: 7,913 against 7,887 of 9,659 held out) take too many words on the training gold (8,784 against 8,842).
KIND_THRESHOLD: dict[str, float] = {}
# At most this many words besides the figure's own, the likeliest: gold indicators are short (2-8 words), and a long
# run of doubtful words (a clause running on past the figure) costs more precision than it gains recall. Same
# cross-validation: 0.768 with no cap, 0.771 with 8 (6: 0.766, 7: 0.769).
MAX_WORDS = 8
# Kinds of figure whose quantity noun is said whole (data/quantity_nouns.txt, taken): 5-fold cross-validation by article
# on the 1,952-article dev gold, 14 indicators fixed and 4 broken (counts: 0 fixed, 10 broken; percentages: 3 and 2).
WHOLE_NOUN_KINDS = frozenset({"money", "measure"})


class Token(NamedTuple):
    """A word of the window: offsets into the text, the word, and its place relative to the figure."""

    start: int
    end: int
    text: str
    side: str  # L, F (inside the figure), R
    distance: int  # words between it and the figure
    breaks: int  # clause breaks between it and the figure


def window_tokens(text: str, lo: int, hi: int, start: int, end: int,
                  words: SentenceWords | None = None) -> list[Token]:
    """The words of text[lo:hi] within WINDOW words of the figure [start, end).

    ``words`` (:func:`sentence_words` of text[lo:hi]) lets the figures of one sentence share one scan of it."""
    if words is not None:
        found = _window_from(words, lo, hi, start, end)
        if found is not None:
            left, inside, right = found
        else:  # a window edge cuts a word: scanned as below
            words = None
    if words is None:
        left = [(m.start(), m.end(), m.group())
                for m in WORD_RE.finditer(text, max(lo, start - 300), start)][-WINDOW:]
        inside = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]
        right = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, end, min(hi, end + 300))][:WINDOW]
    out = []
    breaks = 0
    for k, (s, e, w) in enumerate(reversed(left)):
        if w in BREAKS:
            breaks += 1
        out.append(_new_token(Token, (s, e, w, "L", k + 1, breaks)))
    out.reverse()
    out.extend(_new_token(Token, (s, e, w, "F", 0, 0)) for s, e, w in inside)
    breaks = 0
    for k, (s, e, w) in enumerate(right):
        out.append(_new_token(Token, (s, e, w, "R", k + 1, breaks)))
        if w in BREAKS:
            breaks += 1
    return out


# Token(...) without the Python frame of the named tuple's __new__ (numbers._new_word): every figure's window is made
# of them.
_new_token = tuple.__new__


class SentenceWords(NamedTuple):
    """The WORD_RE words of one sentence: their starts, ends and texts."""

    starts: list[int]
    ends: list[int]
    texts: list[str]


def sentence_words(text: str, lo: int, hi: int) -> SentenceWords:
    """The words of text[lo:hi], for :func:`window_tokens` of each figure of that sentence."""
    found = list(WORD_RE.finditer(text, lo, hi))
    return SentenceWords([m.start() for m in found], [m.end() for m in found], [m.group() for m in found])


_Rows = list[tuple[int, int, str]]  # (start, end, text) of words


def _window_from(words: SentenceWords, lo: int, hi: int, start: int, end: int) -> tuple[_Rows, _Rows, _Rows] | None:
    """(left, inside, right) of window_tokens read from the sentence's words, or None where a bound of the
    window's scans (300 characters before, the figure's edges, 300 after) falls inside a word: a scan that
    starts or stops there reads other words than the sentence's."""
    starts, ends, texts = words
    if start < lo or end > hi:
        return None
    first = max(lo, start - 300)
    last = min(hi, end + 300)
    a = bisect_left(starts, first)  # the first word at or after each bound
    f = bisect_left(starts, start)
    g = bisect_left(starts, end)
    for k, bound in ((a, first), (f, start), (g, end)):
        if k and ends[k - 1] > bound:
            return None
    b = bisect_right(ends, last, g)  # past the words that end by the right bound
    if b < len(starts) and starts[b] < last:
        return None

    def rows(i: int, j: int) -> _Rows:
        return list(zip(starts[i:j], ends[i:j], texts[i:j], strict=True))
    return rows(max(a, f - WINDOW), f), rows(f, g), rows(g, min(b, g + WINDOW))


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


def token_features(tokens: list[Token], kind: str) -> list[list[str]]:
    """CRFsuite attribute lists, one per token."""
    words = [_word_attrs(t.text) for t in tokens]
    unit = next((w.low for t, w in zip(tokens, words, strict=True) if t.side == "F" and t.text[0].isalpha()), "-")
    edge, last = _EDGE, len(tokens) - 1
    feats = []
    for i, (t, w) in enumerate(zip(tokens, words, strict=True)):
        side_f, d_f, b_f, kind_f, sw, sbc, ds, kd, near = _place_attrs(kind, t.side, t.distance, t.breaks)
        after = words[i + 1] if i < last else edge
        feats.append([w.w, sw + w.low, w.shape_f, side_f, d_f, b_f, kind_f, w.cls_f, sbc + w.cls, ds + w.shape, kd,
                      f"u={unit}{near}", (words[i - 2] if i > 1 else edge).as_2, (words[i - 1] if i else edge).as_1,
                      after.as1, (words[i + 2] if i < last - 1 else edge).as2, f"bgn={w.low}|{after.low}"])
    return feats


class _Attrs(NamedTuple):
    """What token_features reads of a word wherever it stands: its lower case, shape and fact_words class, its w=,
    shape= and cls= attributes, and its w-2=, w-1=, w1=, w2= attributes as a neighbour."""

    low: str
    shape: str
    cls: str
    w: str
    shape_f: str
    cls_f: str
    as_2: str
    as_1: str
    as1: str
    as2: str


@lru_cache(maxsize=1 << 12)  # the same few thousand words recur in every window; ten strings a word: ~3 MB
def _word_attrs(word: str) -> _Attrs:
    low, shape = word.lower(), _shape(word)
    cls = word_class(low)
    return _Attrs(low, shape, cls, f"w={low}", f"shape={shape}", f"cls={cls}", f"w-2={low}", f"w-1={low}", f"w1={low}",
                  f"w2={low}")


_EDGE = _Attrs("<edge>", "", "", "", "", "", "w-2=<edge>", "w-1=<edge>", "w1=<edge>", "w2=<edge>")  # past the window


@lru_cache(maxsize=1 << 12)
def _place_attrs(kind: str, side: str, distance: int, breaks: int) -> tuple[str, ...]:
    """What token_features reads of a token's place relative to the figure: its side=, d=, b=, kind= attributes,
    the heads of its sw=, side_b_cls= and ds= attributes, its kd= attribute and the tail of its u= attribute."""
    dist, b1 = min(distance, 8), min(breaks, 1)
    near = min(dist, 3)
    return (f"side={side}", f"d={side}{dist}", f"b={side}{min(breaks, 2)}", f"kind={kind}", f"sw={side}{b1}",
            f"side_b_cls={side}{b1}", f"ds={side}{dist}", f"kd={kind}{side}{near}", f"{side}{near}")


def tag_indicator(text: str, lo: int, hi: int, start: int, end: int, kind: str,
                  words: SentenceWords | None = None) -> list[Token]:
    """The words of the sentence text[lo:hi] the model says belong to the indicator of figure [start, end);
    ``words``: the sentence's words (:func:`sentence_words`), when its figures share them."""
    tokens = window_tokens(text, lo, hi, start, end, words)
    if not tokens:
        return []
    model = _model()
    return taken(tokens, marginals(model, _state_scores(tokens, kind), _inside()), kind)


def taken(tokens: list[Token], probs: list[float], kind: str = "count") -> list[Token]:
    """The words (not numbers or marks) whose probability of I reaches the threshold of the figure's kind
    (KIND_THRESHOLD, else THRESHOLD), in text order: the figure's own, and the MAX_WORDS likeliest of the others (the
    nearer first between equals); for an amount or a measure, a quantity noun half taken is taken whole
    (:func:`_whole_nouns`)."""
    least = KIND_THRESHOLD.get(kind, THRESHOLD)
    kept = [(p, k) for k, (t, p) in enumerate(zip(tokens, probs, strict=True)) if p >= least and t.text[0].isalpha()]
    around = [(p, k) for p, k in kept if tokens[k].side != "F"]
    if len(around) > MAX_WORDS:
        dropped = set(sorted(around, key=lambda pk: (-pk[0], tokens[pk[1]].distance))[MAX_WORDS:])
        kept = [pk for pk in kept if pk not in dropped]
    indexes = [k for _, k in kept]
    if kind in WHOLE_NOUN_KINDS:
        indexes = _whole_nouns(tokens, indexes)
    return [tokens[k] for k in indexes]


@cache
def _quantity_nouns() -> frozenset[tuple[str, str]]:
    """The two syllables of each noun of ``data/quantity_nouns.txt``, in lower case."""
    return frozenset((a.lower(), b.lower()) for a, b in (n.split() for n in lexicon_words("quantity_nouns.txt")))


def _whole_nouns(tokens: list[Token], indexes: list[int]) -> list[int]:
    """The taken word indexes, and the other syllable of a quantity noun one of whose syllables is taken ('Sản' of
    'Sản lượng lúa': "Sản lượng"), in text order."""
    nouns, kept, last = _quantity_nouns(), set(indexes), len(tokens) - 1
    added = set()
    for k in indexes:
        low = tokens[k].text.lower()
        if k and k - 1 not in kept and (tokens[k - 1].text.lower(), low) in nouns:
            added.add(k - 1)
        if k < last and k + 1 not in kept and (low, tokens[k + 1].text.lower()) in nouns:
            added.add(k + 1)
    return sorted(kept | added) if added else indexes


# -- scoring ----------------------------------------------------------------------------------------
# A token's state score adds the weights of its 17 token_features attributes in their order. The first twelve
# depend only on the word, its place and the figure's kind and unit, and recur from window to window: their sum is
# cached (_head_score); the neighbours' and the word pair's weights are added to it, in order, per window. The
# scores and marginals are those python-crfsuite gives for token_features (tests/extract/test_indicator_tagger.py
# compares them bit for bit) at about a third of the cost.

@cache
def _model() -> CrfWeights:
    return read_weights(MODEL_PATH)


@cache
def _inside() -> int:
    return _model().labels.index("I")


@cache
def _pairs() -> dict[str, complex]:
    """Attribute -> its weights (crf_weights.pair), for every attribute the model knows."""
    return {attr: pair(w) for attr, w in _model().state.items()}


def _weight(attribute: str) -> complex:
    """The weights (crf_weights.pair) of one attribute (none: 0j; only an attribute holding a NUL, which crfsuite
    reads up to it, is looked up again)."""
    found = _pairs().get(attribute)
    if found is not None:
        return found
    return pair(_model().weights(attribute)) if "\x00" in attribute else 0j


class _WordWeights(NamedTuple):
    """A word's lower case and the weights of the attributes it gives a neighbour (w-2=, w-1=, w1=, w2=)."""

    low: str
    as_2: complex
    as_1: complex
    as1: complex
    as2: complex


@lru_cache(maxsize=1 << 12)
def _word_weights(word: str) -> _WordWeights:
    return _weights_of(_word_attrs(word))


def _weights_of(a: _Attrs) -> _WordWeights:
    return _WordWeights(a.low, *map(_weight, (a.as_2, a.as_1, a.as1, a.as2)))


@cache
def _edge_weights() -> _WordWeights:
    return _weights_of(_EDGE)


@lru_cache(maxsize=1 << 14)
def _head_score(word: str, kind: str, side: str, distance: int, breaks: int, unit: str) -> complex:
    """The sum of the weights of a token's first twelve attributes in token_features (w= to u=: the word at its place
    before a figure of this kind and unit), which decide it alone; the rest are added in _state_scores."""
    w = _word_attrs(word)
    side_f, d_f, b_f, kind_f, sw, sbc, ds, kd, near = _place_attrs(kind, side, distance, breaks)
    score = 0j
    for attribute in (w.w, sw + w.low, w.shape_f, side_f, d_f, b_f, kind_f, w.cls_f, sbc + w.cls, ds + w.shape, kd,
                      f"u={unit}{near}"):
        score += _weight(attribute)
    return score


def _state_scores(tokens: list[Token], kind: str) -> list[complex]:
    """Each token's state scores: the weights of its token_features attributes, added in the order listed there."""
    get, weight, head = _pairs().get, _weight, _head_score
    words = [_word_weights(t.text) for t in tokens]
    unit = next((w.low for t, w in zip(tokens, words, strict=True) if t.side == "F" and t.text[0].isalpha()), "-")
    edge = _edge_weights()
    padded = [edge, edge, *words, edge, edge]  # padded[i + 2] is token i
    out = []
    for i, (_, _, text, side, distance, breaks) in enumerate(tokens):
        after = padded[i + 3]
        key = f"bgn={padded[i + 2].low}|{after.low}"
        out.append(head(text, kind, side, distance, breaks, unit) + padded[i].as_2 + padded[i + 1].as_1 + after.as1
                   + padded[i + 4].as2 + (get(key) or (weight(key) if "\x00" in key else 0j)))  # half the pairs: none
    return out


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
    """Figure key -> (head words, words that already say the head), from ``data/indicator_heads.tsv`` (a two-word
    noun written with "_": 'thu_nhập' says it, a bare 'thu' of 'thu giữ' does not)."""
    out = {}
    for line in (DATA_DIR / "indicator_heads.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, head, said = line.split("\t")
            out[key] = (tuple(head.split()), frozenset(said.split()))
    return out


def _per(unit: str) -> str:
    """The thing a rate is per, as the heads file keys it: 'đồng/kg' -> "/kg", 'đồng/1 kg' -> "/kg"; '' for no rate."""
    if "/" not in unit:
        return ""
    words = unit.split("/", 1)[1].lower().split()
    if words and words[0].isdigit():
        words = words[1:]
    return "/" + words[0] if words else ""


def with_head(words: list[str], kind: str, unit: str) -> list[str]:
    """The phrase's words headed by the noun its kind of figure is a quantity of ('tiền' for money, 'giá' for money per
    kilo or per piece of goods, 'diện tích' for an area: data/indicator_heads.tsv) when none of them says it already."""
    heads = _heads()
    if kind == "money":
        found = heads.get("money" + _per(unit)) or heads.get("money")
    else:
        found = heads.get(" ".join(unit.lower().split()))
    if found is None or not words:
        return words
    head, said = found
    lows = [w.lower() for w in words]
    pairs = {f"{a}_{b}" for a, b in zip(lows, lows[1:], strict=False)}  # a two-word noun of the file ('thu_nhập')
    return words if not said.isdisjoint(lows) or not said.isdisjoint(pairs) else [*head, *words]


@cache
def _passive() -> dict[str, str]:
    """First syllable of a verb -> the passive marker its counted noun takes (``data/passive_verbs.tsv``)."""
    return {verb: marker for verb, marker in read_entries("passive_verbs.tsv") if marker}


def with_voice(words: list[str], kind: str) -> list[str]:
    """A count's phrase with the passive marker its verb takes ('đối tượng bắt giữ' -> "đối tượng bị bắt giữ", 'tập thể
    khen thưởng' -> "tập thể được khen thưởng"), put before the verb, when the phrase has no marker yet."""
    if kind != "count" or any(w.lower() in ("bị", "được") for w in words):
        return words
    verbs = _passive()
    for k, w in enumerate(words):
        if (marker := verbs.get(w.lower())) is not None:
            return [*words[:k], marker, *words[k:]]
    return words
