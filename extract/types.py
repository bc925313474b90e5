"""Typed records produced by the extractors.

Every record carries ``start``/``end`` character offsets into the text that was
passed to the extractor (the stored article text), and ``text`` equal to
``source[start:end]``.  Field names follow the gold schema
(tests/fixtures/gold/SCHEMA.md) so ``to_json`` output can be scored directly.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year", "range"]
FigureKind = Literal["count", "percent", "measure", "money"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar reference: ``value`` is ISO (YYYY, YYYY-MM, YYYY-MM-DD or A/B for ranges)."""

    start: int
    end: int
    text: str
    value: str | None
    precision: Precision


@dataclass(frozen=True, slots=True)
class Figure:
    """A stated quantity: ``value`` is the number (None for vague amounts such as 'hàng triệu').

    ``unit`` is the counted or measured thing as written ('gam', 'héc-ta', 'hộ gia đình');
    ``canonical_unit`` is its standard symbol for measures and money ('g', 'ha', 'đồng'),
    else the same as ``unit``, so figures written differently can be grouped.
    """

    start: int
    end: int
    text: str
    value: float | int | None
    unit: str
    kind: FigureKind
    approx: bool
    canonical_unit: str = ""

    def __post_init__(self) -> None:
        if not self.canonical_unit:
            object.__setattr__(self, "canonical_unit", self.unit)


@dataclass(frozen=True, slots=True)
class ModelMention:
    """A named community model; ``key`` is the canonical form used to match it across articles."""

    start: int
    end: int
    text: str
    name: str
    key: str


@dataclass(frozen=True, slots=True)
class Official:
    """A person named with a position, merged over all mentions in one text.

    ``start``/``end``/``text`` locate the first full mention; ``mentions`` lists
    every (start, end) span where the person is named.
    """

    start: int
    end: int
    text: str
    name: str
    rank: str | None
    titles: tuple[str, ...]
    mentions: tuple[tuple[int, int], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one text."""

    dates: tuple[DateMention, ...]
    figures: tuple[Figure, ...]
    models: tuple[ModelMention, ...]
    officials: tuple[Official, ...]

    def to_json(self, article: str) -> dict:
        """The ``extract --format json`` object (gold field names plus offsets)."""
        out: dict = {"article": article}
        for name in ("dates", "figures", "models", "officials"):
            rows = []
            for item in getattr(self, name):
                row = asdict(item)
                if isinstance(item, Official):
                    row["titles"] = list(item.titles)
                    row["mentions"] = [list(m) for m in item.mentions]
                rows.append(row)
            out[name] = rows
        return out
