"""The self-contained HTML report: charts of coverage, models and officials, and the figures table.

Every figure row links to its sentence, shown further down the page with the
figure highlighted, so a reader can check a number against what the article said.
The page inlines plotly.js and its own small script: it opens with no network.
"""
from __future__ import annotations

import math
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
from warehouse import report_charts as charts
from warehouse.access import local_now
from warehouse.db import connect, query
from warehouse.outputs import check_output, generator_meta, write_output
from warehouse.sql import sql_text

__all__ = ["render_report", "write_report", "sentence_html", "article_sections", "format_value"]

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES = PACKAGE_DIR / "templates"
MAX_FIGURES = 2000
TOP_MODELS = 15
TOP_OFFICIALS = 25
TOP_INDICATORS = 20
MAP_ROWS = 400


def report_query(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> pd.DataFrame:
    """Run one of the report's own queries (warehouse/report_queries/NAME.sql)."""
    return query(sql_text("report_queries", name), con, **params)


def format_value(value: float | None, approx: bool = False) -> str:
    """A figure's value for display: grouped digits, decimals only when present, ≈ when hedged."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "many" if approx else "—"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    return f"≈ {text}" if approx else text


def figure_anchor(article_id: str, start: int) -> str:
    """The HTML id of a highlighted figure in the articles section."""
    return f"fig-{article_id}-{start}"


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
    figures: pd.DataFrame, texts: pd.DataFrame, names: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """One section per article in the figures table: its header and its marked sentences."""
    names = names or {}
    by_article = dict(tuple(figures.groupby("article_id"))) if len(figures) else {}
    sections = []
    for _, article in texts.iterrows():
        found = by_article.get(article["article_id"])
        if found is None:
            continue
        sections.append({
            "id": f"art-{article['article_id']}", "title": article["title"] or article["url"],
            "outlet": names.get(article["outlet"], article["outlet"]), "published": _date(article["published"]), "url": article["url"],
            "sentences": _sentences_of(article, found),
        })
    return sections


def _date(value: Any) -> str:
    return "" if value is None or pd.isna(value) else str(value)[:10]


def _figure_rows(figures: pd.DataFrame, names: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for f in figures.itertuples(index=False):
        value = None if pd.isna(f.value) else float(f.value)
        rows.append({
            "indicator": f.indicator, "value": format_value(value, bool(f.approx)),
            "sort_value": "" if value is None else repr(value), "unit": f.unit, "kind": f.kind,
            "place": f.place or "", "place_source": f.place_source, "period": f.period or "",
            "outlet": names.get(f.outlet, f.outlet), "published": _date(f.published), "text": f.text,
            "anchor": figure_anchor(f.article_id, int(f.start)), "title": f.title or "",
        })
    return rows


def _charts(con: duckdb.DuckDBPyConnection, names: dict[str, str]) -> dict[str, str | None]:
    """HTML fragments of the four charts (None where there is nothing to draw)."""
    colors = charts.outlet_colors(list(names))
    coverage = query("coverage_by_month", con)
    models = query("top_models", con, limit=TOP_MODELS)
    timeline = report_query(con, "officials_timeline", limit=TOP_OFFICIALS)
    indicators = report_query(con, "top_indicators", limit=TOP_INDICATORS)
    return {
        "coverage": charts.chart_html(charts.coverage_chart(coverage, names, colors), "chart-coverage")
        if len(coverage) else None,
        "models": charts.chart_html(charts.top_models_chart(models), "chart-models") if len(models) else None,
        "officials": charts.chart_html(charts.officials_chart(timeline, names, colors), "chart-officials")
        if len(timeline) else None,
        "indicators": charts.chart_html(charts.indicators_chart(indicators), "chart-indicators")
        if len(indicators) else None,
    }


def _places(con: duckdb.DuckDBPyConnection, names: dict[str, str]) -> tuple[str | None, list[dict[str, Any]]]:
    """The figures-by-place map (HTML fragment, None when no figure has a known place) and its table rows."""
    frame = report_query(con, "place_figures", limit=MAP_ROWS)
    if not len(frame):
        return None, []
    chart = charts.chart_html(charts.places_chart(frame, report_query(con, "province_points")), "chart-places")
    rows = [{"place": r.place, "scope": r.scope, "province": r.province, "indicator": r.indicator_label,
             "value": format_value(float(r.value), bool(r.approx)), "sort_value": repr(float(r.value)),
             "unit": r.unit, "period": r.period or "", "outlet": names.get(r.outlet, r.outlet), "url": r.url,
             "title": r.title or ""}
            for r in frame.itertuples(index=False)]
    return chart, rows


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def render_report(con: duckdb.DuckDBPyConnection, *, max_figures: int = MAX_FIGURES, source: str = "") -> str:
    """The whole report page as one HTML string (plotly.js and the table script inlined)."""
    from plotly.offline import get_plotlyjs  # lazy: plotly costs ~0.5 s to import and only the page needs it

    outlets = report_query(con, "outlet_names")
    names = dict(zip(outlets["outlet"], outlets["name"], strict=True))
    summary: dict[str, Any] = {k: _date(v) if k.endswith("_published") else v
               for k, v in report_query(con, "summary").iloc[0].to_dict().items()}
    figures = report_query(con, "figure_rows", limit=max_figures)
    ids = sorted(set(figures["article_id"])) if len(figures) else []
    texts = report_query(con, "article_texts", article_ids=ids)
    place_chart, place_rows = _places(con, names)
    return _environment().get_template("report.html").render(
        summary=summary, outlets=outlets.to_dict(orient="records"), charts={**_charts(con, names), "places": place_chart},
        places=place_rows,
        figures=_figure_rows(figures, names), articles=article_sections(figures, texts, names),
        truncated=len(figures) >= max_figures and summary["figures"] > max_figures,
        max_figures=max_figures, source=source, generated=local_now().strftime("%Y-%m-%d %H:%M"),
        generator=Markup(generator_meta("report")),
        # plotly's own bundle, inlined so the page needs no network to draw.
        plotly_js=Markup(get_plotlyjs()),
    )


def write_report(db: str | os.PathLike, out: str | os.PathLike, *, max_figures: int = MAX_FIGURES,
                 overwrite: bool = False) -> Path:
    """Render the report of the warehouse at ``db`` into ``out``; return the output path.

    ``out`` may not be the warehouse itself, nor an existing file tinmine did not write (unless
    ``overwrite``): OutputRefused, checked before anything is read.
    """
    check_output(out, inputs=[db], overwrite=overwrite)
    con = connect(db, read_only=True)
    try:
        html = render_report(con, max_figures=max_figures, source=Path(db).name)
    finally:
        con.close()
    return write_output(out, html, inputs=[db], overwrite=overwrite)
