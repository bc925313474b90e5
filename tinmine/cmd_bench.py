"""`tinmine bench extract`: throughput and memory of the extractor against an NER baseline."""
from __future__ import annotations

import typer

from tinmine import bench
from tinmine.app import bench_app, console


@bench_app.command("extract")
def bench_extract(
    size: int = typer.Option(1_000_000, help="Characters of sample text (the sample articles repeated)."),
) -> None:
    """Extractor chars/s and heap peak vs underthesea.ner on every sentence; last line 'speedup: X.Xx'.

    Example: [bold]tinmine bench extract --size 1000000[/]
    """

    texts = bench.sample_corpus(size)
    console.print(f"corpus: {len(texts)} articles, {sum(map(len, texts)):,} chars")
    bench.warm_up()
    runs = []
    for name, fn in (("tinmine extract_all", bench.ours),
                     ("baseline underthesea.ner per sentence", bench.baseline_ner)):
        runs.append(bench.timed(name, fn, texts))
        run = runs[-1]
        print(f"{run.name:38} {run.chars_per_s:10,.0f} chars/s {run.seconds:8.2f} s  "
              f"heap peak {run.peak_bytes / 2**20:5.1f} MiB  process RSS peak {bench.peak_rss_mib():6.0f} MiB")
    print(f"speedup: {runs[0].chars_per_s / runs[1].chars_per_s:.1f}x")
