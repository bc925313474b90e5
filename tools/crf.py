"""What the CRF trainers (train_indicator.py, train_fact_models.py, train_model_tagger.py) share: the development gold and where its
figures stand in their texts, writing a crfsuite model, and k-fold cross-validation by article (all of an
article's rows in the same fold)."""
from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.normalize import normalize_tone

ROOT = Path(__file__).resolve().parents[1]
# (gold folder, text folder): the corpus's dev split and the seeds; the blind split is never read for training
GOLD = [(ROOT / "tests/fixtures/corpus/dev/gold", ROOT / "tests/fixtures/corpus/dev/texts"),
        (ROOT / "tests/fixtures/gold", ROOT / "tests/fixtures/seeds")]


def gold_articles() -> Iterator[tuple[str, dict, str]]:
    """(stem, gold annotation, raw text) of every development article."""
    for gold_dir, text_dir in GOLD:
        for path in sorted(gold_dir.glob("*.gold.json")):
            stem = path.name.removesuffix(".gold.json")
            yield (stem, json.loads(path.read_text(encoding="utf-8")),
                   (text_dir / f"{stem}.txt").read_text(encoding="utf-8"))


def located(text: str, figures: list[dict]) -> Iterator[tuple[dict, int, int]]:
    """(gold figure, start, end) in the normalised ``text`` of each figure found there: a figure written twice is
    the next occurrence after the last one taken, in the gold's order. An occurrence counts where it stands alone
    (:func:`_alone`: '5' is not the one of '550', '2,5' or '01/03/2025', '9 người' not the end of '19 người'); only a
    figure the text never writes alone (glued to the next word, '1,60mx2,60m'; a share, '3/5 đối tượng') is taken
    where it is written within other text."""
    cursor: dict[str, int] = {}
    for fig in figures:
        needle = normalize_tone(unicodedata.normalize("NFC", fig["text"]))
        found = _alone(needle).search(text, cursor.get(needle, 0))
        start = found.start() if found else text.find(needle, cursor.get(needle, 0))
        if start < 0:
            continue
        cursor[needle] = start + len(needle)
        yield fig, start, start + len(needle)


@lru_cache(maxsize=1 << 12)
def _alone(needle: str) -> re.Pattern[str]:
    """``needle`` where it stands alone: a number not run on from or into another one (digits, or digits after a
    '.', ',' or '/' of the same number), a word not run on from or into another word. A number glued to a word
    ('công suất150.000test') still stands alone: the two are of different kinds."""
    head = tail = ""
    if needle[:1].isdigit():
        head = r"(?<!\d)(?<!\d[.,/])"
    elif needle[:1].isalpha():
        head = r"(?<![^\W\d_])"
    if needle[-1:].isdigit():
        tail = r"(?!\d)(?![.,/]\d)"
    elif needle[-1:].isalpha():
        tail = r"(?![^\W\d_])"
    return re.compile(head + re.escape(needle) + tail)


def fold_word(word: str) -> str:
    """A word as the trainers compare it: NFC, one tone style, case-folded."""
    return normalize_tone(unicodedata.normalize("NFC", word)).casefold()


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
