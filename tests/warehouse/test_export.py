"""`tinmine export` for people with spreadsheets (issue 13): one file per table by default, xlsx that
openpyxl opens with a sheet per table, CSV with a UTF-8 byte-order mark for Excel, figure rows that
carry the URL, title, outlet and sentence, lists as JSON text."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.warehouse.helpers import seeded_warehouse
from tinmine.app import app
from warehouse.export import BOM, MARKER, export_tables

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return seeded_warehouse(tmp_path / "w.duckdb")


def export(db: Path, *args: str):
    result = runner.invoke(app, ["export", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def test_one_file_per_table_by_default(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export(db, "--out", str(out), "--format", "csv")
    names = {t.name for t in export_tables()}
    assert {p.name for p in out.iterdir()} == {f"{n}.csv" for n in names} | {MARKER}
    assert "figures" in names and "figure_facts" in names and "person_pairs" not in names


def test_figure_rows_carry_url_title_outlet_and_sentence(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export(db, "--out", str(out), "--format", "csv")
    with (out / "figures.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["url"].startswith("https://cand.com.vn/") and r["outlet"] == "cand" and r["title"]
                        for r in rows)
    assert all(r["text"] in r["sentence_text"] for r in rows if r["sentence_text"])
    assert sum(bool(r["sentence_text"]) for r in rows) == len(rows)
    with (out / "officials.csv").open(encoding="utf-8", newline="") as fh:
        official = next(csv.DictReader(fh))
    assert isinstance(json.loads(official["titles"]), list)  # a JSON array, not DuckDB's [a, b]
    assert isinstance(json.loads(official["mentions"])[0]["start"], int)


def test_excel_csv_starts_with_a_byte_order_mark(db: Path, tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain", tmp_path / "excel"
    export(db, "--out", str(plain), "--format", "csv")
    export(db, "--out", str(excel), "--format", "csv", "--excel")
    for table in ("figures.csv", "articles.csv", "places.csv"):
        assert not (plain / table).read_bytes().startswith(BOM)
        assert (excel / table).read_bytes() == BOM + (plain / table).read_bytes()
    with (excel / "figures.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh))[0] == "article_id"


def test_xlsx_opens_with_openpyxl_a_sheet_per_table(db: Path, tmp_path: Path) -> None:
    book_path = tmp_path / "tinmine-figures.xlsx"
    export(db, "--out", str(book_path))  # the .xlsx name picks the format
    book = openpyxl.load_workbook(book_path, read_only=True)
    assert book.sheetnames == ["contents", *(t.name for t in export_tables())]
    rows = list(book["figures"].iter_rows(values_only=True))
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert {"url", "title", "outlet", "sentence_text", "value", "unit"} <= set(header)
    assert first["url"].startswith("https://cand.com.vn/") and first["text"] in first["sentence_text"]
    assert isinstance(first["value"], (int, float))
    contents = {r[0]: r[1] for r in list(book["contents"].iter_rows(values_only=True))[1:]}
    con = warehouse.connect(db, read_only=True)
    assert contents["figures"] == con.execute("SELECT count(*) FROM figures").fetchone()[0] == len(rows) - 1
    con.close()
    officials = list(book["officials"].iter_rows(values_only=True))
    titles = officials[1][officials[0].index("titles")]
    assert isinstance(json.loads(titles), list)
    book.close()


def test_xlsx_into_a_folder_and_again(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export(db, "--out", str(out), "--format", "xlsx")
    export(db, "--out", str(out), "--format", "xlsx")
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "tinmine.xlsx"]
    openpyxl.load_workbook(out / "tinmine.xlsx", read_only=True).close()


def test_xlsx_file_is_replaced_only_if_tinmine_wrote_it(db: Path, tmp_path: Path) -> None:
    mine = tmp_path / "budget.xlsx"
    mine.write_bytes(b"someone's spreadsheet")
    result = runner.invoke(app, ["export", "--out", str(mine), "--db", str(db)])
    assert result.exit_code == 1 and "tinmine did not write it" in result.output
    assert mine.read_bytes() == b"someone's spreadsheet"
    ours = tmp_path / "ours.xlsx"
    export(db, "--out", str(ours))
    export(db, "--out", str(ours))  # tinmine's own workbook: replaced


def test_a_new_layout_replaces_the_last_exports_files(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export(db, "--out", str(out), "--format", "parquet", "--by-year")
    export(db, "--out", str(out), "--format", "csv")
    assert not list(out.rglob("*.parquet")) and not (out / "figures").exists()
    assert (out / "figures.csv").is_file()


@pytest.mark.parametrize("args, said", [
    (["--format", "xlsx", "--by-year"], "--by-year"),
    (["--format", "parquet", "--excel"], "--excel is for --format csv"),
    (["--format", "ods"], "--format 'ods'"),
])
def test_option_mistakes_are_one_line(db: Path, tmp_path: Path, args: list[str], said: str) -> None:
    result = runner.invoke(app, ["export", "--out", str(tmp_path / "x"), *args, "--db", str(db)])
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and said in lines[0], result.output
