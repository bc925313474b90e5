"""Shared fixtures: the bundled seed articles and their gold annotations."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
GOLD = FIXTURES / "gold"


def seed_texts() -> dict[str, str]:
    """Seed article texts by stem."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def gold_docs() -> dict[str, dict]:
    """Gold annotations by article stem."""
    return {p.name.removesuffix(".gold.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(GOLD.glob("*.gold.json"))}


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return seed_texts()


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return gold_docs()
