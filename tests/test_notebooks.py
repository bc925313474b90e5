"""The notebooks run top to bottom against a demo-like warehouse, draw their plots, and are stored without outputs."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.report_fixtures import demo_db  # noqa: F401  (fixture)

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ("coverage_analysis", "figures_database")
# The pictures each draws: coverage over time per outlet and the officials timeline; top indicators by province.
PLOTS = {"coverage_analysis": 2, "figures_database": 1}


def test_notebooks_are_present():
    assert {p.stem for p in NOTEBOOKS.glob("*.ipynb")} >= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_stored_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs(name, demo_db, monkeypatch):  # noqa: F811
    monkeypatch.setenv("TINMINE_DB", str(demo_db))  # the kernel inherits the environment
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert str(demo_db) in text  # it read the warehouse it was pointed at
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(images) == PLOTS[name]
