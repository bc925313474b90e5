"""Every error tinmine reports to its user, and the command line's one boundary.

The hierarchy (each package defines its own, all under one root in the bottom package):

    TinmineError (extract.errors)           a mistake or situation the user can act on; str() is one line
    ├── ConfigError (extract.errors)        a setting, profile, data file or argument is wrong (names file and key)
    ├── WarehouseError (warehouse.errors)   NotAWarehouse, WarehouseInUse, WarehouseUnavailable,
    │                                       QueryRefused, OutputRefused
    └── CrawlDecision (crawler.errors)      what a crawl decides, with its crawl-log event:
                                            PageRejected, Skipped, Rejected (not imported here: Scrapy's
                                            exceptions would slow every command's start)

At the command line a TinmineError is one red ``error:`` line and exit 1; any other exception is a bug:
its traceback is printed as usual, with a note asking for an issue.
"""
from __future__ import annotations

import os
import sys
from typing import Any

import click
import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from extract.errors import ConfigError, TinmineError
from tinmine.display import printable
from warehouse.errors import (
    NotAWarehouse,
    OutputRefused,
    QueryRefused,
    WarehouseError,
    WarehouseInUse,
    WarehouseUnavailable,
)

__all__ = ["TinmineError", "ConfigError", "WarehouseError", "NotAWarehouse", "WarehouseInUse",
           "WarehouseUnavailable", "QueryRefused", "OutputRefused", "BUG_NOTE", "Boundary", "report"]

BUG_NOTE = ("This is a bug in tinmine, not a mistake of yours: please file an issue with this traceback and "
            "the command you ran.")


def report(exc: TinmineError, console: Console | None = None) -> None:
    """Print a user error as one red line on stderr."""
    (console or Console(stderr=True)).print(Text("error: ", style="red") + Text(printable(exc).replace("\n", " ")),
                                            soft_wrap=True)


# Typer (>= 0.20) parses with its own copy of click (typer._click): its UsageError is BadParameter's base.
USAGE_ERROR: type[Exception] = typer.BadParameter.__base__ or typer.BadParameter


class Boundary(TyperGroup):
    """The command group every tinmine command runs in: user errors become one line, bugs keep a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TinmineError as exc:
            report(exc)
            raise typer.Exit(1) from exc
        except (click.exceptions.UsageError, USAGE_ERROR) as exc:  # a mistyped option, value or command: one line
            where = f" (see {exc.ctx.command_path} -h)" if exc.ctx is not None else ""
            Console(stderr=True).print(Text("error: ", style="red") + Text(exc.format_message().replace("\n", " ") + where),
                                       soft_wrap=True)
            raise typer.Exit(2) from exc
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, typer.TyperException,
                typer.Exit, typer.Abort):
            raise
        except BrokenPipeError as exc:  # `tinmine query ... | head`: the reader has what it wanted
            _silence_stdout()
            raise typer.Exit(141) from exc
        except Exception as exc:
            exc.add_note(BUG_NOTE)
            raise


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file descriptor (a test runner's buffer)
        pass
