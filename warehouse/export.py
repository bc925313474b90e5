"""Export every warehouse table to CSV, Parquet or one Excel workbook, without losing a file.

By default each table is one file (``TABLE.csv``, ``TABLE.parquet``); ``by_year`` splits the
article-bound tables into ``TABLE/year=YYYY/`` folders. ``xlsx`` writes one workbook with a sheet
per table and a contents sheet (``tinmine.xlsx`` in the folder, or the ``.xlsx`` file named). CSV
for spreadsheets (``excel``) starts with a UTF-8 byte-order mark, so that Excel on Windows reads
Vietnamese right; lists and structs are JSON text in CSV and Excel. Mention rows carry their
article's URL, title, outlet and publication time, figure rows the sentence that states them.

An export goes into a folder that is new, empty, or an earlier export: tinmine leaves a marker there
(``.tinmine-export``, listing every file it wrote). Any other folder is refused unless ``overwrite``.
The tables are first written into a staging folder inside the destination; only when all of them are
written does each replace the previous export's copy, and only files the marker lists are removed, so
a failed export leaves the last one whole and a file tinmine did not write is never deleted.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.columns import mention_tables, table_columns
from warehouse.errors import OutputRefused
from warehouse.outputs import check_output
from warehouse.sql import quoted, run_sql, sql_text
from warehouse.workbook import WORKBOOK_NAME, write_workbook

__all__ = ["export", "check_destination", "export_tables", "ExportTable", "FORMATS", "MARKER", "BOM"]

FORMATS = ("parquet", "csv", "xlsx")
MARKER = ".tinmine-export"
STAGING_PREFIX = ".tinmine-export-staging-"
BOM = "\ufeff".encode()
BLOCK_RE = re.compile(r"^-- table: (\w+)\n(?:-- year: (\w+)\n)?(.*?)(?=^-- table: |\Z)", re.M | re.S)
# Mention tables derived from others (person pairs are worked out from officials): not exported.
DERIVED = {"person_pairs"}


@dataclass(frozen=True)
class ExportTable:
    """One table of an export: its name, the SELECT that gives its rows, the timestamp a year split uses."""

    name: str
    select: str
    year_column: str | None


def mention_select(table: str) -> str:
    """A mention table's rows with their article's URL, title, outlet and publication time; a table with a
    ``sentence`` column (figures) gets the sentence's text when the warehouse keeps its span."""
    has_sentence = table != "sentences" and any(c.name == "sentence" for c in table_columns(table))
    sentence = (",\n       substr(a.text, s.start + 1, s.\"end\" - s.start) AS sentence_text" if has_sentence else "")
    join = ("\nLEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence"
            if has_sentence else "")
    return (f"SELECT m.*, a.url, a.title, a.outlet, a.published_at{sentence}\n"
            f"FROM {table} m\nJOIN articles a USING (article_id){join}")


def export_tables() -> list[ExportTable]:
    """Every table an export writes: export/export.sql, then the schema's mention tables."""
    text = sql_text("export", "export")  # read once per process
    found = [ExportTable(m.group(1), m.group(3).strip().rstrip(";"), m.group(2)) for m in BLOCK_RE.finditer(text)]
    found += [ExportTable(t, mention_select(t), "published_at") for t in mention_tables() if t not in DERIVED]
    return found


def _top(table: ExportTable, fmt: str, by_year: bool) -> str:
    """Where a table goes under the export root: TABLE.FMT, or the folder TABLE of year partitions."""
    return table.name if by_year and table.year_column else f"{table.name}.{fmt}"


def _table_paths(fmt: str, by_year: bool = False) -> dict[str, str]:
    if fmt == "xlsx":
        return {"workbook": WORKBOOK_NAME}
    return {t.name: _top(t, fmt, by_year) for t in export_tables()}


def _every_top() -> list[str]:
    return sorted({top for fmt in FORMATS for by_year in (False, True) for top in _table_paths(fmt, by_year).values()})


def _written(root: Path) -> set[str] | None:
    """Files (relative paths) an earlier export wrote into root, from its marker; None if no marker."""
    try:
        data = json.loads((root / MARKER).read_text(encoding="utf-8"))
        return {str(p) for p in data["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _files_under(root: Path, top: str) -> set[str]:
    base = root / top
    if base.is_file() or base.is_symlink():
        return {top}
    return {str(p.relative_to(root)) for p in base.rglob("*") if p.is_file() or p.is_symlink()}


def _foreign(root: Path, tops: list[str]) -> list[str]:
    """Files under the paths an export replaces that the last export did not write."""
    written = _written(root) or set()
    return sorted(f for top in tops if (root / top).exists() for f in _files_under(root, top) - written)


def is_workbook_path(to: str | os.PathLike) -> bool:
    """True when the export target names one workbook file (``--out report.xlsx``) rather than a folder."""
    return Path(to).suffix.lower() == ".xlsx"


def check_destination(to: str | os.PathLike, *, overwrite: bool = False) -> None:
    """Raise OutputRefused unless ``to`` may receive an export (new, empty, or an earlier export)."""
    root = Path(to)
    if is_workbook_path(root):
        check_output(root, overwrite=overwrite)
        return
    if root.exists() and not root.is_dir():
        raise OutputRefused(f"--out {root} is a file, not a folder; refusing to overwrite it")
    if overwrite or not root.exists():
        return
    entries = [p for p in root.iterdir() if not p.name.startswith(STAGING_PREFIX)]
    if not entries:
        return
    if _written(root) is None:
        raise OutputRefused(f"{root} is not empty and was not made by tinmine export; choose a new or empty "
                            "folder, or add --overwrite to replace its table files")
    foreign = _foreign(root, _every_top())
    if foreign:
        raise OutputRefused(f"{root} holds files tinmine did not write where the export goes "
                            f"({', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''}); move them "
                            "or add --overwrite")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _replace_with_staged(root: Path, staged: Path, top: str, written: set[str], overwrite: bool) -> None:
    """Put staged/top in place of root/top, deleting only what tinmine wrote there (all, if overwrite)."""
    target = root / top
    if target.exists() or target.is_symlink():
        if overwrite:
            _remove(target)
        else:
            for rel in sorted(_files_under(root, top) & written, reverse=True):
                (root / rel).unlink(missing_ok=True)
            for folder in sorted((p for p in [target, *target.rglob("*")] if p.is_dir()), reverse=True):
                if not any(folder.iterdir()):
                    folder.rmdir()
            if target.exists():
                raise OutputRefused(f"{target} holds files tinmine did not write; nothing was replaced there")
    os.replace(staged / top, target)


def _flat_select(con: duckdb.DuckDBPyConnection, table: ExportTable) -> str:
    """The table's SELECT with list, struct and map columns as JSON text (for CSV and spreadsheets)."""
    relation = con.sql(table.select)
    nested = [c for c, t in zip(relation.columns, relation.types, strict=True)
              if str(t).endswith("]") or str(t).upper().startswith(("STRUCT", "MAP", "UNION"))]
    if not nested:
        return table.select
    replaced = ", ".join(f"CAST(to_json({quoted(c)}) AS VARCHAR) AS {quoted(c)}" for c in nested)
    return f"SELECT * REPLACE ({replaced}) FROM ({table.select})"


def copy_sql(con: duckdb.DuckDBPyConnection, table: ExportTable, fmt: str, by_year: bool) -> str:
    """The COPY statement writing one table ($path is where, $format parquet or csv)."""
    select = _flat_select(con, table) if fmt == "csv" else table.select
    if by_year and table.year_column:
        return (f"COPY (SELECT *, year({quoted(table.year_column)}) AS year FROM ({select}))\n"
                "    TO $path (FORMAT $format, PARTITION_BY (year), OVERWRITE);")
    return f"COPY ({select})\n    TO $path (FORMAT $format);"


def _remove_stale(root: Path, stale: set[str]) -> None:
    """Remove what the last export wrote and this one did not (another format or layout), and the
    folders left empty; files tinmine did not write stay."""
    for rel in sorted(stale, reverse=True):
        path = root / rel
        path.unlink(missing_ok=True)
        for folder in path.parents:
            if folder == root or not folder.is_dir() or any(folder.iterdir()):
                break
            folder.rmdir()


def _prepend_bom(path: Path) -> None:
    """Rewrite a CSV file with a UTF-8 byte-order mark in front (Excel then reads it as UTF-8)."""
    tmp = path.with_name(path.name + ".bom")
    with path.open("rb") as src, tmp.open("wb") as dst:
        dst.write(BOM)
        shutil.copyfileobj(src, dst, 1 << 20)
    os.replace(tmp, path)


def _staged_files(staged: Path, tops: Iterator[str] | list[str]) -> list[str]:
    return sorted(f for top in tops for f in _files_under(staged, top))


def export(con: duckdb.DuckDBPyConnection, to: str | os.PathLike, fmt: str = "parquet", *,
           overwrite: bool = False, by_year: bool = False, excel: bool = False) -> dict[str, Path]:
    """Write every table under ``to`` (TABLE.FMT, TABLE/year=YYYY/… with ``by_year``, or one workbook
    for xlsx); return table -> path. ``excel`` puts a UTF-8 byte-order mark in front of every CSV file.

    Refuses (OutputRefused) a folder that is not new, empty or an earlier export unless ``overwrite``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    check_destination(to, overwrite=overwrite)
    tables = export_tables()
    if is_workbook_path(to):
        if fmt != "xlsx":
            raise OutputRefused(f"--out {to} names an Excel file; use --format xlsx or an output folder")
        write_workbook(con, tables, Path(to), flat_select=_flat_select)
        return {"workbook": Path(to).resolve()}
    root = Path(to).resolve()
    root.mkdir(parents=True, exist_ok=True)
    tops = _table_paths(fmt, by_year)
    written = _written(root) or set()
    staged = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        if fmt == "xlsx":
            write_workbook(con, tables, staged / WORKBOOK_NAME, flat_select=_flat_select)
        else:
            for table in tables:
                run_sql(con, copy_sql(con, table, fmt, by_year),
                        {"path": str(staged / tops[table.name]), "format": fmt})
        new_files = _staged_files(staged, list(tops.values()))
        if excel and fmt == "csv":
            for rel in new_files:
                _prepend_bom(staged / rel)
        for top in tops.values():
            _replace_with_staged(root, staged, top, written, overwrite)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    _remove_stale(root, written - set(new_files))
    marker = {"tool": "tinmine export", "format": fmt, "by_year": by_year, "files": new_files}
    (root / MARKER).write_text(json.dumps(marker, indent=1), encoding="utf-8")
    return {t: root / top for t, top in tops.items()}
