"""Query results printed faithfully: DuckDB's types through Arrow, never a pandas round trip.

Every command that prints rows (``query``, ``search``, ``tables``, ``queries``, ``outlets``) hands a
:class:`Rows` to :func:`print_rows` in one of four formats:

* ``table``: fits the terminal (``COLUMNS``): cells cut with ``…``, columns that cannot fit left out
  with a note naming them (like the duckdb CLI), a row count under it, "0 rows" when empty;
* ``line``: one ``column: value`` per line, a blank line between rows (duckdb's ``.mode line``);
* ``csv``: a header, then rows; lists and structs as JSON, dates and timestamps in ISO 8601;
* ``json``: one object per line with real arrays and objects, ``null`` (never ``NaN``), integers
  as integers, dates and timestamps in ISO 8601.

Stored text never drives the terminal (``tinmine.display``): cells are plain ``Text``, control
characters are stripped from tables and CSV and escaped in JSON.
"""
from __future__ import annotations

import csv
import math
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import IO, Any

import duckdb
import pyarrow as pa
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tinmine.display import json_line, json_text, printable

__all__ = ["FORMATS", "Rows", "print_rows", "plain", "jsonable", "shown", "counted", "fit_columns"]

FORMATS = ("table", "line", "csv", "json")
BATCH_ROWS = 2048
DEFAULT_TABLE_LIMIT = 50
# A text column never shrinks below this many cells while others are shown in full.
MIN_TEXT_WIDTH = 8
MEASURE_CHARS = 400  # a cell longer than this is measured as this long
NAMED_DROPPED = 5  # columns left out of a table that its note names
MAX_HEADER_WIDTH = 20  # a text column is cut down to its header's width, but not wider than this
FIXED_PREFIXES = ("DATE", "TIMESTAMP", "TIME", "BOOLEAN", "UUID", "INTERVAL")


@dataclass
class Rows:
    """Rows to print: column names, their DuckDB types, and Arrow record batches (read once)."""

    names: list[str]
    types: list[str]
    batches: Iterable[pa.RecordBatch]

    @classmethod
    def from_result(cls, result: Any, batch_rows: int = BATCH_ROWS) -> Rows:
        """The rows of a DuckDB result (a connection or relation holding one), streamed as Arrow."""
        names = [d[0] for d in result.description]
        types = [str(d[1]) for d in result.description]
        if isinstance(result, duckdb.DuckDBPyRelation):
            return cls(names, types, result.to_arrow_reader(batch_rows))
        with warnings.catch_warnings():  # a statement's result on a connection (EXPLAIN): small, copied once
            warnings.simplefilter("ignore")
            return cls(names, types, result.to_arrow_table().to_batches(batch_rows))

    @classmethod
    def from_records(cls, names: Sequence[str], records: Iterable[Sequence[Any]],
                     types: Sequence[str] | None = None) -> Rows:
        """Rows made in Python (lists of tables, queries, outlets)."""
        data = [list(r) for r in records]
        columns = {n: [r[i] for r in data] for i, n in enumerate(names)}
        batch = pa.RecordBatch.from_pydict(columns) if data else pa.RecordBatch.from_pydict(
            {n: pa.array([], pa.string()) for n in names})
        return cls(list(names), list(types or ["VARCHAR"] * len(names)), [batch])

    def records(self) -> Iterator[list[Any]]:
        """Each row as a list of plain Python values (see :func:`plain`)."""
        for batch in self.batches:
            columns = [[plain(v, batch.schema.field(i).type) for v in batch.column(i).to_pylist()]
                       for i in range(batch.num_columns)]
            yield from (list(r) for r in zip(*columns, strict=True)) if columns else ()


def plain(value: Any, type_: pa.DataType) -> Any:
    """An Arrow value as plain Python: NaN and infinities as None, integral decimals as int, maps as
    dicts, intervals as ISO 8601 durations, bytes as hex; lists and structs converted inside."""
    if value is None:
        return None
    if pa.types.is_floating(type_):
        return None if math.isnan(value) or math.isinf(value) else value
    if pa.types.is_decimal(type_):
        return int(value) if type_.scale <= 0 else float(value)
    if pa.types.is_map(type_):
        return {str(plain(k, type_.key_type)): plain(v, type_.item_type) for k, v in value}
    if pa.types.is_list(type_) or pa.types.is_large_list(type_) or pa.types.is_fixed_size_list(type_):
        return [plain(v, type_.value_type) for v in value]
    if pa.types.is_struct(type_):
        return {type_.field(i).name: plain(value.get(type_.field(i).name), type_.field(i).type)
                for i in range(type_.num_fields)}
    if pa.types.is_interval(type_):
        return _duration(value)
    if isinstance(value, timedelta):
        return _duration(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _duration(value: Any) -> str:
    """An interval as ISO 8601: P1M2DT3.5S."""
    if isinstance(value, timedelta):
        months, days, seconds = 0, value.days, value.seconds + value.microseconds / 1e6
    else:  # pyarrow MonthDayNano
        months, days, seconds = value.months, value.days, value.nanoseconds / 1e9
    text = "P" + (f"{months}M" if months else "") + (f"{days}D" if days else "")
    if seconds or text == "P":
        text += f"T{seconds:g}S"
    return text


def jsonable(value: Any) -> Any:
    """A plain value with dates, times and timestamps as ISO 8601 text, inside lists and dicts too."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return float(value)
    return value


def shown(value: Any) -> str:
    """A value as one line of text for a table or a line: lists and structs as JSON, no line breaks."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, (list, dict)):
        return nested(value)
    return printable(value)


def nested(value: Any) -> str:
    """A list or struct as DuckDB prints it: [a, b], {'k': v}; strings unquoted inside lists."""
    if isinstance(value, list):
        return "[" + ", ".join(nested(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{printable(k)}: {nested(v)}" for k, v in value.items()) + "}"
    if value is None:
        return "NULL"
    return _one_line(shown(value))


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json_text(jsonable(value))
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return printable(value)


NUMERIC_PREFIXES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                    "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL")


def _numeric(type_name: str) -> bool:
    return type_name.upper().startswith(NUMERIC_PREFIXES) and not type_name.endswith("]")


PLURALS = {"query": "queries"}


def counted(n: int, what: str = "row") -> str:
    """``1 row``, ``0 rows``, ``1,234 rows``, ``2 queries``."""
    return f"{n:,} " + (what if n == 1 else PLURALS.get(what, what + "s"))


def print_rows(rows: Rows, fmt: str, *, limit: int | None = None, console: Console | None = None,
               out: IO[str] | None = None, what: str = "row") -> int:
    """Print rows in ``fmt`` (table, line, csv, json), at most ``limit`` of them (None or 0: all;
    a table shows 50 unless told); return how many rows were printed."""
    out = out or sys.stdout
    console = console or Console(file=out, soft_wrap=False)
    if fmt == "table":
        return _print_table(rows, console, DEFAULT_TABLE_LIMIT if limit is None else limit, what)
    records = _limited(rows.records(), limit)
    n = 0
    if fmt == "json":
        for record in records:
            out.write(json_line(jsonable(dict(zip(rows.names, record, strict=True)))) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([printable(n) for n in rows.names])
        for record in records:
            writer.writerow([_csv_cell(v) for v in record])
            n += 1
    elif fmt == "line":
        n = _print_lines(rows.names, records, console)
        if not n:
            console.print(counted(0, what), style="dim", highlight=False)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    out.flush()
    return n


def _limited(records: Iterator[list[Any]], limit: int | None) -> Iterator[list[Any]]:
    for i, record in enumerate(records):
        if limit and i >= limit:
            return
        yield record


def _print_lines(names: list[str], records: Iterable[list[Any]], console: Console) -> int:
    width = max((cell_len(printable(n)) for n in names), default=0)
    n = 0
    for record in records:
        if n:
            console.print()
        for name, value in zip(names, record, strict=True):
            label = printable(name)
            text = Text(" " * (width - cell_len(label)) + label + ": ", style="bold")
            value_text = shown(value) if isinstance(value, (list, dict, datetime)) else _multiline(value)
            text.append(value_text.replace("\n", "\n" + " " * (width + 2)))
            console.print(text, soft_wrap=True, highlight=False)
        n += 1
    return n


def _multiline(value: Any) -> str:
    """A scalar as text for line mode: its own line breaks kept, other control characters stripped."""
    return "" if value is None else shown(value) if not isinstance(value, str) else printable(value)


def _one_line(text: str) -> str:
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _print_table(rows: Rows, console: Console, limit: int, what: str) -> int:
    records: list[list[str]] = []
    more = 0
    for batch in rows.batches:
        if limit and len(records) >= limit:
            more += batch.num_rows  # counted, never converted
            continue
        take = batch if not limit else batch.slice(0, limit - len(records))
        more += batch.num_rows - take.num_rows
        for record in Rows(rows.names, rows.types, [take]).records():
            records.append([_one_line(shown(v)) for v in record])
    total = len(records) + more
    if not records:
        console.print(Text(f"{counted(0, what)} (columns: {', '.join(map(printable, rows.names))})", style="dim"),
                      soft_wrap=True)
        return 0
    widths, kept = fit_columns(rows.names, rows.types, records, console.width)
    table = Table(box=box.SQUARE, header_style="bold", show_edge=True, pad_edge=True, expand=False)
    for i in kept:
        table.add_column(Text(_one_line(printable(rows.names[i]))), width=widths[i], no_wrap=True,
                         overflow="ellipsis", justify="right" if _numeric(rows.types[i]) else "left")
    for record in records:
        table.add_row(*(Text(record[i]) for i in kept))
    console.print(table, crop=True)
    note = counted(len(records), what) if not more else (
        f"{len(records):,} of {counted(total, what)} shown (--limit 0 for all)")
    dropped = [printable(rows.names[i]) for i in range(len(rows.names)) if i not in kept]
    if dropped:
        named = ", ".join(dropped[:NAMED_DROPPED]) + (", …" if len(dropped) > NAMED_DROPPED else "")
        note += f"; {counted(len(dropped), 'more column')} not shown ({named}): --format line shows every column"
    console.print(Text(note, style="dim"))  # wrapped between words at the terminal's width, like the table
    return len(records)


def fit_columns(names: Sequence[str], types: Sequence[str], records: Sequence[Sequence[str]],
                width: int) -> tuple[dict[int, int], list[int]]:
    """Column widths that fit a table in ``width`` cells, and the columns kept (left to right).

    Each column wants its widest cell. Numbers, dates, timestamps and booleans are never cut; a text
    column may be cut down to its header's width (at least MIN_TEXT_WIDTH, at most MAX_HEADER_WIDTH),
    so that a column is left out rather than every column cut to a few letters. Columns are kept from
    the left while those widths fit; the room left goes to the narrowest wants first.
    """
    wants, mins = {}, {}
    for i, name in enumerate(names):
        header = cell_len(_one_line(printable(name)))
        wants[i] = max([1, header] + [cell_len(r[i][:MEASURE_CHARS]) for r in records])
        fixed = _numeric(types[i]) or types[i].upper().startswith(FIXED_PREFIXES)
        mins[i] = wants[i] if fixed else min(wants[i], max(MIN_TEXT_WIDTH, min(header, MAX_HEADER_WIDTH)))
    kept: list[int] = []
    used = 1  # the left edge
    for i in range(len(names)):
        cost = mins[i] + 3  # padding on both sides and the right border
        if used + cost > width and kept:
            break
        kept.append(i)
        used += cost
    widths = {i: mins[i] for i in kept}
    room = max(0, width - used)
    hungry = sorted((i for i in kept if wants[i] > widths[i]), key=lambda i: wants[i] - widths[i])
    while room and hungry:
        i = hungry.pop(0)
        share = max(1, room // (len(hungry) + 1))
        give = min(wants[i] - widths[i], share, room)
        widths[i] += give
        room -= give
    return widths, kept
