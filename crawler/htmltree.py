"""HTML nested deeper than libxml2 parses, flattened so that none of its text is lost.

libxml2 (under lxml, trafilatura and htmldate) stops at 256 levels of nesting (2048 with
``huge_tree``) and drops everything after that point, silently. A page that deep (an editor's runaway
``<div>``s, or a hostile page) is rewritten with the standard library's parser, which has no depth
limit: elements below ``MAX_DEPTH`` lose their own tags but keep their text in their deepest kept
ancestor. Pages of ordinary depth are returned unchanged.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

import lxml.etree
import lxml.html

__all__ = ["MAX_DEPTH", "html_parser", "too_deep", "shallow_html", "shallow_tree"]

MAX_DEPTH = 200  # below libxml2's default limit of 256, which trafilatura's own parser keeps
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "command", "basefont", "frame", "isindex"}
DEPTH_ERROR = "Excessive depth"
# lxml.html's element classes picked in C: lxml.html's own lookup is a Python method that runs for every element
# proxy made (many times per element as a reader walks the page). Its special classes for <form>, <input>,
# <select>, <textarea> and <label> only add form-filling properties that no reader uses.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                                               pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def html_parser() -> lxml.html.HTMLParser:
    """A parser with the options of lxml.html's default one (and an error log of its own) whose elements are
    lxml.html elements, their classes picked in C (``_LOOKUP``)."""
    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(_LOOKUP)
    return parser


def too_deep(text: str) -> bool:
    """True when libxml2's HTML parser gives up on the page's nesting depth."""
    if text.count("<") < 256:  # cannot be 256 deep
        return False
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(text, parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return False
    return any(DEPTH_ERROR in entry.message for entry in parser.error_log)


class _Flattener(HTMLParser):
    """Re-serialises HTML, dropping the tags (not the text) of elements nested deeper than max_depth."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, written)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.out.append(self.get_starttag_text() or f"<{tag}>")
            return
        written = len(self.stack) < self.max_depth
        if written:
            self.out.append(self.get_starttag_text() or f"<{tag}>")
        self.stack.append((tag, written))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len(self.stack) < self.max_depth or tag in VOID:
            self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or all(t != tag for t, _ in self.stack):
            return
        while self.stack:
            name, written = self.stack.pop()
            if written:
                self.out.append(f"</{name}>")
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        tag = self.stack[-1][0] if self.stack else ""
        self.out.append(data if tag in ("script", "style") else html.escape(data, quote=False))

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def shallow_html(text: str, max_depth: int = MAX_DEPTH) -> str:
    """The page unchanged, or, when it is too deep for libxml2, the page with its deep nesting flattened."""
    if not too_deep(text):
        return text
    flattener = _Flattener(max_depth)
    flattener.feed(text)
    flattener.close()
    return "".join(flattener.out) + "".join(f"</{t}>" for t, w in reversed(flattener.stack) if w)


def shallow_tree(text: str) -> tuple[str, lxml.html.HtmlElement | None]:
    """:func:`shallow_html` of the page, with the tree ``lxml.html.fromstring`` makes of it when telling whether it is
    too deep took a parse of the page anyway (None: the page was not parsed, or not as it is returned).

    The depth check is a whole parse of the page: a reader keeps its tree instead of parsing the page again."""
    if text.count("<") < 256:  # cannot be 256 deep: not parsed
        return text, None
    parser = html_parser()  # its own, for its error log; the options of lxml.html's default one
    try:
        tree = lxml.html.fromstring(text, parser=parser)
    except Exception:  # noqa: BLE001 - a page lxml cannot read is left to shallow_html and the reader, as before
        return shallow_html(text), None
    if any(DEPTH_ERROR in entry.message for entry in parser.error_log):
        return shallow_html(text), None
    return text, tree
