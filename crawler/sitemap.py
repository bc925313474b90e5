"""Sitemaps read as a stream: gzip or plain XML, parsed with lxml's iterparse, each entry freed once read.

A sitemap may hold 50,000 URLs and 50 MB of XML (more in the wild), often gzipped. It is decompressed
and parsed piece by piece, so memory holds one entry at a time rather than the whole tree, and only up
to ``max_bytes`` of XML is read: past that the entries read so far are kept and ``truncated`` is set,
so that the crawl log says ``too_large`` instead of dropping the whole sitemap.
"""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from io import BytesIO
from typing import IO

import lxml.etree

__all__ = ["SitemapReader", "BadSitemap"]

GZIP_MAGIC = b"\x1f\x8b"
ENTRY_PATTERNS = ("{*}url", "{*}sitemap")  # in any namespace, or none


class BadSitemap(ValueError):
    """Bytes that are not a sitemap at all."""


class _Capped:
    """A read-only stream that stops after ``limit`` bytes and says whether there was more."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self.stream, self.limit, self.read_bytes = stream, limit, 0
        self._read = getattr(stream, "read1", stream.read)  # what is decompressed so far, even if cut after
        self.truncated = False
        self.broken: str | None = None

    def read(self, size: int = -1) -> bytes:
        room = self.limit - self.read_bytes
        if room <= 0:
            self.truncated = self.truncated or bool(self._peek())
            return b""
        want = room if size is None or size < 0 else min(size, room)
        try:
            chunk = self._read(want)
        except (OSError, EOFError, zlib.error) as exc:  # corrupt or cut gzip: keep what was read
            self.broken = f"{type(exc).__name__}: {exc}"
            return b""
        self.read_bytes += len(chunk)
        return chunk

    def _peek(self) -> bytes:
        try:
            return self.stream.read(1)
        except (OSError, EOFError, zlib.error):
            return b""


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


class SitemapReader:
    """Iterate the entries of a sitemap body: ``{"loc": ..., "lastmod": ...}``; ``kind`` is urlset or sitemapindex."""

    def __init__(self, body: bytes, max_bytes: int = 64 * 1024 * 1024) -> None:
        raw: IO[bytes] = gzip.GzipFile(fileobj=BytesIO(body)) if body[:2] == GZIP_MAGIC else BytesIO(body)
        self.stream = _Capped(raw, max_bytes)
        self.kind: str | None = None
        self.entries = 0

    @property
    def truncated(self) -> bool:
        """True when the sitemap went on past max_bytes (the entries before the cut were read)."""
        return self.stream.truncated

    @property
    def broken(self) -> str | None:
        """Why the compressed stream ended early, if it did."""
        return self.stream.broken

    @property
    def read_bytes(self) -> int:
        """Bytes of XML read."""
        return self.stream.read_bytes

    def __iter__(self) -> Iterator[dict[str, str]]:
        events = lxml.etree.iterparse(self.stream, events=("end",), tag=ENTRY_PATTERNS, recover=True, huge_tree=True,
                                      resolve_entities=False, no_network=True, remove_comments=True,
                                      remove_pis=True, collect_ids=False)
        try:
            for _, elem in events:
                parent = elem.getparent()
                if self.kind is None:
                    self.kind = _local(parent.tag) if parent is not None else ""
                    if self.kind not in ("urlset", "sitemapindex"):
                        raise BadSitemap(f"<{_local(elem.tag)}> entries under <{self.kind}>, not a sitemap")
                entry = {_local(child.tag): (child.text or "").strip() for child in elem}
                elem.clear()
                if parent is not None:  # drop the entries read so far: memory holds one at a time
                    del parent[:]
                if entry.get("loc"):
                    self.entries += 1
                    yield entry
        except lxml.etree.XMLSyntaxError as exc:
            if self.kind is None:
                raise BadSitemap(f"unparsable sitemap: {exc}") from exc
        if self.kind is None:
            raise BadSitemap("no <url> or <sitemap> entry: not a sitemap")
