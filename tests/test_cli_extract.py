"""`tinmine extract` honours its contract: one JSON object per file per line, gold field names plus offsets."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import SEEDS
from tinmine.cli import app

RUNNER = CliRunner()
ITEM_FIELDS = {
    "dates": {"text", "value", "precision", "start", "end"},
    "figures": {"text", "value", "unit", "kind", "approx", "start", "end"},
    "models": {"name", "start", "end", "text"},
    "officials": {"name", "rank", "titles", "start", "end", "text"},
}
SAMPLE_PAGE = next((Path(__file__).resolve().parents[1] / "crawler" / "sample_site" / "site").rglob("*a1004.html"))


def run(*args: str):
    return RUNNER.invoke(app, ["extract", *args])


def test_json_lines_per_file_with_offsets_into_the_text() -> None:
    files = sorted(SEEDS.glob("*.txt"))[:3]
    result = run(*map(str, files), "--reference-date", "2023-06-09")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [o["article"] for o in lines] == [f.stem for f in files]
    for obj, path in zip(lines, files, strict=True):
        text = path.read_text(encoding="utf-8")
        for field, required in ITEM_FIELDS.items():
            for item in obj[field]:
                assert required <= item.keys(), (field, item)
                assert text[item["start"]:item["end"]] == item["text"]


def test_nfd_input_offsets_point_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", "Ngày 30/5, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, dự hội nghị "
                                                 "cùng 2.500 đoàn viên."), encoding="utf-8")
    result = run(str(path), "--reference-date", "2023-06-01")
    obj = json.loads(result.stdout)
    source = path.read_text(encoding="utf-8")
    assert obj["officials"][0]["name"] == "Tô Lâm" and obj["figures"][0]["value"] == 2500
    for item in obj["dates"] + obj["figures"] + obj["officials"]:
        assert unicodedata.normalize("NFC", source[item["start"]:item["end"]]) == \
            unicodedata.normalize("NFC", item["text"])


def test_html_file_is_read_through_the_page_parser() -> None:
    result = run(str(SAMPLE_PAGE), "--reference-date", "2013-07-31")
    obj = json.loads(result.stdout)
    assert any(o["name"] == "Trần Đại Quang" for o in obj["officials"])
    assert all("Tìm kiếm" not in o["text"] for o in obj["officials"])


def test_bad_inputs_give_clear_errors(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Hội nghị".encode("utf-16"))
    result = run(str(latin))
    assert result.exit_code == 1 and "not UTF-8 text" in " ".join(result.output.split())
    assert run(str(SEEDS / "000_b14839577600d7b8.txt"), "--reference-date", "30/5/2023").exit_code != 0
    assert run(str(SEEDS / "000_b14839577600d7b8.txt"), "--format", "xml").exit_code != 0


def test_table_format() -> None:
    result = run(str(SEEDS / "002_361dfef9dc19900e.txt"), "--format", "table", "--reference-date", "2023-05-30")
    assert result.exit_code == 0 and "17.429" in result.stdout and "figure" in result.stdout


def test_standard_input_is_read_with_a_dash() -> None:
    text = (SEEDS / "002_361dfef9dc19900e.txt").read_text(encoding="utf-8")
    from_stdin = RUNNER.invoke(app, ["extract", "-", "--reference-date", "2023-05-30"], input=text)
    from_file = run(str(SEEDS / "002_361dfef9dc19900e.txt"), "--reference-date", "2023-05-30")
    assert from_stdin.exit_code == 0, from_stdin.output
    by_stdin, by_file = json.loads(from_stdin.stdout), json.loads(from_file.stdout)
    assert by_stdin["article"] == "stdin"
    assert {k: v for k, v in by_stdin.items() if k != "article"} == {k: v for k, v in by_file.items() if k != "article"}


def test_a_missing_file_is_skipped_in_one_line(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and result.output.strip().startswith("skipped ") and "No such file" in result.output
