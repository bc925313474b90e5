"""The package graph is a rule, checked here (so in `make test`): docs/ARCHITECTURE.md.

* import-linter contracts (pyproject.toml, [tool.importlinter]): one direction, tinmine > pipelines > crawler >
  warehouse > extract; extract imports none of the others, warehouse only extract, crawler never pipelines;
* no import hidden inside a function to dodge a cycle: an import inside a function is there to save start-up
  time, and says so with a comment containing "lazy" (on its line or right above its group of imports);
* the product packages never import the development tooling (tests, benchmarks, tools).
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("extract", "warehouse", "crawler", "pipelines", "tinmine")
TOOLING = ("tests", "benchmarks", "tools")


def product_files() -> list[Path]:
    return sorted(p for pkg in PRODUCT for p in (ROOT / pkg).rglob("*.py"))


def test_import_contracts_hold() -> None:
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "broken" in done.stdout and " 0 broken" in done.stdout


def _function_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found = []

    def visit(node: ast.AST, inside: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)) and inside:
                found.append(child)
            visit(child, inside or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    visit(tree, False)
    return found


def _commented_lazy(lines: list[str], lineno: int) -> bool:
    if "lazy" in lines[lineno - 1].split("#", 1)[-1] and "#" in lines[lineno - 1]:
        return True
    i = lineno - 2
    while i >= 0 and lines[i].strip().startswith(("from ", "import ")):
        i -= 1
    while i >= 0 and lines[i].strip().startswith("#"):
        if "lazy" in lines[i]:
            return True
        i -= 1
    return False


@pytest.mark.parametrize("path", product_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_function_level_imports_are_lazy_on_purpose(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    hidden = [f"{path.relative_to(ROOT)}:{node.lineno}" for node in _function_imports(ast.parse(text))
              if not _commented_lazy(lines, node.lineno)]
    assert not hidden, f"imports inside functions without a '# lazy: why' comment: {hidden}"


@pytest.mark.parametrize("path", product_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_product_never_imports_development_tooling(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
        assert not [n for n in names if n.split(".")[0] in TOOLING], f"{path}:{getattr(node, 'lineno', '?')}"
