"""The private-address guard: a crawl never reaches loopback, private, link-local, CGNAT or reserved hosts.

A URL's host can name such an address in many spellings (``127.1``, ``2130706433``, ``0x7f000001``,
``017700000001``, ``[::ffff:127.0.0.1]``, ``localhost.``) or through DNS (any name may resolve to
10.0.0.5). Two checks close both ways, on every request (so on every redirect hop too):

* :class:`PrivateAddressMiddleware` reads the host as the resolver would (the IPv4 forms ``inet_aton``
  accepts, IPv6, local names) and drops the request with ``private_address: ...``;
* :class:`GuardedResolver` (Scrapy's ``TWISTED_DNS_RESOLVER``) checks every address a name resolves
  to before a connection is made, so the address checked is the address connected to.

Only addresses where a crawl was started are exempt (``TINMINE_PRIVATE_ALLOWED``, filled by
crawler.run from the start URLs): a crawl of a replica on 127.0.0.1 may fetch 127.0.0.1, nothing else.
"""
from __future__ import annotations

import ipaddress
import socket
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from crawler.errors import Skipped

__all__ = ["parse_host", "is_private_address", "is_private_host", "host_addresses", "private_start_addresses",
           "blocked_reason", "PrivateAddressMiddleware", "GuardedResolver"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", "localdomain"}
NAT64 = ipaddress.ip_network("64:ff9b::/96")
# Hosts the resolver refused, so that the failed request's crawl-log row can say why (bounded).
_BLOCKED: OrderedDict[str, str] = OrderedDict()
_BLOCKED_MAX = 10_000


def _ipv4_part(part: str) -> int | None:
    """One dotted part as inet_aton reads it: decimal, 0x hexadecimal or 0-prefixed octal."""
    try:
        if part[:2].lower() == "0x":
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part, 8)
        return int(part, 10)
    except ValueError:
        return None


def _parse_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """An IPv4 address in any notation inet_aton (and so getaddrinfo) accepts: 127.1, 2130706433, 0x7f.1..."""
    parts = host.split(".")
    if parts and parts[-1] == "" and len(parts) > 1:
        parts = parts[:-1]  # one trailing dot, as in a fully qualified name
    if not 1 <= len(parts) <= 4 or any(p == "" for p in parts):
        return None
    numbers = [_ipv4_part(p) for p in parts]
    if any(n is None or n < 0 for n in numbers):
        return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(parts)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    value = value * 256 ** (5 - len(parts)) + last
    return ipaddress.IPv4Address(value)


def parse_host(host: str | None) -> IPAddress | None:
    """The IP address a URL host denotes literally (any IPv4 notation, IPv6 with or without brackets)."""
    if not host:
        return None
    text = host.strip().strip("[]").lower()
    if "%" in text:  # IPv6 zone index
        text = text.split("%", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return _parse_ipv4(text) if text[:1].isdigit() else None


def is_private_address(addr: IPAddress) -> bool:
    """True unless the address is globally routable unicast (IPv4 inside IPv6 forms is unwrapped)."""
    if isinstance(addr, ipaddress.IPv6Address):
        inner = addr.ipv4_mapped or addr.sixtofour or (addr.teredo[1] if addr.teredo else None)
        if inner is None and addr in NAT64:
            inner = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if inner is not None and is_private_address(inner):
            return True
    return not addr.is_global or addr.is_multicast


def _local_name(host: str) -> bool:
    name = host.strip().rstrip(".").lower()
    return name in LOCAL_NAMES or name.endswith(".localhost")


def is_private_host(host: str | None) -> bool:
    """True for a local name or a literal private address in any notation (names are not resolved here)."""
    if not host:
        return False
    if _local_name(host):
        return True
    addr = parse_host(host)
    return addr is not None and is_private_address(addr)


def host_addresses(host: str) -> list[IPAddress]:
    """Every address a host denotes: its literal, or what it resolves to (empty if it does not resolve)."""
    literal = parse_host(host)
    if literal is not None:
        return [literal]
    try:
        infos = socket.getaddrinfo(host.rstrip("."), None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    found = []
    for info in infos:
        addr = parse_host(str(info[4][0]))
        if addr is not None and addr not in found:
            found.append(addr)
    return found


def private_start_addresses(urls: Iterable[str]) -> list[str]:
    """The private addresses that the crawl's own start URLs point at (the only ones it may fetch)."""
    allowed: list[str] = []
    hosts = dict.fromkeys(h for h in (urlsplit(u).hostname for u in urls) if h)
    for host in hosts:
        for addr in host_addresses(host):
            if is_private_address(addr) and str(addr) not in allowed:
                allowed.append(str(addr))
    return allowed


def _allowed(settings: Any) -> frozenset[IPAddress]:
    return frozenset(a for a in (parse_host(s) for s in settings.getlist("TINMINE_PRIVATE_ALLOWED")) if a)


def _remember(host: str, reason: str) -> None:
    _BLOCKED[host.lower()] = reason
    _BLOCKED.move_to_end(host.lower())
    while len(_BLOCKED) > _BLOCKED_MAX:
        _BLOCKED.popitem(last=False)


def blocked_reason(host: str | None) -> str | None:
    """Why the resolver refused this host (for the crawl log), or None."""
    return _BLOCKED.get((host or "").lower())


class PrivateAddressMiddleware:
    """Downloader middleware: drop requests whose host is a private address in any spelling, or a local name."""

    def __init__(self, allowed: frozenset[IPAddress] = frozenset()) -> None:
        self.allowed = allowed

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateAddressMiddleware:
        """Exempt addresses from TINMINE_PRIVATE_ALLOWED (the crawl's own private start hosts)."""
        return cls(_allowed(crawler.settings))

    def verdict(self, url: str) -> str | None:
        """Why a URL may not be fetched (the reason of a private_address skip), or None."""
        host = urlsplit(url).hostname
        if not host:
            return None
        addr = parse_host(host)
        if addr is not None:
            if is_private_address(addr) and addr not in self.allowed:
                return f"{url} names {addr}, a non-public address"
            return None
        if _local_name(host) and not self.allowed & set(host_addresses(host)):
            return f"{url} names the local host"
        return None

    def process_request(self, request: Any, spider: Any = None) -> None:
        """Raise Skipped (private_address) for a private target (the resolver checks names)."""
        if reason := self.verdict(request.url):
            raise Skipped("private_address", reason)


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing names that resolve to a private address (DNSLookupError)."""

    allowed: frozenset[IPAddress] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        """Scrapy's resolver settings plus TINMINE_PRIVATE_ALLOWED."""
        resolver = super().from_crawler(crawler, reactor)
        resolver.allowed = _allowed(crawler.settings)
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:  # noqa: N802 (Twisted's name)
        """Resolve as Scrapy does, then refuse a private answer not started on."""
        return super().getHostByName(name, timeout).addCallback(self._check, name)

    def _check(self, address: str, name: str) -> str:
        addr = parse_host(address)
        if addr is not None and is_private_address(addr) and addr not in self.allowed:
            reason = f"private_address: {name} resolves to {addr}, a non-public address"
            _remember(name, reason)
            raise DNSLookupError(reason)
        return address
