"""Opening warehouse files safely: what a file holds, who holds its lock, waiting for it, snapshots.

DuckDB lets one process write a file (or several read it) and says so with an IO error naming the PID
that holds the lock. A long writer (a crawl, ``tinmine load``, ``reextract``) leaves a small owner note
beside the file (``NAME.owner``: PID, what, when) so that whoever finds the file locked can be told
"in use by PID N (crawl started at ...)". Opening waits a little, with jittered back-off, for a lock
that is about to be released (a ``tinmine query`` that ends, a crawl closing); then it gives up with
that one line. Files are sniffed before DuckDB sees them: an SQLite file or junk is refused without
DuckDB trying to load (or download) a scanner for it.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import duckdb

from warehouse.errors import NotAWarehouse, WarehouseInUse, WarehouseUnavailable

__all__ = ["TIMEZONE", "SAFE_CONFIG", "WarehouseMissing", "local_now", "file_kind", "check_file", "open_duckdb",
           "retry_locked", "check_tinmine", "claim", "snapshot", "lock_wait"]

# Every timestamp the warehouse stores is naive local time in this zone (schema 014_timezone.sql).
TIMEZONE = "Asia/Ho_Chi_Minh"
# Never reach for the network or load code because a query or a file asked for it.
SAFE_CONFIG: dict[str, Any] = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB file
SQLITE_MAGIC = b"SQLite format 3\x00"
LOCK_MESSAGE = re.compile(r"Could not set lock on file|Conflicting lock is held", re.I)
LOCK_PID = re.compile(r"\(PID (\d+)\)")
DEFAULT_WAIT = 2.0  # seconds; TINMINE_DB_WAIT overrides
T = TypeVar("T")


class WarehouseMissing(WarehouseUnavailable, FileNotFoundError):
    """No warehouse file where one was to be read."""


def local_now() -> datetime:
    """Now as a naive datetime in the warehouse's zone (TIMEZONE)."""
    return datetime.now(ZoneInfo(TIMEZONE)).replace(tzinfo=None)


def lock_wait() -> float:
    """Seconds to wait for a locked warehouse: $TINMINE_DB_WAIT, else 2."""
    try:
        return max(0.0, float(os.environ.get("TINMINE_DB_WAIT", DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def file_kind(path: str | os.PathLike) -> str:
    """What is at path: missing, folder, empty, duckdb, sqlite or other."""
    path = Path(path)
    if not path.exists():
        return "missing"
    if path.is_dir():
        return "folder"
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return "unreadable"
    if not head:
        return "empty"
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head[8:12] == DUCKDB_MAGIC:
        return "duckdb"
    return "other"


def check_file(path: str | os.PathLike, *, creating: bool) -> None:
    """Refuse, with one line, a path that is no warehouse file (before DuckDB opens it)."""
    kind = file_kind(path)
    if kind == "duckdb":
        return
    if kind == "missing":
        parent = Path(path).parent
        if not creating:
            raise WarehouseMissing(f"no warehouse at {path}")
        if not parent.is_dir():
            raise WarehouseUnavailable(f"cannot create the warehouse {path}: {parent} is not a folder")
        return
    what = {"folder": "a folder", "empty": "an empty file", "sqlite": "an SQLite database",
            "unreadable": "an unreadable file", "other": "not a DuckDB file"}[kind]
    error = WarehouseUnavailable if kind in ("folder", "unreadable") else NotAWarehouse
    raise error(f"{path} is {what}, not a tinmine warehouse; refusing to open it")


def check_tinmine(con: duckdb.DuckDBPyConnection, path: str | os.PathLike) -> None:
    """Refuse a DuckDB file with tables but no tinmine migration table (another program's database)."""
    tables = [t for (t,) in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() "
        "ORDER BY table_name").fetchall()]
    if tables and "schema_migrations" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise NotAWarehouse(f"{path} is another program's DuckDB database (tables: {shown}), not a tinmine "
                            "warehouse; refusing to open it")


def _owner_path(path: str | os.PathLike) -> Path:
    return Path(f"{path}.owner")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _process_started(pid: int) -> str | None:
    """When a Linux process started (from /proc), as local wall-clock time, or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime"))
    except (OSError, IndexError, ValueError, StopIteration):
        return None
    started = datetime.fromtimestamp(boot + ticks / os.sysconf("SC_CLK_TCK")).astimezone()
    return started.strftime("%Y-%m-%d %H:%M:%S %z")


def holder(path: str | os.PathLike, pid: int | None) -> str:
    """Who holds a warehouse: "PID N (crawl started at ...)", from the owner note or /proc."""
    note: dict[str, Any] = {}
    try:
        note = json.loads(_owner_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    if pid is None and isinstance(note.get("pid"), int) and _alive(note["pid"]):
        pid = note["pid"]
    if pid is None:
        return "another process"
    if note.get("pid") == pid:
        return f"PID {pid} ({note.get('what', 'tinmine')} started at {note.get('started_at', '?')})"
    started = _process_started(pid)
    return f"PID {pid} (started at {started})" if started else f"PID {pid}"


def _is_lock_error(exc: Exception) -> bool:
    return bool(LOCK_MESSAGE.search(str(exc)))


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def retry_locked(action: Callable[[], T], path: str, *, read_only: bool, wait: float | None = None) -> T:
    """Run ``action`` (an open or an ATTACH of path), waiting up to ``wait`` seconds for a lock to be released.

    The pause between attempts grows from 50 ms to 1 s, each drawn at random between half and one and a
    half times that (so that waiting processes do not retry in step). Past ``wait``: WarehouseInUse.
    Other IO errors (permissions, a damaged file, another DuckDB version): WarehouseUnavailable.
    """
    wait = lock_wait() if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return action()
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise WarehouseUnavailable(f"cannot open {path}: {_first_line(exc)}") from exc
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                found = LOCK_PID.search(str(exc))
                pid = int(found.group(1)) if found else None
                hint = "" if read_only else "; wait for it to finish"
                raise WarehouseInUse(f"warehouse {path} is in use by {holder(path, pid)}{hint}", pid) from exc
            time.sleep(min(delay * random.uniform(0.5, 1.5), remaining))  # the last try falls on the deadline
            delay = min(delay * 2, 1.0)


def open_duckdb(path: str, *, read_only: bool, config: dict[str, Any] | None = None,
                wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """duckdb.connect with SAFE_CONFIG, waiting up to ``wait`` seconds for a lock being released."""
    return retry_locked(lambda: duckdb.connect(path, read_only=read_only, config={**SAFE_CONFIG, **(config or {})}),
                        path, read_only=read_only, wait=wait)


@contextmanager
def claim(path: str | os.PathLike, what: str) -> Iterator[None]:
    """Leave an owner note beside the warehouse (PID, what, since when) while a long writer runs."""
    if str(path) == ":memory:":
        yield
        return
    note: Path | None = _owner_path(path)
    # the machine's own clock and offset: the note is read by whoever is at this machine
    record = {"pid": os.getpid(), "what": what, "started_at": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")}
    try:
        _owner_path(path).write_text(json.dumps(record), encoding="utf-8")
    except OSError:
        note = None  # a read-only folder: the lock message will just lack the note
    try:
        yield
    finally:
        if note is not None:
            try:
                if json.loads(note.read_text(encoding="utf-8")).get("pid") == os.getpid():
                    note.unlink()
            except (OSError, ValueError):
                pass


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns


def snapshot(path: str | os.PathLike, into: str | os.PathLike, attempts: int = 5) -> Path:
    """Copy a warehouse (and its write-ahead log) as of its last commit, for reading while a writer runs.

    A copy is kept only when neither file changed while it was taken; otherwise it is taken again
    after a jittered pause (a commit or checkpoint was under way).
    """
    src, wal = Path(path), Path(f"{path}.wal")
    dest = Path(into) / src.name
    for attempt in range(attempts):
        before = (_stamp(src), _stamp(wal))
        shutil.copyfile(src, dest)
        Path(f"{dest}.wal").unlink(missing_ok=True)
        if before[1] is not None:
            try:
                shutil.copyfile(wal, f"{dest}.wal")
            except FileNotFoundError:  # checkpointed meanwhile: the stamps differ, so take it again
                pass
        if (_stamp(src), _stamp(wal)) == before:
            return dest
        time.sleep(0.05 * (attempt + 1) * random.uniform(0.5, 1.5))
    raise WarehouseInUse(f"could not take a consistent snapshot of {path}: it kept changing")
