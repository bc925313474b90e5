"""Text keys are made in one place (extract/keys.py); the warehouse's SQL macros agree with it on real names.

Python computes the keys stored with every row (models.canonical_key, officials.person_key); the SQL
macros fold what a user types at query time (``fold_vi($name)``) and backfilled older rows (migration 003).
Both must give the same key for every name the project meets, or a stored row would not be found.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import warehouse
from extract.keys import canonical_model_key, fold, fold_chars, person_key
from extract.places import gazetteer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "extract" / "data"
TRICKY = ["Hoà Bình", "HÒA BÌNH", "Uỷ ban", "ĐẮK NÔNG", "Đắk\u00a0Nông", "  Tô   Lâm ", "Hòm thư ANTT 4.0",
          "“Camera an ninh”", "Tiêủ học an toàn", "xã, phường, thị trấn không có ma tuý", "Nguyễn Văn A.",
          "tổ tự quản (số 1)", "Quý", "ngõ 5/12", "Ê-đê", "Mường", "H'Mông", "Bà Rịa – Vũng Tàu"]


def corpus() -> list[str]:
    names = set(TRICKY)
    for path in (ROOT / "tests" / "fixtures" / "gold").glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        names.update(m["name"] for m in gold["models"])
        names.update(o["name"] for o in gold["officials"])
        names.update(t for o in gold["officials"] for t in o.get("titles") or ())
    for name in ("titles.txt", "organisations.txt", "ranks.txt", "surnames.txt", "model_triggers.txt"):
        names.update(line.strip() for line in (DATA / name).read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
    names.update(u.name for u in gazetteer().units.values())
    return sorted(names)


@pytest.fixture(scope="module")
def sql_keys() -> dict[str, tuple]:
    con = warehouse.connect(":memory:")
    names = corpus()
    con.execute("CREATE TEMP TABLE names (name VARCHAR)")
    con.executemany("INSERT INTO names VALUES (?)", [(n,) for n in names])
    rows = con.execute("SELECT name, fold_vi(name), model_key_of(name), fold_keep(name) FROM names").fetchall()
    con.close()
    return {name: rest for name, *rest in rows}


def test_the_corpus_is_large(sql_keys) -> None:
    assert len(sql_keys) > 10_000


@pytest.mark.parametrize("python, column", [(person_key, 0), (fold, 0), (canonical_model_key, 1), (fold_chars, 2)],
                         ids=["person_key~fold_vi", "fold~fold_vi", "canonical_model_key~model_key_of",
                              "fold_chars~fold_keep"])
def test_python_and_sql_make_the_same_key(sql_keys, python, column: int) -> None:
    differ = {name: (python(name), keys[column]) for name, keys in sql_keys.items() if python(name) != keys[column]}
    assert not differ, list(differ.items())[:10]


def test_fold_chars_keeps_offsets() -> None:
    for name in corpus():
        assert len(fold_chars(name)) == len(name), name
