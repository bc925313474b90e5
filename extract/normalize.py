"""Text normalisation that keeps offsets valid against the original text.

Extractors match on a normalised copy (NFC, one tone-placement style, plain
spaces, 'Đ' for the look-alike 'Ð', no zero-width characters, tone marks typed on the wrong vowel put back:
"tiêủ học" -> "tiểu học", "nưả" -> "nửa") and map every span back to the text
they were given, so stored offsets always point into the stored article text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extract.keys import fold, normalize_tone, repair_tones

__all__ = ["NormText", "normalize", "normalize_tone", "repair_tones", "fold", "as_written"]

# Characters replaced one-for-one (length preserving).
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
    "\u2002": " ", "\u2003": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-",
    "\u00d0": "\u0110", "\u00f0": "\u0111",  # the Icelandic eth some sites type for Đ/đ: "Nam Ðịnh"
})
# Characters dropped (offsets remapped).
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Whether a text holds any of them: most texts hold none (a search is cheaper than a translation or a set test).
_SAME_LENGTH_RE = re.compile("[" + re.escape("".join(map(chr, _SAME_LENGTH))) + "]")
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised text with a map back to the source it came from."""

    source: str
    text: str
    # offsets[i] is the source offset of normalised character i; one extra
    # entry for the end.  None when the two texts align one-to-one.
    offsets: tuple[int, ...] | None

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the source text."""
        if self.offsets is None:
            return start, end
        s, e = self.offsets[start], self.offsets[end]
        while e > s and self.source[e - 1] in _DROP:
            e -= 1
        return s, e

    def source_span(self, start: int, end: int) -> tuple[int, int, str]:
        """Source (start, end, text) for a span of the normalised text."""
        s, e = self.to_source(start, end)
        return s, e, self.source[s:e]


def _rebuild(source: str) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch in _DROP:
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(source[j]):
            j += 1
        piece = unicodedata.normalize("NFC", source[i:j])
        for k, c in enumerate(piece):
            out.append(c)
            offsets.append(min(i + k, j - 1))
        i = j
    offsets.append(n)
    return "".join(out), tuple(offsets)


def normalize(source: str) -> NormText:
    """NFC, one tone style, plain spaces and dashes; offsets map back to ``source``."""
    if unicodedata.is_normalized("NFC", source) and _DROP_RE.search(source) is None:
        text, offsets = source, None
    else:
        text, offsets = _rebuild(source)
    if _SAME_LENGTH_RE.search(text):
        text = text.translate(_SAME_LENGTH)
    text = repair_tones(normalize_tone(text))
    return NormText(source=source, text=text, offsets=offsets)


def as_written(norm: NormText, start: int, end: int) -> str:
    """The source text of a normalised span, in NFC and one tone style but otherwise as written
    (a tone the writer misplaced stays misplaced): names and titles are reported as written."""
    return " ".join(normalize_tone(unicodedata.normalize("NFC", norm.source_span(start, end)[2])).split())
