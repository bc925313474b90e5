"""A tiny static server for replica sites, started and stopped by the code that needs it.

Replica pages are written with their real (or placeholder) absolute origins;
the server rewrites those origins to its own http://127.0.0.1:PORT so links,
sitemaps and canonical URLs point back at it. Per-file response headers can be
set in a ``_headers.json`` at the root (``{"/path.html": {"Content-Type": ...}}``). Responses carry
``Last-Modified`` (the file's mtime) and an ``ETag`` (a hash of the body), and conditional requests get a
304 as a real server would answer them (If-None-Match first, as RFC 9110 says, else If-Modified-Since).
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from email.utils import formatdate, parsedate_to_datetime
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SAMPLE_SITE = Path(__file__).resolve().parent / "sample_site" / "site"
SAMPLE_ORIGIN = "http://www.dan-an.invalid"
TEXT_TYPES = {".html", ".htm", ".xml", ".rss", ".txt", ".json", ".css"}
DEFAULT_TYPES = {".html": "text/html; charset=utf-8", ".rss": "application/rss+xml; charset=utf-8",
                 ".xml": "application/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


class LocalServer(ThreadingHTTPServer):
    """A threading HTTP server whose listen backlog holds a crawl's concurrent connections.

    socketserver's default backlog (5) overflows when 16 requests arrive at once on a loaded machine: the
    overflowing connections stall or are reset before a handler sees them, which a crawler counts as a failed
    try the server never logged.
    """

    request_queue_size = 128
    daemon_threads = True


class ReplicaHandler(BaseHTTPRequestHandler):
    """GET/HEAD over a folder, with origin rewriting and conditional requests (ETag, Last-Modified)."""

    server_version = "tinmine-replica/1"

    def __init__(self, *args, root: Path, origins: tuple[str, ...], headers: dict, delay: float = 0.0,
                 log: list[str] | None = None, exchanges: list[tuple[str, int]] | None = None, **kwargs) -> None:
        self.root, self.origins, self.extra_headers = root, origins, headers
        self.delay, self.request_log, self.exchanges = delay, log, exchanges
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet during tests
        pass

    def _resolve(self) -> tuple[str, Path | None]:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root):
            return path, None
        if target.is_dir():
            target = target / "index.html"
        with_query = target.with_name(f"{target.name}@{parts.query}") if parts.query else None
        if with_query is not None and with_query.is_file():  # dynamic pages (?page=2) saved as files
            return path, with_query
        return path, target if target.is_file() else None

    @staticmethod
    def _content_type(target: Path) -> str:
        suffix = target.suffix if "@" not in target.name else Path(target.name.split("@")[0]).suffix
        if suffix in DEFAULT_TYPES:
            return DEFAULT_TYPES[suffix]
        if not suffix or suffix == ".htm":  # extension-less CMS URLs
            head = target.read_bytes()[:64].lstrip()
            return DEFAULT_TYPES[".xml"] if head.startswith(b"<?xml") else DEFAULT_TYPES[".html"]
        return mimetypes.guess_type(target.name)[0] or "application/octet-stream"

    def _body(self, target: Path) -> bytes:
        data = target.read_bytes()
        if self.origins and (target.suffix in TEXT_TYPES or "text" in self._content_type(target)
                             or "xml" in self._content_type(target)):
            host, port = self.server.server_address[:2]
            base = f"http://{self.headers.get('Host') or f'{host}:{port}'}"
            for origin in self.origins:
                data = data.replace(origin.encode(), base.encode())
        return data

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        if self.request_log is not None:
            self.request_log.append(self.path)
        if self.delay:
            time.sleep(self.delay)
        path, target = self._resolve()
        if target is None:
            body = b"<html><body><h1>404 - Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1></body></html>"
            return self._send(404, {"Content-Type": "text/html; charset=utf-8"}, body, send_body)
        mtime, body = int(target.stat().st_mtime), self._body(target)
        validators = {"ETag": f'"{hashlib.sha1(body).hexdigest()[:16]}"',
                      "Last-Modified": formatdate(mtime, usegmt=True)}
        if self._not_modified(validators["ETag"], mtime):
            return self._send(304, validators, b"", False)
        headers = {"Content-Type": self._content_type(target), **validators}
        headers.update(self.extra_headers.get(path, {}))
        self._send(200, headers, body, send_body)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        """Whether a conditional request is answered 304: If-None-Match decides when sent."""
        match = self.headers.get("If-None-Match")
        if match is not None:
            tags = {t.strip().removeprefix("W/") for t in match.split(",")}
            return "*" in tags or etag in tags
        since = self.headers.get("If-Modified-Since")
        try:
            return bool(since) and int(parsedate_to_datetime(since).timestamp()) >= mtime
        except (TypeError, ValueError):
            return False

    def _send(self, status: int, headers: dict[str, str], body: bytes, send_body: bool) -> None:
        if self.exchanges is not None:
            self.exchanges.append((self.path, status))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)


@contextmanager
def serve(root: str | Path | None = None, host: str = "127.0.0.1", port: int = 0,
          origins: Iterable[str] = (SAMPLE_ORIGIN,), delay: float = 0.0,
          log: list[str] | None = None, exchanges: list[tuple[str, int]] | None = None) -> Iterator[str]:
    """Serve a folder (default: the bundled sample site) in a background thread; yield its base URL.

    ``delay`` slows every response (to kill a crawl mid-way in tests); ``log`` collects request paths,
    ``exchanges`` (path, status) pairs.
    """
    folder = Path(root or SAMPLE_SITE).resolve()
    headers_file = folder / "_headers.json"
    headers = json.loads(headers_file.read_text(encoding="utf-8")) if headers_file.exists() else {}
    handler = partial(ReplicaHandler, root=folder, origins=tuple(origins), headers=headers, delay=delay, log=log,
                      exchanges=exchanges)
    httpd = LocalServer((host, port), handler)
    thread = threading.Thread(target=httpd.serve_forever, name=f"replica:{folder.name}", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
