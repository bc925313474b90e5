"""What the report's page draws from: the warehouse read once into compact columns, sent gzip'd.

The page filters (dates, outlets, province, status) and aggregates in the browser, so it carries
rows, not finished charts: articles, figures, model mentions and official appearances, each row a
few numbers pointing into shared lists (outlets, provinces, articles). Strings the page shows are
chosen here for the report's language (warehouse/data/report_strings.json).
"""
from __future__ import annotations

import base64
import csv
import gzip
import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from warehouse.db import query
from warehouse.sql import sql_text

__all__ = [
    "LANGS", "PALETTE", "strings", "plural", "format_value", "format_day", "format_period", "report_query",
    "build_payload", "encode_payload", "decode_payload", "milestones",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGS = ("vi", "en")
PALETTE = ("#1f6f8b", "#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#8d5a97", "#5c946e", "#c44536",
           "#277da1", "#b5838d")
SWAP_SEPARATORS = str.maketrans(",.", ".,")
TOP_PEOPLE = 500  # officials whose appearances the page carries (it shows the top 25 of the filtered rows)


@cache
def strings(lang: str) -> dict[str, Any]:
    """The report's interface strings in ``lang`` ('vi' or 'en'); English lists are [singular, plural]."""
    table = json.loads((DATA_DIR / "report_strings.json").read_text(encoding="utf-8"))
    if lang not in table:
        raise ValueError(f"no report strings for language {lang!r} (have: {', '.join(table)})")
    return table[lang]


def plural(lang: str, key: str, n: int) -> str:
    """``{n} bài`` / ``1 article`` / ``3 articles``: the count with its noun in ``lang``."""
    text = strings(lang)[key]
    if isinstance(text, list):
        text = text[0 if n == 1 else 1]
    return text.replace("{n}", group_digits(n, lang))


def group_digits(n: int, lang: str) -> str:
    """54000 -> '54.000' (vi) or '54,000' (en)."""
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "vi" else text


def format_value(value: float | None, approx: bool = False, lang: str = "vi") -> str:
    """A figure's value for display: grouped digits, decimals only when present, ≈ when hedged.

    Vietnamese groups with '.' and marks decimals with ',' (54.000; 7,39); English the other way.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return strings(lang)["many"] if approx else "—"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    if lang == "vi":
        text = text.translate(SWAP_SEPARATORS)
    return f"≈ {text}" if approx else text


def format_day(iso: Any, lang: str = "vi") -> str:
    """'2023-06-09' -> '09/06/2023' (vi) or '2023-06-09' (en); '' for no date."""
    if iso is None or (not isinstance(iso, str) and pd.isna(iso)):
        return ""
    text = str(iso)[:10]
    return f"{text[8:10]}/{text[5:7]}/{text[:4]}" if lang == "vi" else text


def format_period(period: str | None, lang: str = "vi") -> str:
    """An ISO period ('2013/2023', '2023-08', '2023-06-09') as people write it: '2013–2023', '08/2023'."""
    if not period:
        return ""
    parts = []
    for part in period.split("/"):
        if lang == "vi" and len(part) == 7:
            part = f"{part[5:7]}/{part[:4]}"
        elif len(part) == 10:
            part = format_day(part, lang)
        parts.append(part)
    return "–".join(parts)


def report_query(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> pd.DataFrame:
    """Run one of the report's own queries (warehouse/report_queries/NAME.sql)."""
    return query(sql_text("report_queries", name), con, **params)


@cache
def milestones(lang: str) -> list[list[Any]]:
    """Yearly campaign milestones: [month-day, first year, label] (warehouse/data/milestones.csv)."""
    with (DATA_DIR / "milestones.csv").open(encoding="utf-8", newline="") as f:
        return [[r["month_day"], int(r["since"]), r[f"label_{lang}"]] for r in csv.DictReader(f)]


def _none(value: Any) -> Any:
    """NaN/NaT/NA -> None, so the JSON holds null."""
    if isinstance(value, list | tuple):
        return value
    return None if value is None or pd.isna(value) else value


def _articles(con: duckdb.DuckDBPyConnection, outlet_index: dict[str, int]) -> tuple[dict[str, list], list[str], list[str]]:
    """Article columns, the province list they point into, and the article ids in row order."""
    frame = report_query(con, "article_index")
    provinces = sorted({p for ps in frame["provinces"] for p in ps})
    province_index = {p: i for i, p in enumerate(provinces)}
    columns: dict[str, list] = {
        "o": [outlet_index[o] for o in frame["outlet"]],
        "d": [None if pd.isna(d) else str(d)[:10] for d in frame["published"]],
        "s": [0 if s == "kept" else 1 for s in frame["status"]],
        "p": [[province_index[p] for p in ps] for ps in frame["provinces"]],
        "t": list(frame["title"]),
        "u": list(frame["url"]),
    }
    return columns, provinces, list(frame["article_id"])


def _figures(figures: pd.DataFrame, article_index: dict[str, int], lang: str) -> dict[str, list]:
    """Figure columns: what, how much, where, when, and the anchor of its highlighted sentence."""
    kinds = strings(lang)
    rows: dict[str, list] = {k: [] for k in (
        "a", "ind", "ph", "key", "v", "n", "u", "k", "pl", "sc", "pr", "po", "pe", "pend", "tx", "sn", "an",
        "lat", "lon")}
    for f in figures.itertuples(index=False):
        value = _none(f.value)
        rows["a"].append(article_index[f.article_id])
        rows["ind"].append(f.indicator)
        rows["ph"].append(_none(f.phrase) or "")
        rows["key"].append(_none(f.indicator_key) or f.indicator)
        rows["v"].append(format_value(value, bool(f.approx), lang))
        rows["n"].append(value)
        rows["u"].append(f.unit)
        rows["k"].append(kinds.get(f"kind_{f.kind}", f.kind))
        rows["pl"].append(_none(f.place) or "")
        rows["sc"].append(kinds.get(f"scope_{f.scope}", _none(f.scope) or ""))
        rows["pr"].append(_none(f.province))
        rows["po"].append(1 if f.place_source == "outlet" else 0)
        rows["pe"].append(format_period(_none(f.period), lang))
        rows["pend"].append(None if _none(f.period_end) is None else str(f.period_end)[:10])
        rows["tx"].append(f.text)
        rows["sn"].append(_none(f.sentence_text) or "")
        rows["an"].append(figure_anchor(f.article_id, int(f.start)))
        rows["lat"].append(_none(f.lat))
        rows["lon"].append(_none(f.lon))
    return rows


def figure_anchor(article_id: str, start: int) -> str:
    """The HTML id of a highlighted figure in the source-sentences section."""
    return f"fig-{article_id}-{start}"


def _mentions(con: duckdb.DuckDBPyConnection, article_index: dict[str, int]) -> dict[str, list]:
    frame = report_query(con, "model_mentions")
    names = list(dict.fromkeys(frame["name"]))
    index = {n: i for i, n in enumerate(names)}
    return {"names": names, "a": [article_index[a] for a in frame["article_id"]], "m": [index[n] for n in frame["name"]]}


def _appearances(con: duckdb.DuckDBPyConnection, article_index: dict[str, int]) -> dict[str, list]:
    frame = report_query(con, "officials_timeline", limit=TOP_PEOPLE)
    names = list(dict.fromkeys(frame["person_key"]))
    index = {n: i for i, n in enumerate(names)}
    shown = dict(zip(frame["person_key"], frame["name"], strict=True))
    return {
        "names": [shown[k] for k in names], "p": [index[k] for k in frame["person_key"]],
        "a": [article_index[a] for a in frame["article_id"]],
        "r": [_none(r) or "" for r in frame["rank"]], "ti": [_none(t) or "" for t in frame["titles"]],
    }


def build_payload(con: duckdb.DuckDBPyConnection, figures: pd.DataFrame, outlets: pd.DataFrame,
                  *, lang: str) -> tuple[dict[str, Any], dict[str, int]]:
    """Everything the page's script draws from, and article id -> row (for the sentence sections)."""
    outlet_index = {o: i for i, o in enumerate(outlets["outlet"])}
    articles, provinces, ids = _articles(con, outlet_index)
    article_index = {a: i for i, a in enumerate(ids)}
    has_places = figures["lat"].notna().any() if len(figures) else False
    points = report_query(con, "province_points") if has_places else pd.DataFrame(columns=["name", "lat", "lon"])
    payload = {
        "lang": lang, "t": strings(lang),
        "outlets": [[o, n, PALETTE[i % len(PALETTE)]] for i, (o, n) in enumerate(zip(
            outlets["outlet"], outlets["name"], strict=True))],
        "provinces": provinces, "a": articles, "f": _figures(figures, article_index, lang),
        "m": _mentions(con, article_index), "o": _appearances(con, article_index),
        "points": [[r.name, r.lat, r.lon] for r in points.itertuples(index=False)],
        "milestones": milestones(lang),
    }
    return payload, article_index


def encode_payload(payload: dict[str, Any]) -> str:
    """The payload as base64 of gzip'd JSON: about a sixth of the JSON's size (the page inflates it)."""
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")


def decode_payload(text: str) -> dict[str, Any]:
    """The inverse of :func:`encode_payload` (for tests and tools)."""
    return json.loads(gzip.decompress(base64.b64decode(text)).decode("utf-8"))
