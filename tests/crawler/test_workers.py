"""The worker pool (crawler.workers): jobs run in forked processes, results come back as they complete,
a worker that dies is replaced and its job run once more, then reported (WorkerCrashed)."""
from __future__ import annotations

import os
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from crawler.workers import AHEAD_BYTES, JobFailed, WorkerCrashed, WorkerPool


def square(x: int) -> int:
    return x * x


def slow_square(x: int) -> int:
    time.sleep(0.05 * (x % 3))
    return x * x


def fail(message: str) -> None:
    raise ValueError(message)


def die_once(marker: str) -> str:
    """Kill the worker the first time (no marker file yet), succeed the second."""
    path = Path(marker)
    if not path.exists():
        path.write_text("died")
        os.kill(os.getpid(), signal.SIGKILL)
    return "second attempt"


def die_always() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def results(pool: WorkerPool, fn, jobs) -> dict:
    return {args: (ok, value) for args, ok, value in pool.map_unordered(fn, jobs)}


def test_jobs_run_in_other_processes_and_all_results_come_back() -> None:
    with WorkerPool(2) as pool:
        got = results(pool, slow_square, [(i,) for i in range(20)])
        pids = results(pool, os.getpid, [() for _ in range(4)])
    assert got == {(i,): (True, i * i) for i in range(20)}
    assert all(ok and pid != os.getpid() for ok, pid in pids.values())


def test_a_job_that_raises_is_a_failure_not_a_crash() -> None:
    with WorkerPool(1) as pool:
        ((ok, value),) = results(pool, fail, [("bad text",)]).values()
        assert pool.crashes == 0
        assert results(pool, square, [(3,)]) == {(3,): (True, 9)}  # the worker is still there
    assert not ok and isinstance(value, JobFailed) and "bad text" in str(value)


def test_a_crashed_worker_is_replaced_and_its_job_retried_once(tmp_path: Path) -> None:
    with WorkerPool(1) as pool:
        got = results(pool, die_once, [(str(tmp_path / "marker"),)])
        assert pool.crashes == 1
        assert results(pool, square, [(4,)]) == {(4,): (True, 16)}
    assert list(got.values()) == [(True, "second attempt")]


def test_a_job_that_kills_its_worker_twice_is_reported_and_others_go_on() -> None:
    with WorkerPool(2) as pool:
        got = results(pool, die_always, [()])
        assert pool.crashes == 2  # the first attempt and the one retry
        assert results(pool, square, [(i,) for i in range(6)]) == {(i,): (True, i * i) for i in range(6)}
    ((ok, value),) = got.values()
    assert not ok and isinstance(value, WorkerCrashed)


def test_a_busy_worker_is_sent_its_next_small_job_ahead() -> None:
    with WorkerPool(1) as pool:
        for _ in range(3):
            pool._add(time.sleep, (0.2,), lambda ok, value: None)
        assert len(pool.workers[0].jobs) == 2 and len(pool.queue) == 1  # one running, one waiting in the pipe
        big = "x" * (AHEAD_BYTES + 1)
        while pool.backlog:
            pool._poll()
        pool._add(time.sleep, (0.2,), lambda ok, value: None)
        pool._add(len, (big,), lambda ok, value: None)
        assert len(pool.workers[0].jobs) == 1 and len(pool.queue) == 1  # too big to wait in the pipe: not sent
        assert results(pool, len, [(big,)]) == {(big,): (True, len(big))}


def test_a_job_sent_ahead_to_a_worker_that_dies_is_run_and_not_counted_as_an_attempt() -> None:
    with WorkerPool(1) as pool:
        got = {}
        pool._add(die_always, (), lambda ok, value: got.__setitem__("die", (ok, value)))
        pool._add(square, (3,), lambda ok, value: got.__setitem__("square", (ok, value)))
        assert len(pool.workers[0].jobs) == 2
        while len(got) < 2:
            pool._poll()
        assert pool.crashes == 2  # die_always, run twice; square was ahead both times, then ran
    assert got["square"] == (True, 9)
    assert not got["die"][0] and isinstance(got["die"][1], WorkerCrashed)


def test_the_pool_says_it_is_behind_when_its_backlog_is_full() -> None:
    pool = WorkerPool(1, backlog=3)
    with pool:
        assert not pool.behind()
        for _ in range(3):
            pool._add(time.sleep, (0.2,), lambda ok, value: None)
        assert pool.behind()
        while pool.backlog:
            pool._poll()
        assert not pool.behind()


@pytest.mark.parametrize("size", [1, 3])
def test_results_are_those_of_running_inline(size: int) -> None:
    from pipelines.dedup import signature
    from pipelines.extraction import extract_article
    text = "Ngày 30/5/2023, Công an tỉnh Hòa Bình có 1.411 nhóm liên gia tự quản với 12.000 hộ tham gia."
    with WorkerPool(size) as pool:
        ((_, sig),) = results(pool, signature, [(text,)]).values()
        ((_, extraction),) = results(pool, extract_article, [(text, None, None)]).values()
    assert (sig == signature(text)).all()
    assert extraction == extract_article(text, None, None)


def test_worker_mention_rows_are_those_the_writer_built() -> None:
    """A crawl's worker sends the article's mention rows: the same rows the writer made of the extraction."""
    from extract import EXTRACTOR_VERSION
    from pipelines.extraction import extract_article, extract_rows
    from warehouse.batch import MentionRows
    from warehouse.frames import mention_rows
    text = ("Ngày 30/5/2023, Công an tỉnh Hòa Bình có 1.411 nhóm liên gia tự quản với 12.000 hộ tham gia. "
            "Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh, cho biết mô hình 'Camera an ninh' giảm 15% số vụ.")
    args = ("a1b2", text, date(2023, 6, 1), "Hòa Bình", EXTRACTOR_VERSION)
    expected = mention_rows("a1b2", extract_article(text, date(2023, 6, 1), "Hòa Bình"), EXTRACTOR_VERSION)
    assert expected["figures"] and expected["sentences"]
    with WorkerPool(1) as pool:
        ((_, rows),) = results(pool, extract_rows, [args]).values()
    assert isinstance(rows, MentionRows)
    assert rows.rows == expected == extract_rows(*args).rows


def _pool_owner(out: str) -> None:
    pool = WorkerPool(2).start()
    Path(out).write_text(" ".join(str(w.process.pid) for w in pool.workers))
    time.sleep(60)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_workers_end_when_their_crawl_is_killed(tmp_path: Path) -> None:
    import multiprocessing
    out = tmp_path / "pids"
    owner = multiprocessing.get_context("fork").Process(target=_pool_owner, args=(str(out),))
    owner.start()
    deadline = time.monotonic() + 20
    while not (out.exists() and out.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    pids = [int(p) for p in out.read_text().split()]
    owner.kill()
    owner.join()
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(p) for p in pids), "a worker outlived its SIGKILLed parent"


def test_preloading_loads_the_pos_tagger_the_workers_would_each_load() -> None:
    from crawler.workers import preload_extractors
    from extract.pos import _tagger

    preload_extractors()
    assert _tagger.cache_info().currsize == 1  # loaded here, before the fork: shared, not loaded per worker


def test_the_crawls_long_lived_heap_is_frozen_out_of_collections_while_it_runs() -> None:
    import gc

    from crawler.run import crawl_workers

    before = gc.get_freeze_count()
    with crawl_workers(1) as pool:
        assert gc.get_freeze_count() > before  # lexicons, gazetteer, modules: not rescanned by every full collection
        assert results(pool, square, [(5,)]) == {(5,): (True, 25)}
    assert gc.get_freeze_count() == 0
