"""Custom Scrapy signals of the tinmine crawler."""
from __future__ import annotations

# Sent by the spider for every notable fetch outcome (http_error, timeout, binary, encoding, offsite...)
# with keyword arguments url, outlet, event, status_code, reason. The store pipeline writes them to the
# warehouse crawl log.
crawl_event = object()
