"""Text keys, in one place: tone style, accent folding and the keys entities are matched and stored by.

Every key the project compares text by is made here, and the warehouse's SQL macros that fold text at
query time (``fold_vi``, ``fold_keep`` in warehouse/schema/) are tested to give the same keys on a corpus
of names (tests/test_keys.py).
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_tone", "repair_tones", "fold", "fold_chars", "model_key", "canonical_model_key", "person_key"]

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
# Not after q ("quý"): checked once the pair is read, (?<![qQ]..), so the regex engine skips to the o's and u's
# instead of trying the look-behind at every character of an article (the pairs are all two characters).
assert all(len(_old) == 2 for _old in _TONE_MAP)
TONE_RE = re.compile(
    r"(" + "|".join(sorted(_TONE_MAP, key=len, reverse=True)) + r")(?<![qQ]..)(?![^\W\d_])"
)
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



class _Fold(dict):
    """``str.translate`` table of ``fold``: đ to d (and the eth some sites type for it), combining marks dropped,
    every other character kept. Filled as characters are first met (``unicodedata.combining`` once per character),
    then looked up in C."""

    def __missing__(self, code: int) -> int | None:
        out = None if unicodedata.combining(chr(code)) else code
        self[code] = out
        return out


_FOLD = _Fold({ord("đ"): "d", ord("Đ"): "D", ord("ð"): "d", ord("Ð"): "D"})


def fold(text: str) -> str:
    """Accent-free, lower-case key ('Bảo vệ' -> 'bao ve'), for matching and search."""
    decomposed = unicodedata.normalize("NFD", normalize_tone(unicodedata.normalize("NFC", text)))
    return " ".join(decomposed.translate(_FOLD).casefold().split())  # each run of spaces as one, trimmed


_KEY_PUNCT_RE = re.compile(r"(?<!\d)[^\w\s]|[^\w\s](?!\d)")


def model_key(name: str) -> str:
    """Canonical key of a model name: NFC, one tone style, casefolded, no quotes or punctuation.

    Accents are kept on purpose: Vietnamese syllables that differ only in tone
    are different words, so accent folding (``fold``) would merge distinct
    names; tone *placement* (hoà/hòa, a misplaced "tiêủ") and case are unified instead.
    Punctuation inside numbers ("4.0") is kept.
    """
    text = repair_tones(normalize_tone(unicodedata.normalize("NFC", name))).replace("\u00a0", " ")
    text = _KEY_PUNCT_RE.sub(" ", text.casefold())
    return " ".join(text.split())


def canonical_model_key(key: str) -> str:
    """The key models are merged by across articles (``models.canonical_key``): folded, punctuation dropped.

    Coarser than :func:`model_key` on purpose, and the two rules sit side by side here: within an article
    the extractor keeps tone-distinct names apart (``key``), while across outlets a name written without
    diacritics or with other quotes meets its variants ('Xã, phường không có ma tuý' -> 'xa phuong khong
    co ma tuy'). SQL: ``model_key_of`` (schema 003), tested to agree.
    """
    return " ".join(_NOT_KEY_CHAR.sub(" ", fold(key)).split())


def person_key(name: str) -> str:
    """The key officials are stored and looked up by (``officials.person_key``): the folded name, so a
    name typed without accents finds them ('Tô Lâm' -> 'to lam'). SQL: ``fold_vi`` (schema 003)."""
    return fold(name)


def fold_chars(text: str) -> str:
    """Lower case, accents and đ folded one character for one, so offsets carry over (the search index's
    folding). SQL: ``fold_keep`` (schema 005)."""
    return "".join(_fold_char(c) for c in text.lower())


_NOT_KEY_CHAR = re.compile(r"[^a-z0-9 ]")


def _fold_char(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return (base or char).translate(_FOLD) if len(base) == 1 else char

