"""Scrapy settings for tinmine: polite by default (robots.txt, AutoThrottle, one request per domain)."""
from __future__ import annotations

BOT_NAME = "tinmine"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "tinmine/0.1 (+https://github.com/tinmine/tinmine; Vietnamese news research crawler)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
TINMINE_SITEMAP_MAXSIZE = 64 * 1024 * 1024  # sitemaps: downloaded and streamed up to this much XML (protocol: 50 MB)
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
}
TINMINE_BACKOFF_BASE = 2.0         # seconds; the domain's delay doubles on each retryable failure
TINMINE_BACKOFF_MAX = None         # default: AUTOTHROTTLE_MAX_DELAY
TINMINE_BACKOFF_DECAY = 0.5        # each success afterwards multiplies the delay by this, back to its normal

EXTENSIONS = {
    "crawler.archive.WarcArchive": 500,
    "crawler.progress.LiveProgress": 510,
}
TINMINE_PROGRESS = False           # crawler.run turns it on for interactive crawls

ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.relevance.RelevancePipeline": 200,
    "pipelines.dedup.DedupPipeline": 300,
    "pipelines.extraction.ExtractPipeline": 400,
    "pipelines.store.StorePipeline": 500,
}

# tinmine's own settings
TINMINE_DB = "tinmine.duckdb"
TINMINE_STORE_BATCH_SIZE = 100     # warehouse writes per transaction (articles, duplicates, crawl-log rows)
TINMINE_STORE_BATCH_SECONDS = 2.0  # ...or this old, whichever first; a SIGKILL loses at most that batch
TINMINE_DB_MEMORY_LIMIT = "256MB"  # DuckDB buffer pool of the crawl's connection (DuckDB's default: 80 % of RAM)
TINMINE_DB_THREADS = 2             # DuckDB threads of that connection (0: DuckDB's default, one per core)
TINMINE_TOPIC_FILE = None          # default: pipelines/data/topic.yaml
TINMINE_RELEVANCE_THRESHOLD = 0.5
TINMINE_NEAR_DUP_THRESHOLD = 0.8
TINMINE_MIN_CHARS = 200
TINMINE_MAX_PAGES = 0              # stop after this many pages stored or logged (0: no limit; 404s do not count)
TINMINE_ERROR_CAP = 8              # consecutive fetch errors on one URL shape before its page links are dropped
TINMINE_WARC_DIR = None            # crawler.run: a warc/ folder beside the warehouse
LOG_FORMATTER = "crawler.logformatter.QuietDropFormatter"
DUPEFILTER_CLASS = "crawler.dupefilter.DiskDupeFilter"
TINMINE_SEEN_DIR = None            # where the per-crawl seen-set SQLite file lives (default: beside the warehouse)
TINMINE_SEEN_CACHE = 50_000        # fingerprints kept in memory (LRU) in front of it

# The private-address guard (crawler.netguard): every name's addresses are checked before connecting;
# only the private addresses the crawl was started on (crawler.run fills the list) may be fetched.
TWISTED_DNS_RESOLVER = "crawler.netguard.GuardedResolver"
TINMINE_PRIVATE_ALLOWED: list[str] = []
