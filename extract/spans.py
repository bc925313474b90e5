"""spaCy as the document/span layer: underthesea words in a ``Doc``, extractions in ``doc.spans``.

``build_doc`` segments the text with underthesea's word tokenizer (aligned
tolerantly, so ``doc.text`` is always exactly the input), puts every
extraction in ``doc.spans["tinmine"]`` with its label, and runs a
``SpanRuler`` built from the lexicon files (ranks, titles, model triggers) into
``doc.spans["lexicon"]``.  ``render_html`` shows it all with displaCy.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

from extract.document import align_tokens
from extract.types import Extraction

__all__ = ["SPAN_KEY", "LEXICON_KEY", "get_nlp", "build_doc", "render_html", "lexicon_patterns"]

SPAN_KEY = "tinmine"
LEXICON_KEY = "lexicon"
DATA_DIR = Path(__file__).parent / "data"
COLORS = {"DATE": "#a5d8ff", "FIGURE": "#ffd8a8", "MODEL": "#b2f2bb", "OFFICIAL": "#eebefa",
          "RANK": "#e9ecef", "TITLE": "#fff3bf", "MODEL_TRIGGER": "#d3f9d8"}


class UndertheseaTokenizer:
    """A spaCy tokenizer over underthesea's word segmentation (multi-syllable words are one token)."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc
        from underthesea import word_tokenize

        spans = [(s, e) for s, e, _ in align_tokens(text, word_tokenize(text))]
        words, spaces = _words_and_spaces(text, spans)
        return Doc(self.vocab, words=words, spaces=spaces)


def _words_and_spaces(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """Cover the whole text with tokens so that the Doc text equals ``text`` exactly."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    for s, e in spans:
        pieces.extend(_gap_pieces(text, pos, s))
        pieces.append((s, e))
        pos = e
    pieces.extend(_gap_pieces(text, pos, len(text)))
    words: list[str] = []
    spaces: list[bool] = []
    for s, e in pieces:
        if text[s:e].isspace() and words and not spaces[-1] and text[s:e] == " ":
            spaces[-1] = True  # a single space after a word is trailing whitespace
            continue
        words.append(text[s:e])
        spaces.append(False)
    return words, spaces


def _gap_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text between aligned words into non-space chunks and whitespace runs."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i
        is_space = text[i].isspace()
        while j < end and text[j].isspace() == is_space:
            j += 1
        if is_space and text[i] == " " and j - i > 1:
            out.append((i, i + 1))  # first space trails the previous word
            out.append((i + 1, j))
        else:
            out.append((i, j))
        i = j
    return out


def lexicon_patterns() -> list[dict]:
    """SpanRuler patterns from extract/data/*.jsonl (label, pattern, id) and plain word lists."""
    patterns: list[dict] = []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                row = json.loads(line)
                if {"label", "pattern"} <= row.keys():
                    patterns.append({k: row[k] for k in ("label", "pattern", "id") if k in row})
    for label, name in (("RANK", "ranks.txt"), ("MODEL_TRIGGER", "model_triggers.txt")):
        path = DATA_DIR / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                term = line.split("#", 1)[0].split("\t", 1)[0].strip()
                if term:
                    patterns.append({"label": label, "pattern": term})
    return patterns


@lru_cache(maxsize=1)
def get_nlp():
    """A blank Vietnamese spaCy pipeline with the underthesea tokenizer and the lexicon SpanRuler."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": LEXICON_KEY, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(lexicon_patterns())
    return nlp


def build_doc(text: str, extraction: Extraction | None = None, reference: date | None = None):
    """A spaCy Doc of ``text`` with every extraction in ``doc.spans[SPAN_KEY]``."""
    from extract import extract_all

    nlp = get_nlp()
    doc = nlp(text)
    extraction = extraction or extract_all(text, reference=reference)
    spans = []
    for label, items in (("DATE", extraction.dates), ("FIGURE", extraction.figures),
                         ("MODEL", extraction.models)):
        spans.extend(_char_span(doc, it.start, it.end, label) for it in items)
    for off in extraction.officials:
        spans.extend(_char_span(doc, s, e, "OFFICIAL") for s, e in (off.mentions or ((off.start, off.end),)))
    doc.spans[SPAN_KEY] = [s for s in spans if s is not None]
    return doc


def _char_span(doc, start: int, end: int, label: str):
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def render_html(doc, title: str = "tinmine", lexicon: bool = False) -> str:
    """A self-contained HTML page of the Doc with its spans highlighted by displaCy."""
    from spacy import displacy

    key = LEXICON_KEY if lexicon else SPAN_KEY
    return displacy.render(doc, style="span", page=True, minify=True,
                           options={"spans_key": key, "colors": COLORS}).replace(
        "<title>displaCy</title>", f"<title>{title}</title>")
