"""Every profile family crawls its replica (served from 127.0.0.1) and finds its campaign articles."""
from __future__ import annotations

import socket
from contextlib import ExitStack
from pathlib import Path

import pytest

import warehouse
from crawler.profiles import load_profile, profile_names
from crawler.server import serve
from tests.crawler.test_crawl_sample import run_crawl
from tools.sites.replicas import HERE as REPLICAS
from tools.sites.replicas import SEED_FOR, replica_articles, sites

TARGET = {"congan": "congan:hoabinh"}
BOILERPLATE = ("Tin liên quan", "Tìm kiếm", "Liên kết website", "Quốc phòng - An ninh", "Bản quyền", "Tin khác")


def test_every_profile_loads_and_names_discovery() -> None:
    names = [n for n in profile_names() if n not in ("generic", "sample")]
    assert len(names) >= 7
    for name in names:
        profile = load_profile(name)
        members = [load_profile(m) for m in profile.instances] or [profile]
        for member in members:
            assert member.allowed_domains and member.article_pattern and member.selectors.body
            entries = member.entry_urls()
            assert entries["listing"] and (entries["sitemap"] or entries["rss"] or entries["search"])


@pytest.mark.slow
def test_replicas_crawl(tmp_path: Path) -> None:
    db = tmp_path / "replicas.duckdb"
    specs = sites()
    with ExitStack() as stack:
        bases = {n: stack.enter_context(serve(REPLICAS / n, origins=(s["origin"],))) for n, s in specs.items()}
        targets = [f"{TARGET.get(n, n)}@{b}/" for n, b in bases.items() if n != "generic"] + [bases["generic"] + "/"]
        run_crawl(db, *targets, timeout=120)
    con = warehouse.connect(db, read_only=True)
    try:
        rows = warehouse.query("SELECT outlet, url, title, published_at, author, status, text FROM articles", con)
    finally:
        con.close()
    for name in SEED_FOR:
        outlet = "127.0.0.1" if name == "generic" else load_profile(TARGET.get(name, name)).outlet
        mine = rows[rows.outlet == outlet]
        kept = mine[mine.status == "kept"]
        assert len(kept) == 2 and (mine.status == "offtopic").sum() == 1, f"{name}: {mine[['url', 'status']]}"
        campaign = replica_articles(name)[::2]
        for art in campaign:
            row = kept[kept.title == art.title]
            assert len(row) == 1, f"{name}: {art.title!r} not found in {list(kept.title)}"
            row = row.iloc[0]
            assert row.published_at.to_pydatetime() == art.published, name
            assert row.author == (art.author or "PV"), name
            assert art.paragraphs[1][:60] in row.text, name
            assert not any(junk in row.text for junk in BOILERPLATE), f"{name}: boilerplate in body"
        if name != "generic":
            assert all(u.startswith(specs[name]["origin"]) for u in mine.url), f"{name}: stored under its origin"


def test_local_server_backlog_holds_a_crawls_connections() -> None:
    """Before the server accepts anything, 40 simultaneous connections all complete their handshake: a backlog of
    5 (socketserver's default) left the rest stalled, and a crawl on a loaded machine logged failed tries that the
    server never saw."""
    from concurrent.futures import ThreadPoolExecutor

    from crawler.server import LocalServer, ReplicaHandler

    httpd = LocalServer(("127.0.0.1", 0), ReplicaHandler)   # listening, not serving: nothing is accepted yet

    def connect(_: int) -> bool:
        try:
            socket.create_connection(httpd.server_address, timeout=0.5).close()
            return True
        except OSError:
            return False

    try:
        with ThreadPoolExecutor(40) as pool:
            assert all(pool.map(connect, range(40)))
    finally:
        httpd.server_close()
