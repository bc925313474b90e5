"""Named community models ("mô hình “...”") mentioned in a text."""
from __future__ import annotations

from extract.document import Prepared
from extract.types import ModelMention

__all__ = ["extract_models", "model_key"]


def model_key(name: str) -> str:
    """Canonical key for a model name (placeholder)."""
    return " ".join(name.casefold().split())


def extract_models(text: str | Prepared) -> list[ModelMention]:
    """Model mentions in ``text`` (placeholder: none yet)."""
    return []
