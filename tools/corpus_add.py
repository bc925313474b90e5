"""Add annotated articles to the real-article corpus, each into its split by the corpus's fixed rule.

    python tools/corpus_add.py STAGING_DIR   # STAGING_DIR/texts/*.txt and STAGING_DIR/gold/*.gold.json

The rule (tests/fixtures/corpus/README.md): an article is blind when the SHA-1 of its stem, read as
an integer, is divisible by 3; dev otherwise. It depends on the stem alone, so adding articles never
moves one already placed.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"


def split_of(stem: str) -> str:
    """'blind' or 'dev'."""
    return "blind" if int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def main(staging: Path) -> None:
    for gold in sorted((staging / "gold").glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        split = split_of(stem)
        for sub, name in (("texts", f"{stem}.txt"), ("gold", gold.name)):
            target = CORPUS / split / sub / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copyfile(staging / sub / name, target)
                print(f"{split}: {name}")


SOURCES_HEAD = """# Sources of the real-article corpus

One row per article, generated from each gold file's `meta` by `tools/corpus_add.py` (do not edit
the table by hand). `repository`/`commit`/`path` locate the text in a public repository; rows whose
repository is `pages` were taken from the stored public web page at `path` (the search tool's page
corpus, which keeps the first ~2,000 characters of a page: such texts stop at the last complete
sentence, as `taken` says). Licences are the repositories' own; "none stated" where a repository
has none. How each text was taken and cut is in `taken`; annotation decisions in DECISIONS.md.

| split | stem | outlet | kind | topic | published | repository | commit | path | licence | taken |
|---|---|---|---|---|---|---|---|---|---|---|
"""


def write_sources() -> None:
    """Regenerate SOURCES.md from the gold files' meta."""
    rows = []
    for gold in sorted(CORPUS.glob("*/gold/*.gold.json")):
        meta = json.loads(gold.read_text(encoding="utf-8")).get("meta", {})
        cells = [gold.parent.parent.name, gold.name.removesuffix(".gold.json"), meta.get("outlet"),
                 meta.get("source_kind"), meta.get("topic"), meta.get("published"), meta.get("repository") or "pages",
                 (meta.get("commit") or "")[:12], meta.get("path"), meta.get("licence"), meta.get("taken")]
        rows.append("| " + " | ".join(str(c or "").replace("|", "/").replace("\n", " ") for c in cells) + " |")
    (CORPUS / "SOURCES.md").write_text(SOURCES_HEAD + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    write_sources()
