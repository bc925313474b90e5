"""Export every warehouse table to Parquet or CSV files, partitioned by year, without losing a file.

An export goes into a folder that is new, empty, or an earlier export: tinmine leaves a marker there
(``.tinmine-export``, listing every file it wrote). Any other folder is refused unless ``overwrite``.
The tables are first written into a staging folder inside the destination; only when all of them are
written does each replace the previous export's copy, and only files the marker lists are removed, so
a failed export leaves the last one whole and a file tinmine did not write is never deleted.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from warehouse.columns import mention_tables
from warehouse.errors import OutputRefused
from warehouse.sql import PACKAGE_DIR, run_sql

__all__ = ["export", "check_destination", "FORMATS", "MARKER"]

FORMATS = ("parquet", "csv")
EXPORT_SQL = PACKAGE_DIR / "export" / "export.sql"
MARKER = ".tinmine-export"
STAGING_PREFIX = ".tinmine-export-staging-"
# Tables written as one file rather than a folder of year partitions.
SINGLE_FILE = {"places", "outlets", "indicator_taxonomy"}


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


# Mention tables derived from others (person pairs are worked out from officials): not exported.
DERIVED = {"person_pairs"}


def export_sql() -> str:
    """export/export.sql, then one COPY per mention table of the schema, by its article's publication year."""
    mentions = "\n".join(
        f"COPY (SELECT m.*, year(a.published_at) AS year FROM {t} m JOIN articles a USING (article_id))\n"
        f"    TO ${t} (FORMAT $format, PARTITION_BY (year), OVERWRITE);"
        for t in mention_tables() if t not in DERIVED)
    return EXPORT_SQL.read_text(encoding="utf-8") + mentions


def _table_paths(fmt: str) -> dict[str, str]:
    sql = export_sql()
    tables = sorted({p for s in duckdb.extract_statements(sql) for p in s.named_parameters} - {"format"})
    return {t: f"{t}.{f}" if t in SINGLE_FILE else t for t, f in ((t, fmt) for t in tables)}


def check_destination(to: str | os.PathLike, *, overwrite: bool = False) -> None:
    """Raise OutputRefused unless ``to`` may receive an export (new, empty, or an earlier export)."""
    root = Path(to)
    if root.exists() and not root.is_dir():
        raise OutputRefused(f"--to {root} is a file, not a folder; refusing to overwrite it")
    if overwrite or not root.exists():
        return
    entries = [p for p in root.iterdir() if not p.name.startswith(STAGING_PREFIX)]
    if not entries:
        return
    if _written(root) is None:
        raise OutputRefused(f"{root} is not empty and was not made by tinmine export; choose a new or empty "
                            "folder, or add --overwrite to replace its table folders")
    tops = sorted({*_table_paths("parquet").values(), *_table_paths("csv").values()})
    foreign = _foreign(root, tops)
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


def export(con: duckdb.DuckDBPyConnection, to: str | os.PathLike, fmt: str = "parquet", *,
           overwrite: bool = False) -> dict[str, Path]:
    """Write every table under ``to`` (TABLE/year=YYYY/… or TABLE.FMT); return table -> path.

    Refuses (OutputRefused) a folder that is not new, empty or an earlier export unless ``overwrite``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    check_destination(to, overwrite=overwrite)
    root = Path(to).resolve()
    root.mkdir(parents=True, exist_ok=True)
    tops = _table_paths(fmt)
    written = _written(root) or set()
    staged = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        run_sql(con, export_sql(), {"format": fmt, **{t: str(staged / top) for t, top in tops.items()}})
        new_files = sorted(f for top in tops.values() for f in _files_under(staged, top))
        for top in tops.values():
            _replace_with_staged(root, staged, top, written, overwrite)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    kept = {f for f in written if (root / f).exists() and f not in new_files}
    marker = {"tool": "tinmine export", "format": fmt, "files": sorted(kept | set(new_files))}
    (root / MARKER).write_text(json.dumps(marker, indent=1), encoding="utf-8")
    return {t: root / top for t, top in tops.items()}
