"""Shared fixtures: the bundled seed articles and their gold annotations."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
GOLD = FIXTURES / "gold"


HELDOUT = FIXTURES / "heldout"
# Modules that measure time, run a benchmark, a browser or notebooks: left out of `make test-fast`.
TIMING_MODULES = {"test_linear_time.py", "test_dates_linear.py", "test_figures_linear.py", "test_bench_extract.py",
                  "test_bench.py", "test_report_browser.py", "test_notebooks.py"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of TIMING_MODULES 'timing'."""
    for item in items:
        if item.path.name in TIMING_MODULES:
            item.add_marker(pytest.mark.timing)


def seed_texts(directory: Path = SEEDS) -> dict[str, str]:
    """Article texts by stem (the seeds unless another folder is given)."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))}


def gold_docs(directory: Path = GOLD) -> dict[str, dict]:
    """Gold annotations by article stem (the seeds' unless another folder is given)."""
    return {p.name.removesuffix(".gold.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(directory.glob("*.gold.json"))}


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return seed_texts()


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return gold_docs()
