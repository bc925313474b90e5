"""Query output keeps DuckDB's types (issue 13): strict JSON, lists as arrays, integers as integers, ISO
dates, null never NaN; tables fit 80 and 120 columns, cut with … and naming the columns left out;
--format line; --limit 0 means all; an empty result says "0 rows"; SQL from a file or stdin."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.report_fixtures import demo_db  # noqa: F401  (fixture)
from tinmine.app import app
from tinmine.output import Rows, fit_columns, print_rows

runner = CliRunner()

# Parameters for the named queries that need some (the demo warehouse holds these).
NAMED_PARAMS = {
    "figures_by_place": ["--param", "indicator=mo_hinh", "--param", "level=province"],
    "indicator_series": ["--param", "indicator=mo_hinh"],
    "search": ["--param", "q=bảo vệ an ninh"],
}
TYPED_SQL = ("SELECT 5 AS n, CAST(NULL AS BIGINT) AS none_int, 'nan'::DOUBLE AS not_a_number, 'inf'::DOUBLE AS inf, "
             "2.5 AS half, DATE '2013-07-01' AS day, TIMESTAMP '2023-06-09 16:30:00' AS at, "
             "['Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an'] AS titles, {'start': 1, 'end': 3} AS span, "
             "MAP {'a': 1} AS m, INTERVAL 3 DAY AS gap, 12::HUGEINT AS big, 1.50::DECIMAL(10, 2) AS price, true AS ok")


def reject(constant: str) -> None:
    raise ValueError(f"not strict JSON: {constant}")


def strict_lines(text: str) -> list[dict]:
    """Every line parsed as strict JSON (NaN, Infinity refused)."""
    return [json.loads(line, parse_constant=reject) for line in text.splitlines() if line.strip()]


def run(db: Path, *args: str, columns: int = 120, stdin: str | None = None):
    result = runner.invoke(app, [*args, "--db", str(db)], env={"COLUMNS": str(columns)}, input=stdin)
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("name", warehouse.query_names())
def test_every_named_query_prints_strict_json(demo_db, name):  # noqa: F811
    result = run(demo_db, "query", "--name", name, "--format", "json", *NAMED_PARAMS.get(name, []))
    rows = strict_lines(result.stdout)
    assert "NaN" not in result.stdout
    for row in rows:
        for value in row.values():
            assert not (isinstance(value, str) and value.startswith("[") and value.endswith("]")), row
            assert not isinstance(value, float) or value == value
    if name in ("officials", "top_models", "coverage_by_month", "search", "indicator_series",
                "figures_by_place"):
        assert rows, f"{name} returned nothing on the demo warehouse"


def test_officials_titles_are_arrays_counts_integers_dates_iso(demo_db):  # noqa: F811
    rows = strict_lines(run(demo_db, "query", "--name", "officials", "-f", "json").stdout)
    to_lam = next(r for r in rows if r["name"] == "Tô Lâm")
    assert isinstance(to_lam["latest_titles"], list) and "Bộ trưởng Bộ Công an" in to_lam["latest_titles"]
    assert isinstance(to_lam["articles"], int) and not isinstance(to_lam["articles"], bool)
    assert to_lam["first_seen"] == "2023-10-17"  # a DATE, not a midnight timestamp
    assert any(r["latest_rank"] is None for r in rows)  # null, never NaN


def test_types_survive_json_and_csv(demo_db):  # noqa: F811
    row = strict_lines(run(demo_db, "query", TYPED_SQL, "-f", "json").stdout)[0]
    assert row == {"n": 5, "none_int": None, "not_a_number": None, "inf": None, "half": 2.5, "day": "2013-07-01",
                   "at": "2023-06-09T16:30:00", "titles": ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"],
                   "span": {"start": 1, "end": 3}, "m": {"a": 1}, "gap": "P3D", "big": 12, "price": 1.5, "ok": True}
    text = run(demo_db, "query", TYPED_SQL, "-f", "csv").stdout
    header, values = list(csv.reader(io.StringIO(text)))
    got = dict(zip(header, values, strict=True))
    assert got["n"] == "5" and got["none_int"] == "" and got["not_a_number"] == "" and got["day"] == "2013-07-01"
    assert json.loads(got["titles"]) == ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"]
    assert json.loads(got["span"]) == {"start": 1, "end": 3} and got["ok"] == "true"


@pytest.mark.parametrize("columns", [80, 120])
def test_wide_relation_fits_the_terminal(demo_db, columns):  # noqa: F811
    out = run(demo_db, "query", "SELECT * FROM figure_facts", "--limit", "3", columns=columns).stdout
    lines = out.splitlines()
    table = [ln for ln in lines if ln[:1] in "┌│├└"]
    assert len(table) == 3 + 4  # top, header, rule, 3 rows, bottom: one line each
    assert all(cell_len(ln) <= columns for ln in lines), [cell_len(ln) for ln in lines]  # the note too
    assert "…" in out  # cells cut, not wrapped
    note = " ".join(lines[len(table):])
    assert note.startswith("3 of ") and "more columns not shown" in note and "--format line" in note


def test_line_format_shows_every_column(demo_db):  # noqa: F811
    out = run(demo_db, "query", "SELECT * FROM figure_facts ORDER BY article_id, start", "-f", "line", "-l", "2",
              columns=80).stdout
    records = out.strip().split("\n\n")
    assert len(records) == 2
    names = [ln.split(":", 1)[0].strip() for ln in records[0].splitlines()]
    assert names[:3] == ["indicator", "indicator_key", "indicator_label"] and "sentence_text" in names
    assert "extractor_version" in names


def test_limit_zero_means_all_and_empty_says_zero_rows(demo_db):  # noqa: F811
    sql = "SELECT range AS i FROM range(120)"
    out = run(demo_db, "query", sql, "--limit", "0").stdout
    assert out.splitlines()[-1] == "120 rows" and "│ 119 │" in out
    old = run(demo_db, "query", sql, "--max-rows", "0").stdout  # the old spelling
    assert old == out
    assert run(demo_db, "query", sql).stdout.splitlines()[-1] == "50 of 120 rows shown (--limit 0 for all)"
    assert len(run(demo_db, "query", sql, "-f", "csv").stdout.splitlines()) == 121  # csv and json: all rows
    empty = run(demo_db, "query", "SELECT title FROM articles WHERE false").stdout
    assert empty.strip() == "0 rows (columns: title)"
    assert run(demo_db, "query", "SELECT title FROM articles WHERE false", "-f", "csv").stdout == "title\n"
    assert run(demo_db, "query", "SELECT title FROM articles WHERE false", "-f", "json").stdout == ""


def test_sql_from_a_file_or_stdin(demo_db, tmp_path):  # noqa: F811
    sql = tmp_path / "q.sql"
    sql.write_text("-- how many\nSELECT count(*) AS n FROM articles;\n", encoding="utf-8")
    by_file = strict_lines(run(demo_db, "query", "--file", str(sql), "-f", "json").stdout)
    by_stdin = strict_lines(run(demo_db, "query", "-", "-f", "json", stdin=sql.read_text()).stdout)
    by_file_stdin = strict_lines(run(demo_db, "query", "--file", "-", "-f", "json", stdin=sql.read_text()).stdout)
    assert by_file == by_stdin == by_file_stdin == [{"n": 5}]


def test_fit_columns_keeps_numbers_whole_and_drops_from_the_right():
    names = ["title", "n", "published", "text"]
    types = ["VARCHAR", "BIGINT", "DATE", "VARCHAR"]
    records = [["Một tiêu đề rất dài " * 4, "123456", "2023-06-09", "x" * 300]]
    widths, kept = fit_columns(names, types, records, 40)
    assert kept == [0, 1, 2] and widths[1] == 6 and widths[2] == 10
    assert 1 + sum(widths[i] + 3 for i in kept) <= 40


def test_rows_made_in_python_print_in_every_format():
    rows = lambda: Rows.from_records(["name", "n"], [["Tô Lâm", 3]], ["VARCHAR", "BIGINT"])  # noqa: E731
    out = io.StringIO()
    print_rows(rows(), "json", out=out)
    assert strict_lines(out.getvalue()) == [{"name": "Tô Lâm", "n": 3}]
    out = io.StringIO()
    print_rows(rows(), "line", out=out)
    assert out.getvalue() == "name: Tô Lâm\n   n: 3\n"
