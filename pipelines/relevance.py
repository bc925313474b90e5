"""Topic relevance for the campaign: a score in 0..1 and the phrases behind it (data/topic.yaml)."""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

import yaml

from crawler.config import settings_of
from crawler.items import ArticleItem
from crawler.pagework import precomputed, text_jobs
from crawler.workers import WorkerPool, crawl_pool, run_job

DEFAULT_TOPIC = Path(__file__).resolve().parent / "data" / "topic.yaml"


@dataclass(frozen=True)
class Topic:
    """Weighted phrases and abbreviations describing the campaign."""

    patterns: tuple[tuple[str, re.Pattern[str], float, str], ...]  # label, pattern, weight, case-folded label
    threshold: float
    scale: float
    cap: int

    @classmethod
    def load(cls, path: str | Path | None = None) -> Topic:
        """Read a topic file (default pipelines/data/topic.yaml)."""
        data = yaml.safe_load(Path(path or DEFAULT_TOPIC).read_text(encoding="utf-8"))
        phrases = {p: unicodedata.normalize("NFC", p) for p in data.get("phrases") or {}}
        pats = [(p, re.compile(rf"(?<!\w){re.escape(phrases[p])}(?!\w)", re.I), float(w), phrases[p].casefold())
                for p, w in (data.get("phrases") or {}).items()]
        pats += [(a, re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), float(w), a.casefold())
                 for a, w in (data.get("abbreviations") or {}).items()]
        return cls(tuple(pats), float(data.get("threshold", 0.5)), float(data.get("scale", 4.0)),
                   int(data.get("cap", 3)))

    def score(self, text: str, title: str | None = None) -> tuple[float, str]:
        """(score 0..1, reason listing matched phrases with counts) of a text.

        A phrase is searched for only where its case-folded letters occur (one substring test instead of a
        regex scan per phrase); a text holding 'İ', which folds to two characters, is searched in full."""
        total, hits = 0.0, []
        title = title or ""
        folded = None if "\u0130" in text + title else f"{text}\n{title}".casefold()
        for label, pattern, weight, needle in self.patterns:
            if folded is not None and needle not in folded:
                continue
            count = min(len(pattern.findall(text)), self.cap) + 2 * len(pattern.findall(title))
            if count:
                total += weight * count
                hits.append(f"{label}×{count}")
        score = round(1 - math.exp(-total / self.scale), 4)
        return score, ", ".join(hits) if hits else "no campaign phrase"


@cache
def topic(path: str | None = None) -> Topic:
    """The topic file at ``path`` (default pipelines/data/topic.yaml), read once per process."""
    return Topic.load(path)


def score_text(topic_file: str | None, text: str, title: str | None) -> tuple[float, str]:
    """(score, reason) of an article under a topic file: the job a worker process runs."""
    return topic(topic_file).score(text, title)


class RelevancePipeline:
    """Scores every article; those under the threshold get status 'offtopic' (stored, counted, not extracted).

    In a crawl the score is computed in a worker process (the topic file is read there once).
    """

    def __init__(self, topic: Topic, threshold: float | None = None, *, topic_file: str | None = None,
                 pool: WorkerPool | None = None) -> None:
        self.topic, self.topic_file, self.pool = topic, topic_file, pool
        self.threshold = topic.threshold if threshold is None else threshold

    @classmethod
    def from_crawler(cls, crawler: Any) -> RelevancePipeline:
        """Topic file from the topic_file setting; its own threshold unless relevance_threshold is set."""
        config = settings_of(crawler.settings)
        text_jobs(crawler)["relevance"] = partial(score_text, config.topic_file)  # scored where the page is read
        return cls(topic(config.topic_file), config.relevance_threshold, topic_file=config.topic_file,
                   pool=crawl_pool())

    def process_item(self, item: Any) -> Any:
        """Set relevance, relevance_reason and status (scored in a worker in a crawl: a coroutine is returned)."""
        if not isinstance(item, ArticleItem):
            return item
        if (scored := precomputed(item, "relevance")) is not None:
            return self.judge(item, scored)
        if self.pool is None:
            return self.judge(item, self.topic.score(item.text, item.title))
        return self._scored(item)

    async def _scored(self, item: ArticleItem) -> ArticleItem:
        return self.judge(item, await run_job(self.pool, score_text, self.topic_file, item.text, item.title))

    def judge(self, item: ArticleItem, scored: tuple[float, str]) -> ArticleItem:
        """The item with its score, reason and status."""
        item.relevance, item.relevance_reason = scored
        item.status = "kept" if item.relevance >= self.threshold else "offtopic"
        return item
