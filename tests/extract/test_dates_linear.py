"""The dates extractor takes time linear in its input (issue 11): adversarial repetitions of every token
class it knows cost the same per KB at 10 KB and at 80 KB, and at 80 KB any of them costs per KB at most REAL_FACTOR
times what 60 KB of real articles does (measured: 44x at worst, '(1/1) ': a date every six characters where real
text has one every few hundred)."""
from __future__ import annotations

import time
from datetime import date
from functools import cache

import pytest

from extract import extract_dates, prepare
from extract.dates import calendar_spans
from tests.extract.timing import best_seconds, real_text

REF = date(2023, 5, 30)
REAL_FACTOR = 150
# Digits and separators, day lists, each date shape, the words dates hang on, and what is not a date.
TOKENS = [
    "1, ", "1/1, ", "ngày 1 và 2/1 và ", "(1/1) ", "1.1.", "1-1-", "từ 1 đến 2/3 ", "2013 ", "năm 2013 ", "SN 1990 ",
    "tháng 3 ", "tháng ba ", "quý I ", "6 tháng đầu năm ", "sáng nay (1/1) ", "năm nay ", "các năm trước ",
    "mùng 1 Tết Quý Mão ", "rằm tháng 7 ", "“Ngày hội” (19/8) hằng năm ", "thứ sáu 6-3 ", "chưa tới 1/3 ",
    "Chủ tịch Chủ tịch ", "“a” ",
]


def _seconds(token: str, size: int, runs: int) -> float:
    """Best of ``runs`` timings of both entry points on ``size`` characters of ``token`` repeated."""
    best = float("inf")
    for run in range(runs):
        text = f"{run} " + token * (size // len(token))  # a new text each run: nothing cached
        started = time.perf_counter()
        extract_dates(text, reference=REF)
        calendar_spans(prepare(text))
        best = min(best, time.perf_counter() - started)
    return best


def _extract(text: str) -> None:
    extract_dates(text, reference=REF)
    calendar_spans(prepare(text))


@cache
def _real_seconds() -> float:
    """60 KB of real articles, measured once for every token."""
    return best_seconds(_extract, real_text(60_000))


@pytest.mark.parametrize("token", TOKENS)
def test_time_per_kb_stays_flat_and_near_real_articles(token: str) -> None:
    """One measurement per size serves both bounds: the cost per KB does not grow from 10 to 80 KB, and 80 KB
    costs per KB at most REAL_FACTOR times what 60 KB of real articles does."""
    small = _seconds(token, 10_000, 3) / 10
    large = _seconds(token, 80_000, 2) / 80
    assert large <= 3 * max(small, 1e-4), f"{token!r}: {small * 1e3:.2f} ms/KB at 10 KB, {large * 1e3:.2f} at 80 KB"
    real = _real_seconds() / 60
    assert large <= REAL_FACTOR * real, f"{token!r}: {large * 1e3:.2f} ms/KB at 80 KB, real articles {real * 1e3:.2f}"
