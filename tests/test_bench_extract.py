"""`tinmine bench extract` (= `python -m benchmarks extract`) runs both sides over the same corpus and ends
with the speedup line; `tinmine bench` lists every benchmark."""
from __future__ import annotations

import re
import subprocess
import sys


def test_bench_extract_smoke() -> None:
    out = subprocess.run([sys.executable, "-m", "tinmine.cli", "bench", "extract", "--size", "15000"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert re.fullmatch(r"speedup: \d+\.\dx", lines[-1])
    assert any(line.startswith("tinmine extract_all") and "chars/s" in line for line in lines)
    assert any(line.startswith("baseline underthesea.ner") and "RSS peak" in line for line in lines)
    assert re.search(r"^worst_case_us_per_kb: [\d,]+ \(15 KB of ", out.stdout, re.MULTILINE)  # no longer than --size
    chars = re.search(r"corpus: (\d+) articles, ([\d,]+) chars", out.stdout)
    assert chars and int(chars.group(2).replace(",", "")) >= 15000


def test_tinmine_bench_lists_every_benchmark() -> None:
    out = subprocess.run([sys.executable, "-m", "tinmine.cli", "bench", "--help"], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    for name in ("extract", "crawl", "reextract", "pages", "warehouse"):
        assert re.search(rf"^│ {name}\s", out.stdout, re.MULTILINE), name
