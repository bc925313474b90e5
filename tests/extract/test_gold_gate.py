"""Accuracy gate: the shared scorer over the bundled gold; F1 floors may only be raised."""
from __future__ import annotations

import pytest

from tests.conftest import gold_docs, seed_texts
from tests.extract.gate import load_floors, score_summary

FLOORS = load_floors("gold_floors.json")


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    return score_summary(gold_docs(), seed_texts())


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_floor(summary: dict[str, float], field: str) -> None:
    assert summary[field] >= FLOORS[field], f"{field} F1 {summary[field]:.3f} fell below {FLOORS[field]}"
