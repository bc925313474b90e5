"""The typer application object; command modules register on it."""
from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

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

DEFAULT_DB = "tinmine.duckdb"


def default_db() -> Path:
    """The warehouse path: $TINMINE_DB or ./tinmine.duckdb."""
    return Path(os.environ.get("TINMINE_DB", DEFAULT_DB))
