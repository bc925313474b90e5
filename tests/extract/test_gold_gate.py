"""Accuracy gate: the shared scorer over the bundled gold; F1 floors may only be raised."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from datetime import date
from pathlib import Path

import pytest

from extract import extract_all
from tests.conftest import FIXTURES, gold_docs, seed_texts

FLOORS = json.loads((Path(__file__).parent / "gold_floors.json").read_text(encoding="utf-8"))


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score", FIXTURES / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    golds, texts = gold_docs(), seed_texts()
    preds = {}
    for stem, g in golds.items():
        ref = date.fromisoformat(g["reference_date"]) if g.get("reference_date") else None
        preds[stem] = extract_all(texts[stem], reference=ref).to_json(stem)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _load_scorer().score(golds, preds, verbose=False)
    line = next(x for x in out.getvalue().splitlines() if x.startswith("summary: "))
    return {k: float(v) for k, v in (kv.split("=") for kv in line.removeprefix("summary: ").split())}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_floor(summary: dict[str, float], field: str) -> None:
    assert summary[field] >= FLOORS[field], f"{field} F1 {summary[field]:.3f} fell below {FLOORS[field]}"
