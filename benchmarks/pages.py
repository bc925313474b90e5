"""`python -m benchmarks pages`: the real-page corpus crawled from 127.0.0.1 and scored, beside trafilatura alone.

The corpus (tests/fixtures/pages/real/) holds real saved pages, each ``<stem>.html`` with a ``<stem>.json``
expectation written by reading the HTML. The bench serves them as one site (each page under its original
URL path, behind an index page, robots.txt and a sitemap, as the issue's testers did), crawls it with the
generic profile into a temporary warehouse, and scores every page: stored or logged with a reason,
title, date (the day), author (pages with a byline) and body (first and last sentence present, boilerplate
absent). trafilatura's ``bare_extraction`` runs on the same bytes for comparison. Pages are split once,
by a fixed rule on the stem, into dev (rules are tuned on them) and blind (only reported).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

import warehouse
from crawler.server import serve

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "pages" / "real"
FIELDS = ("title", "date", "author", "body")
START_SLACK = 200  # characters allowed before the first body sentence (dateline, location prefix)
END_SLACK = 300    # ... and after the last one (byline, source line)
PERSON_SPLIT = re.compile(r"\s*(?:[,;&/]|\s[-–—]\s|\svà\s)\s*")


def split_of(stem: str) -> str:
    """'blind' for one page in three (fixed by the stem's sha1), else 'dev'."""
    return "blind" if int(hashlib.sha1(stem.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


@dataclass(frozen=True)
class Expectation:
    """What a page shows, written by reading its HTML."""

    stem: str
    url: str
    is_article: bool
    title: str | None
    published: str | None
    author: str | None
    body_first: str | None
    body_last: str | None
    boilerplate: tuple[str, ...]
    split: str

    @property
    def path(self) -> str:
        """The URL path (and query) the page is served under."""
        parts = urlsplit(self.url or "")
        path = parts.path or "/"
        return path + (f"?{parts.query}" if parts.query else "")


def load_corpus(folder: Path = CORPUS) -> list[Expectation]:
    """Every page of the corpus with its expectation, in stem order."""
    out = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(Expectation(path.stem, data.get("url") or f"/{path.stem}.html", bool(data.get("is_article", True)),
                               data.get("title"), data.get("published"), data.get("author"), data.get("body_first"),
                               data.get("body_last"), tuple(data.get("boilerplate") or ()), split_of(path.stem)))
    return out


@dataclass
class Outcome:
    """What a tool made of one page."""

    stored: bool = False
    event: str | None = None      # crawl-log event when not stored (tinmine only)
    reason: str | None = None
    title: str | None = None
    published: datetime | None = None
    author: str | None = None
    text: str = ""
    sources: dict[str, str | None] = field(default_factory=dict)


# -- scoring ------------------------------------------------------------------------------------------


def norm(text: str | None) -> str:
    """Comparison form: NFC, case-folded, quotes and dashes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    text = re.sub(r"[“”„\"«»]", '"', re.sub(r"[‘’‚`´]", "'", text))
    text = re.sub(r"[–—]", "-", text.replace("\u00a0", " ").replace("…", "..."))
    return " ".join(text.split())


def _persons(text: str) -> set[str]:
    return {norm(p).strip(" .") for p in PERSON_SPLIT.split(re.sub(r"\([^)]*\)", "", text)) if p.strip(" .")}


def field_scores(exp: Expectation, got: Outcome) -> dict[str, bool | None]:
    """Per field: True/False, or None when the field does not apply (author on a page without byline)."""
    if not exp.is_article:
        return {"detected": not got.stored}
    title = bool(got.title) and norm(got.title).strip(" .") == norm(exp.title).strip(" .")
    date = bool(got.published and exp.published) and got.published.strftime("%Y-%m-%d") == exp.published[:10]
    if exp.author:
        author: bool | None = bool(got.author) and _persons(got.author) == _persons(exp.author)
    else:
        author = None
    text = norm(got.text)
    first, last = norm(exp.body_first), norm(exp.body_last)
    start, end = text.find(first), text.rfind(last)
    body = (bool(text) and 0 <= start <= START_SLACK and end >= 0 and len(text) - end - len(last) <= END_SLACK
            and not any(norm(b) in text for b in exp.boilerplate))
    time = None
    if len(exp.published or "") > 10 and got.published is not None:
        time = got.published.strftime("%Y-%m-%dT%H:%M") == exp.published[:16]
    return {"stored": got.stored, "title": title, "date": date, "time": time, "author": author, "body": body,
            "right": got.stored and title and date and body}


# -- the site and the runs ----------------------------------------------------------------------------


def _write_page(root: Path, path: str, body: bytes) -> Path:
    url_path, _, query = path.partition("?")
    target = root / url_path.lstrip("/")
    if url_path.endswith("/"):
        target = target / "index.html"
    if query:
        target = target.with_name(f"{target.name}@{query}")
    if target.exists():
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    return target


def build_site(corpus: list[Expectation], root: Path, folder: Path = CORPUS) -> dict[str, str]:
    """Write the corpus as one site under root; {stem: URL path}. Pages keep their bytes exactly."""
    paths: dict[str, str] = {}
    headers: dict[str, dict[str, str]] = {}
    for exp in corpus:
        path = exp.path if exp.path != "/" else f"/{exp.stem}/"
        if path in paths.values():
            path = f"/{exp.stem}{path}"
        try:
            _write_page(root, path, (folder / f"{exp.stem}.html").read_bytes())
        except OSError:  # a file where a folder is needed (or the reverse): serve it under its stem
            path = f"/{exp.stem}{path}"
            _write_page(root, path, (folder / f"{exp.stem}.html").read_bytes())
        paths[exp.stem] = path
        url_path = path.partition("?")[0]
        headers[url_path] = {"Content-Type": "text/html"}  # real servers send text/html for .htm, .chn, none
    links = "".join(f'<li><a href="{escape(p)}">{escape(s)}</a></li>' for s, p in paths.items())
    (root / "index.html").write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Saved pages</title>"
                                     f"</head><body><ul>{links}</ul></body></html>", encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n", encoding="utf-8")
    entries = "".join(f"<url><loc>http://127.0.0.1{escape(p)}</loc></url>" for p in paths.values())
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                                      f'"http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
                                      encoding="utf-8")
    (root / "_headers.json").write_text(json.dumps(headers), encoding="utf-8")
    return paths


def _path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl_outcomes(corpus: list[Expectation], workdir: Path, *, folder: Path = CORPUS, max_pages: int | None = None,
                   timeout: float = 600) -> tuple[dict[str, Outcome], dict]:
    """Serve the corpus, crawl it with the generic profile in a subprocess; ({stem: Outcome}, crawl stats)."""
    site, db = workdir / "site", workdir / "pages.duckdb"
    paths = build_site(corpus, site, folder)
    with serve(site, origins=("http://127.0.0.1",)) as base:
        cmd = [sys.executable, "-m", "crawler.run", base + "/", "--db", str(db), "--json", "--quiet"]
        if max_pages:
            cmd += ["--max-pages", str(max_pages)]
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=workdir)
        if done.returncode != 0:
            raise RuntimeError(f"crawl failed: {done.stderr[-3000:]}")
        stats = json.loads(done.stdout.strip().splitlines()[-1])
    return read_outcomes(db, paths), stats


def read_outcomes(db: Path, paths: dict[str, str]) -> dict[str, Outcome]:
    """What a crawl stored or logged for each served page ({stem: URL path}), from its warehouse."""
    con = warehouse.connect(db, read_only=True)
    try:
        cursor = con.execute("SELECT * FROM articles")
        names = [d[0] for d in cursor.description]
        articles = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        log = con.execute("SELECT url, event, reason FROM crawl_log").fetchall()
    finally:
        con.close()
    by_path = {_path_of(a["url"]): a for a in articles}
    events: dict[str, tuple[str, str]] = {}
    for url, event, reason in log:
        if event != "stored" or _path_of(url) not in events:
            events[_path_of(url)] = (event, reason)
    out = {}
    for stem, path in paths.items():
        if row := by_path.get(path):
            out[stem] = Outcome(True, "stored", None, row["title"], row["published_at"], row["author"], row["text"],
                                {k: row.get(f"{k}_source") for k in ("title", "published", "author")})
        else:
            event, reason = events.get(path, (None, None))
            out[stem] = Outcome(False, event, reason)
    return out


def trafilatura_outcomes(corpus: list[Expectation], paths: dict[str, str] | None = None,
                         folder: Path = CORPUS) -> dict[str, Outcome]:
    """trafilatura.bare_extraction alone on each page's bytes (the URL it is served under)."""
    out = {}
    for exp in corpus:
        body = (folder / f"{exp.stem}.html").read_bytes()
        url = "http://127.0.0.1" + (paths or {}).get(exp.stem, exp.path)
        doc = trafilatura.bare_extraction(body, url=url, with_metadata=True, include_comments=False)
        if doc is None:
            out[exp.stem] = Outcome()
            continue
        data = doc.as_dict()
        try:
            published = datetime.fromisoformat(data["date"]) if data.get("date") else None
        except ValueError:
            published = None
        out[exp.stem] = Outcome(bool(data.get("text")), None, None, data.get("title"), published, data.get("author"),
                                data.get("text") or "")
    return out


@dataclass
class Tally:
    """Counts of right answers per field over a set of pages."""

    pages: int = 0
    right: int = 0
    counts: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, applicable]

    def add(self, scores: dict[str, bool | None]) -> None:
        for key, value in scores.items():
            if value is None:
                continue
            pair = self.counts.setdefault(key, [0, 0])
            pair[0] += int(bool(value))
            pair[1] += 1
        if "right" in scores:
            self.pages += 1
            self.right += int(bool(scores["right"]))

    def ratio(self, key: str) -> float:
        right, total = self.counts.get(key, [0, 0])
        return right / total if total else 1.0

    def cell(self, key: str) -> str:
        right, total = self.counts.get(key, [0, 0])
        return f"{right}/{total}"


def tally(corpus: list[Expectation], outcomes: dict[str, Outcome], split: str | None = None) -> Tally:
    """Field counts over the corpus (or one split of it)."""
    result = Tally()
    for exp in corpus:
        if split is None or exp.split == split:
            result.add(field_scores(exp, outcomes[exp.stem]))
    return result


def run(folder: Path = CORPUS, workdir: Path | None = None, max_pages: int | None = None
        ) -> tuple[list[Expectation], dict[str, Outcome], dict[str, Outcome], dict]:
    """Crawl and score the corpus: (expectations, tinmine outcomes, trafilatura outcomes, crawl stats)."""
    corpus = load_corpus(folder)
    if not corpus:
        raise FileNotFoundError(f"no pages in {folder}")
    with tempfile.TemporaryDirectory(prefix="tinmine-pages-") as tmp:
        work = Path(workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        ours, stats = crawl_outcomes(corpus, work, folder=folder, max_pages=max_pages)
        paths = build_site(corpus, work / "site-copy", folder)
    theirs = trafilatura_outcomes(corpus, paths, folder)
    return corpus, ours, theirs, stats


__all__ = ["CORPUS", "Expectation", "Outcome", "Tally", "build_site", "crawl_outcomes", "field_scores",
           "load_corpus", "norm", "read_outcomes", "run", "split_of", "tally", "trafilatura_outcomes"]
