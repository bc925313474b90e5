"""Train the stock-or-flow model of figure periods (extract/data/period_kind.crfsuite) on the gold period kinds.

    .venv/bin/python tools/train_period_kind.py               # train on the dev corpus and the seeds
    .venv/bin/python tools/train_period_kind.py --cv 5        # k-fold estimate by article, no model written

Each article is extracted with the model switched off (the cue rules decide), and the attributes
extract.period_kind builds for each figure are recorded; a gold figure found at the same place in the
text gives the label (``as_of`` or ``during``). Only the development gold is used: the blind split is
never read here.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import extract.periods as periods  # noqa: E402
from extract import extract_all, prepare  # noqa: E402
from extract.normalize import normalize_tone  # noqa: E402
from extract.period_kind import MODEL_PATH, THRESHOLD, kind_features  # noqa: E402

GOLD = [(ROOT / "tests/fixtures/corpus/dev/gold", ROOT / "tests/fixtures/corpus/dev/texts"),
        (ROOT / "tests/fixtures/gold", ROOT / "tests/fixtures/seeds")]
PARAMS = {"c1": 0.1, "c2": 1.0, "max_iterations": 200}


def _recorded(text: str, reference: date | None) -> dict[int, list[str]]:
    """The attributes of each figure the period rules judge, by its start in the normalised text."""
    seen: dict[int, list[str]] = {}

    def record(ctx, figure, start, *args):  # noqa: ANN001, ANN202 - the signature of kind_features
        feats = kind_features(ctx, figure, start, *args)
        seen[start] = feats
        return feats

    real = periods.kind_features, periods.stock_probability
    periods.kind_features, periods.stock_probability = record, lambda f: float("rule=stock" in f)
    try:
        extract_all(text, reference=reference)
    finally:
        periods.kind_features, periods.stock_probability = real
    return seen


def examples(gold_dir: Path, text_dir: Path) -> list[tuple[str, list[str], str]]:
    """(article, attributes, gold kind) for every gold figure with a period the rules judged."""
    out = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name.removesuffix(".gold.json")
        raw = (text_dir / f"{stem}.txt").read_text(encoding="utf-8")
        reference = date.fromisoformat(gold["reference_date"]) if gold.get("reference_date") else None
        seen = _recorded(raw, reference)
        text, cursor = prepare(raw).text, {}
        for fig in gold.get("figures", []):
            kind = (fig.get("period") or {}).get("kind")
            if kind not in ("as_of", "during"):
                continue
            needle = normalize_tone(unicodedata.normalize("NFC", fig["text"]))
            start = text.find(needle, cursor.get(needle, 0))
            if start < 0:
                continue
            cursor[needle] = start + len(needle)
            at = next((s for s in range(start, start + len(needle)) if s in seen), None)
            if at is not None:
                out.append((stem, seen[at], kind))
    return out


def train(data: list, path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for _, feats, label in data:
        trainer.append([feats], [label])
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def cross_validate(data: list, folds: int) -> tuple[float, float]:
    """(model accuracy, rules accuracy) on held-out articles."""
    import pycrfsuite

    articles = sorted({a for a, *_ in data})
    random.Random(7).shuffle(articles)
    ok = rules = total = 0
    for k in range(folds):
        held = set(articles[k::folds])
        model = Path(f"/tmp/period-kind-cv-{k}.crfsuite")
        train([d for d in data if d[0] not in held], model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for _, feats, label in (d for d in data if d[0] in held):
            tagger.set([feats])
            ok += ("as_of" if tagger.marginal("as_of", 0) >= THRESHOLD else "during") == label
            rules += ("as_of" if "rule=stock" in feats else "during") == label
            total += 1
    return ok / total, rules / total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, default=0, help="k-fold estimate by article instead of training")
    args = ap.parse_args()
    data = [e for gold_dir, text_dir in GOLD for e in examples(gold_dir, text_dir)]
    print(f"{len(data)} gold figures from {len({a for a, *_ in data})} articles")
    if args.cv:
        model, rules = cross_validate(data, args.cv)
        print(f"cross-validated kind accuracy: model {model:.3f}, rules alone {rules:.3f}")
        return
    train(data, MODEL_PATH)
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
