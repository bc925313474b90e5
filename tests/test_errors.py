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
