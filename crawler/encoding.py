"""Decode fetched bytes to NFC text: declared charsets honoured, windows-1258 composed, junk rejected."""
from __future__ import annotations

import codecs
import re
import unicodedata

from crawler.errors import PageRejected
from crawler.legacy import LATIN1_GLYPHS, font_hint, repair_legacy

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"Rar!", b"\xd0\xcf\x11\xe0",
                b"ID3", b"\x00\x00\x00", b"OggS", b"RIFF", b"7z\xbc\xaf")
# Browsers read these labels as their Windows supersets (WHATWG encoding standard).
ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8",
           "ascii": "utf-8", "windows-1258": "cp1258", "x-user-defined": "cp1252"}
MAX_REPLACEMENT_RATIO = 0.001
# Byte-order marks, longest first (the UTF-32LE mark begins with the UTF-16LE one). A page that starts
# with one is text in that encoding whatever else it declares (WHATWG: the BOM wins), even though
# UTF-16 and UTF-32 text is full of NUL bytes.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def bom_charset(body: bytes) -> str | None:
    """The encoding a byte-order mark at the start of the body names (UTF-8, -16 or -32), or None."""
    for bom, name in BOMS:
        if body.startswith(bom):
            return name
    return None


def looks_binary(body: bytes) -> bool:
    """True for bytes that are a known binary format or hold NUL bytes near the start (UTF-16/32 text with a
    byte-order mark is not binary)."""
    if bom_charset(body) in ("utf-16", "utf-32"):
        return False
    head = body[:1024]
    return head.startswith(BINARY_MAGIC) or b"\x00" in head


def declared_charsets(body: bytes, content_type: str | None) -> list[str]:
    """Charsets the response declares, strongest first: BOM, HTTP header, <meta>."""
    found: list[str | None] = [bom_charset(body)]
    if content_type and (m := HEADER_CHARSET.search(content_type)):
        found.append(_codec(m.group(1)))
    if m := META_CHARSET.search(body[:4096]):
        found.append(_codec(m.group(1)))
    return list(dict.fromkeys(c for c in found if c))


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(NFC text, codec used) of an HTML body; raises PageRejected if it is binary or undecodable."""
    if not body.strip():
        raise PageRejected("empty", "empty body")
    if looks_binary(body):
        raise PageRejected("binary", f"binary content ({body[:8]!r}) where HTML was expected")
    declared = declared_charsets(body, content_type)
    if (bom := bom_charset(body)) in ("utf-16", "utf-32"):
        declared = [bom]  # never fall back to a single-byte reading of UTF-16/32 bytes
    for codec in [*declared, "utf-8", "cp1258"]:
        try:
            text = body.decode("utf-8-sig" if codec == "utf-8" else codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if text.count("\ufffd") > MAX_REPLACEMENT_RATIO * len(text) + 2:
            continue
        return _legacy_or(body, unicodedata.normalize("NFC", text), codec)
    raise PageRejected("encoding", f"undecodable as any of {[*declared, 'utf-8', 'cp1258']}")


def _legacy_or(body: bytes, text: str, codec: str) -> tuple[str, str]:
    """The text, or its TCVN3/VNI conversion when the page is in a legacy Vietnamese font encoding."""
    if codec in ("utf-16", "utf-32"):
        return text, codec  # legacy font encodings are single-byte
    hint = font_hint(body)
    if codec == "utf-8" and not hint and len(LATIN1_GLYPHS.findall(text)) < 20:
        return text, codec  # ordinary Unicode page: no run of Latin-1 glyphs to reinterpret
    glyphs = text if codec == "utf-8" else body.decode("cp1252", errors="replace")
    repaired = repair_legacy(glyphs, text, hint)
    if repaired:
        return repaired[0], f"{repaired[1]}/{codec}"
    if hint:
        raise PageRejected("encoding", f"page uses {hint.upper()} fonts but does not convert to Vietnamese text")
    return text, codec


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode NFC Vietnamese as windows-1258 does: precomposed base vowels, combining tone marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones)
    return "".join(out).encode("cp1258")
