"""`tinmine extract`: run the extractors over text or HTML files."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer
from rich.table import Table

from extract import extract_all
from extract.errors import ConfigError
from tinmine.app import app, console, err_console
from tinmine.display import cell, json_line, markup_safe

STDIN = Path("-")


def read_article_text(path: Path) -> str:
    """The article text of a file (``-``: standard input): plain text as is, HTML through the page parser."""
    if path == STDIN:
        raw, url = sys.stdin.buffer.read(), "file:///dev/stdin"
    else:
        try:
            raw, url = path.read_bytes(), path.resolve().as_uri()
        except OSError as exc:
            raise ValueError(exc.strerror or str(exc)) from exc
    if path.suffix.lower() in {".html", ".htm"} or raw.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        # lazy: Scrapy, Twisted and the page parsers load only for the commands that crawl or parse pages
        from crawler.parse import html_to_text

        return html_to_text(raw, url=url)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise typer.BadParameter(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Text or HTML files; - reads one from standard input."),
    fmt: str = typer.Option("json", "--format", "-f", help="json (one object per file per line) or table."),
    reference_date: str | None = typer.Option(
        None, "--reference-date", help="Publication date YYYY-MM-DD, to resolve '30/5' to a year."
    ),
    place: str | None = typer.Option(
        None, "--place", help="Default place for articles that never name their own, e.g. 'Đắk Nông'."
    ),
) -> None:
    """Extract dates, figures, models and officials from files (or standard input: -).

    Examples: [bold]tinmine extract article.txt --reference-date 2023-05-30 --format table[/]
    [bold]pbpaste | tinmine extract - --reference-date 2023-05-30[/] (the JSON's "article" is "stdin")
    """

    if fmt not in {"json", "table"}:
        raise ConfigError(f"--format {fmt!r}: choose one of json, table")
    ref = None
    if reference_date:
        try:
            ref = date.fromisoformat(reference_date)
        except ValueError as exc:
            raise ConfigError(f"--reference-date {reference_date!r}: expected YYYY-MM-DD") from exc
    failed = 0
    for path in files:
        try:
            text = read_article_text(path)
        except (typer.BadParameter, ValueError) as exc:
            err_console.print(f"[red]skipped[/] {markup_safe(path)}: {markup_safe(exc)}", soft_wrap=True)
            failed += 1
            continue
        result = extract_all(text, reference=ref, place=place)
        stem = "stdin" if path == STDIN else path.stem
        if fmt == "json":
            print(json_line(result.to_json(stem)))
        else:
            _print_table(stem, result)
    if failed:
        raise typer.Exit(1)


def _print_table(stem: str, result) -> None:
    table = Table(title=cell(stem), show_lines=False)
    for col in ("kind", "text", "value", "detail", "offsets"):
        table.add_column(col)
    for d in result.dates:
        table.add_row("date", cell(d.text), str(d.value), d.precision, f"{d.start}-{d.end}")
    for f in result.figures:
        table.add_row("figure", cell(f.text), str(f.value), cell(f"{f.unit} ({f.kind}{', ~' if f.approx else ''})"),
                      f"{f.start}-{f.end}")
    for m in result.models:
        table.add_row("model", cell(m.text), cell(m.name), cell(m.key), f"{m.start}-{m.end}")
    for o in result.officials:
        table.add_row("official", cell(o.text), cell(o.name), cell("; ".join(filter(None, [o.rank, *o.titles]))),
                      f"{o.start}-{o.end}")
    console.print(table)
