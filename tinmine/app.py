"""The typer application object; command modules register on it."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from crawler.config import Settings
from tinmine.errors import Boundary

app = typer.Typer(
    name="tinmine",
    help="Vietnamese news text mining: crawl outlets, extract dates, figures, models and "
    "officials, and query them in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    cls=Boundary,
)
console = Console()
err_console = Console(stderr=True)

def default_db() -> Path:
    """The warehouse path when --db is not given: the db setting (pyproject.toml, $TINMINE_DB, tinmine.duckdb)."""
    return Path(Settings.load().db)
