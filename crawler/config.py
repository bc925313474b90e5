"""tinmine's own settings, declared once: defaults, then ``[tool.tinmine]`` in pyproject.toml, then the
environment (``TINMINE_DB``...), then the profile, then the command line.

One frozen :class:`Settings` is built by whoever starts the work (the command line, ``crawler.run``) and
passed down: a crawl hands it to Scrapy as its ``TINMINE_*`` settings (the profile's own ``settings:``
block and ``--set NAME=VALUE`` sit above it there), and every component reads it back with
:func:`settings_of`. Data files win over code defaults where they claim to configure something: the
relevance threshold is the topic file's unless a setting names one.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from extract.errors import ConfigError
from warehouse.access import DEFAULT_WAIT
from warehouse.db import DEFAULT_DB, memory_size

__all__ = ["Settings", "settings_of", "DEFAULTS"]


def _setting(default: Any, help: str, check: Callable[[Any], Any] | None = None) -> Any:
    """A field with its help text and, optionally, a check of its converted value (ValueError: refused)."""
    return field(default=default, metadata={"help": help, "check": check})


@dataclass(frozen=True)
class Settings:
    """Every tinmine setting; the Scrapy name of ``min_chars`` is ``TINMINE_MIN_CHARS``, its variable too."""

    db: str = _setting(DEFAULT_DB, "the warehouse file")
    db_wait: float = _setting(DEFAULT_WAIT, "seconds to wait for a warehouse another process holds")
    # 96MB: the crawl's working set (the un-checkpointed batches, the band keys it looks up) runs 30-120 MB between
    # checkpoints on the 5,000-page bench; capped at 256MB the process's RSS followed that saw-tooth (+1 to +16 % from
    # 1,000 to 5,000 pages), at 96MB it stays within a few per cent for the same crawl-process CPU; at 64MB DuckDB
    # spills to temporary files and the crawl process needs seven times the CPU.
    db_memory_limit: str | None = _setting("96MB", "DuckDB buffer pool of the crawl's connection", memory_size)
    db_threads: int = _setting(1, "DuckDB threads of the crawl's connection (0: one per core; the cores are "
                                  "the page workers')")
    db_checkpoint: str = _setting("64MB", "write-ahead log size at which DuckDB checkpoints (each checkpoint "
                                  "rewrites the tables' changed row groups: fewer, larger ones cost less)",
                                  memory_size)
    # Each batch costs the writer ~70 ms of fixed work (about twenty statements and a COMMIT) whatever its size:
    # at 100 writes a fast local crawl committed every ~0.5 s; at 1,000 the age below decides, and a
    # SIGKILL still loses at most that (2,000-page bench, same rows: 43 batches cost the writer 4.1 s CPU, 8 cost 1.6 s).
    # At 5 s instead of 2 s the crawl process spends 10.4 ms a bench page instead of 14.3 on a loaded machine (paired
    # 2,000-page runs, 16 pages a batch at 2 s); a SIGKILL loses, and the resumed crawl fetches again, up to 5 s of pages.
    store_batch_size: int = _setting(1000, "warehouse writes per transaction")
    store_batch_seconds: float = _setting(5.0, "...or this old, whichever first (a SIGKILL loses at most that)")
    topic_file: str | None = _setting(None, "the campaign's topic file (default pipelines/data/topic.yaml)")
    relevance_threshold: float | None = _setting(None, "kept from this score (default: the topic file's)")
    near_dup_threshold: float = _setting(0.8, "MinHash similarity from which a page is a near duplicate")
    min_chars: int = _setting(200, "shortest article text kept")
    max_pages: int = _setting(0, "stop after this many pages stored or logged (0: no limit)")
    error_cap: int = _setting(8, "consecutive fetch errors on one URL shape before its page links are dropped")
    sitemap_maxsize: int = _setting(64 * 1024 * 1024, "sitemaps are streamed up to this many bytes")
    backoff_base: float = _setting(2.0, "seconds; a domain's delay doubles on each retryable failure")
    backoff_max: float | None = _setting(None, "ceiling of that delay (default AUTOTHROTTLE_MAX_DELAY)")
    backoff_decay: float = _setting(0.5, "each later success multiplies the delay by this")
    seen_dir: str | None = _setting(None, "where the crawl's seen-set lives (default: beside the warehouse)")
    seen_cache: int = _setting(50_000, "fingerprints of the seen-set kept in memory")
    warc_dir: str | None = _setting(None, "where responses are archived (crawler.run: warc/ beside the warehouse)")
    progress: bool = _setting(False, "live progress table (interactive crawls)")
    workers: int = _setting(0, "worker processes that parse and extract pages (0: one per core)")
    global_concurrency: int = _setting(32, "downloads at once over every outlet of a crawl (0: no limit)")
    drain_seconds: float = _setting(2.0, "a distributed worker ends once every live worker was idle this long")
    stale_seconds: float = _setting(30.0, "a distributed worker silent this long (killed) no longer counts")

    @staticmethod
    def scrapy_name(name: str) -> str:
        """The Scrapy setting (and environment variable) of a field: ``min_chars`` -> ``TINMINE_MIN_CHARS``."""
        return f"TINMINE_{name.upper()}"

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None, *, pyproject: str | os.PathLike | None = "pyproject.toml",
             environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, then ``[tool.tinmine]`` of ``pyproject`` (if the file has it), then TINMINE_* variables,
        then ``overrides`` (field names; None values are left out). A wrong key or value is a ConfigError."""
        settings = cls()
        if pyproject and Path(pyproject).is_file():
            try:
                table = tomllib.loads(Path(pyproject).read_text(encoding="utf-8")).get("tool", {}).get("tinmine", {})
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{pyproject}: not TOML: {exc}") from exc
            settings = settings.updated(table, source=f"{pyproject} [tool.tinmine]")
        environ = os.environ if environ is None else environ
        names = {cls.scrapy_name(f.name): f.name for f in fields(cls)}
        settings = settings.updated({names[k]: v for k, v in environ.items() if k in names}, source="environment")
        return settings.updated({k: v for k, v in (overrides or {}).items() if v is not None}, source="command line")

    def updated(self, values: Mapping[str, Any], *, source: str) -> Settings:
        """A copy with ``values`` (field names, values as given or as text) converted and checked."""
        known = {f.name: f for f in fields(self)}
        changes = {}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"{source}: unknown setting {key!r} (known: {', '.join(known)})")
            where = f"{source}: setting {key!r}"
            changes[key] = _convert(value, known[key].type, where)
            check = known[key].metadata["check"]
            if check is not None and changes[key] is not None:
                try:
                    check(changes[key])
                except ValueError as exc:
                    raise ConfigError(f"{where}: {exc}") from exc
        return replace(self, **changes)

    def scrapy(self) -> dict[str, Any]:
        """The TINMINE_* Scrapy settings of this object."""
        return {self.scrapy_name(f.name): getattr(self, f.name) for f in fields(self)}


def _convert(value: Any, annotation: Any, where: str) -> Any:
    kinds = str(annotation).replace(" ", "").split("|")
    if value is None or (isinstance(value, str) and value == "" and "None" in kinds):
        if "None" in kinds:
            return None
        raise ConfigError(f"{where}: a value is needed")
    for kind in kinds:
        try:
            if kind == "bool":
                if isinstance(value, bool):
                    return value
                if str(value).lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
                    return str(value).lower() in ("1", "true", "yes", "on")
            elif kind in ("int", "float") and not isinstance(value, bool):
                return int(value) if kind == "int" else float(value)
            elif kind == "str":
                return str(value)
        except ValueError:
            continue
    raise ConfigError(f"{where}: {value!r} is not a {' or '.join(k for k in kinds if k != 'None')}")


DEFAULTS = Settings()


def settings_of(scrapy_settings: Any) -> Settings:
    """The Settings a crawl was given, read back from its Scrapy settings (a missing one is its default)."""
    values = {}
    for f in fields(Settings):
        name = Settings.scrapy_name(f.name)
        if scrapy_settings.get(name) is not None:
            values[f.name] = scrapy_settings.get(name)
    return DEFAULTS.updated(values, source="Scrapy settings")
