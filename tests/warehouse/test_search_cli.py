"""`tinmine search` (issue 13): kept articles by default, --status/--outlet/--since/--until, snippets
with the match highlighted, and "no results" said."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.warehouse.helpers import make_article, seed_text
from tinmine.app import app
from warehouse.search import highlights, trim_snippet

runner = CliRunner()
MARATHON = ("Giải chạy marathon quốc tế thu hút hơn 10.000 vận động viên. Các tổ tự quản khu phố và tổ "
            "dân phố hỗ trợ giữ trật tự dọc đường chạy.")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Two kept campaign articles (cand 2023, qdnd 2013) and an off-topic marathon page naming tổ tự quản."""
    path = tmp_path_factory.mktemp("search") / "w.duckdb"
    con = warehouse.connect(path)
    text = seed_text()
    warehouse.store_article(con, make_article(text, url="https://cand.com.vn/a-1.html"))
    warehouse.store_article(con, make_article(text + " Bản năm 2013.", url="https://qdnd.vn/b-2.html", outlet="qdnd",
                                              published_at=datetime(2013, 8, 19, 9, 0)))
    warehouse.store_article(con, make_article(MARATHON, url="https://cand.com.vn/the-thao/marathon.html",
                                              title="Giải chạy marathon quốc tế", status="offtopic", relevance=0.1))
    con.close()
    return path


def search(db: Path, *args: str):
    result = runner.invoke(app, ["search", *args, "--db", str(db)], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result


def found(db: Path, *args: str) -> list[dict]:
    return [json.loads(line) for line in search(db, *args, "-f", "json").stdout.splitlines() if line.strip()]


def test_kept_articles_by_default(db: Path) -> None:
    hits = found(db, "tổ tự quản")
    assert hits and all(h["status"] == "kept" for h in hits)
    assert "marathon" not in " ".join(h["title"] for h in hits)
    every = found(db, "tổ tự quản", "--status", "all")
    assert {h["status"] for h in every} == {"kept", "offtopic"}
    assert [h["title"] for h in found(db, "marathon", "--status", "offtopic")] == ["Giải chạy marathon quốc tế"]


def test_outlet_and_dates_filter(db: Path) -> None:
    assert {h["outlet"] for h in found(db, "an ninh", "--outlet", "qdnd")} == {"qdnd"}
    assert {h["outlet"] for h in found(db, "an ninh", "--outlet", "qdnd", "--outlet", "cand")} == {"qdnd", "cand"}
    assert {h["outlet"] for h in found(db, "an ninh", "--until", "2013-08-19")} == {"qdnd"}  # the day included
    assert {h["outlet"] for h in found(db, "an ninh", "--since", "2013-08-20")} == {"cand"}


def test_snippet_highlights_the_phrase_accent_insensitive(db: Path) -> None:
    for q in ("tổ tự quản", "to tu quan"):
        hit = found(db, q, "--status", "offtopic")[0]
        spans = [hit["snippet"][s:e] for s, e in hit["highlights"]]
        assert spans == ["tổ tự quản"], hit
    table = search(db, "to tu quan", "--status", "all").stdout
    assert "Giải chạy marathon quốc tế" in table and "off-topic" in table and "tổ tự quản" in table


def test_no_results_is_said(db: Path) -> None:
    result = search(db, "marathon")
    assert result.stdout.strip() == ("no results for “marathon” among kept articles; --status all searches "
                                     "off-topic pages too")
    assert search(db, "marathon", "-f", "json").stdout == ""


@pytest.mark.parametrize("args, said", [
    (["--outlet", "vnexpress"], "no article of outlet 'vnexpress' in the warehouse (outlets: "),
    (["--status", "deleted"], "--status 'deleted': choose one of kept, offtopic, all"),
    (["--since", "19/8/2023"], "--since '19/8/2023': expected a date YYYY-MM-DD"),
])
def test_mistakes_are_one_line(db: Path, args: list[str], said: str) -> None:
    result = runner.invoke(app, ["search", "an ninh", *args, "--db", str(db)])
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and said in lines[0], result.output


def test_highlights_fall_back_to_words_and_snippets_cut_at_words() -> None:
    text = "Tổ liên gia và nhóm tự quản; tổ tự quản"
    assert [text[s:e] for s, e in highlights(text, "to tu quan")] == ["tổ tự quản"]
    words = "Tổ liên gia, nhóm tự quản"
    assert [words[s:e] for s, e in highlights(words, "tổ tự quản")] == ["Tổ", "tự", "quản"]
    assert trim_snippet("ừa qua, lực lượng\ncông an đã phối hợp", False, False) == "…qua, lực lượng công an đã phối…"
    assert trim_snippet("Vừa qua, lực lượng", True, True) == "Vừa qua, lực lượng"
