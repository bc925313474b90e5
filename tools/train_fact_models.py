"""Train the figure-fact model of extract.fact_models (period kind) on the gold facts.

    .venv/bin/python tools/train_fact_models.py               # train on the dev corpus and the seeds
    .venv/bin/python tools/train_fact_models.py --cv 5        # k-fold estimate by article, no model written

(A place-scope model trained here too until 2026-12-01: by then the rules alone scored as well in 5-fold
cross-validation on the 1,638-article dev gold, 0.722 against 0.717, and better on the blind split, 0.720 against
0.707, so it was dropped; git history has it. A ranker of the places the cascade of extract/facts.py could pick
from, tried on 2026-12-03 (the sentence's places before and after the figure, the paragraph's, the scene before it,
the head's and the article's place, the nation, each with the levels above it, and the cascade's own pick: 3.1
candidates per figure, the gold's among them for 88.8% of 13,753 dev figures), scored each candidate with a binary
model of this kind (source, level, role, the word before the place, distance, relation to the cascade's pick, the
figure's kind, unit, key and words, the article's other picks). In 5-fold CV by article it lost to the rules at every
setting: place 0.750-0.755 and scope 0.790-0.796 against 0.755 and 0.796; the cascade's errors are of single
articles (two thirds of them in articles where most figures miss), which no attribute carried across folds.)

Each article is extracted with the models off (the rules decide) while the attributes each model
would read are recorded, by figure; a gold figure found at the same place in the text gives the
label (its period's kind, its place's scope). Only the development gold is used: the blind split is
never read here.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import extract_all, prepare  # noqa: E402
from extract.fact_models import PERIOD_KIND, FactModel  # noqa: E402
from tools.crf import gold_articles, held_out, located, train_crf  # noqa: E402

# name -> (model, the gold label of a figure, the rules' label read back from the attributes)
MODELS: dict[str, tuple[FactModel, Callable[[dict], Any], Callable[[list[str]], str]]] = {
    "period_kind": (PERIOD_KIND, lambda fig: (fig.get("period") or {}).get("kind"),
                    lambda feats: "as_of" if "rule=stock" in feats else "during"),
}
# c1 0.1 / c2 5.0, by 5-fold CV by article on the 707-article dev gold: place scope 0.755 (rules alone 0.742) against
# 0.743 (c1 0.1 / c2 1.0), 0.750 (c1 0.1 / c2 3.0) and 0.755 (c1 0 / c2 10); period kind 0.877 (rules 0.827), as good
# as c1 0.1 / c2 1.0. On the 826-article dev: period kind 0.887 (rules 0.829; the figures no 'từ ... đến nay'
# fixes), place scope 0.767 (rules 0.749). On the 1,115-article dev (with the article's own unit levels as an
# attribute of place scope): period kind 0.871 (rules 0.813), place scope 0.754 (rules 0.722).
# Letting the rules keep the kinds a cue word gave, and the model decide only the rest, scored 0.879 against 0.893
# (before the 'đến nay' figures were left out).
# Train after tools/train_indicator.py: the indicator's taxonomy key is one of the attributes.
PARAMS = {"c1": 0.1, "c2": 5.0, "max_iterations": 200}


def examples() -> dict[str, list[tuple[str, list[str], str]]]:
    """Per model: (article, attributes, gold label) for every gold figure the rules judged."""
    out: dict[str, list[tuple[str, list[str], str]]] = {name: [] for name in MODELS}
    for stem, gold, raw in gold_articles():
        with ExitStack() as stack:
            seen = {name: stack.enter_context(model.off()) for name, (model, *_) in MODELS.items()}
            extract_all(raw, reference=date.fromisoformat(gold["reference_date"]) if gold.get("reference_date") else None)
        for fig, start, end in located(prepare(raw).text, gold.get("figures", [])):
            for name, (_, label_of, _) in MODELS.items():
                at = next((s for s in range(start, end) if s in seen[name]), None)
                if at is not None and label_of(fig):
                    out[name].append((stem, seen[name][at], label_of(fig)))
    return out


def train(data: list, path: Path) -> None:
    train_crf((([feats], [label]) for _, feats, label in data), PARAMS, path)


def cross_validate(data: list, folds: int, rule_of: Callable[[list[str]], str]) -> tuple[float, float]:
    """(model accuracy, rules accuracy) on held-out articles."""
    ok = rules = total = 0
    for tagger, rows in held_out(data, folds, train, "fact-model"):
        for _, feats, label in rows:
            ok += tagger.tag([feats])[0] == label
            rules += rule_of(feats) == label
            total += 1
    return ok / total, rules / total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, default=0, help="k-fold estimate by article instead of training")
    ap.add_argument("--model", choices=sorted(MODELS), action="append", help="one model (default: all)")
    args = ap.parse_args()
    data = examples()
    for name in args.model or sorted(MODELS):
        model, _, rule_of = MODELS[name]
        rows = data[name]
        print(f"{name}: {len(rows)} gold figures from {len({a for a, *_ in rows})} articles")
        if args.cv:
            accuracy, rules = cross_validate(rows, args.cv, rule_of)
            print(f"  cross-validated accuracy: model {accuracy:.3f}, rules alone {rules:.3f}")
        else:
            train(rows, model.path)
            print(f"  wrote {model.path} ({model.path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
