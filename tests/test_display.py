"""Stored text reaches the terminal as text: no Rich markup, no escape sequences, no control characters.

Regression (issue 11): stored titles were read as terminal markup (`[/]` crashed `search` and `query`;
ANSI escapes passed through to the terminal).
"""
from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.warehouse.helpers import make_article, seed_text
from tinmine.app import app
from tinmine.display import cell, markup_safe, printable

pytestmark = pytest.mark.fault
runner = CliRunner()
HOSTILE_TITLES = [
    "Kết quả [/] phong trào",
    "[bold red]Giả mạo[/bold red] [link=http://evil.example]bấm vào[/link]",
    "Tiêu đề \x1b[31mĐỎ\x1b[0m \x1b]8;;http://evil.example\x07liên kết\x1b]8;;\x07",
    "Chuông \x07 xoá\x08\x08 dòng\r ẩn \x9b2J",
]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.duckdb"
    con = warehouse.connect(path)
    for i, title in enumerate(HOSTILE_TITLES):
        article = make_article(seed_text() + f" Bản {i}.", url=f"https://cand.com.vn/a-{i}.html", title=title)
        warehouse.store_article(con, article)
    con.close()
    return path


@pytest.mark.parametrize("args", [
    ["query", "SELECT title FROM articles ORDER BY url"],
    ["query", "SELECT title FROM articles ORDER BY url", "--format", "csv"],
    ["query", "SELECT title FROM articles ORDER BY url", "--format", "json"],
    ["search", "phong trào"],
    ["query", "SELECT '[/]' + 1"],  # an error message quoting the SQL
])
def test_stored_titles_print_as_plain_text(db, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", str(db)], env={"COLUMNS": "250"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert not CONTROL.search(result.output), repr(result.output)
    if args[-1] != "SELECT '[/]' + 1":
        assert result.exit_code == 0
        assert "[/]" in result.output or "\\u001b" in result.output or args[0] == "search"


def test_markup_in_titles_is_shown_literally(db) -> None:
    result = runner.invoke(app, ["query", "SELECT title FROM articles ORDER BY url", "--db", str(db)],
                           env={"COLUMNS": "250"})
    assert "Kết quả [/] phong trào" in result.output
    assert "[bold red]Giả mạo[/bold red]" in result.output
    assert "ĐỎ" in result.output and "31m" not in result.output


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("[]/\\=#ab đ\x1b\x07\x9b\r\n\t;:m0123456789")) | st.characters(),
               max_size=80))
def test_fuzzed_text_never_breaks_or_drives_the_terminal(text: str) -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=120, color_system=None)
    table = Table()
    table.add_column(cell(text))
    table.add_row(cell(text))
    console.print(table)
    console.print(f"[red]x[/] {markup_safe(text)}")
    assert not CONTROL.search(out.getvalue().replace("\n", ""))
    assert not CONTROL.search(printable(text).replace("\n", "").replace("\t", ""))
