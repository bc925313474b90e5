"""Short log lines for dropped items (Scrapy's default dumps the whole article at WARNING)."""
from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter


class QuietDropFormatter(LogFormatter):
    """Dropped items logged at INFO as 'dropped <url>: <reason>'."""

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> dict:
        """One INFO line with the item URL and the drop reason."""
        return {"level": logging.INFO, "msg": "dropped %(url)s: %(reason)s",
                "args": {"url": getattr(item, "url", "?"), "reason": exception}}

    def scraped(self, item: Any, response: Any, spider: Any = None) -> dict:
        """One DEBUG line with the item URL."""
        return {"level": logging.DEBUG, "msg": "scraped %(url)s", "args": {"url": getattr(item, "url", "?")}}
