"""What the CRF trainers (train_indicator.py, train_fact_models.py) share: writing a crfsuite model, and k-fold
cross-validation by article (all of an article's rows in the same fold)."""
from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any


def train_crf(sequences: Iterable[tuple[list, list[str]]], params: dict[str, Any], path: Path) -> None:
    """Train a crfsuite model on (attribute lists, labels) sequences and write it to ``path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in sequences:
        trainer.append(feats, labels)
    trainer.set_params(params)
    trainer.train(str(path))


def held_out(data: list[tuple], folds: int, fit: Callable[[list[tuple], Path], None],
             name: str) -> Iterator[tuple[Any, list[tuple]]]:
    """Per fold: a tagger ``fit`` on the other articles' rows, and the fold's rows (each row starts with its
    article). The articles are shuffled with a fixed seed, so folds are the same from run to run."""
    import pycrfsuite

    articles = sorted({row[0] for row in data})
    random.Random(7).shuffle(articles)
    for k in range(folds):
        held = set(articles[k::folds])
        model = Path(f"/tmp/{name}-cv-{k}.crfsuite")
        fit([row for row in data if row[0] not in held], model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        yield tagger, [row for row in data if row[0] in held]
