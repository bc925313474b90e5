"""spaCy as the document/span layer: underthesea words in a ``Doc``, extractions in ``doc.spans``.

``build_doc`` segments the text with underthesea's word tokenizer (aligned
tolerantly, so ``doc.text`` is always exactly the input), puts every
extraction in ``doc.spans["tinmine"]`` with its label, and runs a
``SpanRuler`` built from the lexicon files (ranks, titles, model triggers) into
``doc.spans["lexicon"]``.  ``render_html`` shows it all with displaCy.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from extract import extract_all
from extract.document import align_tokens
from extract.pos import underthesea
from extract.types import Extraction

__all__ = ["SPAN_KEY", "LEXICON_KEY", "get_nlp", "build_doc", "render_html", "lexicon_patterns"]

SPAN_KEY = "tinmine"
LEXICON_KEY = "lexicon"
DATA_DIR = Path(__file__).parent / "data"
NEWLINE_RE = re.compile(r"\s*\n\s*")
# Lexicon files whose lines become SpanRuler patterns: file -> (label, kinds kept or None for all).
LEXICON_FILES = {
    "ranks.txt": ("RANK", None),
    "titles.txt": ("TITLE", {"", "appositive"}),
    "honorifics.txt": ("HONORIFIC", None),
    "model_triggers.txt": ("MODEL_TRIGGER", {"trigger", "strict"}),
}
COLORS = {"DATE": "#a5d8ff", "FIGURE": "#ffd8a8", "MODEL": "#b2f2bb", "OFFICIAL": "#eebefa",
          "RANK": "#e9ecef", "TITLE": "#fff3bf", "MODEL_TRIGGER": "#d3f9d8", "HONORIFIC": "#f1f3f5"}


class UndertheseaTokenizer:
    """A spaCy tokenizer over underthesea's word segmentation (multi-syllable words are one token).

    Tokens never cross a line break, nor any extra boundary passed to ``make_doc``
    (extraction edges), so every extraction is an exact token span.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str):
        return self.make_doc(text)

    def make_doc(self, text: str, boundaries: frozenset[int] = frozenset()):
        """Tokenise ``text``; no token crosses a line break or an offset in ``boundaries``."""
        # lazy: spaCy and underthesea cost seconds to load; only the span layer (show, review) needs them
        from spacy.tokens import Doc

        word_tokenize = underthesea().word_tokenize

        cuts = set(boundaries)
        cuts.update(m.start() for m in NEWLINE_RE.finditer(text))
        cuts.update(m.end() for m in NEWLINE_RE.finditer(text))
        spans = _split_spans(text, [(s, e) for s, e, _ in align_tokens(text, word_tokenize(text))], cuts)
        words, spaces = _words_and_spaces(text, spans)
        return Doc(self.vocab, words=words, spaces=spaces)


def _split_spans(text: str, spans: list[tuple[int, int]], cuts: set[int]) -> list[tuple[int, int]]:
    """Cut spans at the given offsets and trim whitespace off the pieces."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        points = [s, *sorted(c for c in cuts if s < c < e), e]
        for a, b in zip(points, points[1:], strict=False):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
    return out


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
        if text[s:e] == " " and words and not spaces[-1]:
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
    """SpanRuler patterns (label, pattern, id) from the lexicon files in extract/data/."""
    patterns: list[dict] = []
    for name, (label, kinds) in LEXICON_FILES.items():
        path = DATA_DIR / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            term, _, kind = line.partition("\t")
            if kinds is None or kind.strip() in kinds:
                patterns.append({"label": label, "pattern": term.strip(), "id": term.strip().lower()})
    return patterns


@lru_cache(maxsize=1)
def get_nlp():
    """A blank Vietnamese spaCy pipeline with the underthesea tokenizer and the lexicon SpanRuler."""
    import spacy  # lazy: spaCy costs seconds to load; only the span layer needs it

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    ruler: Any = nlp.add_pipe("span_ruler", config={"spans_key": LEXICON_KEY, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(lexicon_patterns())
    return nlp


def build_doc(text: str, extraction: Extraction | None = None, reference: date | None = None):
    """A spaCy Doc of ``text`` with every extraction in ``doc.spans[SPAN_KEY]``."""
    nlp = get_nlp()
    extraction = extraction or extract_all(text, reference=reference)
    edges = {x for item in _all_spans(extraction) for x in item}
    doc = nlp.tokenizer.make_doc(text, frozenset(edges))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    spans: list[Any] = []
    for label, items in (("DATE", extraction.dates), ("FIGURE", extraction.figures),
                         ("MODEL", extraction.models)):
        spans.extend(_char_span(doc, it.start, it.end, label) for it in items)
    for off in extraction.officials:
        spans.extend(_char_span(doc, s, e, "OFFICIAL") for s, e in _official_spans(off))
    doc.spans[SPAN_KEY] = [s for s in spans if s is not None]
    return doc


def _all_spans(extraction: Extraction) -> list[tuple[int, int]]:
    spans = [(it.start, it.end) for items in (extraction.dates, extraction.figures, extraction.models)
             for it in items]
    for off in extraction.officials:
        spans.extend(_official_spans(off))
    return spans


def _official_spans(off) -> list[tuple[int, int]]:
    """The first full mention (rank, name, titles) plus every name mention outside it."""
    return [(off.start, off.end)] + [(s, e) for s, e in off.mentions if s >= off.end or e <= off.start]


def _char_span(doc, start: int, end: int, label: str):
    return doc.char_span(start, end, label=label, alignment_mode="strict")


def render_html(doc, title: str = "tinmine", lexicon: bool = False) -> str:
    """A self-contained HTML page of the Doc with its spans highlighted by displaCy.

    Extractions are drawn with the entity style from character offsets, so the
    page shows the text exactly as stored (spacing, line breaks); overlapping
    spans keep the earlier, longer one.  ``lexicon=True`` shows the SpanRuler's
    (overlapping) lexicon hits with the span style instead.
    """
    # lazy: displaCy comes with spaCy, seconds to load; only the review page needs it
    from spacy import displacy

    title = escape(title)  # a file name is text, not markup: displaCy writes the title as is
    if lexicon:
        html = displacy.render(doc, style="span", page=True, minify=True,
                               options={"spans_key": LEXICON_KEY, "colors": COLORS})
    else:
        ents, last_end = [], -1
        for span in sorted(doc.spans[SPAN_KEY], key=lambda sp: (sp.start_char, -sp.end_char)):
            if span.start_char >= last_end:
                ents.append({"start": span.start_char, "end": span.end_char, "label": span.label_})
                last_end = span.end_char
        html = displacy.render({"text": doc.text, "ents": ents, "title": title}, style="ent", manual=True,
                               page=True, minify=True, options={"colors": COLORS})
    return html.replace("<title>displaCy</title>", f"<title>{title}</title>")
