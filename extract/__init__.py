"""Pure extraction functions over Vietnamese text.

Each function takes a string (or a ``Prepared`` text, to share the work) and
returns frozen records whose ``start``/``end`` point into the string given.
Nothing here imports the crawler, the pipelines or the warehouse.
"""
from __future__ import annotations

from datetime import date

from extract.dates import extract_dates
from extract.document import Prepared, prepare
from extract.figures import extract_figures
from extract.models import extract_models, model_key
from extract.normalize import fold, normalize
from extract.officials import extract_officials
from extract.types import DateMention, Extraction, Figure, ModelMention, Official

__all__ = [
    "EXTRACTOR_VERSION",
    "DateMention",
    "Extraction",
    "Figure",
    "ModelMention",
    "Official",
    "Prepared",
    "extract_all",
    "extract_dates",
    "extract_figures",
    "extract_models",
    "extract_officials",
    "fold",
    "model_key",
    "normalize",
    "prepare",
]

# Bump when extraction output changes; stored with every mention row.
EXTRACTOR_VERSION = "0.2.0"


def extract_all(text: str, reference: date | None = None) -> Extraction:
    """Run every extractor over one text, sharing normalisation and tagging."""
    doc = prepare(text)
    return Extraction(
        dates=tuple(extract_dates(doc, reference=reference)),
        figures=tuple(extract_figures(doc)),
        models=tuple(extract_models(doc)),
        officials=tuple(extract_officials(doc)),
    )
