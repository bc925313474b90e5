"""Whether a figure is a stock (``as_of`` a moment) or a flow (``during`` a span): the cue rules' verdict
weighed with the words around the figure by a small learned model.

The rules of ``extract.periods`` read a handful of cue words ("hiện có", "đang quản lý", "bắt giữ") and
fall back on the taxonomy's default; where no cue stands near the figure they guess, and on the
development gold they miss one kind in six. A maximum-entropy classifier (python-crfsuite on a
one-item sequence, the library the indicator tagger uses) reads the rule's verdict with the words of
the figure's clause, the words after it, the sentence's opening, the fact_words classes of those
words, the unit and the taxonomy key, and gives the probability of ``as_of``. It is trained by
``tools/train_period_kind.py`` on the development gold (tests/fixtures/corpus/dev and the seeds) and
shipped as ``data/period_kind.crfsuite``. An award keeps the rule's verdict (its day is the ceremony's).
"""
from __future__ import annotations

from functools import cache

from extract.fact_context import ArticleContext, clause_start, cue_res
from extract.indicator_tagger import WORD_RE, word_class
from extract.lexicon import DATA_DIR
from extract.types import Figure

__all__ = ["MODEL_PATH", "kind_features", "stock_probability"]

MODEL_PATH = DATA_DIR / "period_kind.crfsuite"
LEFT, RIGHT, OPENING = 8, 5, 3  # words read before the figure (in its clause), after it, at the sentence's start
# The model's as_of probability from which a figure is a stock (chosen by cross-validation,
# tools/train_period_kind.py --cv 5).
THRESHOLD = 0.5


def kind_features(ctx: ArticleContext, figure: Figure, start: int, end: int, sentence: int,
                  rule: str, default: str | None, key: str | None) -> list[str]:
    """The attributes of a figure at [start, end) (normalised offsets) of ``sentence``: ``rule`` is the cue
    rules' verdict, ``default`` and ``key`` its indicator's taxonomy period and key."""
    text = ctx.doc.text
    sent = ctx.doc.sentences[sentence]
    clause = clause_start(text, sent.start, start)
    left = [m.group().lower() for m in WORD_RE.finditer(text, max(clause, start - 200), start)][-LEFT:]
    right = [m.group().lower() for m in WORD_RE.finditer(text, end, min(sent.end, end + 120))][:RIGHT]
    opening = [m.group().lower() for m in WORD_RE.finditer(text, sent.start, min(sent.end, sent.start + 60))][:OPENING]
    unit = figure.unit.split()[0].lower() if figure.unit.split() else "-"
    feats = [f"rule={rule}", f"default={default or '-'}", f"key={key or '-'}", f"unit={unit}", f"fkind={figure.kind}",
             f"rule_unit={rule}{unit}", f"open={' '.join(opening[:2])}", f"clause_open={clause == sent.start}"]
    feats += [f"l{k}={w}" for k, w in enumerate(reversed(left[-3:]), 1)]
    feats += [f"lw={w}" for w in left] + [f"lc={word_class(w)}" for w in left]
    feats += [f"r{k}={w}" for k, w in enumerate(right[:2], 1)]
    feats += [f"rw={w}" for w in right] + [f"rc={word_class(w)}" for w in right]
    feats += [f"ow={w}" for w in opening]
    if clause > sent.start:  # the words of the sentence before the figure's clause ("Hiện nay, ..., có 12 ...")
        feats += [f"sw={w}" for w in sorted({m.group().lower()
                                              for m in WORD_RE.finditer(text, max(sent.start, clause - 150), clause)})]
    feats += ctx.memo(("kind_cues", sentence), lambda: [  # once per sentence: a long one holds many figures
        f"cue_{kind}={cue_res()[kind].search(text, sent.start, sent.end) is not None}" for kind in ("stock", "flow")])
    dates = ctx.sentence_dates(sentence)  # in text order
    feats.append(f"dates_before={bool(ctx.dates_before(sentence, start, last=1))}")
    feats.append(f"dates_after={bool(dates) and dates[-1].start >= end}")
    return feats


@cache
def _tagger():
    import pycrfsuite  # lazy, as in extract.indicator_tagger

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


def stock_probability(features: list[str]) -> float:
    """The model's probability that the figure is counted ``as_of`` a moment."""
    tagger = _tagger()
    tagger.set([features])
    return tagger.marginal("as_of", 0)
