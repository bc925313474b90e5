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
Scope = Literal["national", "province", "district", "commune", "foreign", "unknown"]
PeriodKind = Literal["during", "as_of"]
# Where a fact was read: the figure's sentence, its paragraph, the article's head (title, dateline,
# lead), the organisation acting in the article, what the caller said of the article (the outlet's
# province, the publication date), the places the whole body names (a head that names none), or nowhere.
FactSource = Literal["sentence", "paragraph", "title", "actor", "outlet", "published", "body", "none"]


@dataclass(frozen=True, slots=True)
class PlaceFact:
    """The territory a figure covers: its level and the names (and gazetteer ids) at each level."""

    scope: Scope
    province: str | None
    district: str | None
    commune: str | None
    province_id: str | None = None
    district_id: str | None = None
    commune_id: str | None = None
    source: FactSource = "none"


@dataclass(frozen=True, slots=True)
class PeriodFact:
    """The time a figure covers: ``during`` a span (flows) or ``as_of`` a moment (stocks), dates format."""

    value: str | None
    kind: PeriodKind
    source: FactSource = "none"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar reference: ``value`` is ISO (YYYY, YYYY-MM, YYYY-MM-DD or A/B for ranges)."""

    start: int
    end: int
    text: str
    value: str | None
    precision: Precision
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Figure:
    """A stated quantity: ``value`` is the number (None for vague amounts such as 'hàng triệu').

    ``unit`` is the counted or measured thing as written ('gam', 'héc-ta', 'hộ gia đình'; an abbreviation of one
    word by the word: '50.000đ' is 'đồng');
    ``canonical_unit`` is its standard symbol for measures and money ('g', 'ha', 'đồng'),
    else the same as ``unit``, so figures written differently can be grouped.  The figure
    facts (set by ``extract_all``, see ``extract.facts``): ``indicator`` is what it counts in the
    article's words and ``indicator_key`` its taxonomy key (``indicator_mapped`` False when the
    taxonomy has no row for it), ``place`` and ``period`` where and when it counts, ``model_key``
    the named model its sentence is about.  ``sentence`` is the index of its sentence.
    """

    start: int
    end: int
    text: str
    value: float | int | None
    unit: str
    kind: FigureKind
    approx: bool
    canonical_unit: str = ""
    sentence: int = -1
    indicator: str = ""
    indicator_key: str = ""
    indicator_mapped: bool = False
    place: PlaceFact | None = None
    period: PeriodFact | None = None
    model_key: str | None = None

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
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text.

    ``level`` is national, province, district, commune, village or foreign; ``name`` the
    unit's name without its type word (None for a scope phrase such as
    ``toàn tỉnh``); ``place_id`` the gazetteer unit when the name is certain, and
    ``province_id``/``district_id`` the levels above it that are certain.
    ``role`` tells how the place stands in its sentence: ``named``, ``actor``
    (after an organisation word: ``Công an huyện X``), ``residence`` (``trú tại
    xã X``), ``list`` (``các xã A, B``) or ``scope`` (no name).
    """

    start: int
    end: int
    text: str
    level: str
    name: str | None
    role: str
    place_id: str | None = None
    province_id: str | None = None
    district_id: str | None = None
    candidates: tuple[str, ...] = ()
    sentence: int = -1


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
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one text."""

    dates: tuple[DateMention, ...]
    figures: tuple[Figure, ...]
    models: tuple[ModelMention, ...]
    officials: tuple[Official, ...]
    places: tuple[PlaceMention, ...] = ()
    # Source (start, end) of every sentence, in order: the index a record's ``sentence`` refers to.
    sentence_spans: tuple[tuple[int, int], ...] = ()

    def to_json(self, article: str) -> dict:
        """The ``extract --format json`` object (gold field names plus offsets)."""
        out: dict = {"article": article}
        for name in ("dates", "figures", "models", "officials", "places"):
            rows = []
            for item in getattr(self, name):
                row = asdict(item)
                if isinstance(item, Official):
                    row["titles"] = list(item.titles)
                    row["mentions"] = [list(m) for m in item.mentions]
                rows.append(row)
            out[name] = rows
        return out
