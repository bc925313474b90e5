"""A figure fact decided by the rules and a small learned model together: whether a figure is a stock or a
flow (its period's kind).

The rules (``extract.periods``) read a handful of cue words; where nothing stands near the figure they guess,
and on the development gold they miss one period kind in six. The model is a maximum-entropy classifier
(python-crfsuite on a one-item sequence, the library the indicator tagger uses) that reads the rules' verdict
with the words around the figure (its clause, the words after it, the sentence's opening, their fact_words
classes), its unit and taxonomy key. It is trained by ``tools/train_fact_models.py`` on the development gold
(tests/fixtures/corpus/dev and the seeds) and shipped as ``data/period_kind.crfsuite``. (The place's scope had
such a model too; once the rules matched it in cross-validation and beat it on the blind split it was dropped,
and the rules of ``extract.facts`` decide the place alone.)
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from extract.crf_weights import pair, read_weights
from extract.fact_context import ArticleContext, cue_res
from extract.indicator_tagger import SentenceWords, sentence_words, word_class
from extract.lexicon import DATA_DIR, crf_tagger
from extract.types import Figure

__all__ = ["FactModel", "PERIOD_KIND", "kind_features", "sentence_words_of"]

LEFT, RIGHT, OPENING = 8, 5, 3  # words read before the figure, after it, at the sentence's start

# a sentence's words (_sentence_words): starts, ends, lower-case texts, the attributes of its opening
Words = tuple[list[int], list[int], list[str], list[str]]


class FactModel:
    """A classifier of one fact, loaded on first use. Switched :meth:`off` (tools/train_fact_models.py gathering
    its training data, tests of the rules) the rules' verdict stands and each figure's attributes are recorded by
    the figure's start."""

    def __init__(self, name: str) -> None:
        self.path = DATA_DIR / f"{name}.crfsuite"
        self.recorded: dict[int, list[str]] | None = None

    @property
    def tagger(self) -> Any:
        """The model's crfsuite tagger, opened on first use."""
        return crf_tagger(self.path)

    @contextmanager
    def off(self) -> Iterator[dict[int, list[str]]]:
        """Within the block the rules decide alone; the dict it gives fills with each figure's attributes."""
        self.recorded = {}
        try:
            yield self.recorded
        finally:
            self.recorded = None

    def decide(self, start: int, features: list[str], rule: str) -> str:
        """The fact's label for a figure starting at ``start`` (normalised offset)."""
        if self.recorded is not None:
            self.recorded[start] = features
            return rule
        scoring = _scoring(self.path)
        if scoring is None:
            return self.tagger.tag([features])[0]
        (first, second), get, weights = scoring
        score = 0j
        for attribute in features:  # in the item's order, as crfsuite adds them (crf1dt_state_score)
            score += get(attribute) or (pair(weights(attribute)) if "\x00" in attribute else 0j)
        return second if score.real < score.imag else first  # crfsuite's Viterbi keeps the first of equal scores


@cache
def _scoring(path: Path) -> tuple[tuple[str, str], Any, Any] | None:
    """A two-label model's labels, the lookup of an attribute's weights as one complex number (crf_weights.pair:
    label 0's the real part) and its weights up to a NUL, read once (extract.crf_weights): a one-item sequence is
    labelled by the larger of its two state scores, the sums of its attributes' weights, which crf_weights adds as
    crfsuite does. About fifty times cheaper than passing the attribute strings through python-crfsuite per figure.
    None for a model of more labels (python-crfsuite tags it)."""
    model = read_weights(path)
    if len(model.labels) != 2:
        return None
    pairs = {attribute: pair(w) for attribute, w in model.state.items()}
    return (model.labels[0], model.labels[1]), pairs.get, model.weights


PERIOD_KIND = FactModel("period_kind")  # labels: as_of, during


def sentence_words_of(ctx: ArticleContext, sentence: int) -> SentenceWords:
    """The WORD_RE words of a sentence, scanned once for all its figures (their indicator windows and the
    attributes here)."""
    def compute() -> SentenceWords:
        sent = ctx.doc.sentences[sentence]
        return sentence_words(ctx.doc.text, sent.start, sent.end)
    return ctx.memo(("sentence_words", sentence), compute)


def _sentence_words(ctx: ArticleContext, sentence: int) -> Words:
    """(starts, ends, lower-case words, the opening's attributes) of a sentence's words, once per sentence: its
    figures read their windows from these by bisection."""
    def compute() -> Words:
        sent = ctx.doc.sentences[sentence]
        starts, ends, texts = sentence_words_of(ctx, sentence)
        lows = [w.lower() for w in texts]
        opening = [w for e, w in zip(ends, lows, strict=True) if e <= sent.start + 60][:OPENING]
        return (starts, ends, lows, [f"open={' '.join(opening[:2])}", *(f"ow={w}" for w in opening)])
    return ctx.memo(("words", sentence), compute)


def _between(words: Words, lo: int, hi: int) -> list[str]:
    """The words of a sentence (its _sentence_words) that lie within [lo, hi)."""
    starts, ends, lows, _ = words
    return lows[bisect_left(starts, lo):bisect_right(ends, hi)]


def _words(words: Words, start: int, end: int, left_from: int) -> list[str]:
    """Attributes of the words around a figure at [start, end) of a sentence (its _sentence_words): before it from
    ``left_from`` on, after it in its sentence, and the sentence's opening."""
    left = _between(words, max(left_from, start - 200), start)[-LEFT:]
    right = _between(words, end, end + 120)[:RIGHT]
    return [*words[3], *(f"l{k}={w}" for k, w in enumerate(reversed(left[-3:]), 1)),
            *(f"lw={w}" for w in left), *(f"lc={word_class(w)}" for w in left),
            *(f"r{k}={w}" for k, w in enumerate(right[:2], 1)), *(f"rw={w}" for w in right),
            *(f"rc={word_class(w)}" for w in right)]


def kind_features(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int,
                  rule: str, default: str | None, key: str | None, dated: bool) -> list[str]:
    """The attributes of a figure's period kind: ``rule`` is the cue rules' verdict (stock, flow), ``default``
    and ``key`` its indicator's taxonomy period and key, ``dated`` whether its sentence or paragraph gives a date."""
    text = ctx.doc.text
    sent = ctx.doc.sentences[sentence]
    clause = ctx.clause_of(sentence, start)
    words = _sentence_words(ctx, sentence)
    unit = next(iter(figure.unit.split()), "-").lower()
    feats = [f"rule={rule}", f"default={default or '-'}", f"key={key or '-'}", f"unit={unit}", f"fkind={figure.kind}",
             f"rule_unit={rule}{unit}", f"clause_open={clause == sent.start}", *_words(words, start, end, clause)]
    if clause > sent.start:  # the words of the sentence before the figure's clause ("Hiện nay, ..., có 12 ...")
        feats += [f"sw={w}" for w in sorted(set(_between(words, clause - 150, clause)))]
    feats += ctx.memo(("kind_cues", sentence), lambda: [  # once per sentence: a long one holds many figures
        f"cue_{kind}={cue_res()[kind].search(text, sent.start, sent.end) is not None}" for kind in ("stock", "flow")])
    dates = ctx.sentence_dates(sentence)  # in text order
    last = ctx.dates_before(sentence, start, last=1)
    feats.append(f"dates_before={bool(last)}")
    feats.append(f"dates_after={bool(dates) and dates[-1].start >= end}")
    # what generalises across articles (5-fold CV by article on the dev gold and seeds, 10,532 figures of 1,652 articles:
    # 0.845 -> 0.848): the precision of the date before the figure ('Năm 2022, ...' a span, 'Đến ngày 30/6, ...' a moment),
    # where the sentence stands (the title and lead report the event, later ones background), a rate ('đồng/kg')
    # and the two words right before the figure together ('hiện có', 'tạm giữ'). (Whether the figure stands in an
    # aside in brackets, the nearest cue word before it and its distance, or whether the article has a publication
    # date did not help.)
    starts, _, lows, _ = words
    k = bisect_left(starts, start)
    feats += [f"date_precision={last[-1].precision if last else '-'}",
              f"sentence={sentence if sentence < 6 else 6 if sentence < 10 else 10}",
              f"head={sentence in ctx.head_sentences}", f"first_paragraph={ctx.sentence_paragraph[sentence] == 0}",
              f"rate={'/' in figure.unit}",
              f"l12={'_'.join(lows[max(0, k - 2):k])}"]
    # whether the sentence or its paragraph dates the figure, alone and with whether the article has a publication
    # date: a figure nothing dates is told as background, which the gold reads as a stock more often (a price, a size,
    # a description); 5-fold CV on the 1,899-article dev gold: 0.8507 -> 0.8536 (the first alone 0.8526, with
    # whether the head dates anything too 0.8533)
    feats += [f"dated={dated}", f"dated_ref={dated}{ctx.reference is not None}"]
    return feats


