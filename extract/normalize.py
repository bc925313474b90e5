"""Text normalisation that keeps offsets valid against the original text.

Extractors match on a normalised copy (NFC, one tone-placement style, plain
spaces, no zero-width characters, tone marks typed on the wrong vowel put back:
"tiêủ học" -> "tiểu học", "nưả" -> "nửa") and map every span back to the text
they were given, so stored offsets always point into the stored article text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["NormText", "normalize", "normalize_tone", "repair_tones", "fold", "as_written"]

# Old-style ("hoà", "Uỷ") -> new-style ("hòa", "Ủy") tone placement on open
# syllables.  Same length, so no offset change.  "qu" + vowel is left alone
# ("quý" is correct in both styles).
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_MAP = {}
for _old, _new in _TONE_PAIRS.items():
    _TONE_MAP[_old] = _new
    _TONE_MAP[_old.capitalize()] = _new.capitalize()
    _TONE_MAP[_old.upper()] = _new.upper()
    _TONE_MAP[_old[0] + _old[1].upper()] = _new[0] + _new[1].upper()
TONE_RE = re.compile(
    r"(?<![qQ])(" + "|".join(sorted(_TONE_MAP, key=len, reverse=True)) + r")(?![^\W\d_])"
)
# Characters replaced one-for-one (length preserving).
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
    "\u2002": " ", "\u2003": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-",
})
# Characters dropped (offsets remapped).
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


# A tone typed on the plain vowel after â/ê/ô/ơ/ư/ă ("hiêụ", "Lơị", "nưả"): no Vietnamese syllable
# carries it there, so it belongs on the vowel before.  Same length, so no offset change.
_TONED = {unicodedata.normalize("NFC", v + t): (v, t) for v in "aeiouyAEIOUY"
          for t in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")}
_HATTED = "âêôơưăÂÊÔƠƯĂ"
MISPLACED_TONE_RE = re.compile(f"([{_HATTED}])([{''.join(_TONED)}])")


def _move_tone(m: re.Match) -> str:
    plain, tone = _TONED[m.group(2)]
    return unicodedata.normalize("NFC", m.group(1) + tone) + plain


def repair_tones(text: str) -> str:
    """Put tone marks typed on the wrong vowel back ('tiêủ' -> 'tiểu'); length preserving."""
    return MISPLACED_TONE_RE.sub(_move_tone, text)


def normalize_tone(text: str) -> str:
    """Move tone marks to one placement style (hoà -> hòa, Uỷ -> Ủy); length preserving."""
    return TONE_RE.sub(lambda m: _TONE_MAP[m.group(1)], text)


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
    if unicodedata.is_normalized("NFC", source) and not any(c in _DROP for c in source):
        text, offsets = source, None
    else:
        text, offsets = _rebuild(source)
    text = repair_tones(normalize_tone(text.translate(_SAME_LENGTH)))
    return NormText(source=source, text=text, offsets=offsets)


_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Accent-free, lower-case key ('Bảo vệ' -> 'bao ve'), for matching and search."""
    decomposed = unicodedata.normalize("NFD", normalize_tone(unicodedata.normalize("NFC", text)))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.translate(_FOLD).casefold()).strip()


def as_written(norm: NormText, start: int, end: int) -> str:
    """The source text of a normalised span, in NFC and one tone style but otherwise as written
    (a tone the writer misplaced stays misplaced): names and titles are reported as written."""
    return " ".join(normalize_tone(unicodedata.normalize("NFC", norm.source_span(start, end)[2])).split())
