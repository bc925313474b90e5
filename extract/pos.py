"""underthesea's POS tagger with its features computed in one pass: the same tags, about three times faster.

``underthesea.pos_tag`` word-segments a sentence, turns each word into 22 template features
(``T[-1].lower``, ``T[0].istitle``, ``T[-2,-1]``, ``T[-3][1]``, ...) and runs its CRF model.  Its feature
code re-parses every template with a regular expression and rebuilds the sentence's columns for every
word and template, so features cost four fifths of tagging (quadratic in the sentence length).  Here
the same feature strings are built directly, in the same order, and given to the same model; the tags
are identical (``tests/extract/test_pos.py`` compares both on real sentences).  When underthesea's
internals are not where this expects them, its own ``pos_tag`` is used.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from types import ModuleType

__all__ = ["pos_tag", "pos_features", "underthesea"]

_BOS, _EOS = "BOS", "EOS"


def _istitle(word: str) -> bool:
    """underthesea's ``text_istitle``: every space-separated syllable starts with a title-case letter."""
    if not word:
        return False
    parts = word.split(" ")
    return all(part and part[0].istitle() for part in parts)


def pos_features(words: list[str]) -> list[list[str]]:
    """The attribute lists underthesea's POS templates give each word (its tag column is always 'X')."""
    n = len(words)
    lows = [w.lower() for w in words]
    titles = [str(_istitle(w)) for w in words]

    def at(values: list[str], k: int) -> str:
        return values[k] if 0 <= k < n else (_BOS if k < 0 else _EOS)

    def pair(k: int) -> str:  # T[k,k+1]: BOS when k < 0, EOS when k + 1 is past the end
        if k < 0:
            return _BOS
        if k + 1 >= n:
            return _EOS
        return f"{words[k]} {words[k + 1]}"

    out = []
    for i in range(n):
        out.append([
            f"T[-2].lower={at(lows, i - 2)}", f"T[-1].lower={at(lows, i - 1)}", f"T[0].lower={lows[i]}",
            f"T[1].lower={at(lows, i + 1)}", f"T[2].lower={at(lows, i + 2)}",
            f"T[0].istitle={titles[i]}", f"T[-1].istitle={at(titles, i - 1)}", f"T[1].istitle={at(titles, i + 1)}",
            f"T[-2]={at(words, i - 2)}", f"T[-1]={at(words, i - 1)}", f"T[0]={words[i]}",
            f"T[1]={at(words, i + 1)}", f"T[2]={at(words, i + 2)}",
            f"T[-2,-1]={pair(i - 2)}", f"T[-1,0]={pair(i - 1)}", f"T[0,1]={pair(i)}", f"T[1,2]={pair(i + 1)}",
            f"T[-3][1]={'X' if i >= 3 else _BOS}", f"T[-2][1]={'X' if i >= 2 else _BOS}",
            f"T[-1][1]={'X' if i >= 1 else _BOS}",
            f"T[-3,-2][1]={'X X' if i >= 3 else _BOS}", f"T[-2,-1][1]={'X X' if i >= 2 else _BOS}",
        ])
    return out


def underthesea() -> ModuleType:
    """``import underthesea``, without the log handler it leaves behind.

    Its classification module calls ``logging.basicConfig()`` on import: a root handler that prints every record
    of every logger, whatever level the application chose (a crawl's per-page Scrapy DEBUG lines, a tenth of
    the crawl process's time). Handlers added by the import are removed again."""
    before = list(logging.root.handlers)
    import underthesea as module  # lazy: loading underthesea costs ~0.5 s, paid only when it is first needed

    for handler in [h for h in logging.root.handlers if h not in before]:
        logging.root.removeHandler(handler)
    return module


@cache
def _tagger() -> Callable[[str], list[tuple[str, str]]]:
    # lazy: loading underthesea's models costs ~0.5 s, paid only when a sentence is first tagged
    library = underthesea()
    library_pos_tag, word_tokenize = library.pos_tag, library.word_tokenize

    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor  # lazy: as above

        model = CRFPOSTagPredictor.Instance().model
    except (ImportError, AttributeError):  # a future underthesea without the 2017 CRF: use its own
        return library_pos_tag

    def tag(sentence: str) -> list[tuple[str, str]]:
        words = word_tokenize(sentence)
        return list(zip(words, model.tag(pos_features(words)), strict=True)) if words else []

    return tag


def pos_tag(sentence: str) -> list[tuple[str, str]]:
    """(word, tag) pairs of a sentence, as ``underthesea.pos_tag`` gives them."""
    return _tagger()(sentence)
