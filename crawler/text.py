"""Body-text clean-up: NFC, whitespace, and the boilerplate lines listed in data/boilerplate.yaml."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
BLANK_LINES = re.compile(r"\n{3,}")
VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


@cache
def boilerplate() -> tuple[frozenset[str], tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """(lines to drop, prefixes that end the body, line patterns to drop) from data/boilerplate.yaml."""
    data = yaml.safe_load((DATA / "boilerplate.yaml").read_text(encoding="utf-8"))
    return (frozenset(s.casefold() for s in data["drop_lines"]),
            tuple(s.casefold() for s in data["cut_from"]),
            tuple(re.compile(p, re.I) for p in data["drop_patterns"]))


def clean_text(text: str) -> str:
    """NFC text, one paragraph a line, without share bars, captions, related-link trailers."""
    drop, cut_from, patterns = boilerplate()
    out: list[str] = []
    for raw in unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = SPACES.sub(" ", raw).strip()
        folded = line.casefold()
        if out and len(line) < 60 and folded.startswith(cut_from):
            break
        if folded in drop or any(p.match(line) for p in patterns):
            continue
        out.append(line)
    return BLANK_LINES.sub("\n\n", "\n".join(out)).strip()


def content_hash(text: str) -> str:
    """sha1 hex of the text with whitespace collapsed and case folded (the exact-duplicate key)."""
    norm = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def looks_vietnamese(text: str) -> bool:
    """True when Vietnamese-only letters make up a fair share of the text."""
    head = text[:5000]
    letters = sum(map(str.isalpha, head)) or 1  # map over the C method: a third of a generator's time
    return len(VI_LETTERS.findall(head)) / letters > 0.03
