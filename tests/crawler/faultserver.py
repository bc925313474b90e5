"""A local server that misbehaves on purpose: errors, flakiness, slowness, loops, truncation, junk."""
from __future__ import annotations

import codecs
import gzip
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler

from crawler.encoding import to_cp1258
from crawler.server import LocalServer

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
    "gzipbomb-a12.html": "too_large (decompresses past DOWNLOAD_MAXSIZE)",
    "endless-a13.html": "too_large (no Content-Length, body grows past DOWNLOAD_MAXSIZE)",
    "utf16-a14.html": "stored (UTF-16 with BOM)",
    "utf32-a15.html": "stored (UTF-32 with BOM)",
    "deep-a16.html": "stored (text nested 3,000 elements deep)",
    "otherport-a17.html": "offsite_redirect (same host, another port)",
}
# Sitemaps named by robots.txt: one over DOWNLOAD_MAXSIZE once decompressed (streamed, its last URL
# fetched) and one over TINMINE_SITEMAP_MAXSIZE (its first URL fetched, the rest logged too_large).
SITEMAP_FILLER = 25_000  # off-site entries: ~1.3 MB of XML
DEEP = 3000


def article(title: str, charset: str = "utf-8") -> str:
    """A small campaign article page."""
    paras = "".join(f"<p>{title}. {GOOD}Đoạn {i}.</p>" for i in range(4))
    return (f'<html lang="vi"><head><meta charset="{charset}"><title>{title}</title>'
            '<meta property="article:published_time" content="2023-06-09T16:30:00+07:00"></head>'
            f'<body><h1 class="article-title">{title}</h1><div id="main-detail">{paras}</div></body></html>')


def sitemap(base: str, pages: list[str], *, first: bool, repeat: int = 1) -> bytes:
    """A urlset of off-site filler entries with our pages first or last (the filler is never followed)."""
    filler = "".join(f"<url><loc>http://example.org/tin-{i}.html</loc></url>" for i in range(SITEMAP_FILLER * repeat))
    ours = "".join(f"<url><loc>{base}/{p}</loc><lastmod>2023-06-09</lastmod></url>" for p in pages)
    body = ours + filler if first else filler + ours
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</urlset>").encode()


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
            return self.send(200, b"User-agent: *\nAllow: /\nSitemap: /sitemap-big.xml\nSitemap: /sitemap-huge.xml.gz\n",
                             "text/plain")
        if path == "sitemap-big.xml":
            body = gzip.compress(sitemap(self.base(), ["tail-a18.html"], first=False))
            return self.send(200, body, "application/xml", Content_Encoding="gzip")
        if path == "sitemap-huge.xml.gz":  # a gzip file, served as such (no Content-Encoding)
            return self.send(200, gzip.compress(sitemap(self.base(), ["early-a19.html"], first=True, repeat=2)),
                             "application/x-gzip")
        if route is None:
            return self.send(404, b"not found")
        route(n)

    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def r_tail(self, n: int) -> None:
        self.send(200, article("Bài cuối sơ đồ trang lớn").encode())

    def r_early(self, n: int) -> None:
        self.send(200, article("Bài đầu sơ đồ trang khổng lồ").encode())

    def r_gzipbomb(self, n: int) -> None:
        self.send(200, gzip.compress(b"<html>" + b" " * 5_000_000 + b"</html>"), Content_Encoding="gzip")

    def r_endless(self, n: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        try:
            for _ in range(200):  # 13 MB at most, then the connection closes
                self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
        except OSError:
            pass
        self.close_connection = True

    def r_utf16(self, n: int) -> None:
        self.send(200, codecs.BOM_UTF16_LE + article("Trang mã UTF-16", "utf-16").encode("utf-16-le"), "text/html")

    def r_utf32(self, n: int) -> None:
        self.send(200, codecs.BOM_UTF32_BE + article("Trang mã UTF-32", "utf-32").encode("utf-32-be"), "text/html")

    def r_deep(self, n: int) -> None:
        page = article("Trang lồng sâu ba nghìn tầng").replace('<div id="main-detail">', "<div>" * DEEP + '<div id="main-detail">')
        self.send(200, page.replace("</body>", "</div>" * DEEP + "<p>Hết trang.</p></body>").encode())

    def r_otherport(self, n: int) -> None:
        self.send(302, b"", Location=f"http://127.0.0.1:{self.server.server_address[1] + 1}/bai-viet-a98.html")

    def r_gone(self, n: int) -> None:
        self.send(404, b"<html><body>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y</body></html>")

    def r_error(self, n: int) -> None:
        self.send(500, b"<html><body>Internal Server Error</body></html>")

    def r_flaky(self, n: int) -> None:
        if n <= 2:
            return self.send(503, b"busy", Retry_After="0")
        self.send(200, article("Bài viết sau hai lần lỗi 503").encode())

    def r_slow(self, n: int) -> None:
        time.sleep(5.0)
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
    with local_server(FaultHandler, hits=defaultdict(list)) as (base, httpd):
        yield base, httpd.hits


@contextmanager
def local_server(handler: type[BaseHTTPRequestHandler], **state: object) -> Iterator[tuple[str, LocalServer]]:
    """Serve ``handler`` on a free port of 127.0.0.1 in a thread (``state`` set on the server); yield (base URL, server)."""
    httpd = LocalServer(("127.0.0.1", 0), handler)
    for name, value in state.items():
        setattr(httpd, name, value)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
