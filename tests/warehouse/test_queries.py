"""Named queries and search over the five seed articles with their gold extractions."""
from __future__ import annotations

from datetime import datetime

import pytest
from typer.testing import CliRunner

import tinmine.cmd_warehouse  # noqa: F401  (registers the commands)
import warehouse
from tests.warehouse.helpers import FIXTURES, gold_extraction, make_article, seed_text
from tinmine.app import app

STEMS = sorted(p.stem for p in (FIXTURES / "seeds").glob("*.txt"))


def load_seeds(con) -> None:
    for month, stem in enumerate(STEMS, start=1):
        text = seed_text(stem)
        article = make_article(text, url=f"https://cand.com.vn/{stem}.html", title=text.split("\n")[0][:120],
                               published_at=datetime(2023, month, 15))
        warehouse.store_article(con, article)
        warehouse.store_extraction(con, article["article_id"], gold_extraction(stem), version="gold")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("wh") / "seeds.duckdb"
    con = warehouse.connect(path)
    load_seeds(con)
    yield con, path
    con.close()


def test_every_named_query_runs_with_defaults(seeded):
    con, _ = seeded
    for name in warehouse.query_names():
        params = {"search": {"q": "an ninh"}, "articles_mentioning": {"person": "Tô Lâm"},
                  "figures_by_place": {"indicator": "tập thể", "level": "national"},
                  "indicator_series": {"indicator": "tập thể"}}.get(name, {})
        frame = warehouse.query(name, con, **params)
        assert len(frame) > 0 or name == "figure_conflicts", name


def test_coverage_by_month(seeded):
    frame = warehouse.query("coverage_by_month", seeded[0], outlet="cand")
    assert list(frame["kept"]) == [1] * 5 and frame["figures"].sum() == 38


def test_top_models_and_mentions(seeded):
    con, _ = seeded
    top = warehouse.query("top_models", con, limit=3)
    assert top["rank"].max() == 3
    hits = warehouse.query("articles_mentioning", con, model="xa phuong khong co ma tuy")
    assert len(hits) >= 1 and set(hits["matched"]) == {"model"}


def test_officials_and_co_occurrence(seeded):
    con, _ = seeded
    officials = warehouse.query("officials", con, name="to lam")
    assert list(officials["name"]) == ["Tô Lâm"]
    pairs = warehouse.query("co_occurrence", con, person="Tô Lâm")
    assert "Đỗ Văn Chiến" in set(pairs["official_a"]) | set(pairs["official_b"])
    assert len(warehouse.query("articles_mentioning", con, person="To Lam")) >= 1


def test_indicator_figures(seeded):
    frame = warehouse.query("indicator_figures", seeded[0], indicator="tập thể", year_from=2023)
    assert set(frame["year"]) <= {2023} and frame["figures"].sum() >= 4


def test_unknown_or_missing_params(seeded):
    with pytest.raises(ValueError):
        warehouse.query("officials", seeded[0], nobody="x")
    with pytest.raises(ValueError):
        warehouse.query("search", seeded[0])


@pytest.mark.parametrize("q", ["bảo vệ an ninh", "bao ve an ninh", "BẢO VỆ AN NINH"])
def test_search_accent_insensitive(seeded, q):
    frame = warehouse.search(seeded[0], q, limit=5)
    assert len(frame) >= 3 and frame["phrase"].head(3).all()
    assert list(frame["score"]) == sorted(frame["score"], reverse=True)


def test_search_prefers_the_phrase(seeded):
    frame = warehouse.search(seeded[0], "to lam", limit=5)
    assert "Tô Lâm" in frame["snippet"].iloc[0]


def test_cli_named_query_and_search(tmp_path):
    path = tmp_path / "cli.duckdb"
    con = warehouse.connect(path)
    load_seeds(con)
    con.close()
    runner = CliRunner()
    result = runner.invoke(app, ["query", "--name", "coverage_by_month", "--param", "outlet=cand",
                                 "--db", str(path), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("outlet,month,kept")
    found = runner.invoke(app, ["search", "bao ve an ninh", "--db", str(path), "-f", "json", "-l", "2"])
    assert found.exit_code == 0 and len(found.stdout.strip().splitlines()) == 2
