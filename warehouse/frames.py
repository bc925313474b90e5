"""Extraction records -> Arrow tables shaped like the mention tables, with sentence indices."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    from extract.types import Extraction

__all__ = ["MENTION_SCHEMAS", "sentence_locator", "mention_tables", "place_table", "unit_table"]

_SPAN = [
    ("article_id", pa.string()),
    ("sentence", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
]
_VERSION = [("extractor_version", pa.string())]
MENTION_SCHEMAS: dict[str, pa.Schema] = {
    "figures": pa.schema(_SPAN + [
        ("value", pa.float64()), ("unit", pa.string()), ("kind", pa.string()), ("approx", pa.bool_()),
    ] + _VERSION),
    "dates": pa.schema(_SPAN + [("value", pa.string()), ("precision", pa.string())] + _VERSION),
    "models": pa.schema(_SPAN + [("name", pa.string()), ("key", pa.string())] + _VERSION),
    "officials": pa.schema(_SPAN + [
        ("name", pa.string()),
        ("rank", pa.string()),
        ("titles", pa.list_(pa.string())),
        ("mentions", pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())]))),
    ] + _VERSION),
}
PLACE_SCHEMA = pa.schema(_SPAN + [("place_key", pa.string())])
UNIT_SCHEMA = pa.schema([("unit", pa.string()), ("indicator", pa.string()), ("rule", pa.string())])
_FIELDS = {
    "figures": ("value", "unit", "kind", "approx"),
    "dates": ("value", "precision"),
    "models": ("name", "key"),
    "officials": ("name", "rank", "titles", "mentions"),
}


def sentence_locator(text: str) -> Callable[[int], int]:
    """A function from a source offset in ``text`` to the index of the sentence holding it."""
    from extract.document import prepare  # the extractor's own sentence splitter

    doc = prepare(text)
    offsets = doc.norm.offsets
    if offsets is None:  # NFC text: normalised offsets are source offsets
        return doc.sentence_at
    return lambda start: doc.sentence_at(min(bisect_left(offsets, start), len(offsets) - 1))


def _field(kind: str, item: Any, name: str) -> Any:
    value = getattr(item, name)
    if kind == "figures" and name == "value" and value is not None:
        return float(value)
    if name == "titles":
        return list(value)
    if name == "mentions":
        return [{"start": s, "end": e} for s, e in value]
    return value


def _dedupe(items: Sequence[Any]) -> list[Any]:
    """Keep the first record for each (start, end) span: the span is the primary key."""
    seen: set[tuple[int, int]] = set()
    out = []
    for item in items:
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            out.append(item)
    return out


def mention_tables(article_id: str, text: str, extraction: Extraction, version: str) -> dict[str, pa.Table]:
    """One Arrow table per mention kind (possibly empty) for one article, plus its places and units."""
    locate = sentence_locator(text)
    tables = {"place_mentions": place_table(article_id, text, locate)}
    for kind in ("dates", "models", "officials", "figures"):  # figures last: they look up places and dates
        schema = MENTION_SCHEMAS[kind]
        items = _dedupe(getattr(extraction, kind))
        columns: dict[str, list] = {
            "article_id": [article_id] * len(items),
            "sentence": [locate(i.start) for i in items],
            "start": [i.start for i in items],
            "end": [i.end for i in items],
            "text": [i.text for i in items],
        }
        for name in _FIELDS[kind]:
            columns[name] = [_field(kind, i, name) for i in items]
        columns["extractor_version"] = [version] * len(items)
        tables[kind] = pa.Table.from_pydict(columns, schema=schema)
    tables["units"] = unit_table(tables["figures"].column("unit").to_pylist())
    return tables


def place_table(article_id: str, text: str, locate: Callable[[int], int]) -> pa.Table:
    """Places named in an article's text, as rows of place_mentions (place_id resolved in SQL)."""
    from warehouse.places import find_places

    found = find_places(text)
    return pa.Table.from_pydict({
        "article_id": [article_id] * len(found),
        "sentence": [locate(p.start) for p in found],
        "start": [p.start for p in found],
        "end": [p.end for p in found],
        "text": [p.text for p in found],
        "place_key": [p.key for p in found],
    }, schema=PLACE_SCHEMA)


def unit_table(units: Sequence[str]) -> pa.Table:
    """Distinct raw units with their indicator and the rule that chose it."""
    from warehouse.indicators import indicator_of

    distinct = sorted(set(units))
    pairs = [indicator_of(u) for u in distinct]
    return pa.Table.from_pydict({
        "unit": distinct, "indicator": [i for i, _ in pairs], "rule": [r for _, r in pairs],
    }, schema=UNIT_SCHEMA)
