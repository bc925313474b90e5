"""The warehouse commands, run through typer's test runner on a temporary database file."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import tinmine.cmd_warehouse  # noqa: F401  (registers the commands)
import warehouse
from tests.warehouse.helpers import seeded_warehouse
from tinmine.app import app

runner = CliRunner()


@pytest.fixture
def db_path(tmp_path):
    """A warehouse file holding one seed article and its extraction."""
    return seeded_warehouse(tmp_path / "w.duckdb")


def test_query_json(db_path):
    result = runner.invoke(app, ["query", "SELECT outlet, count(*) AS n FROM figures JOIN articles USING (article_id) "
                                 "GROUP BY outlet", "--db", str(db_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip()) == {"outlet": "cand", "n": 5}


def test_query_table_and_csv(db_path):
    table = runner.invoke(app, ["query", "SELECT name FROM officials ORDER BY start", "--db", str(db_path)])
    assert table.exit_code == 0 and "Tô Lâm" in table.stdout
    csv = runner.invoke(app, ["query", "SELECT name FROM officials ORDER BY start", "--db", str(db_path), "-f", "csv"])
    assert csv.stdout.splitlines()[:2] == ["name", "Tô Lâm"]


def test_query_is_read_only(db_path):
    result = runner.invoke(app, ["query", "DELETE FROM articles", "--db", str(db_path)])
    assert result.exit_code == 1
    con = warehouse.connect(db_path, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    con.close()


def test_query_missing_db(tmp_path):
    result = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 1


def test_query_help_has_example():
    result = runner.invoke(app, ["query", "--help"])
    assert result.exit_code == 0 and "tinmine query" in result.stdout


def test_export_partitions_by_year_on_request(db_path, tmp_path):
    out = tmp_path / "out"
    for fmt in ("parquet", "csv"):
        result = runner.invoke(app, ["export", "--out", str(out / fmt), "--format", fmt, "--db", str(db_path),
                                     "--by-year"])
        assert result.exit_code == 0, result.output
        assert (out / fmt / "figures" / "year=2023").is_dir()
        assert (out / fmt / f"places.{fmt}").is_file()
    con = warehouse.connect(":memory:")
    n = con.execute("SELECT count(*) FROM read_parquet(?, hive_partitioning = true)",
                    [str(out / "parquet" / "figures" / "**" / "*.parquet")]).fetchone()[0]
    assert n == 5
    con.close()
