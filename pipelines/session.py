"""Rejected: a dropped item with its crawl-log event."""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

logger = logging.getLogger(__name__)


class Rejected(DropItem):
    """A dropped item with a crawl-log event name (duplicate, unchanged, too_short, language...)."""

    def __init__(self, event: str, reason: str) -> None:
        super().__init__(f"{event}: {reason}")
        self.event, self.reason = event, reason



