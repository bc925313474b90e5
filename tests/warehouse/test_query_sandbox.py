"""A query command that can only read, and connections that never fetch extensions or open foreign files.

Regressions of issue 11: through `tinmine query`, `ATTACH 'other.duckdb' (READ_WRITE)` then `DELETE`
emptied another warehouse, `COPY ... TO` and `EXPORT DATABASE` wrote files, `INSTALL` reached for the
network, `read_csv('/etc/passwd')` read any file; `--db` pointing at an SQLite file made DuckDB try
to download sqlite_scanner; a foreign database or a second writer gave ~150 lines of traceback.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.warehouse.helpers import make_article, seed_text
from tinmine.app import app
from warehouse.errors import NotAWarehouse, QueryRefused
from warehouse.sandbox import check_read_only, connect_read_only

pytestmark = pytest.mark.fault
runner = CliRunner()


def digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """A fresh HOME: DuckDB would put downloaded extensions under HOME/.duckdb."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    return home


@pytest.fixture
def dbs(tmp_path: Path, home: Path) -> tuple[Path, Path]:
    """The warehouse to query and another one beside it."""
    paths = tmp_path / "w.duckdb", tmp_path / "other.duckdb"
    for path in paths:
        con = warehouse.connect(path)
        warehouse.store_article(con, make_article(seed_text()))
        con.close()
    return paths


def count(path: Path) -> int:
    con = warehouse.connect(path, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    finally:
        con.close()


HOSTILE = [
    "ATTACH 'other.duckdb' AS o (READ_WRITE); DELETE FROM o.articles",
    "ATTACH 'other.duckdb' AS o",
    "COPY articles TO 'leak.csv'",
    "COPY (SELECT 1) TO '/tmp/tinmine-leak.parquet' (FORMAT parquet)",
    "EXPORT DATABASE 'dump'",
    "IMPORT DATABASE 'dump'",
    "INSTALL httpfs",
    "FORCE INSTALL sqlite",
    "LOAD sqlite",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "SET VARIABLE x = 1",
    "PRAGMA enable_profiling",
    "CALL pragma_version()",
    "DELETE FROM articles",
    "UPDATE articles SET title = 'x'",
    "DROP TABLE articles",
    "CREATE TABLE x AS SELECT 1",
    "CHECKPOINT",
    "DETACH w",
    "USE other",
    "SELECT 1; DELETE FROM articles",
    "EXPLAIN ANALYZE COPY articles TO 'leak.csv'",
]
FILE_READS = [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM read_blob('other.duckdb')",
    "SELECT * FROM glob('*')",
    "SELECT * FROM read_parquet('https://example.com/x.parquet')",
    "SELECT * FROM 'other.duckdb'",
]


@pytest.mark.parametrize("sql", HOSTILE)
def test_query_refuses_statements_that_do_more_than_read(sql: str, dbs: tuple[Path, Path], home: Path,
                                                         tmp_path: Path) -> None:
    db, other = dbs
    before = {p.name: digest(p) for p in (db, other)}
    result = runner.invoke(app, ["query", sql, "--db", str(db)])
    assert result.exit_code == 1
    assert len([ln for ln in result.output.splitlines() if ln.strip()]) == 1, result.output
    assert {p.name: digest(p) for p in (db, other)} == before
    assert not (tmp_path / "leak.csv").exists() and not (tmp_path / "dump").exists()
    assert not (home / ".duckdb").exists(), "no extension was downloaded or looked for"


@pytest.mark.parametrize("sql", FILE_READS)
def test_query_reads_nothing_but_the_warehouse(sql: str, dbs: tuple[Path, Path], home: Path) -> None:
    result = runner.invoke(app, ["query", sql, "--db", str(dbs[0]), "--format", "json"])
    assert result.exit_code == 1
    assert "root:" not in result.output and "disabled" in result.output or "does not exist" in result.output
    assert not (home / ".duckdb").exists()


def test_query_still_reads(dbs: tuple[Path, Path]) -> None:
    for sql in ("SELECT count(*) AS n FROM articles", "FROM articles SELECT title", "EXPLAIN SELECT 1",
                "WITH t AS (SELECT 1 AS a) SELECT * FROM t", "SHOW TABLES", "DESCRIBE articles"):
        result = runner.invoke(app, ["query", sql, "--db", str(dbs[0]), "--format", "csv"])
        assert result.exit_code == 0, (sql, result.output)


def test_the_sandbox_holds_without_the_statement_check(dbs: tuple[Path, Path], home: Path, tmp_path: Path) -> None:
    """Defence in depth: even SQL that skipped check_read_only cannot write, read other files or install."""
    db, other = dbs
    con = connect_read_only(db)
    try:
        for sql in ("ATTACH 'other.duckdb' AS o (READ_WRITE)", "COPY articles TO 'leak.csv'", "INSTALL sqlite",
                    "LOAD sqlite", "SET enable_external_access = true", "SELECT * FROM read_csv('/etc/passwd')",
                    "DELETE FROM articles"):
            with pytest.raises(duckdb.Error):
                con.execute(sql)
    finally:
        con.close()
    assert count(other) == 1 and count(db) == 1
    assert not (tmp_path / "leak.csv").exists() and not (home / ".duckdb").exists()


@settings(max_examples=150, deadline=None)
@given(keyword=st.sampled_from(["attach", "copy", "export database", "install", "load", "set", "pragma",
                                "delete from", "insert into", "drop table", "detach", "call", "checkpoint"]),
       case=st.sampled_from([str.lower, str.upper, str.title]),
       before=st.sampled_from(["", " ", "\n", "/* hi */ ", "-- c\n", "SELECT 1; ", "select 2;\n"]),
       after=st.sampled_from([" x", " 'x'", " x;", " x; SELECT 1", "(x)"]))
def test_fuzzed_hostile_sql_is_refused_before_it_runs(keyword: str, case, before: str, after: str) -> None:
    sql = before + case(keyword) + after
    with pytest.raises(QueryRefused):
        check_read_only(sql)


# -- every connection, foreign files --------------------------------------------------------------

def test_every_connection_turns_extension_install_and_load_off(tmp_path: Path) -> None:
    from warehouse.session import WarehouseSession

    db = tmp_path / "w.duckdb"
    session = WarehouseSession(str(db))
    cons = [warehouse.connect(":memory:"), session.acquire()]
    session.release()
    cons += [warehouse.connect(db), ]
    cons[-1].close()
    cons += [warehouse.connect(db, read_only=True), connect_read_only(db)]
    for con in cons[:1] + cons[3:]:
        settings_now = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('autoinstall_known_extensions', 'autoload_known_extensions', 'TimeZone')").fetchall())
        assert settings_now == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false",
                                "TimeZone": "Asia/Ho_Chi_Minh"}
        con.close()


def foreign_files(tmp_path: Path) -> dict[str, Path]:
    sqlite_path = tmp_path / "app.sqlite"
    with sqlite3.connect(sqlite_path) as s:
        s.execute("CREATE TABLE users (name TEXT)")
    duck = tmp_path / "analytics.duckdb"
    con = duckdb.connect(str(duck))
    con.execute("CREATE TABLE events (id INTEGER)")
    con.close()
    junk = tmp_path / "notes.duckdb"
    junk.write_text("not a database at all\n" * 20)
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    return {"sqlite": sqlite_path, "duckdb": duck, "junk": junk, "empty": empty}


@pytest.mark.parametrize("command", [
    ["query", "SELECT 1"], ["search", "an ninh"], ["export", "--to", "OUT"], ["report", "--out", "OUT.html"],
    ["crawl", "http://127.0.0.1:9/"], ["demo"], ["reextract"],
])
def test_foreign_files_are_refused_in_one_line_and_left_untouched(command: list[str], tmp_path: Path,
                                                                  home: Path) -> None:
    for kind, path in foreign_files(tmp_path).items():
        before = digest(path), path.stat().st_mtime_ns
        args = [a.replace("OUT", str(tmp_path / f"out-{kind}")) for a in command]
        result = runner.invoke(app, [*args, "--db", str(path)])
        assert result.exit_code == 1, (kind, result.output)
        lines = [ln for ln in result.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and "not a tinmine warehouse" in lines[0], (kind, result.output)
        assert (digest(path), path.stat().st_mtime_ns) == before, kind
        assert not Path(f"{path}.wal").exists()
    assert not (home / ".duckdb").exists(), "DuckDB never looked for a scanner extension"


def test_library_connect_refuses_foreign_files(tmp_path: Path) -> None:
    for path in foreign_files(tmp_path).values():
        for read_only in (False, True):
            with pytest.raises(NotAWarehouse, match="not a tinmine warehouse"):
                warehouse.connect(path, read_only=read_only)
    fresh = duckdb.connect(str(tmp_path / "fresh.duckdb"))  # an empty DuckDB file may become a warehouse
    fresh.close()
    warehouse.connect(tmp_path / "fresh.duckdb").close()


NETWORK_PROBE = """
import sys
from typer.testing import CliRunner
import tinmine.cli
from tinmine.app import app
from warehouse.sandbox import connect_read_only
db, sqlite_file = sys.argv[1], sys.argv[2]
runner = CliRunner()
for args in (["query", "INSTALL httpfs"], ["query", "LOAD sqlite"], ["query", "SELECT 1"], ["search", "an ninh"]):
    runner.invoke(app, [*args, "--db", db])
    runner.invoke(app, [*args, "--db", sqlite_file])
con = connect_read_only(db)
for sql in ("INSTALL httpfs", "LOAD httpfs", "SELECT * FROM read_csv('https://example.com/x.csv')"):
    try:
        con.execute(sql)
    except Exception:
        pass
import socket
try:  # a local-socket connect the trace must show: proof that tracing works
    socket.socket(socket.AF_UNIX).connect("/nonexistent/tinmine-probe")
except OSError:
    pass
print("probed")
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to watch system calls")
def test_no_network_attempt_at_all(dbs: tuple[Path, Path], tmp_path: Path) -> None:
    """No connect() to an internet socket while hostile SQL and an SQLite --db are handled."""
    sqlite_file = foreign_files(tmp_path)["sqlite"]
    trace = tmp_path / "trace.txt"
    proc = subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable, "-c",
                           NETWORK_PROBE, str(dbs[0]), str(sqlite_file)], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    if "PTRACE" in proc.stderr or "Operation not permitted" in proc.stderr:
        pytest.skip("ptrace is not permitted here")
    assert proc.returncode == 0 and "probed" in proc.stdout, proc.stderr[-2000:]
    calls = trace.read_text().splitlines()
    assert any("tinmine-probe" in ln for ln in calls), "the trace saw the probe's own connect()"
    inet = [ln for ln in calls if "AF_INET" in ln]
    assert not inet, inet[:5]
