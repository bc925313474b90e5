"""The warehouse as one Excel workbook: a contents sheet, then one sheet per table (openpyxl, streamed).

Excel holds at most 1,048,576 rows a sheet and 32,767 characters a cell, and no control characters:
rows past the limit are left out and texts cut, and the contents sheet says where. Lists and structs
are JSON text; timestamps stay naive local time (Asia/Ho_Chi_Minh), as the warehouse stores them.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from warehouse.outputs import replace_atomically

if TYPE_CHECKING:
    from warehouse.export import ExportTable

__all__ = ["WORKBOOK_NAME", "write_workbook", "MAX_ROWS", "MAX_CELL"]

WORKBOOK_NAME = "tinmine.xlsx"
MAX_ROWS = 1_048_575  # a sheet's rows, the header row apart
MAX_CELL = 32_767
CUT_MARK = "…"
BATCH_ROWS = 4096
WIDE_COLUMNS = {"title": 60, "text": 60, "sentence_text": 80, "url": 50, "comment": 80, "description": 80}
BOLD = Font(bold=True)


def _cell_value(value: Any, cut: list[int]) -> Any:
    """A value Excel can hold: no control characters, texts cut at 32,767 characters, no NaN."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bytes):
        value = value.hex()
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > MAX_CELL:
            cut[0] += 1
            value = value[: MAX_CELL - len(CUT_MARK)] + CUT_MARK
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return value


def _sheet(book: Workbook, name: str, columns: Sequence[str]) -> Any:
    sheet = book.create_sheet(name[:31])
    sheet.freeze_panes = "A2"
    for i, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(i)].width = WIDE_COLUMNS.get(column, max(10, min(24, len(column) + 2)))
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = BOLD
        header.append(cell)
    sheet.append(header)
    return sheet


def write_workbook(con: duckdb.DuckDBPyConnection, tables: Sequence[ExportTable], path: Path, *,
                   flat_select: Callable[[duckdb.DuckDBPyConnection, ExportTable], str]) -> Path:
    """Write every table's rows into a workbook at ``path`` (atomically); return the path."""

    def write(tmp: Path) -> None:
        book = Workbook(write_only=True)
        book.properties.creator = "tinmine export"
        book.properties.title = "tinmine warehouse export"
        contents = _sheet(book, "contents", ["sheet", "rows", "notes"])
        summary = []
        for table in tables:
            relation = con.sql(flat_select(con, table))
            sheet = _sheet(book, table.name, relation.columns)
            rows, cut, left_out = 0, [0], 0
            for batch in relation.to_arrow_reader(BATCH_ROWS):
                columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
                for row in zip(*columns, strict=True):
                    if rows >= MAX_ROWS:
                        left_out += 1
                        continue
                    sheet.append([_cell_value(v, cut) for v in row])
                    rows += 1
            notes = []
            if left_out:
                notes.append(f"{left_out:,} more rows left out (Excel's limit); export as csv or parquet for all")
            if cut[0]:
                notes.append(f"{cut[0]:,} texts cut at {MAX_CELL:,} characters (Excel's limit)")
            summary.append([table.name, rows, "; ".join(notes)])
        for entry in summary:
            contents.append(entry)
        book.save(tmp)

    return replace_atomically(path, write)
