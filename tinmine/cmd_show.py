"""`tinmine show`: an article rendered with displaCy, every extraction highlighted."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from tinmine.app import app, console


@app.command()
def show(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Text or HTML article."),
    out: Path = typer.Option(None, "--out", "-o", help="HTML file to write (default FILE stem + .html)."),
    reference_date: str = typer.Option(None, "--reference-date", help="Publication date YYYY-MM-DD."),
    lexicon: bool = typer.Option(False, "--lexicon", help="Highlight lexicon hits (ranks, titles) instead."),
) -> None:
    """Render an article as HTML with dates, figures, models and officials highlighted, for review.

    Example: [bold]tinmine show article.txt --out page.html[/] then open page.html in a browser.
    """
    from extract.spans import SPAN_KEY, build_doc, render_html
    from tinmine.cmd_extract import read_article_text

    ref = date.fromisoformat(reference_date) if reference_date else None
    doc = build_doc(read_article_text(file), reference=ref)
    out = out or file.with_suffix(".html")
    out.write_text(render_html(doc, title=file.stem, lexicon=lexicon), encoding="utf-8")
    counts: dict[str, int] = {}
    for span in doc.spans[SPAN_KEY]:
        counts[span.label_] = counts.get(span.label_, 0) + 1
    console.print(f"wrote {out}: " + ", ".join(f"{v} {k.lower()}" for k, v in sorted(counts.items())))
