"""The private-address guard: every spelling of a non-public address, every resolved name, every redirect hop.

Regressions of issue 11: the guard never resolved host names and passed `127.1`, `2130706433`,
`0x7f000001`, `017700000001`, `100.64.0.1` and `localhost.`; a redirect to another port of the same
host was followed.
"""
from __future__ import annotations

import ipaddress
import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import dnscache
from twisted.internet.error import DNSLookupError

from crawler.middlewares import redirect_verdict
from crawler.netguard import (
    GuardedResolver,
    PrivateAddressMiddleware,
    blocked_reason,
    is_private_host,
    parse_host,
    private_start_addresses,
)

pytestmark = pytest.mark.fault

PRIVATE = ["127.0.0.1", "127.1", "2130706433", "0x7f000001", "017700000001", "0177.0.0.1", "0x7f.1", "127.0.0.1.",
           "100.64.0.1", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254", "0.0.0.0", "0", "224.0.0.1",
           "240.0.0.1", "255.255.255.255", "198.18.0.1", "[::1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
           "[fe80::1]", "[fc00::1]", "[64:ff9b::a00:1]", "[2002:a00:1::]", "localhost", "localhost.", "LOCALHOST",
           "api.localhost", "localhost.localdomain"]
PUBLIC = ["8.8.8.8", "1.1", "134744072", "cand.com.vn", "[2001:4860:4860::8888]", "congan.hoabinh.gov.vn"]


@pytest.mark.parametrize("host", PRIVATE)
def test_private_hosts_in_every_notation(host: str) -> None:
    assert is_private_host(host)
    with pytest.raises(IgnoreRequest, match="^private_address"):
        PrivateAddressMiddleware().process_request(Request(f"http://{host}:8080/x"))


@pytest.mark.parametrize("host", PUBLIC)
def test_public_hosts_pass(host: str) -> None:
    assert not is_private_host(host)
    assert PrivateAddressMiddleware().verdict(f"https://{host}/tin.html") is None


def test_only_the_address_a_crawl_started_on_is_exempt() -> None:
    allowed = private_start_addresses(["http://127.0.0.1:8000/", "http://127.0.0.1:8000/sitemap.xml"])
    assert allowed == ["127.0.0.1"]
    guard = PrivateAddressMiddleware(frozenset(ipaddress.ip_address(a) for a in allowed))
    assert guard.verdict("http://127.0.0.1:8000/a") is None
    assert guard.verdict("http://2130706433:8000/a") is None  # the same address, spelt otherwise
    assert guard.verdict("http://127.0.0.2:8000/a") is not None
    assert guard.verdict("http://10.0.0.1/a") is not None
    assert private_start_addresses(["https://8.8.8.8/", "http://[::1]:9/"]) == ["::1"]  # literals: no DNS


def test_every_redirect_hop_is_checked() -> None:
    """A redirect is a new request through the downloader middlewares: each hop meets the guard."""
    guard = PrivateAddressMiddleware()
    hop = Request("https://cand.com.vn/a").replace(url="http://0x7f000001/admin")
    with pytest.raises(IgnoreRequest):
        guard.process_request(hop)
    assert redirect_verdict("https://cand.com.vn/a", "http://10.0.0.5/x", []) == "private_redirect"
    assert redirect_verdict("https://cand.com.vn/a", "http://2130706433/x", []) == "private_redirect"
    assert redirect_verdict("https://cand.com.vn/a", "http://localhost./x", []) == "private_redirect"
    assert redirect_verdict("http://127.0.0.1:8000/a", "http://127.0.0.2:8000/x", []) == "private_redirect"
    assert redirect_verdict("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/x", []) is None


@pytest.mark.parametrize("source, target, verdict", [
    ("http://127.0.0.1:8000/a", "http://127.0.0.1:8001/b", "offsite_redirect"),
    ("https://cand.com.vn/a", "https://cand.com.vn:8443/b", "offsite_redirect"),
    ("http://cand.com.vn/a", "https://cand.com.vn/b", None),        # the usual upgrade to https
    ("https://cand.com.vn:443/a", "https://cand.com.vn/b", None),   # the default port, written out
])
def test_redirects_across_ports_are_off_site(source: str, target: str, verdict: str | None) -> None:
    allowed = ["cand.com.vn", "127.0.0.1"]
    assert redirect_verdict(source, target, allowed) == verdict


def test_resolver_refuses_names_that_resolve_to_private_addresses() -> None:
    """A name is judged by what it resolves to, before any connection (here from Scrapy's DNS cache)."""
    dnscache["intranet.example"] = "10.1.2.3"
    dnscache["news.example"] = "93.184.216.34"
    dnscache["replica.example"] = "127.0.0.1"
    try:
        resolver = GuardedResolver(reactor=None, cache_size=100, timeout=1.0)
        resolver.allowed = frozenset({ipaddress.ip_address("127.0.0.1")})
        failures: list = []
        resolver.getHostByName("intranet.example").addErrback(failures.append)
        assert failures and failures[0].check(DNSLookupError)
        assert "resolves to 10.1.2.3" in blocked_reason("intranet.example")
        answers: list = []
        resolver.getHostByName("news.example").addCallback(answers.append)
        resolver.getHostByName("replica.example").addCallback(answers.append)  # where the crawl started
        assert answers == ["93.184.216.34", "127.0.0.1"]
    finally:
        for name in ("intranet.example", "news.example", "replica.example"):
            dnscache.pop(name, None)


NOTATIONS = {
    "dotted": lambda v: ".".join(str(b) for b in v.to_bytes(4, "big")),
    "decimal": lambda v: str(v),
    "hex": lambda v: hex(v),
    "octal": lambda v: "0" + oct(v)[2:],
    "two_parts": lambda v: f"{v >> 24}.{v & 0xFFFFFF}",
    "three_parts_hex": lambda v: f"{hex(v >> 24)}.{hex((v >> 16) & 0xFF)}.{hex(v & 0xFFFF)}",
    "octal_bytes": lambda v: ".".join("0" + oct(b)[2:] for b in v.to_bytes(4, "big")),
}


@settings(max_examples=400, deadline=None)
@given(value=st.integers(0, 2**32 - 1), notation=st.sampled_from(sorted(NOTATIONS)),
       trailing_dot=st.booleans())
def test_fuzzed_ipv4_notations_read_as_the_resolver_reads_them(value: int, notation: str, trailing_dot: bool) -> None:
    host = NOTATIONS[notation](value) + ("." if trailing_dot and notation == "dotted" else "")
    expected = ipaddress.IPv4Address(value)
    assert parse_host(host) == expected
    if not trailing_dot:
        assert socket.inet_aton(host) == expected.packed  # what getaddrinfo would connect to
    assert is_private_host(host) == (not expected.is_global or expected.is_multicast)
