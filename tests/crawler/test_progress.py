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


def test_crawl_summary_counts_pages_per_crawl_log_event(capsys) -> None:
    from crawler.run import CrawlStats, print_summary

    stats = CrawlStats()
    for crawler_stats in ({"tinmine/log/stored": 3, "tinmine/log/not_article": 4, "tinmine/not_article/listing": 3,
                           "tinmine/not_article/too_small": 1, "tinmine/log/http_error": 9},
                          {"tinmine/log/stored": 2, "tinmine/log/offtopic": 1, "tinmine/log/duplicate": 1}):
        stats.add(crawler_stats)
    assert stats.logged == {"stored": 5, "not_article": 4, "http_error": 9, "offtopic": 1, "duplicate": 1}
    assert stats.not_article == {"listing": 3, "too_small": 1}
    print_summary(stats)
    err = capsys.readouterr().err
    assert "not_article" in err and "listing 3" in err and "http_error" in err
