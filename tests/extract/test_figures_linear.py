"""extract_figures takes time linear in its input, on adversarial repetitions (issue 11, item 1).

Each token class the figure rules react to is repeated to 10 KB and 80 KB: the time
per KB at 80 KB may not exceed ~3x the time per KB at 10 KB (measured in the same test, so a
slow or busy machine slows both), nor REAL_FACTOR times the time per KB of 60 KB of real
articles (measured: 3.6x at worst, 'digits').  Dates and clock times
are found by ``extract.dates.calendar_spans``, which has its own linear-time test; it is
replaced by a stub here so that these timings measure the figure walk alone.
"""
from __future__ import annotations

from functools import cache

import pytest

import extract.figures as figures
from tests.extract.timing import best_seconds, real_text

TOKENS = {
    "digits": "1, ",
    "dashes": "1-",
    "slashes": "1/",
    "number words": "hai ",
    "counted number words": "hai người, ",
    "ranges": "từ 3 đến 5 người ",
    "ratios": "15/15 xã ",
    "scaled amounts": "50 triệu ",
    "totals": "tổng số người là 5 ",
    "ellipsis": "93 nước, Lào 41, ",
    "ranks and titles": "Chủ tịch ",
    "quotes": "“3 người” ",
    "date words": "ngày 1 tháng 2 năm ",
}
GROWTH = 3.0  # allowed growth of the time per KB from 10 KB to 80 KB
REAL_FACTOR = 12  # allowed cost per KB of one token over that of real articles


def _text(token: str, kb: int) -> str:
    return token * (kb * 1024 // len(token.encode("utf-8")))


def _seconds(text: str, runs: int) -> float:
    """Best of ``runs`` timings, each started with no garbage pending (a collection of the last
    run's objects would otherwise land in the next, small, measurement)."""
    return best_seconds(figures.extract_figures, text, runs)


@pytest.fixture(autouse=True)
def _no_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures, "calendar_spans", lambda doc: [])


@cache
def _real_seconds() -> float:
    """60 KB of real articles (the calendar stubbed out as for the tokens), measured once for every token."""
    return _seconds(real_text(60 * 1024), runs=2)


@pytest.mark.parametrize("name", sorted(TOKENS))
def test_time_per_kb_stays_flat_and_near_real_articles(name: str) -> None:
    """One measurement per size serves both bounds: the cost per KB does not grow from 10 to 80 KB, and 80 KB
    costs per KB at most REAL_FACTOR times what 60 KB of real articles does."""
    token = TOKENS[name]
    small = _seconds(_text(token, 10), runs=5) / 10
    large = _seconds(_text(token, 80), runs=2) / 80
    assert large <= GROWTH * small + 5e-5, f"{name}: {small * 1e3:.2f} ms/KB at 10 KB, {large * 1e3:.2f} at 80 KB"
    real = _real_seconds() / 60
    assert large <= REAL_FACTOR * real, f"{name}: {large * 1e3:.2f} ms/KB at 80 KB, real articles {real * 1e3:.2f}"
