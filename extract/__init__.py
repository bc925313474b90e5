"""Pure extraction functions over Vietnamese text.

Each function takes a string (or a ``Prepared`` text, to share the work) and
returns frozen records whose ``start``/``end`` point into the string given.
Nothing here imports the crawler, the pipelines or the warehouse.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract.dates import extract_dates
from extract.document import Prepared, prepare
from extract.facts import build_context, figure_facts, to_norm
from extract.figures import extract_figures
from extract.models import extract_models, model_key
from extract.normalize import fold, normalize
from extract.officials import extract_officials
from extract.places import extract_places, gazetteer, resolve_default
from extract.types import (
    DateMention,
    Extraction,
    Figure,
    ModelMention,
    Official,
    PeriodFact,
    PlaceFact,
    PlaceMention,
)

__all__ = [
    "EXTRACTOR_VERSION",
    "DateMention",
    "Extraction",
    "Figure",
    "ModelMention",
    "Official",
    "PeriodFact",
    "PlaceFact",
    "PlaceMention",
    "Prepared",
    "era_of",
    "extract_all",
    "extract_dates",
    "extract_figures",
    "extract_models",
    "extract_officials",
    "extract_places",
    "fold",
    "gazetteer",
    "model_key",
    "normalize",
    "prepare",
]

# Bump when extraction output changes; stored with every mention row.
EXTRACTOR_VERSION = "0.3.0"
# Provinces merged and districts were abolished on 1 July 2025.
MAP_2025 = date(2025, 7, 1)


def era_of(published: date | None) -> str | None:
    """Which administrative map an article was written under: '2025', '2023', or None when unknown."""
    if published is None:
        return None
    return "2025" if published >= MAP_2025 else "2023"


def extract_all(text: str, reference: date | None = None, *, place: str | None = None) -> Extraction:
    """Run every extractor over one text, sharing normalisation and tagging.

    ``reference`` is the publication date (resolves '30/5' and dates stocks); ``place`` a default
    place for an article that never names its own ('Đắk Nông', e.g. the outlet's province).
    Every figure carries its facts (indicator, place, period) and every record its sentence index.
    """
    doc = prepare(text)
    era = era_of(reference)
    default_ids = resolve_default(place, era)
    dates = extract_dates(doc, reference=reference)
    models = extract_models(doc)
    places = extract_places(doc, era=era, default=default_ids)
    ctx = build_context(doc, places, dates, models, reference, default_ids)
    figures = figure_facts(ctx, extract_figures(doc))

    def numbered(items):
        return tuple(replace(i, sentence=doc.sentence_at(to_norm(doc, i.start, i.end)[0])) for i in items)

    return Extraction(
        dates=numbered(dates),
        figures=numbered(figures),
        models=numbered(models),
        officials=numbered(extract_officials(doc)),
        places=numbered(places),
        sentence_spans=tuple(doc.norm.to_source(s.start, s.end) for s in doc.sentences),
    )
