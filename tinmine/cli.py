"""Command-line entry point: imports every command module so they register on the app."""
from __future__ import annotations

from tinmine import (  # noqa: F401  (register commands)
    cmd_bench,
    cmd_catalog,
    cmd_crawl,
    cmd_export,
    cmd_extract,
    cmd_load,
    cmd_report,
    cmd_search,
    cmd_show,
    cmd_warehouse,
)
from tinmine.app import app


def main() -> None:
    """Run the tinmine command line."""
    app()


if __name__ == "__main__":
    main()
