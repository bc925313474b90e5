"""Site profiles: per-outlet discovery entry points and selector overrides, kept as YAML data.

A profile names only what it overrides; ``extends`` (default ``generic``) gives
the rest. Entry URLs may be root-relative (``/sitemap.xml``): they are joined
onto the profile's base URL, which is its first allowed domain or the base
passed to :func:`rebase` (a replica served on 127.0.0.1).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any, get_type_hints
from urllib.parse import urljoin, urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, create_model, field_validator

from crawler.parse import Selectors
from extract.errors import ConfigError

HERE = Path(__file__).resolve().parent
LIST_KEYS = ("allowed_domains", "start_urls", "sitemaps", "rss", "listings", "search", "search_keywords",
             "deny_patterns")


@dataclass(frozen=True)
class Profile:
    """How to discover and parse one outlet."""

    name: str
    outlet: str
    base_url: str | None = None
    origin: str | None = None  # the outlet's real origin; URLs are stored under it even when crawling a replica
    allowed_domains: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    rss: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    search: tuple[str, ...] = ()
    search_keywords: tuple[str, ...] = ()
    pagination: str = "a[rel=next]"
    article_pattern: str | None = None
    deny_patterns: tuple[str, ...] = ()
    follow_links: bool = True
    max_depth: int = 4
    local_site: str | None = None
    instances: tuple[str, ...] = ()  # a family profile's members ("congan" -> "congan:hoabinh", ...)
    selectors: Selectors = field(default_factory=Selectors)
    settings: dict[str, Any] = field(default_factory=dict)

    def url(self, path: str) -> str:
        """An entry URL made absolute against the profile's base URL."""
        return urljoin(self.base_url or "", path)

    def public_url(self, url: str) -> str:
        """A fetched URL under the outlet's real origin (a replica on 127.0.0.1 maps back to it)."""
        base, origin = self.base_url, self.origin
        if base and origin and base != origin and url.startswith(base):
            return origin + url[len(base):]
        return url

    def is_article_url(self, url: str) -> bool:
        """True when the URL matches the profile's article pattern (always False without one)."""
        return bool(self.article_pattern and re.search(self.article_pattern, urlsplit(url).path))

    def is_denied(self, url: str) -> bool:
        """True for URLs the profile never requests."""
        return any(re.search(p, url) for p in self.deny_patterns)

    def entry_urls(self) -> dict[str, list[str]]:
        """Absolute entry URLs by kind: start, sitemap, rss, listing, search."""
        searches = [self.url(t.format(q=q)) for t in self.search for q in self.search_keywords]
        return {"start": [self.url(u) for u in self.start_urls], "sitemap": [self.url(u) for u in self.sitemaps],
                "rss": [self.url(u) for u in self.rss], "listing": [self.url(u) for u in self.listings],
                "search": searches}


def _file_model(name: str, cls: type, extra: dict[str, Any], validators: dict[str, Any] | None = None) -> type[BaseModel]:
    """A pydantic model of what a YAML file may say for a dataclass: every field optional, lists as lists."""
    hints = get_type_hints(cls)
    kinds = {f.name: list[str] if f.name in LIST_KEYS or f.name == "drop" else hints[f.name]
             for f in fields(cls) if f.name not in extra}
    return create_model(name, __config__=ConfigDict(extra="forbid"), __validators__=validators,
                        **{k: (t | None, None) for k, t in {**kinds, **extra}.items()})


def _regex(value: str | list[str] | None) -> str | list[str] | None:
    for pattern in [value] if isinstance(value, str) else value or ():
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"not a regular expression ({exc}): {pattern!r}") from None
    return value


SelectorsFile = _file_model("SelectorsFile", Selectors, {})
# A profile file: the Profile's fields, plus what is resolved on load (extends, a family's instances).
ProfileFile = _file_model("ProfileFile", Profile, {"extends": str, "instances": dict[str, str],
                                                    "selectors": SelectorsFile, "settings": dict[str, Any]},
                          {"regex": field_validator("article_pattern", "deny_patterns")(_regex)})


def read_profile_file(path: Path) -> dict[str, Any]:
    """A profile file's keys, checked: a typo or a wrong value is a ConfigError naming the file and the key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not YAML: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a profile is a mapping of keys, not {type(data).__name__}")
    try:
        ProfileFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(p) for p in error["loc"])
        if error["type"] == "extra_forbidden":
            known = SelectorsFile.model_fields if key.startswith("selectors.") else ProfileFile.model_fields
            raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(known)})") from None
        raise ConfigError(f"{path}: key {key!r}: {error['msg']}") from None
    return data


def _raw(name: str) -> dict[str, Any]:
    path = HERE / f"{name}.yaml"
    if not path.exists():
        raise ConfigError(f"no site profile {name!r} (known: {', '.join(profile_names())})")
    data = read_profile_file(path)
    parent = data.pop("extends", None if name == "generic" else "generic")
    if parent:
        merged = _raw(parent)
        merged.pop("name", None)
        merged.update({k: v for k, v in data.items() if k not in ("selectors", "settings")})
        merged["selectors"] = {**merged.get("selectors", {}), **data.get("selectors", {})}
        merged["settings"] = {**merged.get("settings", {}), **data.get("settings", {})}
        return merged
    return data


def profile_names() -> list[str]:
    """Names of the bundled profiles."""
    return sorted(p.stem for p in HERE.glob("*.yaml"))


@cache
def load_profile(name: str) -> Profile:
    """The named profile (``family:member`` for one member of a family), merged over what it extends."""
    family, _, member = name.partition(":")
    data = _raw(family)
    members = data.pop("instances", None) or {}
    if member:
        if member not in members:
            raise ConfigError(f"profile family {family!r} has no member {member!r} (known: {', '.join(members)})")
        data.update(allowed_domains=[members[member]], outlet=f"{data.get('outlet') or family}-{member}")
    elif members:
        data["instances"] = [f"{family}:{m}" for m in members]
    sel = data.pop("selectors", {}) or {}
    selectors = Selectors(**{**sel, "drop": tuple(sel.get("drop", ()))})
    kwargs = {k: tuple(v or ()) if k in LIST_KEYS else v for k, v in data.items()}
    kwargs["outlet"] = kwargs.get("outlet") or name
    kwargs["name"] = name
    kwargs.pop("origin", None) if member else None
    domains = kwargs.get("allowed_domains") or ()
    kwargs.setdefault("base_url", f"https://{domains[0]}/" if domains else None)
    kwargs["origin"] = (kwargs.get("origin") or kwargs["base_url"] or "").rstrip("/") + "/" if (
        kwargs.get("origin") or kwargs["base_url"]) else None
    return Profile(selectors=selectors, **kwargs)


def rebase(profile: Profile, base_url: str) -> Profile:
    """The profile pointed at another origin (a local replica): entry URLs and allowed domain follow."""
    host = urlsplit(base_url).hostname or ""

    def move(url: str) -> str:
        parts = urlsplit(url)
        return url if not parts.netloc else urljoin(base_url, parts.path + ("?" + parts.query if parts.query else ""))

    fields = {k: tuple(move(u) for u in getattr(profile, k)) for k in ("start_urls", "sitemaps", "rss", "listings",
                                                                       "search")}
    return replace(profile, base_url=base_url.rstrip("/") + "/", allowed_domains=(host,),
                   origin=profile.origin or profile.base_url, **fields)


def profile_for_url(url: str) -> Profile:
    """The bundled profile whose domain serves the URL, else the generic profile restricted to its host."""
    host = (urlsplit(url).hostname or "").lower()
    for name in profile_names():
        prof = load_profile(name)
        if any(host == d or host.endswith("." + d) for d in prof.allowed_domains):
            return replace(prof, start_urls=(url,), base_url=f"{urlsplit(url).scheme}://{urlsplit(url).netloc}/")
    generic = load_profile("generic")
    bare = host.removeprefix("www.")
    return replace(generic, name="generic", outlet=bare or "generic", allowed_domains=(bare,),
                   base_url=f"{urlsplit(url).scheme}://{urlsplit(url).netloc}/", start_urls=(url,))
