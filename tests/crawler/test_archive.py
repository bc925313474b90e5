"""The WARC archive: every response one gzip member, read back at its offset."""
from __future__ import annotations

import gzip
from pathlib import Path
from types import SimpleNamespace

from scrapy import Request
from scrapy.http import HtmlResponse

from crawler.archive import WarcArchive, read_record


def test_archived_responses_read_back_at_their_offsets_compressed_below_level_9(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    archive.spider_opened(SimpleNamespace(name="news", profile=SimpleNamespace(name="sample")))
    pages = {f"http://127.0.0.1/a{i}.html": f"<html><body><p>Bài {i}: Công an tỉnh kiểm tra {i} cơ sở.</p></body></html>"
             .encode() * 50 for i in range(3)}
    where = {}
    for url, body in pages.items():
        request = Request(url)
        response = HtmlResponse(url, body=body, headers={"Content-Type": "text/html; charset=utf-8"}, request=request)
        archive.response_received(response, request, None)
        where[url] = request.meta["warc"]
    archive.spider_closed(None)
    for url, (path, offset) in where.items():
        record = read_record(path, offset)
        assert (record.url, record.status, record.body) == (url, 200, pages[url])
        assert record.payload_digest and record.content_type == "text/html; charset=utf-8"
    data = Path(archive.path).read_bytes()
    assert data[8] != 2  # gzip's XFL byte: 2 is zlib level 9, which costs twice level 6's time on the event loop
    assert b"WARC-Type: warcinfo" in gzip.decompress(data)  # the whole file is a valid multi-member gzip
