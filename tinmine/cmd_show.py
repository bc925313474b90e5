"""`tinmine show`: an article rendered with displaCy, every extraction highlighted."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from tinmine.app import app, console
from tinmine.cmd_extract import read_article_text
from tinmine.display import markup_safe
from warehouse.outputs import check_output, generator_meta, write_output


def default_out(file: Path) -> Path:
    """Where `show FILE` writes by default: NAME.show.html beside the file (never the file itself)."""
    return file.with_name(f"{file.stem}.show.html")


@app.command()
def show(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Text or HTML article."),
    out: Path = typer.Option(None, "--out", "-o", help="HTML file to write (default NAME.show.html beside FILE)."),
    reference_date: str = typer.Option(None, "--reference-date", help="Publication date YYYY-MM-DD."),
    lexicon: bool = typer.Option(False, "--lexicon", help="Highlight lexicon hits (ranks, titles) instead."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Write over an existing file tinmine did not write."),
) -> None:
    """Render an article as HTML with dates, figures, models and officials highlighted, for review.

    An existing --out is replaced only if tinmine wrote it (or with --overwrite); never FILE itself.

    Example: [bold]tinmine show article.txt[/] writes article.show.html; open it in a browser.
    """
    # lazy: spaCy and underthesea take seconds to load; only this command needs the span layer
    from extract.spans import SPAN_KEY, build_doc, render_html

    out = out or default_out(file)
    check_output(out, inputs=[file], overwrite=overwrite)
    ref = date.fromisoformat(reference_date) if reference_date else None
    doc = build_doc(read_article_text(file), reference=ref)
    html = render_html(doc, title=file.stem, lexicon=lexicon).replace("<head>", "<head>" + generator_meta("show"), 1)
    write_output(out, html, inputs=[file], overwrite=overwrite)
    counts: dict[str, int] = {}
    for span in doc.spans[SPAN_KEY]:
        counts[span.label_] = counts.get(span.label_, 0) + 1
    console.print(f"wrote {markup_safe(out)}: " + ", ".join(f"{v} {k.lower()}" for k, v in sorted(counts.items())))
