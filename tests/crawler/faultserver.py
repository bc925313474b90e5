"""A local server that misbehaves on purpose: errors, flakiness, slowness, loops, truncation, junk."""
from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from crawler.encoding import to_cp1258

GOOD = ("Công an xã phối hợp với Mặt trận Tổ quốc phát động phong trào toàn dân bảo vệ an ninh Tổ quốc, "
        "xây dựng khu dân cư an toàn về an ninh trật tự (ANTT). ")
FAULTS = {
    "gone-a1.html": "http_error 404",
    "error-a2.html": "http_error 500",
    "flaky-a3.html": "stored after two 503s",
    "slow-a4.html": "timeout",
    "loop-a5.html": "redirect_loop",
    "truncated-a6.html": "truncated",
    "huge-a7.html": "too_large",
    "binary-a8.html": "binary",
    "offsite-a9.html": "offsite_redirect",
    "cp1258-a10.html": "stored (windows-1258)",
    "garbage-a11.html": "encoding",
}


def article(title: str, charset: str = "utf-8") -> str:
    """A small campaign article page."""
    paras = "".join(f"<p>{title}. {GOOD}Đoạn {i}.</p>" for i in range(4))
    return (f'<html lang="vi"><head><meta charset="{charset}"><title>{title}</title>'
            '<meta property="article:published_time" content="2023-06-09T16:30:00+07:00"></head>'
            f'<body><h1 class="article-title">{title}</h1><div id="main-detail">{paras}</div></body></html>')


class FaultHandler(BaseHTTPRequestHandler):
    """Routes by path; counts hits per path in server.hits (with timestamps)."""

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.lstrip("/")
        self.server.hits[path].append(time.monotonic())
        n = len(self.server.hits[path])
        route = getattr(self, "r_" + path.split("-a")[0].replace("/", "_") or "r_index", None)
        if path in ("", "index.html"):
            links = "".join(f'<a href="/{p}">{p}</a> ' for p in FAULTS)
            return self.send(200, f"<html><body>{links}</body></html>".encode())
        if path == "robots.txt":
            return self.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if route is None:
            return self.send(404, b"not found")
        route(n)

    def r_gone(self, n: int) -> None:
        self.send(404, b"<html><body>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y</body></html>")

    def r_error(self, n: int) -> None:
        self.send(500, b"<html><body>Internal Server Error</body></html>")

    def r_flaky(self, n: int) -> None:
        if n <= 2:
            return self.send(503, b"busy", Retry_After="0")
        self.send(200, article("Bài viết sau hai lần lỗi 503").encode())

    def r_slow(self, n: int) -> None:
        time.sleep(2.5)
        self.send(200, article("Quá chậm").encode())

    def r_loop(self, n: int) -> None:
        self.send(302, b"", Location="/loop2-a5.html" if self.path.endswith("loop-a5.html") else "/loop-a5.html")

    r_loop2 = r_loop

    def r_truncated(self, n: int) -> None:
        body = article("Bị cắt giữa chừng").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body) * 3))
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def r_huge(self, n: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(50 * 1024 * 1024))
        self.end_headers()
        self.wfile.write(b"<html>" + b" " * 65536)
        self.close_connection = True

    def r_binary(self, n: int) -> None:
        self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 20)

    def r_offsite(self, n: int) -> None:
        self.send(302, b"", Location="http://example.com/bai-viet-a99.html")

    def r_cp1258(self, n: int) -> None:
        self.send(200, to_cp1258(article("Trang mã windows-1258", "windows-1258")), "text/html")

    def r_garbage(self, n: int) -> None:
        self.send(200, b"<html><body>" + b"\x81\x8d\x8f\x90 " * 400 + b"</body></html>", "text/html")


@contextmanager
def fault_server() -> Iterator[tuple[str, dict[str, list[float]]]]:
    """Serve the faults on 127.0.0.1; yield (base URL, hits by path)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FaultHandler)
    httpd.daemon_threads = True
    httpd.hits = defaultdict(list)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd.hits
    finally:
        httpd.shutdown()
        httpd.server_close()
