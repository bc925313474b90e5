"""Officials (rank + name + titles) named in a text."""
from __future__ import annotations

from extract.document import Prepared
from extract.types import Official

__all__ = ["extract_officials"]


def extract_officials(text: str | Prepared) -> list[Official]:
    """Officials named in ``text`` (placeholder: none yet)."""
    return []
