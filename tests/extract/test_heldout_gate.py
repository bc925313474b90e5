"""Accuracy gate over the held-out articles (written independently of the seeds); floors may only go up.

Tune against the seeds, never against these texts: a fix must be a general language rule or
lexicon entry, so this gate measures how the rules carry to unseen articles.
"""
from __future__ import annotations

import pytest

from tests.conftest import HELDOUT, gold_docs, seed_texts
from tests.extract.gate import load_floors, score_summary

FLOORS = load_floors("heldout_floors.json")


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    return score_summary(gold_docs(HELDOUT / "gold"), seed_texts(HELDOUT / "seeds"))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_floor(summary: dict[str, float], field: str) -> None:
    assert summary[field] >= FLOORS[field], f"{field} F1 {summary[field]:.3f} fell below {FLOORS[field]}"
