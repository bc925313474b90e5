"""URL canonicalisation: tracking parameters stripped, AMP and mobile variants folded."""
from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DATA = Path(__file__).resolve().parent / "data"
AMP_PATH = re.compile(r"^/amp(?=/)|/amp/?$")
AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$)")
VARIANT_HOST = re.compile(r"^(m|amp|mobile)\.")
AMP_PARAMS = {"amp", "amp_js_v", "usqp", "outputType"}


@cache
def tracking_params() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact names, prefixes) of tracking query parameters, from data/tracking_params.txt."""
    names = [ln.strip() for ln in (DATA / "tracking_params.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return frozenset(n for n in names if not n.endswith("*")), tuple(n[:-1] for n in names if n.endswith("*"))


def is_tracking_param(name: str) -> bool:
    """True for utm_*, fbclid and the other click-tracking parameters."""
    exact, prefixes = tracking_params()
    return name in exact or name.startswith(prefixes)


def strip_tracking(url: str) -> str:
    """The URL without tracking parameters and fragment (what a crawler should request)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def canonicalize_url(url: str) -> str:
    """Canonical form: lower-case host, no default port, tracking/AMP params and AMP/mobile variants folded."""
    parts = urlsplit(strip_tracking(url))
    host = (parts.hostname or "").lower()
    host = VARIANT_HOST.sub("", host)
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = AMP_SUFFIX.sub("", AMP_PATH.sub("", parts.path or "/")) or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in AMP_PARAMS)
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query), ""))


def article_id(canonical_url: str) -> str:
    """First 16 hex digits of sha1(canonical_url), the warehouse key of an article."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


def same_site(url: str, domains: list[str] | tuple[str, ...]) -> bool:
    """True when the URL's host is one of the domains or a subdomain of one."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)
