"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI): detect them and convert to Unicode NFC.

Pages typed with .VnTime (TCVN3) or VNI-Times fonts carry Vietnamese letters as Latin-1 glyphs
("ViÖt Nam", "Vieät Nam"). The tables live in data/tcvn3.tsv and data/vni.tsv.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
# Font names of legacy encodings ('.VnTime', 'VNI-Times'), in lower case: searched in the lower-cased page, which
# finds what a case-insensitive search would, several times faster (a literal first letter to scan for).
FONT_HINTS = {
    "tcvn3": re.compile(rb"vn(?:time|arial|avant|courier|helvetica|souvenir|univers)|font-family:\s*['\"]?\.vn"),
    "vni": re.compile(rb"vni[- ](?:times|helve|aptima|top|souvir|avo|book|centur)"),
}
COMMON_WORDS = re.compile(r"(?<!\w)(của|và|các|được|trong|người|những|công|này|với|một|cho|không|đã|là|việc|nhân|dân|"
                          r"năm|tại|quốc|về|có|để|an ninh)(?!\w)", re.I)
MIN_WORDS = 5
# Latin-1 glyphs that legacy fonts reuse for Vietnamese letters (absent from ordinary Unicode Vietnamese).
LATIN1_GLYPHS = re.compile(r"[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df"
                           r"\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]")


def _rows(name: str) -> list[tuple[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


@cache
def tcvn3_table() -> dict[str, str]:
    """TCVN3 glyph (as a cp1252 page shows it) -> Unicode letter."""
    return {bytes([int(code, 16)]).decode("cp1252"): letter for letter, code in _rows("tcvn3.tsv")}


@cache
def vni_table() -> tuple[dict[str, str], re.Pattern[str]]:
    """VNI glyph sequence -> Unicode letter, and a longest-first pattern over the sequences."""
    table = {seq: letter for letter, seq in _rows("vni.tsv")}
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))
    return table, pattern


def from_tcvn3(text: str) -> str:
    """Unicode NFC text from TCVN3 glyphs."""
    table = tcvn3_table()
    return unicodedata.normalize("NFC", "".join(table.get(ch, ch) for ch in text))


def from_vni(text: str) -> str:
    """Unicode NFC text from VNI glyph sequences."""
    table, pattern = vni_table()
    return unicodedata.normalize("NFC", pattern.sub(lambda m: table[m.group(0)], text))


def to_legacy(text: str, encoding: str) -> bytes:
    """Encode NFC Vietnamese as a TCVN3 or VNI page would hold it (for tests and replicas)."""
    if encoding == "tcvn3":
        table = {letter: bytes([int(code, 16)]) for letter, code in _rows("tcvn3.tsv")}
        folded = {**table, **{k.upper(): v for k, v in table.items() if k.upper() not in table}}
        return b"".join(folded.get(ch) or ch.encode("cp1252") for ch in unicodedata.normalize("NFC", text))
    table = {letter: seq for letter, seq in _rows("vni.tsv")}
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode("cp1252")


def font_hint(body: bytes) -> str | None:
    """'tcvn3' or 'vni' when the page names such a font, else None."""
    head = body[:200_000].lower()  # bytes: ASCII letters only, as re.I on a bytes pattern
    return next((name for name, pattern in FONT_HINTS.items() if pattern.search(head)), None)


def repair_legacy(glyphs: str, decoded: str, hint: str | None = None) -> tuple[str, str] | None:
    """(converted text, encoding) when TCVN3 or VNI conversion clearly yields Vietnamese, else None.

    ``glyphs`` is the page as cp1252 (or UTF-8) glyphs, ``decoded`` the page as normally decoded.
    """
    baseline = len(COMMON_WORDS.findall(decoded))
    candidates = [hint] if hint else ["tcvn3", "vni"]
    best = None
    for name in candidates:
        converted = from_tcvn3(glyphs) if name == "tcvn3" else from_vni(glyphs)
        score = len(COMMON_WORDS.findall(converted))
        if score >= max(MIN_WORDS, 2 * baseline + 1) and (best is None or score > best[0]):
            best = (score, converted, name)
    return (best[1], best[2]) if best else None
