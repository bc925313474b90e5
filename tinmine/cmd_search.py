"""`tinmine search`: stored articles by words or a phrase, best first, the match highlighted."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from extract.errors import ConfigError
from tinmine.app import app, console, err_console
from tinmine.display import printable
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
from warehouse.catalog import check_outlets
from warehouse.search import STATUSES, highlights, search_result, trim_snippet

COLUMNS = ["article_id", "title", "outlet", "published_at", "status", "score", "snippet", "highlights", "url"]
TYPES = ["VARCHAR", "VARCHAR", "VARCHAR", "TIMESTAMP", "VARCHAR", "DOUBLE", "VARCHAR", "INTEGER[][]", "VARCHAR"]


def parse_day(option: str, value: str | None) -> date | None:
    """A YYYY-MM-DD option as a date (None when not given); anything else is one line."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{option} {value!r}: expected a date YYYY-MM-DD") from exc


def hits(rows: Rows, words: str) -> list[dict[str, Any]]:
    """Search rows with the snippet cut at whole words and the matches' offsets in it."""
    out = []
    for record in rows.records():
        row = dict(zip(rows.names, record, strict=True))
        snippet = trim_snippet(row["snippet"] or "", row["snippet_start"] == 0, bool(row["snippet_ends_text"]))
        out.append({**{k: row.get(k) for k in COLUMNS}, "snippet": printable(snippet),
                    "highlights": [list(h) for h in highlights(snippet, words)]})
    return out


def print_hits(found: list[dict[str, Any]], out: Console) -> None:
    """Each hit as a block: rank, title, outlet, date and score; the snippet with the match highlighted; URL."""
    for rank, hit in enumerate(found, 1):
        published = hit["published_at"].date().isoformat() if hit["published_at"] else "undated"
        head = Text(f"{rank:>2}. ", style="dim") + Text(printable(hit["title"] or hit["url"]), style="bold")
        head.append(f"  {printable(hit['outlet'])} · {published}" + (" · off-topic" if hit["status"] != "kept" else "")
                    + f" · score {hit['score']:.1f}", style="dim")
        out.print(head, soft_wrap=False, overflow="fold")
        snippet = Text(hit["snippet"])
        for start, end in hit["highlights"]:
            snippet.stylize("bold black on yellow", start, end)
        out.print(Padding(snippet, (0, 0, 0, 4), expand=False))
        out.print(Padding(Text(printable(hit["url"]) + "  ", style="dim") + Text(hit["article_id"], style="dim cyan"),
                          (0, 0, 1, 4), expand=False), overflow="fold")


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words or a phrase; accents optional.")],
    status: Annotated[str, typer.Option(
        "--status", help="kept (about the campaign), offtopic (set aside by the topic filter) or all.")] = "kept",
    outlet: Annotated[list[str] | None, typer.Option(
        "--outlet", help="Only this outlet's articles (repeatable; tinmine outlets lists them).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Published on or after this day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Published on or before this day, YYYY-MM-DD.")] = None,
    limit: LimitOption = 20,
    db: DbOption = None,
    fmt: FormatOption = "table",
    snapshot: SnapshotOption = False,
) -> None:
    """Find stored articles by words or a phrase, accent-insensitive, best first, the match highlighted.

    Kept articles only unless --status says otherwise. Then [bold]tinmine show ARTICLE_ID[/] opens one
    with its extractions highlighted.

    Examples: [bold]tinmine search "tổ tự quản"[/]   [bold]tinmine search "bao ve an ninh" --outlet cand
    --since 2023-01-01 --format json[/]
    """
    check_choice("--format", fmt, FORMATS)
    check_choice("--status", status, STATUSES)
    first, last = parse_day("--since", since), parse_day("--until", until)
    with open_warehouse(db, snapshot=snapshot) as con:
        if outlet:
            check_outlets(con, outlet)
        found = hits(Rows.from_result(search_result(con, words, limit or 1_000_000, status=status,
                                                    outlets=outlet or (), since=first, until=last)), words)
    if not found:
        where = {"kept": "kept articles", "offtopic": "off-topic articles", "all": "stored articles"}[status]
        hint = "; --status all searches off-topic pages too" if status == "kept" else ""
        (console if fmt == "table" else err_console).print(
            Text(f"no results for “{printable(words)}” among {where}{hint}"), soft_wrap=True)
        if fmt in ("table", "line", "json"):
            return
    if fmt == "table":
        print_hits(found, console)
        return
    print_rows(Rows.from_records(COLUMNS, ([h[k] for k in COLUMNS] for h in found), TYPES), fmt, limit=0, what="article")
