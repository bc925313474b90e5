"""No file lost to an output flag: export, show and report never delete or overwrite what tinmine did not write.

Regressions of issue 11: `export --to DIR` emptied DIR's table-named folders, `show page.html` wrote over
its own input, `report --out` wrote over any file, the warehouse included.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.warehouse.helpers import seed_text, seeded_warehouse
from tinmine.app import app
from warehouse.export import MARKER, export
from warehouse.outputs import is_tinmine_page

pytestmark = pytest.mark.fault
runner = CliRunner()


def digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def tree(root: Path) -> dict[str, str]:
    """Every file under root with its content hash."""
    return {str(p.relative_to(root)): digest(p) for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return seeded_warehouse(tmp_path / "w.duckdb")


def one_line(result) -> str:
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


# -- export ----------------------------------------------------------------------------------------

def test_export_refuses_a_folder_it_did_not_make(db: Path, tmp_path: Path) -> None:
    """Regression: `export --to DIR` deleted DIR/models/... (a user's own folder named like a table)."""
    out = tmp_path / "mine"
    (out / "models").mkdir(parents=True)
    (out / "models" / "my_model.pkl").write_bytes(b"weights")
    (out / "notes.txt").write_text("keep me")
    before = tree(out)
    result = runner.invoke(app, ["export", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 1
    assert "not made by tinmine export" in one_line(result)
    assert tree(out) == before


def test_export_overwrite_replaces_table_folders_only(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    (out / "models").mkdir(parents=True)
    (out / "models" / "my_model.pkl").write_bytes(b"weights")
    (out / "notes.txt").write_text("keep me")
    result = runner.invoke(app, ["export", "--out", str(out), "--db", str(db), "--overwrite", "--by-year"])
    assert result.exit_code == 0, result.output
    assert (out / "notes.txt").read_text() == "keep me"  # outside every table path: never touched
    assert not (out / "models" / "my_model.pkl").exists() and (out / MARKER).is_file()


def test_export_again_into_its_own_folder(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    for fmt in ("parquet", "parquet", "csv"):
        result = runner.invoke(app, ["export", "--out", str(out), "--db", str(db), "--format", fmt, "--by-year"])
        assert result.exit_code == 0, result.output
    assert list((out / "figures").rglob("*.csv")) and not list((out / "figures").rglob("*.parquet"))
    (out / "README.txt").write_text("my notes beside the export")
    assert runner.invoke(app, ["export", "--out", str(out), "--db", str(db)]).exit_code == 0
    assert (out / "README.txt").read_text() == "my notes beside the export"
    assert not [p for p in out.iterdir() if p.name.startswith(".tinmine-export-staging")]


def test_export_refuses_a_stranger_inside_its_own_table_folder(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert runner.invoke(app, ["export", "--out", str(out), "--db", str(db), "--by-year"]).exit_code == 0
    stray = out / "figures" / "analysis.ipynb"
    stray.write_text("{}")
    result = runner.invoke(app, ["export", "--out", str(out), "--db", str(db), "--by-year"])
    assert result.exit_code == 1 and "did not write" in one_line(result)
    assert stray.read_text() == "{}"


def test_failed_export_leaves_the_last_one_whole(db: Path, tmp_path: Path, monkeypatch) -> None:
    import warehouse.export as export_module

    out = tmp_path / "export"
    con = warehouse.connect(db, read_only=True)
    try:
        export(con, out)
        before = tree(out)

        def broken(*args, **kwargs):
            raise RuntimeError("disk full")

        monkeypatch.setattr(export_module, "run_sql", broken)
        with pytest.raises(RuntimeError):
            export(con, out)
    finally:
        con.close()
    assert tree(out) == before


def test_export_refuses_a_file_as_folder(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--to", str(db), "--db", str(db)])
    assert result.exit_code == 1 and "is a file" in one_line(result)
    con = warehouse.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(1,)]
    con.close()


# -- show ------------------------------------------------------------------------------------------

@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Bài</title></head><body><article><p>" + seed_text() + "</p></article>"
                    "</body></html>", encoding="utf-8")
    return path


def test_show_never_writes_over_its_input(page: Path) -> None:
    """Regression: `tinmine show page.html` wrote page.html over its own input."""
    before = digest(page)
    result = runner.invoke(app, ["show", str(page)])
    assert result.exit_code == 0, result.output
    assert digest(page) == before
    assert is_tinmine_page(page.with_name("page.show.html"))
    refused = runner.invoke(app, ["show", str(page), "--out", str(page), "--overwrite"])
    assert refused.exit_code == 1 and "input" in one_line(refused)
    assert digest(page) == before


def test_show_replaces_only_its_own_page(page: Path, tmp_path: Path) -> None:
    mine = tmp_path / "notes.html"
    mine.write_text("<html>my notes</html>")
    refused = runner.invoke(app, ["show", str(page), "--out", str(mine)])
    assert refused.exit_code == 1 and "tinmine did not write it" in one_line(refused)
    assert mine.read_text() == "<html>my notes</html>"
    out = tmp_path / "review.html"
    assert runner.invoke(app, ["show", str(page), "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["show", str(page), "--out", str(out)]).exit_code == 0  # its own page: replaced
    assert runner.invoke(app, ["show", str(page), "--out", str(mine), "--overwrite"]).exit_code == 0
    assert is_tinmine_page(mine)


def test_show_refuses_a_database(page: Path, db: Path) -> None:
    before = digest(db)
    result = runner.invoke(app, ["show", str(page), "--out", str(db)])
    assert result.exit_code == 1 and "database" in one_line(result)
    assert digest(db) == before


def test_show_escapes_the_file_name(tmp_path: Path) -> None:
    """Regression: the file name went unescaped into the page's <title> and heading."""
    hostile = tmp_path / "<img src=x onerror=alert(1)>.txt"
    hostile.write_text(seed_text(), encoding="utf-8")
    out = tmp_path / "out.html"
    assert runner.invoke(app, ["show", str(hostile), "--out", str(out)]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


# -- report ----------------------------------------------------------------------------------------

def test_report_never_writes_over_the_warehouse(db: Path) -> None:
    """Regression: `report --out` equal to `--db` turned the database into HTML."""
    before = digest(db)
    for extra in ([], ["--overwrite"]):
        result = runner.invoke(app, ["report", "--db", str(db), "--out", str(db), *extra])
        assert result.exit_code == 1 and "input" in one_line(result)
        assert digest(db) == before


def test_report_refuses_files_it_did_not_write(db: Path, tmp_path: Path) -> None:
    other_db = tmp_path / "other.duckdb"
    warehouse.connect(other_db).close()
    mine = tmp_path / "index.html"
    mine.write_text("<html>my site</html>")
    for target, word in ((other_db, "database"), (mine, "tinmine did not write it")):
        before = digest(target)
        result = runner.invoke(app, ["report", "--db", str(db), "--out", str(target)])
        assert result.exit_code == 1 and word in one_line(result)
        assert digest(target) == before
    out = tmp_path / "report.html"
    for _ in range(2):  # its own report is replaced
        assert runner.invoke(app, ["report", "--db", str(db), "--out", str(out)]).exit_code == 0
    assert is_tinmine_page(out)
    assert runner.invoke(app, ["report", "--db", str(db), "--out", str(mine), "--overwrite"]).exit_code == 0
