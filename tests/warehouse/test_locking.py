"""A busy or unwritable warehouse ends in one line: who holds it, or why it cannot be written.

Regressions of issue 11: `crawl` and `demo` exited 0 and printed the old summary when the warehouse
could not be opened for writing; a second writer got ~150 lines of tracebacks.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.crawler.faultserver import fault_server
from tests.warehouse.helpers import make_article, seed_text
from tinmine.app import app
from warehouse.errors import WarehouseInUse, WarehouseUnavailable

pytestmark = pytest.mark.fault
runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
import warehouse
from warehouse.access import claim
con = warehouse.connect(sys.argv[1])
with claim(sys.argv[1], "crawl"):
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.execute("INSERT INTO crawl_log (url, event, outlet) VALUES ('https://x.vn/late', 'stored', 'x')")
con.close()
"""


@contextmanager
def held(db: Path, seconds: float) -> Iterator[subprocess.Popen]:
    """Another process holding the warehouse for writing (as a crawl does) for ``seconds``."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "holding"
        yield proc
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    con = warehouse.connect(path)
    warehouse.store_article(con, make_article(seed_text()))
    con.close()
    return path


def lines(result) -> list[str]:
    return [ln for ln in result.output.splitlines() if ln.strip()]


def test_second_writer_is_told_who_holds_the_warehouse(db: Path) -> None:
    with held(db, 30) as proc:
        started = time.monotonic()
        with pytest.raises(WarehouseInUse) as info:
            warehouse.connect(db, wait=0.5)
        assert 0.3 <= time.monotonic() - started < 3, "bounded wait"
        assert info.value.pid == proc.pid
        assert f"in use by PID {proc.pid} (crawl started at " in str(info.value)
        result = runner.invoke(app, ["crawl", "http://127.0.0.1:9/", "--db", str(db)],
                               env={"TINMINE_DB_WAIT": "0.2"})
        assert result.exit_code == 1 and len(lines(result)) == 1, result.output
        assert f"PID {proc.pid} (crawl started at" in lines(result)[0]


def test_the_lock_is_waited_for_when_it_is_released(db: Path) -> None:
    with held(db, 0.6):
        started = time.monotonic()
        con = warehouse.connect(db, wait=10)  # retried with jittered back-off until the holder lets go
        waited = time.monotonic() - started
        con.close()
    assert 0.3 <= waited < 5
    con = warehouse.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM crawl_log WHERE url = 'https://x.vn/late'").fetchall() == [(1,)]
    con.close()


def test_query_offers_a_snapshot_while_a_crawl_writes(db: Path) -> None:
    with held(db, 30):
        refused = runner.invoke(app, ["query", "SELECT count(*) AS n FROM articles", "--db", str(db)],
                                env={"TINMINE_DB_WAIT": "0.2"})
        assert refused.exit_code == 1 and len(lines(refused)) == 1
        assert "--snapshot" in lines(refused)[0] and "in use by PID" in lines(refused)[0]
        result = runner.invoke(app, ["query", "SELECT count(*) AS n FROM articles", "--db", str(db),
                                     "--format", "csv", "--snapshot"], env={"TINMINE_DB_WAIT": "0.2"})
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[-2:] == ["n", "1"]
        search = runner.invoke(app, ["search", "an ninh", "--db", str(db), "--snapshot"],
                               env={"TINMINE_DB_WAIT": "0.2"})
        assert search.exit_code == 0, search.output


@pytest.mark.parametrize("make_db", [
    lambda tmp: tmp,                                          # a folder
    lambda tmp: tmp / "missing-folder" / "w.duckdb",          # a folder that does not exist
    lambda tmp: (tmp / "a-file.txt", (tmp / "a-file.txt").write_text("x"))[0] / "w.duckdb",  # under a file
], ids=["folder", "missing_folder", "under_a_file"])
@pytest.mark.parametrize("command", ["crawl", "demo"])
def test_unwritable_warehouse_fails_before_fetching(make_db, command: str, tmp_path: Path) -> None:
    target = make_db(tmp_path)
    with fault_server() as (base, hits):
        args = ["crawl", f"sample@{base}/"] if command == "crawl" else ["demo"]
        started = time.monotonic()
        result = runner.invoke(app, [*args, "--db", str(target)])
        assert result.exit_code == 1, result.output
        assert len(lines(result)) == 1 and lines(result)[0].startswith("error: "), result.output
        assert not hits, "nothing was fetched"
    assert time.monotonic() - started < 10
    assert not list(tmp_path.rglob("warc"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_read_only_file_fails_in_one_line(db: Path) -> None:
    db.chmod(0o444)
    with pytest.raises(WarehouseUnavailable):
        warehouse.connect(db)


def test_every_reading_command_says_who_holds_the_warehouse(db: Path, tmp_path: Path) -> None:
    """Issue 13: tables, search, show, export and report, while a crawl writes: one line naming it, exit 1."""
    article_id = make_article(seed_text())["article_id"]
    commands = [["tables"], ["search", "an ninh"], ["show", article_id, "--out", str(tmp_path / "a.html")],
                ["export", "--format", "csv", "--out", str(tmp_path / "export")],
                ["report", "--out", str(tmp_path / "report.html")]]
    with held(db, 60) as proc:
        for command in commands:
            result = runner.invoke(app, [*command, "--db", str(db)], env={"TINMINE_DB_WAIT": "0.2"})
            assert result.exit_code == 1 and len(lines(result)) == 1, (command, result.output)
            assert lines(result)[0].startswith("error: ") and f"in use by PID {proc.pid}" in lines(result)[0], command
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith("w.duckdb")]  # nothing written
