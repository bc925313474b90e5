"""Single files tinmine writes (``show`` and ``report`` pages): never over a file it did not write.

A page tinmine writes carries a generator mark in its head (``<meta name="generator" content="tinmine
...">``). Writing over an existing file is allowed only when that file carries the mark; an input of
the command, a DuckDB or SQLite database, or any other file is refused unless ``overwrite`` (and an
input never). Pages are written to a temporary file beside the target and renamed over it, so an
interrupted write leaves the old file whole.
"""
from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warehouse.access import file_kind
from warehouse.errors import OutputRefused

__all__ = ["GENERATOR", "generator_meta", "is_tinmine_page", "is_tinmine_workbook", "check_output", "write_output",
           "replace_atomically"]

GENERATOR = "tinmine"
MARK = b'<meta name="generator" content="tinmine'
HEAD_BYTES = 4096
WORKBOOK_MARK = re.compile(rb"<dc:creator[^>]*>tinmine")


def generator_meta(what: str) -> str:
    """The mark to put in a page's <head>: ``<meta name="generator" content="tinmine WHAT">``."""
    return f'<meta name="generator" content="{GENERATOR} {what}">'


def is_tinmine_page(path: str | os.PathLike) -> bool:
    """True when the file's head carries tinmine's generator mark."""
    try:
        with open(path, "rb") as fh:
            return MARK in fh.read(HEAD_BYTES)
    except OSError:
        return False


def is_tinmine_workbook(path: str | os.PathLike) -> bool:
    """True when the file is an Excel workbook tinmine wrote (its creator property says tinmine)."""
    try:
        with zipfile.ZipFile(path) as book:
            return bool(WORKBOOK_MARK.search(book.read("docProps/core.xml")))
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(out: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = (), overwrite: bool = False) -> None:
    """Raise OutputRefused if writing ``out`` would destroy a file tinmine did not write (or an input)."""
    out = Path(out)
    for source in inputs:
        if _same(out, Path(source)):
            raise OutputRefused(f"{out} is also the input of this command; choose another --out")
    kind = file_kind(out)
    if kind == "missing":
        if not out.parent.is_dir() and out.parent.exists():
            raise OutputRefused(f"cannot write {out}: {out.parent} is not a folder")
        return
    if kind == "folder":
        raise OutputRefused(f"{out} is a folder; give a file name to --out")
    if overwrite:
        return
    if kind in ("duckdb", "sqlite"):
        raise OutputRefused(f"{out} is a database; refusing to write over it (choose another --out)")
    if not (is_tinmine_page(out) or is_tinmine_workbook(out)):
        raise OutputRefused(f"{out} exists and tinmine did not write it; choose another --out or add --overwrite")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_output(out: str | os.PathLike, text: str, *, inputs: Iterable[str | os.PathLike] = (),
                 overwrite: bool = False) -> Path:
    """Check ``out`` (see check_output), then write ``text`` to it atomically; return the path."""
    check_output(out, inputs=inputs, overwrite=overwrite)
    return replace_atomically(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def replace_atomically(out: str | os.PathLike, write: Any) -> Path:
    """Call ``write(temporary_path)`` for a file beside ``out``, then rename it over ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; a page is an ordinary file
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
