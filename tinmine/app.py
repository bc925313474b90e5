"""The typer application object; command modules register on it."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from crawler.config import Settings
from tinmine import __version__
from tinmine.errors import Boundary

app = typer.Typer(
    name="tinmine",
    help="Vietnamese news text mining: crawl outlets, extract dates, figures, models and "
    "officials, and query them in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    cls=Boundary,
    context_settings={"help_option_names": ["-h", "--help"]},
)
console = Console()
err_console = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        print(f"tinmine {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print tinmine's version and exit.")] = False,
) -> None:
    """Vietnamese news text mining: crawl outlets, extract dates, figures, models and officials, and query
    them in DuckDB.

    Start with [bold]tinmine demo[/], then [bold]tinmine tables[/], [bold]tinmine queries[/] and
    [bold]tinmine report[/]. Every command explains itself with -h.
    """

def default_db() -> Path:
    """The warehouse path when --db is not given: the db setting (pyproject.toml, $TINMINE_DB, tinmine.duckdb)."""
    return Path(Settings.load().db)
