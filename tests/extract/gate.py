"""Shared by the accuracy gates: run extract_all over gold-annotated texts and score them."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from datetime import date
from pathlib import Path

from extract import extract_all
from tests.conftest import FIXTURES


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score", FIXTURES / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_floors(name: str) -> dict[str, float]:
    """F1 floors of a gate, from a JSON file next to this module."""
    return json.loads((Path(__file__).parent / name).read_text(encoding="utf-8"))


def predictions(golds: dict[str, dict], texts: dict[str, str]) -> dict[str, dict]:
    """extract_all's JSON of each of ``texts`` that ``golds`` annotates, at the gold's reference date."""
    preds = {}
    for stem, g in golds.items():
        ref = date.fromisoformat(g["reference_date"]) if g.get("reference_date") else None
        preds[stem] = extract_all(texts[stem], reference=ref).to_json(stem)
    return preds


def summarise(golds: dict[str, dict], preds: dict[str, dict]) -> dict[str, float]:
    """F1 per field (the scorer's summary line) of ``preds`` against ``golds``."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _load_scorer().score(golds, preds, verbose=False)
    line = next(x for x in out.getvalue().splitlines() if x.startswith("summary: "))
    return {k: float(v) for k, v in (kv.split("=") for kv in line.removeprefix("summary: ").split())}


def score_summary(golds: dict[str, dict], texts: dict[str, str]) -> dict[str, float]:
    """F1 per field (the scorer's summary line) of extract_all over ``texts`` against ``golds``."""
    return summarise(golds, predictions(golds, texts))
