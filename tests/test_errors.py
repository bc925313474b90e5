"""One boundary: a user's mistake is one red line and exit 1; a bug keeps its traceback with an issue hint."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawler.profiles import HERE, profile_names, read_profile_file
from tinmine.cli import app
from tinmine.errors import BUG_NOTE, ConfigError, TinmineError

runner = CliRunner()


def test_unknown_outlet_is_one_line_listing_the_outlets(tmp_path: Path) -> None:
    result = runner.invoke(app, ["crawl", "nosuchoutlet", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown target 'nosuchoutlet'"), result.output
    assert all(name in lines[0] for name in profile_names())
    assert not (tmp_path / "w.duckdb").exists()  # refused before the warehouse is touched


@pytest.mark.parametrize("text, named", [
    ("name: x\nsitemap: [/sitemap.xml]\n", "unknown key 'sitemap'"),
    ("name: x\nmax_depth: many\n", "key 'max_depth'"),
    ("name: x\nselectors:\n  titel: h1\n", "unknown key 'selectors.titel'"),
    ("name: x\narticle_pattern: '(['\n", "key 'article_pattern'"),
    ("- not\n- a mapping\n", "a profile is a mapping"),
])
def test_a_profile_typo_names_the_file_and_the_key(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_profile_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and named in message and "\n" not in message


def test_bundled_profiles_are_valid() -> None:
    for name in profile_names():
        read_profile_file(HERE / f"{name}.yaml")


def test_a_bug_keeps_its_traceback_with_an_issue_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler.run

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(crawler.run, "crawl", broken)
    result = runner.invoke(app, ["crawl", "sample"])
    assert isinstance(result.exception, ZeroDivisionError)
    assert BUG_NOTE in getattr(result.exception, "__notes__", [])


def test_every_user_error_derives_from_the_root() -> None:
    import tinmine.errors as errors

    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, TinmineError), name


# The user mistakes of issue 13, each one line and exit 1 (an unknown outlet above; a warehouse held by a
# running crawl: tests/warehouse/test_locking.py, for crawl, query and every reading command).

def one_line(result) -> str:
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("error: "), result.output
    return lines[0]


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    from tests.warehouse.helpers import seeded_warehouse

    return seeded_warehouse(tmp_path / "w.duckdb")


def test_unknown_named_query_lists_the_known_ones(warehouse_file: Path) -> None:
    import warehouse

    line = one_line(runner.invoke(app, ["query", "--name", "coverage", "--db", str(warehouse_file)]))
    assert "no named query 'coverage'" in line and all(n in line for n in warehouse.query_names())


@pytest.mark.parametrize("args, said", [
    (["--name", "indicator_series"], "query 'indicator_series' needs --param indicator=VALUE"),
    (["--name", "officials", "--param", "who=Tô Lâm"], "query 'officials' has no parameter who"),
    (["--name", "officials", "--param", "Tô Lâm"], "--param 'Tô Lâm': expected NAME=VALUE"),
    (["SELECT nosuch FROM articles"], "query failed: Binder Error"),
    ([], "give SQL (an argument, --file or -) or --name"),
])
def test_query_mistakes_are_one_line(warehouse_file: Path, args: list[str], said: str) -> None:
    assert said in one_line(runner.invoke(app, ["query", *args, "--db", str(warehouse_file)]))


def test_unreachable_redis_is_one_line_before_anything_is_written(tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    result = runner.invoke(app, ["crawl", "http://127.0.0.1:9/", "--redis", "redis://127.0.0.1:1/0",
                                 "--shard", str(shards)])
    assert "--redis redis://127.0.0.1:1/0: no Redis server answers" in one_line(result)
    assert not shards.exists()


def usage_line(result) -> str:
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error: "), result.output
    return lines[0]


@pytest.mark.parametrize("args, said", [
    (["outlets", "nosuch"], "Got unexpected extra argument(s) (nosuch) (see tinmine outlets -h)"),
    (["nosuchcommand"], "No such command 'nosuchcommand'."),
    (["query", "SELECT 1", "--limit", "-3"], "Invalid value for '--limit'"),
    (["search", "an ninh", "--limit", "-1"], "Invalid value for '--limit'"),
    (["report", "--limit", "many"], "Invalid value for '--limit'"),
    (["query", "SELECT 1", "--nope"], "No such option: --nope"),
])
def test_a_mistyped_command_line_is_one_line(args: list[str], said: str) -> None:
    """Usage mistakes (typer's own click) are one line and exit 2, not a framed panel or a traceback."""
    assert said in usage_line(runner.invoke(app, args))


@pytest.mark.parametrize("args, said", [
    (["search", "an ninh", "--outlet", "nosuch"], "no article of outlet 'nosuch' in the warehouse"),
    (["search", "an ninh", "--status", "deleted"], "--status 'deleted': choose one of kept, offtopic, all"),
    (["search", "an ninh", "--since", "2023-13-01"], "--since '2023-13-01': expected a date YYYY-MM-DD"),
    (["show", "nosuchid"], "no stored article with id or URL 'nosuchid'"),
    (["export", "--format", "xls", "--out", "x"], "--format 'xls': choose one of parquet, csv, xlsx"),
    (["query", "--file", "nosuch.sql"], "--file nosuch.sql: cannot read it"),
    (["report", "--lang", "fr"], "--lang 'fr': choose one of vi, en"),
])
def test_mistakes_on_the_reading_commands_are_one_line(warehouse_file: Path, tmp_path: Path, monkeypatch,
                                                      args: list[str], said: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert said in one_line(runner.invoke(app, [*args, "--db", str(warehouse_file)]))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]  # nothing written


@pytest.mark.parametrize("command", [["tables"], ["search", "an ninh"], ["report"], ["export", "--format", "csv"]])
def test_a_missing_warehouse_is_one_line(tmp_path: Path, command: list[str]) -> None:
    line = one_line(runner.invoke(app, [*command, "--db", str(tmp_path / "none.duckdb"), "--out",
                                        str(tmp_path / "out")] if command[0] in ("report", "export")
                                  else [*command, "--db", str(tmp_path / "none.duckdb")]))
    assert "none.duckdb" in line and not (tmp_path / "out").exists()
