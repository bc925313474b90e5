"""Time measured against time: the linear-time tests compare an adversarial text's cost with the cost of real
article text run through the same function in the same process (best of a few runs each), never with a fixed
number of seconds, so a slow or busy machine slows both sides alike. Absolute speeds are the benchmarks'
(`tinmine bench extract`)."""
from __future__ import annotations

import gc
import time
from collections.abc import Callable
from functools import cache

from tests.conftest import FIXTURES


@cache
def real_text(size: int) -> str:
    """``size`` characters of the dev corpus articles, one after another."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "corpus" / "dev" / "texts").glob("*.txt"))]
    text = "\n".join(texts)
    while len(text) < size:
        text += "\n" + text
    return text[:size]


def best_seconds(run: Callable[[str], object], text: str, runs: int = 2) -> float:
    """The best of ``runs`` calls of ``run(text)``, each started with no garbage pending."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - started)
    return best
