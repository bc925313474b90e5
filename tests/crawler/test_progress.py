"""The progress display's rows come from Scrapy stats."""
from __future__ import annotations

from rich.console import Console

from crawler.progress import progress_row, progress_table


def test_progress_row_and_table() -> None:
    stats = {"downloader/response_count": 40, "tinmine/kept": 5, "tinmine/offtopic": 12, "tinmine/duplicates": 2,
             "tinmine/unchanged": 1, "tinmine/errors": 3}
    row = progress_row("sample", stats, 8.0, "running")
    assert row == ("sample", "40", "5", "12", "3", "3", "5.0", "running")
    console = Console(record=True, width=120)
    console.print(progress_table([row]))
    text = console.export_text()
    assert "pages/s" in text and "sample" in text
