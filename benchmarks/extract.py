"""`python -m benchmarks extract`: our extractor vs underthesea NER on every sentence, same process, same texts."""
from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extract import extract_all

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"

# Token classes every rule knows, repeated to make adversarial texts (issue 11: 60 KB of "1, 1, 1, ..."
# once took over a minute): digits, separators, dates, ranks, titles, names, quotes, places, number words.
ADVERSARIAL_TOKENS = (
    "1", "1,", "1.", "12/3", "1-1", "1.234", "05", "3 - 7", "hai", "hàng trăm", "năm", "tháng", "ngày 9-11",
    "Chủ tịch", "Đại tướng", "đồng chí", "Phó Giám đốc Công an tỉnh", "Nguyễn Văn", "“A", "”", "\"", "mô hình",
    "như:", "xã", "huyện Đắk", "TP.", "Q.1", "trú tại", "toàn tỉnh", "tổng số", "khoảng", "%", "triệu đồng",
    "(SN 1990)", "Tết", "qua 10 năm", "giai đoạn", "trong đó", "Giấy phép số", "\n", ". ", ";",
)


@dataclass(frozen=True)
class Run:
    """One timed pass: characters processed, seconds, Python-heap peak in bytes."""

    name: str
    chars: int
    seconds: float
    peak_bytes: int

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else float("inf")


def sample_corpus(min_chars: int = 1_000_000) -> list[str]:
    """The bundled sample articles, repeated until they reach ``min_chars`` characters."""
    base = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_DIR.glob("*.txt"))]
    if not base:
        raise RuntimeError(f"no sample articles in {SAMPLE_DIR}")
    texts: list[str] = []
    total = 0
    while total < min_chars:
        for t in base:
            # a distinct first line per copy, so no cache keyed on the text can serve a repeat
            texts.append(f"Bài {len(texts) + 1}.\n{t}")
            total += len(texts[-1])
    return texts


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def best_seconds(text: str, runs: int = 2) -> float:
    """The best of ``runs`` extractions of ``text``, in seconds (a busy machine slows some runs, not all)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        extract_all(text)
        best = min(best, time.perf_counter() - start)
    return best


def worst_case(size: int = 60_000) -> tuple[str, float]:
    """The adversarial token whose repetition to ``size`` characters extracts slowest, and its µs per KB."""
    per_kb = {t: best_seconds(repeat(t + " ", size)) * 1e6 / (size / 1000) for t in ADVERSARIAL_TOKENS}
    token = max(per_kb, key=per_kb.__getitem__)
    return token, per_kb[token]


def timed(name: str, fn: Callable[[str], object], texts: list[str]) -> Run:
    """Run ``fn`` over every text; time it, then measure its heap peak on one more pass of the first text set."""
    start = time.perf_counter()
    for t in texts:
        fn(t)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    for t in texts[: max(1, len(texts) // 20)]:
        fn(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Run(name, sum(map(len, texts)), seconds, peak)


def peak_rss_mib() -> float:
    """The process's peak resident set so far (models loaded included), in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(text: str) -> object:
    """The full tinmine extractor."""

    return extract_all(text)


def baseline_ner(text: str) -> object:
    """The baseline: underthesea's CRF NER on every sentence."""
    # lazy: underthesea's NER loads its model; only the baseline needs it
    from underthesea import ner, sent_tokenize

    return [ner(s) for s in sent_tokenize(text)]


def warm_up() -> None:
    """Load lazily-loaded models (lexicons, the POS tagger) so neither side pays for loading in its timing."""
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        ours(path.read_text(encoding="utf-8"))
    baseline_ner("Ngày 30/5, Đại tướng Tô Lâm dự hội nghị.")
