"""Extraction records -> Arrow tables shaped like the mention tables (the extractor gives sentence indices)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from extract.keys import canonical_model_key, person_key

if TYPE_CHECKING:
    from extract.types import Extraction

__all__ = ["MENTION_SCHEMAS", "PLACE_SCHEMA", "mention_rows", "mention_tables", "rows_to_tables"]

_SPAN = [
    ("article_id", pa.string()),
    ("sentence", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
]
_VERSION = [("extractor_version", pa.string())]
_FACTS = [
    ("indicator", pa.string()), ("indicator_key", pa.string()), ("indicator_mapped", pa.bool_()),
    ("scope", pa.string()), ("province", pa.string()), ("district", pa.string()), ("commune", pa.string()),
    ("province_id", pa.string()), ("district_id", pa.string()), ("commune_id", pa.string()),
    ("place_source", pa.string()), ("period", pa.string()), ("period_kind", pa.string()),
    ("period_source", pa.string()), ("model_key", pa.string()),
]
MENTION_SCHEMAS: dict[str, pa.Schema] = {
    "figures": pa.schema(_SPAN + [
        ("value", pa.float64()), ("unit", pa.string()), ("kind", pa.string()), ("approx", pa.bool_()),
    ] + _FACTS + _VERSION),
    "dates": pa.schema(_SPAN + [("value", pa.string()), ("precision", pa.string())] + _VERSION),
    "models": pa.schema(_SPAN + [("name", pa.string()), ("key", pa.string()), ("canonical_key", pa.string())]
                        + _VERSION),
    "officials": pa.schema(_SPAN + [
        ("name", pa.string()),
        ("rank", pa.string()),
        ("titles", pa.list_(pa.string())),
        ("mentions", pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())]))),
        ("person_key", pa.string()),
    ] + _VERSION),
}
PLACE_SCHEMA = pa.schema(_SPAN + [
    ("level", pa.string()), ("name", pa.string()), ("role", pa.string()), ("place_id", pa.string()),
    ("province_id", pa.string()), ("district_id", pa.string()),
])
SENTENCE_SCHEMA = pa.schema([("article_id", pa.string()), ("sentence", pa.int32()), ("start", pa.int32()),
                             ("end", pa.int32())])
_FIELDS = {
    "figures": ("value", "unit", "kind", "approx"),
    "dates": ("value", "precision"),
    "models": ("name", "key"),
    "officials": ("name", "rank", "titles", "mentions"),
    "place_mentions": ("level", "name", "role", "place_id", "province_id", "district_id"),
}


def _field(kind: str, item: Any, name: str) -> Any:
    value = getattr(item, name)
    if kind == "figures" and name == "value" and value is not None:
        return float(value)
    if name == "titles":
        return list(value)
    if name == "mentions":
        return [{"start": s, "end": e} for s, e in value]
    return value


def _facts(figure: Any) -> dict[str, Any]:
    place, period = figure.place, figure.period
    return {
        "indicator": figure.indicator or None, "indicator_key": figure.indicator_key or None,
        "indicator_mapped": figure.indicator_mapped if figure.indicator_key else None,
        "scope": place.scope if place else None, "province": place.province if place else None,
        "district": place.district if place else None, "commune": place.commune if place else None,
        "province_id": place.province_id if place else None, "district_id": place.district_id if place else None,
        "commune_id": place.commune_id if place else None, "place_source": place.source if place else None,
        "period": period.value if period else None, "period_kind": period.kind if period else None,
        "period_source": period.source if period else None, "model_key": figure.model_key,
    }


def _dedupe(items: Sequence[Any]) -> list[Any]:
    """Keep the first record for each (start, end) span: the span is the primary key."""
    seen: set[tuple[int, int]] = set()
    out = []
    for item in items:
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            out.append(item)
    return out


KIND_SCHEMAS = {"place_mentions": PLACE_SCHEMA, **MENTION_SCHEMAS, "sentences": SENTENCE_SCHEMA}


def mention_rows(article_id: str, extraction: Extraction, version: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of every mention kind for one article, its places and figure sentences, as plain dicts
    (cheap to send between processes; :func:`rows_to_tables` makes Arrow tables of many articles' rows)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind, attr in (("place_mentions", "places"), ("dates", "dates"), ("models", "models"),
                       ("officials", "officials"), ("figures", "figures")):
        items = _dedupe(getattr(extraction, attr))
        rows: list[dict[str, Any]] = []
        for i in items:
            row = {"article_id": article_id, "sentence": i.sentence if i.sentence >= 0 else None,
                   "start": i.start, "end": i.end, "text": i.text}
            row.update({name: _field(kind, i, name) for name in _FIELDS[kind]})
            if kind == "figures":
                row.update(_facts(i))
            elif kind == "models":
                row["canonical_key"] = canonical_model_key(i.key) if i.key is not None else None  # NOT NULL says it
            elif kind == "officials":
                row["person_key"] = person_key(i.name) if i.name is not None else None
            if kind != "place_mentions":
                row["extractor_version"] = version
            rows.append(row)
        out[kind] = rows
    used = sorted({f.sentence for f in extraction.figures if f.sentence >= 0})
    spans = extraction.sentence_spans
    out["sentences"] = [{"article_id": article_id, "sentence": s, "start": spans[s][0], "end": spans[s][1]}
                        for s in used if s < len(spans)]
    return out


def rows_to_tables(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """One Arrow table per mention kind (possibly empty) from :func:`mention_rows` output (of one article or
    many concatenated)."""
    return {kind: pa.Table.from_pylist(rows.get(kind, []), schema=schema) for kind, schema in KIND_SCHEMAS.items()}


def mention_tables(article_id: str, extraction: Extraction, version: str) -> dict[str, pa.Table]:
    """One Arrow table per mention kind (possibly empty) for one article, its places and figure sentences."""
    return rows_to_tables(mention_rows(article_id, extraction, version))
