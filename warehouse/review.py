"""An article with what was extracted from it highlighted, for review (`tinmine show`): one offline page.

The marks come from the warehouse (a stored article: the values the crawl stored) or from an extraction
of a file; each is drawn over the text exactly as written (offsets into it, spacing and line breaks
kept), with a legend, and shows on hover the value read: the resolved date, the number and unit with its
indicator, place and period, the model's key, the official's rank and titles.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from extract.types import Extraction
from warehouse.errors import WarehouseError
from warehouse.outputs import generator_meta
from warehouse.sql import run_sql, statement_sql

__all__ = ["Mark", "KINDS", "LEXICON_KINDS", "UnknownArticle", "extraction_marks", "lexicon_marks",
           "stored_article", "marked_html", "render_review", "figure_details", "default_name", "is_path_like"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
# kind -> (legend label, colour); the order is the legend's.
KINDS: dict[str, tuple[str, str]] = {
    "date": ("date", "#a5d8ff"), "figure": ("figure", "#ffd8a8"), "model": ("model", "#b2f2bb"),
    "official": ("official", "#eebefa"), "place": ("place", "#ffec99"),
}
LEXICON_KINDS: dict[str, tuple[str, str]] = {
    "RANK": ("rank", "#dee2e6"), "TITLE": ("title", "#fff3bf"), "HONORIFIC": ("honorific", "#e9ecef"),
    "MODEL_TRIGGER": ("model word", "#d3f9d8"),
}


class UnknownArticle(WarehouseError, KeyError):
    """No stored article has that id or URL."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Mark:
    """One highlighted span: [start, end) in the text, its kind, and what to show on hover (label, value)."""

    start: int
    end: int
    kind: str
    details: tuple[tuple[str, str], ...] = ()

    @property
    def tip(self) -> str:
        return "\n".join([KINDS.get(self.kind, LEXICON_KINDS.get(self.kind, (self.kind, "")))[0],
                          *(f"{k}: {v}" for k, v in self.details)])


def _number(value: Any) -> str:
    if value is None:
        return "(vague)"
    number = float(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}".rstrip("0")


def _details(pairs: Iterable[tuple[str, Any]]) -> tuple[tuple[str, str], ...]:
    """(label, value) pairs with empty values left out and lists joined."""
    out = []
    for label, value in pairs:
        if value is None or value == "" or value == [] or value == ():
            continue
        out.append((label, "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)))
    return tuple(out)


def _place(name: Any, scope: Any, source: Any) -> str | None:
    if not (name or scope):
        return None
    return f"{name or '—'} ({scope}{', from ' + str(source) if source and source != 'none' else ''})"


def _period(value: Any, kind: Any, source: Any) -> str | None:
    if not value:
        return None
    return f"{value} ({kind}{', from ' + str(source) if source and source != 'none' else ''})"


def figure_details(d: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """What a figure's tip says: value and unit, kind, indicator (and its key), place, period."""
    value = ("≈ " if d.get("approx") else "") + _number(d.get("value"))
    indicator = d.get("indicator")
    if indicator and d.get("indicator_key"):
        indicator = f"{indicator} [{d['indicator_key']}]"
    return _details([("value", f"{value} {d.get('unit') or ''}".strip()), ("kind", d.get("kind")),
                     ("indicator", indicator), ("place", _place(d.get("place"), d.get("scope"), d.get("place_source"))),
                     ("period", _period(d.get("period"), d.get("period_kind"), d.get("period_source")))])


def _stored_details(kind: str, d: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    if kind == "figure":
        return figure_details(d)
    if kind == "date":
        return _details([("value", d.get("value")), ("precision", d.get("precision"))])
    if kind == "model":
        return _details([("name", d.get("name")), ("key", d.get("key"))])
    if kind == "official":
        return _details([("name", d.get("name")), ("rank", d.get("rank")), ("titles", d.get("titles")),
                         ("mention", "the name again" if d.get("mention") else None)])
    return _details([("name", d.get("name")), ("level", d.get("level")), ("role", d.get("role")),
                     ("gazetteer id", d.get("place_id"))])


def extraction_marks(extraction: Extraction) -> list[Mark]:
    """The marks of an extraction made from a file (the same tips as a stored article's)."""
    marks = [Mark(d.start, d.end, "date", _details([("value", d.value), ("precision", d.precision)]))
             for d in extraction.dates]
    for f in extraction.figures:
        place, period = f.place, f.period
        marks.append(Mark(f.start, f.end, "figure", figure_details({
            "value": f.value, "unit": f.unit, "kind": f.kind, "approx": f.approx, "indicator": f.indicator,
            "indicator_key": f.indicator_key, "place": place and (place.commune or place.district or place.province),
            "scope": place and place.scope, "place_source": place and place.source, "period": period and period.value,
            "period_kind": period and period.kind, "period_source": period and period.source})))
    marks += [Mark(m.start, m.end, "model", _details([("name", m.name), ("key", m.key)])) for m in extraction.models]
    for o in extraction.officials:
        about = [("name", o.name), ("rank", o.rank), ("titles", o.titles)]
        marks.append(Mark(o.start, o.end, "official", _details(about)))
        marks += [Mark(s, e, "official", _details([*about, ("mention", "the name again")]))
                  for s, e in o.mentions if s >= o.end or e <= o.start]
    marks += [Mark(p.start, p.end, "place", _details([("name", p.name), ("level", p.level), ("role", p.role),
                                                      ("gazetteer id", p.place_id)])) for p in extraction.places]
    return marks


def lexicon_marks(spans: Iterable[tuple[int, int, str, str]]) -> list[Mark]:
    """Marks of lexicon hits given as (start, end, label, matched entry)."""
    return [Mark(s, e, label, (("entry", entry),)) for s, e, label, entry in spans]


def stored_article(con: duckdb.DuckDBPyConnection, key: str) -> tuple[dict[str, Any], list[Mark]]:
    """A stored article (by id, URL, canonical URL or a duplicate's URL) and the marks of what was
    extracted from it; UnknownArticle when none matches."""
    result = run_sql(con, statement_sql("review_article"), {"key": key})
    names = [d[0] for d in result.description]
    rows = result.fetchall()
    if not rows:
        raise UnknownArticle(f"no stored article with id or URL {key!r} (tinmine search finds one; its id is "
                             "the last column)")
    article = dict(zip(names, rows[0], strict=True))
    marks = [Mark(start, end, kind, _stored_details(kind, json.loads(details)))
             for kind, start, end, details in run_sql(con, statement_sql("review_marks"),
                                                      {"article_id": article["article_id"]}).fetchall()]
    return article, marks


def marked_html(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` escaped, each mark a <mark> with its kind and tip; where marks overlap, the piece covered
    by several shows the innermost's colour and every tip."""
    marks = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, -m.end))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = sorted((m for m in marks if m.start <= a and m.end >= b), key=lambda m: m.end - m.start)
        if not covering:
            pieces.append(escape(text[a:b]))
            continue
        tip = "\n\n".join(m.tip for m in covering)
        pieces.append(Markup('<mark class="k-{}" data-kind="{}" data-tip="{}">{}</mark>').format(
            covering[0].kind, covering[0].kind, tip, text[a:b]))
    return Markup("").join(pieces)


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def render_review(text: str, marks: list[Mark], *, title: str, meta: Mapping[str, Any] | None = None,
                  lexicon: bool = False) -> str:
    """The review page: a heading (title, outlet, date, URL), the legend with counts, the marked text."""
    kinds = LEXICON_KINDS if lexicon else KINDS
    counts = {k: sum(1 for m in marks if m.kind == k) for k in kinds}
    legend = [{"kind": k, "label": label, "colour": colour, "n": counts[k]} for k, (label, colour) in kinds.items()
              if counts[k] or not lexicon]
    return _environment().get_template("show.html").render(
        title=title, meta=meta or {}, legend=legend, text=marked_html(text, marks), lexicon=lexicon,
        generator=Markup(generator_meta("show")), colours={k: c for k, (_, c) in {**KINDS, **LEXICON_KINDS}.items()})


def default_name(article: Mapping[str, Any]) -> str:
    """The file `show ARTICLE` writes by default: ARTICLE_ID.show.html."""
    return f"{article['article_id']}.show.html"


def is_path_like(key: str) -> bool:
    """True when a `show` target is meant as a file (it exists, or has a folder or an extension)."""
    return os.path.exists(key) or (not key.startswith(("http://", "https://")) and ("/" in key or "." in key))
