"""`tinmine export`: every table to CSV, Parquet or one Excel workbook."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from extract.errors import ConfigError
from tinmine.app import app, console
from tinmine.display import cell
from tinmine.options import DbOption, alias, check_choice, open_warehouse
from warehouse.export import FORMATS, check_destination, export, is_workbook_path


@app.command("export")
def export_tables(
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Output folder (new, empty, or one tinmine exported into), or FILE.xlsx.")] = None,
    to: Annotated[Path | None, typer.Option("--to", hidden=True)] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="csv, parquet or xlsx (one workbook, a sheet per table). Default: parquet, "
        "or xlsx for an --out ending in .xlsx.")] = None,
    excel: Annotated[bool, typer.Option(
        "--excel", help="CSV for Excel: a UTF-8 byte-order mark first, so Vietnamese reads right.")] = False,
    by_year: Annotated[bool, typer.Option(
        "--by-year", help="Split the article-bound tables into TABLE/year=YYYY/ folders.")] = False,
    db: DbOption = None,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Also replace table files in a folder (or a file) tinmine did not make.")] = False,
) -> None:
    """Export every table: one file per table (CSV or Parquet), or one Excel workbook.

    Mention rows (figures, dates, models, officials) carry their article's URL, title, outlet and
    publication time; figure rows the sentence that states them; lists are JSON text in CSV and Excel.
    The folder must be new, empty, or an earlier tinmine export (it holds a .tinmine-export marker);
    files tinmine did not write are never deleted unless --overwrite.

    Examples: [bold]tinmine export --out figures.xlsx[/]   [bold]tinmine export --out export/ --format csv --excel[/]
    [bold]tinmine export --out export/ --format parquet --by-year[/]
    """
    out = alias(out, to, "--to", "--out")
    if out is None:
        raise ConfigError("--out: name the output folder, or an .xlsx file")
    fmt = fmt or ("xlsx" if is_workbook_path(out) else "parquet")
    check_choice("--format", fmt, FORMATS)
    if excel and fmt != "csv":
        raise ConfigError("--excel is for --format csv (xlsx is already Excel's own format)")
    if by_year and fmt == "xlsx":
        raise ConfigError("--by-year splits CSV or Parquet files; a workbook has one sheet per table")
    check_destination(out, overwrite=overwrite)
    with open_warehouse(db, sandbox=False) as con:
        paths = export(con, out, fmt, overwrite=overwrite, by_year=by_year, excel=excel)
    for table, path in paths.items():
        console.print(Text(f"{table:20} ") + cell(path))
