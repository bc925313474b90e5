"""Command-line entry point: imports every command module so they register on the app."""
from __future__ import annotations

from tinmine import cmd_bench, cmd_crawl, cmd_extract, cmd_load, cmd_report, cmd_show, cmd_warehouse  # noqa: F401  (register commands)
from tinmine.app import app


def main() -> None:
    """Run the tinmine command line."""
    app()


if __name__ == "__main__":
    main()
