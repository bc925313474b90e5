"""The self-contained HTML report for communications staff: Vietnamese by default, filters in the page.

The page carries the warehouse's rows gzip'd (warehouse.report_data) and its own script draws
coverage per outlet per month, models, indicators, places and officials, and fills the figures
table, again on every change of the filters (dates, outlets, province, status); the rows shown
download as CSV. Every figure links to its sentence, shown further down with the figure
highlighted, so a reader can check a number against what the article said. plotly.js is inlined
once (gzip'd, as the data), and only when there is something to draw: an empty warehouse gives a page
of a few tens of kB.
"""
from __future__ import annotations

import base64
import gzip
import os
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from extract.document import prepare
from warehouse.access import local_now
from warehouse.db import connect
from warehouse.outputs import check_output, generator_meta, write_output
from warehouse.report_data import (
    build_payload,
    encode_payload,
    figure_anchor,
    format_day,
    format_value,
    plural,
    report_query,
    strings,
)

__all__ = ["render_report", "write_report", "sentence_html", "article_sections", "format_value"]

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES = PACKAGE_DIR / "templates"
MAX_FIGURES = 2000


def _sentence_span(text: str, index: int) -> tuple[int, int]:
    """Source offsets of sentence ``index`` as the extractor split ``text``."""
    doc = prepare(text)
    sentence = doc.sentences[max(0, min(index, len(doc.sentences) - 1))]
    return doc.norm.to_source(sentence.start, sentence.end)


def sentence_html(text: str, span: tuple[int, int], marks: Iterable[tuple[int, int, str]]) -> Markup:
    """``text[span]`` escaped, with each (start, end, id) mark highlighted; overlapping marks get an anchor."""
    lo, hi = span
    pieces, cursor = [], lo
    for start, end, anchor in sorted(marks):
        if start >= cursor:
            pieces += [escape(text[cursor:start]), Markup('<mark id="{}">{}</mark>').format(anchor, text[start:end])]
            cursor = end
        else:
            pieces.append(Markup('<span class="fig-anchor" id="{}"></span>').format(anchor))
    pieces.append(escape(text[cursor:hi]))
    return Markup("").join(pieces)


def _sentences_of(article: pd.Series, figures: pd.DataFrame) -> list[dict[str, Any]]:
    """The sentences of one article that state figures, in order, with the figures marked."""
    text = article["text"]
    out = []
    for sentence, group in figures.groupby("sentence", sort=True):
        lo, hi = _sentence_span(text, int(sentence))
        lo, hi = min(lo, int(group["start"].min())), max(hi, int(group["end"].max()))
        marks = [(int(s), int(e), figure_anchor(article["article_id"], int(s)))
                 for s, e in zip(group["start"], group["end"], strict=True)]
        out.append({"index": int(sentence), "html": sentence_html(text, (lo, hi), marks), "n": len(marks)})
    return out


def article_sections(
    figures: pd.DataFrame, texts: pd.DataFrame, names: Mapping[str, str] | None = None,
    rows: Mapping[str, int] | None = None, lang: str = "vi",
) -> list[dict[str, Any]]:
    """One section per article in the figures table: its header, its marked sentences, and its row in
    the page's article list (``rows``), by which the filters hide it."""
    names, rows = names or {}, rows or {}
    by_article = dict(tuple(figures.groupby("article_id"))) if len(figures) else {}
    sections = []
    for _, article in texts.iterrows():
        found = by_article.get(article["article_id"])
        if found is None:
            continue
        sections.append({
            "id": f"art-{article['article_id']}", "row": rows.get(article["article_id"], -1),
            "title": article["title"] or article["url"], "outlet": names.get(article["outlet"], article["outlet"]),
            "published": format_day(article["published"], lang), "url": article["url"],
            "sentences": _sentences_of(article, found),
        })
    return sections


def _changes(con: duckdb.DuckDBPyConnection, lang: str) -> dict[str, Any] | None:
    """What the newest crawl brought, against the crawl before it (None for an empty warehouse)."""
    row = report_query(con, "newest_crawl").iloc[0]
    if pd.isna(row["started"]):
        return None
    started = pd.Timestamp(row["started"]).to_pydatetime()
    previous = None if pd.isna(row["previous_ended"]) else pd.Timestamp(row["previous_ended"]).to_pydatetime()
    def stamp(moment: Any) -> str:  # naive local time, as stored
        return f"{format_day(moment.date().isoformat(), lang)} {moment:%H:%M}"

    return {
        "started": stamp(started), "previous": stamp(previous) if previous else None,
        "kept": int(row["kept"]), "offtopic": int(row["offtopic"]), "figures": int(row["figures"]),
        "models": list(row["new_models"]), "officials": list(row["new_officials"]),
    }


@cache
def packed_plotly_js(code: str) -> str:
    """plotly.js gzip'd and base64'd, as the page inflates it (1.9 MB instead of 4.8 MB); computed once."""
    return base64.b64encode(gzip.compress(code.encode("utf-8"), compresslevel=9, mtime=0)).decode("ascii")


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def render_report(con: duckdb.DuckDBPyConnection, *, max_figures: int = MAX_FIGURES, source: str = "",
                  lang: str = "vi") -> str:
    """The whole report page as one HTML string: its data, its script and (when it draws) plotly.js inlined."""
    t = strings(lang)
    outlets = report_query(con, "outlet_names")
    names = dict(zip(outlets["outlet"], outlets["name"], strict=True))
    summary = report_query(con, "summary").iloc[0].to_dict()
    figures = report_query(con, "figure_rows", limit=max_figures)
    payload, rows = build_payload(con, figures, outlets, lang=lang)
    ids = sorted(set(figures["article_id"])) if len(figures) else []
    texts = report_query(con, "article_texts", article_ids=ids)
    drawn = any(d is not None for d in payload["a"]["d"]) or len(figures) > 0 or len(payload["o"]["a"]) > 0
    plotly_js = ""
    if drawn:
        # lazy: plotly costs ~0.5 s to import and only a page that draws needs it
        from plotly.offline import get_plotlyjs
        plotly_js = packed_plotly_js(get_plotlyjs())
    return _environment().get_template("report.html").render(
        t=t, lang=lang, summary=summary, first=format_day(summary["first_published"], lang),
        last=format_day(summary["last_published"], lang), changes=_changes(con, lang),
        plural=lambda key, n: plural(lang, key, int(n)), outlets=list(names.values()),
        articles=article_sections(figures, texts, names, rows, lang),
        has_figures=len(figures) > 0, truncated=len(figures) >= max_figures and summary["figures"] > max_figures,
        max_figures=max_figures, source=source, generated=local_now().strftime("%Y-%m-%d %H:%M"),
        generator=Markup(generator_meta("report")), data=encode_payload(payload),
        # plotly's own bundle, inlined once (gzip'd) so the page needs no network to draw; none when nothing is drawn.
        plotly_js=plotly_js, script=Markup((TEMPLATES / "report.js").read_text(encoding="utf-8")),
    )


def write_report(db: str | os.PathLike, out: str | os.PathLike, *, max_figures: int = MAX_FIGURES,
                 overwrite: bool = False, lang: str = "vi") -> Path:
    """Render the report of the warehouse at ``db`` into ``out``; return the output path.

    ``out`` may not be the warehouse itself, nor an existing file tinmine did not write (unless
    ``overwrite``): OutputRefused, checked before anything is read.
    """
    strings(lang)  # an unknown language fails before anything is read or written
    check_output(out, inputs=[db], overwrite=overwrite)
    con = connect(db, read_only=True)
    try:
        html = render_report(con, max_figures=max_figures, source=Path(db).name, lang=lang)
    finally:
        con.close()
    return write_output(out, html, inputs=[db], overwrite=overwrite)
