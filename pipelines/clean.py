"""First pipeline stage: normalise and validate article items."""
from __future__ import annotations

import unicodedata
from typing import Any

from crawler.config import DEFAULTS, settings_of
from crawler.errors import Rejected
from crawler.items import ArticleItem
from crawler.text import clean_text, content_hash


class CleanPipeline:
    """NFC text and title, boilerplate trimmed, hash recomputed; too short or non-Vietnamese pages dropped.

    Text the spider read is clean already (crawler.parse.read_page ran clean_text, and the page's worker
    hashed it): it is not cleaned and hashed a second time.
    """

    def __init__(self, min_chars: int = DEFAULTS.min_chars, languages: tuple[str, ...] = ("vi",)) -> None:
        self.min_chars, self.languages = min_chars, languages

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        """Minimum body length from TINMINE_MIN_CHARS."""
        return cls(min_chars=settings_of(crawler.settings).min_chars)

    def process_item(self, item: Any) -> Any:
        """Return the cleaned item or raise Rejected with the reason."""
        if not isinstance(item, ArticleItem):
            return item
        if not item.cleaned:
            item.text = clean_text(item.text)
            item.content_hash = content_hash(item.text)
            item.cleaned = True
        item.title = unicodedata.normalize("NFC", " ".join(item.title.split())) if item.title else None
        item.author = unicodedata.normalize("NFC", " ".join(item.author.split())) if item.author else None
        if len(item.text) < self.min_chars:
            raise Rejected("too_short", f"{len(item.text)} characters of text (< {self.min_chars})")
        if item.lang not in self.languages:
            raise Rejected("language", f"language {item.lang!r} is not one of {self.languages}")
        return item
