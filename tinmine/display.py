"""Printing what the warehouse (or a file) holds without letting it drive the terminal.

Stored titles and texts come from the web: ``[/]`` or ``[bold]`` in them must not be read as Rich
markup (an unmatched ``[/]`` raised MarkupError), and ANSI escapes or other control characters must
not reach the terminal. Every cell and message made from such data goes through :func:`cell` or
:func:`printable`; CSV output gets the same stripping, JSON lines escape every control character.
"""
from __future__ import annotations

import json
import re
from typing import Any

import pandas as pd
from rich.markup import escape
from rich.text import Text

__all__ = ["printable", "cell", "markup_safe", "printable_frame", "json_line", "json_text"]

# CSI and OSC escape sequences whole, then any other C0/C1 control character except tab and newline.
CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]"
                     r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# json.dumps escapes C0 controls but, with ensure_ascii=False, passes DEL and C1 (0x9b is an 8-bit CSI).
JSON_C1 = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def json_line(record: Any) -> str:
    """One JSON object per line, non-ASCII text kept, every control character escaped; strict JSON
    (a float NaN or infinity is written as null, never as the invalid ``NaN``)."""
    return json.dumps(_finite(record), ensure_ascii=False, default=str, allow_nan=False).translate(JSON_C1)


def json_text(value: Any) -> str:
    """A list or object as compact JSON text inside a cell (CSV, tables), control characters escaped."""
    return json.dumps(_finite(value), ensure_ascii=False, default=str, allow_nan=False,
                      separators=(", ", ": ")).translate(JSON_C1)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def printable(value: Any) -> str:
    """The text of a value without terminal escape sequences or control characters (tab, newline kept)."""
    return CONTROL.sub("", str(value))


def cell(value: Any) -> Text:
    """A table cell that Rich shows literally (no markup), stripped of control characters."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return Text("")
    return Text(printable(value))


def markup_safe(value: Any) -> str:
    """Data to embed in a Rich markup string: control characters stripped, brackets escaped."""
    return escape(printable(value))


def printable_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a DataFrame whose text cells are printable (for CSV on a terminal)."""
    out = frame.copy()
    for column in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[column]) or pd.api.types.is_datetime64_any_dtype(out[column])):
            out[column] = out[column].map(lambda v: printable(v) if isinstance(v, str) else v)
    out.columns = [printable(c) for c in out.columns]
    return out
