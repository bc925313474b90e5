"""What there is to ask and to crawl, from the command line (issue 13): tinmine tables, queries, outlets,
--version, -h."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from crawler.profiles import profile_names
from tests.warehouse.helpers import seeded_warehouse
from tinmine import __version__
from tinmine.app import app
from warehouse.catalog import relations, schema_comments

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return seeded_warehouse(tmp_path_factory.mktemp("catalog") / "w.duckdb")


def lines_of(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_every_relation_and_its_columns_have_comments() -> None:
    con = warehouse.connect(":memory:")
    try:
        found = relations(con, internal=True)
    finally:
        con.close()
    assert all(r["comment"] for r in found), [r["name"] for r in found if not r["comment"]]
    comments = schema_comments()
    for relation, column in [("articles", "status"), ("figures", "value"), ("figure_facts", "place"),
                             ("officials", "titles")]:
        assert comments[(relation, column)]


def test_tables_lists_relations_with_rows_and_comments(db: Path) -> None:
    found = {r["name"]: r for r in lines_of(runner.invoke(app, ["tables", "--db", str(db), "-f", "json"]))}
    assert {"articles", "figure_facts", "figures", "officials", "outlets"} <= set(found)
    assert "article_terms" not in found  # internal: only with --all
    assert found["articles"]["rows"] == 1 and found["figure_facts"]["kind"] == "view"
    assert found["figure_facts"]["comment"].startswith("the figures database")
    every = lines_of(runner.invoke(app, ["tables", "--all", "--db", str(db), "-f", "json"]))
    assert "article_terms" in {r["name"] for r in every}


def test_tables_name_lists_columns_types_and_comments(db: Path) -> None:
    cols = lines_of(runner.invoke(app, ["tables", "figure_facts", "--db", str(db), "-f", "json"]))
    by_name = {c["column"]: c for c in cols}
    assert list(by_name)[:2] == ["indicator", "indicator_key"]
    assert by_name["value"]["type"] == "DOUBLE" and by_name["period_start"]["type"] == "DATE"
    assert "cả nước" in by_name["place"]["comment"]
    table = runner.invoke(app, ["tables", "officials", "--db", str(db)], env={"COLUMNS": "100"})
    assert "VARCHAR[]" in table.stdout and "titles as written" in table.stdout


def test_queries_lists_names_descriptions_and_parameters() -> None:
    found = {q["name"]: q for q in lines_of(runner.invoke(app, ["queries", "-f", "json"]))}
    assert set(found) == set(warehouse.query_names())
    assert found["indicator_series"]["parameters"] == "indicator, place=NULL"  # indicator is required
    assert found["search"]["description"].startswith("Articles matching words or a phrase")
    assert all(q["description"] for q in found.values())


def test_outlets_lists_profiles_domains_and_entry_points() -> None:
    found = {o["profile"]: o for o in lines_of(runner.invoke(app, ["outlets", "-f", "json"]))}
    assert set(found) == set(profile_names())
    cand = found["cand"]
    assert cand["name"] == "Báo Công an nhân dân" and cand["domains"] == ["cand.com.vn"]
    assert cand["sitemaps"] == ["https://cand.com.vn/sitemap.xml"] and cand["rss"] and cand["listings"]
    assert "congan:hoabinh" in found["congan"]["members"]


def test_version_and_short_help() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"tinmine {__version__}"
    for args in (["-h"], ["query", "-h"], ["export", "-h"], ["tables", "-h"]):
        shown = runner.invoke(app, args)
        assert shown.exit_code == 0 and "Usage:" in shown.stdout, args
