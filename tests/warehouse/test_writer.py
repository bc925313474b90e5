"""The session's single writer (warehouse.writer), its look-ups of articles in flight, and KnownKeys."""
from __future__ import annotations

import threading
from pathlib import Path

from warehouse.known import KnownKeys
from warehouse.session import WarehouseSession


def row(n: int) -> dict:
    return {"article_id": f"{n:016x}", "url": f"http://x.invalid/a-{n}.html", "canonical_url": f"http://x.invalid/a-{n}.html",
            "outlet": "sample", "title": f"Bài {n}", "text": f"Nội dung bài số {n}. " * 20, "content_hash": f"h{n}",
            "status": "kept", "relevance": 1.0}


def test_batches_committed_by_the_writer_thread_in_order_and_seen_meanwhile(tmp_path: Path) -> None:
    session = WarehouseSession(str(tmp_path / "w.duckdb"), batch_size=5)
    session.acquire()
    calls = []  # what the writer thread asks the owner (the reactor) to run: kept, run by flush() here
    session.start_writer(lambda fn: calls.append(threading.current_thread().name))
    for n in range(12):
        session.pending.add_article(row(n))
        session.flush_if_due()
        assert session.stored_hash(f"http://x.invalid/a-{n}.html") == f"h{n}"  # pending, queued or stored
        assert session.article_by_hash(f"h{n}") == f"{n:016x}"
    session.flush()
    assert session.unwritten == () and not session.behind()
    assert session.reader.execute("SELECT count(*) FROM articles").fetchone() == (12,)
    assert session.reader.execute("SELECT count(*) FROM article_docs").fetchone() == (12,)  # search rows per batch
    assert calls == ["tinmine-writer"] * 3  # one notice per committed batch (5 + 5 + 2)
    assert session.stored_hash("http://x.invalid/never.html") is None
    session.release()


def test_the_session_sets_its_duckdb_memory_and_checkpoint_sizes(tmp_path: Path) -> None:
    session = WarehouseSession(str(tmp_path / "w.duckdb"), memory_limit="100MB", checkpoint="64MB")
    con = session.acquire()
    got = con.execute("SELECT current_setting('memory_limit'), current_setting('checkpoint_threshold')").fetchone()
    assert got == ("95.3 MiB", "61.0 MiB")  # DuckDB reports MB in MiB
    session.release()


def test_a_claim_is_taken_back_only_by_its_owner(tmp_path: Path) -> None:
    session = WarehouseSession(str(tmp_path / "w.duckdb"))
    session.acquire()
    session.claim("a1", "http://x.invalid/a.html", "h1", owner="http://x.invalid/a.html")
    session.unclaim("a1", owner="http://x.invalid/amp/a.html")  # its AMP copy was dropped meanwhile
    assert session.article_by_hash("h1") == "a1" and session.has_extraction("a1")
    session.unclaim("a1", owner="http://x.invalid/a.html")
    assert session.article_by_hash("h1") is None
    session.release()


def test_known_keys_answer_membership_across_merges() -> None:
    keys = KnownKeys()
    keys.add(f"http://x.invalid/{i}" for i in range(1000))
    keys._merge()
    keys.add(["late", None, 2**63 + 5])
    assert "http://x.invalid/999" in keys and "late" in keys and 2**63 + 5 in keys
    assert "http://x.invalid/1000" not in keys and len(keys) == 1002
