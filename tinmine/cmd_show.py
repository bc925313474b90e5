"""`tinmine show`: an article with its extractions highlighted, from a file or from the warehouse."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from extract import extract_all
from extract.errors import ConfigError
from tinmine.app import app, console
from tinmine.cmd_extract import STDIN, read_article_text
from tinmine.display import markup_safe
from tinmine.options import DbOption, open_warehouse
from warehouse.outputs import check_output, write_output
from warehouse.review import (
    Mark,
    default_name,
    extraction_marks,
    is_path_like,
    lexicon_marks,
    render_review,
    stored_article,
)


def default_out(file: Path) -> Path:
    """Where `show FILE` writes by default: NAME.show.html beside the file (never the file itself)."""
    return file.with_name(f"{file.stem}.show.html")


def _lexicon(text: str) -> list[Mark]:
    # lazy: spaCy and underthesea take seconds to load; only the lexicon view needs the span layer
    from extract.spans import LEXICON_KEY, build_doc

    doc = build_doc(text)
    return lexicon_marks((s.start_char, s.end_char, s.label_, s.id_ or s.text) for s in doc.spans[LEXICON_KEY])


@app.command()
def show(
    target: Annotated[str, typer.Argument(
        help="A text or HTML file, or a stored article's id or URL (tinmine search lists ids).")],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="HTML file to write (default NAME.show.html beside FILE, or ARTICLE_ID.show.html).")] = None,
    reference_date: Annotated[str | None, typer.Option(
        "--reference-date", help="Publication date YYYY-MM-DD (for a file).")] = None,
    lexicon: Annotated[bool, typer.Option("--lexicon", help="Highlight lexicon hits (ranks, titles) instead.")] = False,
    db: DbOption = None,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Write over an existing file tinmine did not write.")] = False,
) -> None:
    """Render a stored article (by id or URL) or a file as HTML, every extraction highlighted.

    For review: a legend, and on hover the value read (the resolved date, the number and unit with its
    indicator, place and period, the official's rank and titles).

    A stored article shows what the crawl stored; a file is extracted now. An existing --out is
    replaced only if tinmine wrote it (or with --overwrite); never the input.

    Examples: [bold]tinmine show 087ab4765a114ac9[/]   [bold]tinmine show https://cand.com.vn/...[/]
    [bold]tinmine show article.txt --reference-date 2023-05-30[/]
    """
    if is_path_like(target) or target == "-":
        file = Path(target)
        if target != "-" and not file.is_file():
            raise ConfigError(f"{target}: no such file (give a file, or a stored article's id or URL)")
        out = out or (Path("stdin.show.html") if file == STDIN else default_out(file))
        check_output(out, inputs=[file] if file != STDIN else [], overwrite=overwrite)
        try:
            ref = date.fromisoformat(reference_date) if reference_date else None
        except ValueError as exc:
            raise ConfigError(f"--reference-date {reference_date!r}: expected YYYY-MM-DD") from exc
        try:
            text = read_article_text(file)
        except (typer.BadParameter, ValueError) as exc:
            raise ConfigError(f"{target}: {exc}") from exc
        marks = _lexicon(text) if lexicon else extraction_marks(extract_all(text, reference=ref))
        html = render_review(text, marks, title=file.stem if file != STDIN else "stdin", lexicon=lexicon,
                             meta={"source": str(file)})
        inputs = [file] if file != STDIN else []
    else:
        with open_warehouse(db, sandbox=False) as con:
            article, marks = stored_article(con, target)
        out = out or Path(default_name(article))
        inputs = [db] if db else []
        check_output(out, inputs=inputs, overwrite=overwrite)
        text = article["text"]
        if lexicon:
            marks = _lexicon(text)
        published = article["published_at"].strftime("%Y-%m-%d %H:%M") if article["published_at"] else None
        html = render_review(text, marks, title=article["title"] or article["url"], lexicon=lexicon, meta={
            "outlet": article["outlet_name"], "published": published, "url": article["url"],
            "article_id": article["article_id"], "status": article["status"]})
    write_output(out, html, inputs=inputs, overwrite=overwrite)
    counts: dict[str, int] = {}
    for mark in marks:
        counts[mark.kind] = counts.get(mark.kind, 0) + 1
    console.print(f"wrote {markup_safe(out)}: " + (", ".join(f"{v} {k.lower()}" for k, v in sorted(counts.items()))
                                                   or "nothing highlighted"), soft_wrap=True)  # a path is never wrapped
