"""Scrapy settings for tinmine: polite by default (robots.txt, AutoThrottle, one request per domain)."""
from __future__ import annotations

from crawler.config import DEFAULTS

BOT_NAME = "tinmine"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "tinmine/0.1 (+https://github.com/tinmine/tinmine; Vietnamese news research crawler)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
# A page yields at most one article: Scrapy starts this many asyncio tasks per response to process its
# output (100 by default, ~100,000 idle tasks per 1,000 pages on the event loop).
CONCURRENT_ITEMS = 4
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 6
DEPTH_PRIORITY = 1
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    "crawler.netguard.PrivateAddressMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.incremental.IncrementalMiddleware": 560,
    "crawler.middlewares.SafeRedirectMiddleware": 610,
    "crawler.frontier.FrontierMiddleware": 620,
    "crawler.flow.FlowMiddleware": 990,  # last before the download: backpressure and the global limit
}

EXTENSIONS = {
    "crawler.archive.WarcArchive": 500,
    "crawler.progress.LiveProgress": 510,
}

ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.relevance.RelevancePipeline": 200,
    "pipelines.dedup.DedupPipeline": 300,
    "pipelines.extraction.ExtractPipeline": 400,
    "pipelines.store.StorePipeline": 500,
}

# tinmine's own settings (TINMINE_*): declared once, with their defaults, in crawler/config.py
globals().update(DEFAULTS.scrapy())
LOG_FORMATTER = "crawler.logformatter.QuietDropFormatter"
DUPEFILTER_CLASS = "crawler.dupefilter.DiskDupeFilter"

# The private-address guard (crawler.netguard): every name's addresses are checked before connecting;
# only the private addresses the crawl was started on (crawler.run fills the list) may be fetched.
TWISTED_DNS_RESOLVER = "crawler.netguard.GuardedResolver"
TINMINE_PRIVATE_ALLOWED: list[str] = []
