"""`tinmine bench NAME ...`: the benchmarks (extract, crawl, reextract, pages, warehouse), from a checkout.

They live in the repository's ``benchmarks`` package: development tooling that reads the repository's
fixtures, not part of the installed product, which never imports it. This command runs
``python -m benchmarks`` with the checkout on the module path and passes its arguments and exit code through.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import typer

from tinmine.app import app, err_console

CHECKOUT = Path(__file__).resolve().parents[1]


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                               "help_option_names": []}, add_help_option=False)
def bench(ctx: typer.Context) -> None:
    """Run a benchmark: extract, crawl, reextract, pages or warehouse (each prints its ratio to a baseline
    run in the same process as its last line). Needs a source checkout.

    Example: [bold]tinmine bench crawl --pages 5000[/] ([bold]tinmine bench --help[/] lists them)
    """
    if not (CHECKOUT / "benchmarks" / "__main__.py").is_file():
        err_console.print("tinmine bench: the benchmarks come with a source checkout; run it from the repository")
        raise typer.Exit(2)
    path = os.pathsep.join(p for p in (str(CHECKOUT), os.environ.get("PYTHONPATH", "")) if p)
    done = subprocess.run([sys.executable, "-m", "benchmarks", *ctx.args], env={**os.environ, "PYTHONPATH": path},
                          check=False)
    raise typer.Exit(done.returncode)
