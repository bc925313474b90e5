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
from extract.places import byline_province, extract_places, gazetteer, resolve_default
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
# Characters extracted as one piece; a longer text (a real article is ~2-20 KB) is cut at sentence
# boundaries so that context windows, caches and the POS budget stay per piece.
MAX_CHARS = 200_000
# Provinces merged and districts were abolished on 1 July 2025.
MAP_2025 = date(2025, 7, 1)


def era_of(published: date | None) -> str | None:
    """Which administrative map an article was written under: '2025', '2023', or None when unknown."""
    if published is None:
        return None
    return "2025" if published >= MAP_2025 else "2023"


def extract_all(text: str, reference: date | None = None, *, place: str | None = None,
                max_chars: int = MAX_CHARS) -> Extraction:
    """Run every extractor over one text, sharing normalisation and tagging.

    ``reference`` is the publication date (resolves '30/5' and dates stocks); ``place`` a default
    place for an article that never names its own ('Đắk Nông', e.g. the outlet's province); without one, the
    province of a provincial outlet whose tag opens the text ('(QNO) - ...', ``data/bylines.tsv``).
    Every figure carries its facts (indicator, place, period) and every record its sentence index.
    A text longer than ``max_chars`` is extracted in pieces cut at sentence boundaries (a budget per
    article: no page, however crafted, holds the extractor for long), with offsets into the whole text.
    """
    if len(text) > max_chars:
        return _in_pieces(text, reference, place, max_chars)
    doc = prepare(text)
    era = era_of(reference)
    default_ids = resolve_default(place, era) or byline_province(text, era)  # the outlet's province
    dates = extract_dates(doc, reference=reference)
    models = extract_models(doc)
    places = extract_places(doc, era=era, default=default_ids)
    ctx = build_context(doc, places, dates, models, reference, default_ids)
    figures = figure_facts(ctx, extract_figures(doc))

    def numbered(items):
        return tuple(replace(i, sentence=doc.sentence_at(to_norm(doc, i.start, i.end)[0])) for i in items)

    return Extraction(
        dates=numbered(dates),
        figures=tuple(figures),  # numbered by figure_facts, which reads each figure's sentence
        models=numbered(models),
        officials=numbered(extract_officials(doc)),
        places=numbered(places),
        sentence_spans=tuple(doc.norm.to_source(s.start, s.end) for s in doc.sentences),
    )


def _in_pieces(text: str, reference: date | None, place: str | None, max_chars: int) -> Extraction:
    """extract_all over consecutive pieces of at most ~max_chars, cut where a sentence starts."""
    doc = prepare(text)
    cuts, last = [0], 0
    for sent in doc.sentences:
        start = doc.norm.to_source(sent.start, sent.start)[0]
        if start - last >= max_chars:
            cuts.append(start)
            last = start
    cuts.append(len(text))
    parts: dict[str, list] = {k: [] for k in ("dates", "figures", "models", "officials", "places", "sentence_spans")}
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        if hi <= lo:
            continue
        piece = extract_all(text[lo:hi], reference, place=place, max_chars=max(max_chars, hi - lo))
        shift = len(parts["sentence_spans"])
        for kind in ("dates", "figures", "models", "officials", "places"):
            parts[kind].extend(_moved(item, lo, shift) for item in getattr(piece, kind))
        parts["sentence_spans"].extend((s + lo, e + lo) for s, e in piece.sentence_spans)
    return Extraction(**{k: tuple(v) for k, v in parts.items()})


def _moved(item, offset: int, sentences: int):
    """A record of a piece placed in the whole text: offsets and sentence index shifted."""
    changes = {"start": item.start + offset, "end": item.end + offset,
               "sentence": item.sentence + sentences if item.sentence >= 0 else -1}
    if isinstance(item, Official):
        changes["mentions"] = tuple((s + offset, e + offset) for s, e in item.mentions)
    return replace(item, **changes)
