"""The progress display's rows come from Scrapy stats."""
from __future__ import annotations

from rich.console import Console

from crawler.progress import progress_line, progress_row, progress_table


def test_progress_row_and_table() -> None:
    stats = {"downloader/response_count": 40, "tinmine/log/stored": 5, "tinmine/log/offtopic": 12,
             "tinmine/log/duplicate": 2, "tinmine/log/unchanged": 1, "tinmine/log/not_article": 4,
             "tinmine/log/http_error": 2, "tinmine/log/timeout": 1}
    row = progress_row("sample", stats, 8.0, "running")
    assert row == ("sample", "40", "5", "12", "2", "1", "4", "3", "5.0", "running")
    assert progress_line(row) == ("sample: pages 40, kept 5, offtopic 12, duplicates 2, unchanged 1, rejected 4, "
                                  "errors 3, pages/s 5.0, state running")
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


def test_summary_counts_come_from_the_crawl_log_and_errors_show_two_examples(capsys) -> None:
    from crawler.run import CrawlStats, print_summary

    stats = CrawlStats()
    stats.add({"downloader/response_count": 30, "tinmine/log/stored": 5, "tinmine/log/duplicate": 3,
               "tinmine/log/http_error": 3, "tinmine/log/robots": 1,
               "tinmine/error_examples": {"http_error": ["http://x.invalid/a", "http://x.invalid/b"]}})
    stats.add({"tinmine/log/timeout": 1, "tinmine/error_examples": {"timeout": ["http://x.invalid/slow"],
                                                                    "http_error": ["http://x.invalid/c"]}})
    assert (stats.kept, stats.duplicates, stats.rejected, stats.errors) == (5, 3, 1, 4)
    print_summary(stats)  # captured: not a terminal, so plain lines
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("crawl summary: pages 30, kept 5, offtopic 0, duplicates 3, unchanged 0, rejected 1")
    at = lines.index("errors by kind:")
    assert lines[at + 1:] == ["  http_error: 3", "    e.g. http://x.invalid/a", "    e.g. http://x.invalid/b",
                              "  timeout: 1", "    e.g. http://x.invalid/slow"]
    assert not any("│" in line or "─" in line for line in lines)  # no table borders in a log
