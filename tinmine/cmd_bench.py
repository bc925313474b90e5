"""`tinmine bench NAME ...`: the benchmarks (extract, crawl, reextract, pages, warehouse), from a checkout.

They live in the repository's ``benchmarks`` package (development tooling that reads the repository's
fixtures, not part of the installed product), so they are imported only when asked for.
"""
from __future__ import annotations

import typer

from tinmine.app import app, err_console


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                               "help_option_names": []}, add_help_option=False)
def bench(ctx: typer.Context) -> None:
    """Run a benchmark: extract, crawl, reextract, pages or warehouse (each prints its ratio to a baseline
    run in the same process as its last line). Needs a source checkout.

    Example: [bold]tinmine bench crawl --pages 5000[/] ([bold]tinmine bench --help[/] lists them)
    """
    try:
        from benchmarks.__main__ import bench_app
    except ImportError:
        err_console.print("tinmine bench: the benchmarks come with a source checkout; run it from the repository")
        raise typer.Exit(2) from None
    bench_app(args=list(ctx.args), prog_name="tinmine bench")
