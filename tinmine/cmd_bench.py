"""`tinmine bench extract`: throughput and memory of the extractor against an NER baseline."""
from __future__ import annotations

import typer

from tinmine.app import bench_app, console


@bench_app.command("extract")
def bench_extract(
    size: int = typer.Option(1_000_000, help="Characters of sample text (the sample articles repeated)."),
) -> None:
    """Extractor chars/s and heap peak vs underthesea.ner on every sentence; last line 'speedup: X.Xx'.

    Example: [bold]tinmine bench extract --size 1000000[/]
    """
    from tinmine import bench

    texts = bench.sample_corpus(size)
    console.print(f"corpus: {len(texts)} articles, {sum(map(len, texts)):,} chars")
    bench.warm_up()
    runs = [bench.timed("tinmine extract_all", bench.ours, texts),
            bench.timed("baseline underthesea.ner per sentence", bench.baseline_ner, texts)]
    for run in runs:
        console.print(f"{run.name:40} {run.chars_per_s:12,.0f} chars/s  {run.seconds:7.2f} s  "
                      f"heap peak {run.peak_bytes / 2**20:6.1f} MiB")
    print(f"speedup: {runs[0].chars_per_s / runs[1].chars_per_s:.1f}x")
