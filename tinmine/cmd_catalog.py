"""`tinmine tables`, `tinmine queries`, `tinmine outlets`: what there is to ask and to crawl."""
from __future__ import annotations

from typing import Annotated

import typer

import warehouse
from tinmine.app import app
from tinmine.options import (
    FORMATS,
    DbOption,
    FormatOption,
    LimitOption,
    SnapshotOption,
    check_choice,
    open_warehouse,
)
from tinmine.output import Rows, print_rows
from warehouse.catalog import COLUMN_FIELDS, columns, relations
from warehouse.reference import outlet_records


@app.command()
def tables(
    names: Annotated[list[str] | None, typer.Argument(help="Tables or views to list the columns of.")] = None,
    every: Annotated[bool, typer.Option("--all", "-a", help="Also the internal tables (search index...).")] = False,
    db: DbOption = None,
    fmt: FormatOption = "table",
    limit: LimitOption = 0,
    snapshot: SnapshotOption = False,
) -> None:
    """The warehouse's tables and views with their row counts and comments.

    With NAMES: their columns, types and comments.

    Examples: [bold]tinmine tables[/]   [bold]tinmine tables figure_facts articles[/]
    """
    check_choice("--format", fmt, FORMATS)
    with open_warehouse(db, snapshot=snapshot) as con:
        if names:
            found_columns = columns(con, names)
            print_rows(Rows.from_records(COLUMN_FIELDS, ([r[k] for k in COLUMN_FIELDS] for r in found_columns),
                                         ["VARCHAR", "VARCHAR", "VARCHAR", "BOOLEAN", "VARCHAR"]),
                       fmt, limit=limit, what="column")
            return
        found = relations(con, internal=every)
        print_rows(Rows.from_records(["name", "kind", "rows", "columns", "comment"],
                                     ([r[k] for k in ("name", "kind", "rows", "columns", "comment")] for r in found),
                                     ["VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "VARCHAR"]),
                   fmt, limit=limit, what="relation")


@app.command()
def queries(fmt: FormatOption = "table") -> None:
    """The named queries (tinmine query --name NAME) with what they answer and their parameters.

    A parameter shown with a default may be left out; one without is required (--param NAME=VALUE).

    Example: [bold]tinmine queries[/], then [bold]tinmine query --name officials --param name="Tô Lâm"[/]
    """
    check_choice("--format", fmt, FORMATS)
    records = []
    for name in warehouse.query_names():
        params = warehouse.query_params(name)
        shown = ", ".join(p if d is None else f"{p}={d}" for p, d in params.items())
        records.append([name, shown, warehouse.query_description(name)])
    print_rows(Rows.from_records(["name", "parameters", "description"], records), fmt, limit=0, what="query")


@app.command()
def outlets(fmt: FormatOption = "table") -> None:
    """The outlet profiles tinmine can crawl, with domains and discovery entry points.

    Entry points: sitemaps, RSS, listings, search; for a family (congan), its members.

    Example: [bold]tinmine outlets --format line[/], then [bold]tinmine crawl cand --max-pages 200[/]
    """
    # lazy: the profiles load the page parser (trafilatura, lxml); only this command and the crawl need them
    from crawler.profiles import load_profile, profile_names

    check_choice("--format", fmt, FORMATS)
    names = {r["outlet"]: r for r in outlet_records()}
    records = []
    for profile_name in profile_names():
        p = load_profile(profile_name)
        entry = p.entry_urls()
        known = names.get(p.outlet, {})
        records.append([profile_name, known.get("name") or ("(any start URL)" if profile_name == "generic" else None),
                        known.get("province"), list(p.allowed_domains), list(p.instances), entry["start"],
                        entry["sitemap"], entry["rss"], entry["listing"], entry["search"]])
    print_rows(Rows.from_records(
        ["profile", "name", "province", "domains", "members", "start", "sitemaps", "rss", "listings", "search"],
        records, ["VARCHAR", "VARCHAR", "VARCHAR", *["VARCHAR[]"] * 7]), fmt, limit=0, what="profile")
