"""Campaign relevance: the seeds pass, sport/weather/economy do not."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crawler.items import ArticleItem
from pipelines.relevance import RelevancePipeline, Topic

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OFFTOPIC = Path(__file__).resolve().parents[2] / "tools" / "sites" / "offtopic.yaml"
TOPIC = Topic.load()


@pytest.mark.parametrize("seed", sorted(p.name for p in (FIXTURES / "seeds").glob("*.txt")))
def test_seed_articles_are_on_topic(seed: str) -> None:
    score, reason = TOPIC.score((FIXTURES / "seeds" / seed).read_text(encoding="utf-8"))
    assert score >= TOPIC.threshold and "×" in reason


@pytest.mark.parametrize("article", yaml.safe_load(OFFTOPIC.read_text(encoding="utf-8")), ids=lambda a: a["slug"][:30])
def test_offtopic_articles_score_low(article: dict) -> None:
    score, _ = TOPIC.score("\n".join(article["body"]), article["title"])
    assert score < TOPIC.threshold


@pytest.mark.parametrize("text, hit", [
    ("Công an xã ra mắt mô hình tổ tự quản về ANTT tại khu dân cư.", "ANTT"),
    ("Ngày hội toàn dân bảo vệ ANTQ được tổ chức tại thôn.", "ANTQ"),
    ("Xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc vững mạnh.", "toàn dân bảo vệ an ninh tổ quốc"),
])
def test_phrases_and_abbreviations(text: str, hit: str) -> None:
    assert hit in TOPIC.score(text)[1]


def _scanned(text: str, title: str = "") -> tuple[float, str]:
    """The score with every phrase's pattern run over the text (what the substring test in Topic.score skips)."""
    return TOPIC.score(text + " \u0130", title)  # 'İ' turns the substring test off


@pytest.mark.parametrize(("text", "title"), [
    ("TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC: Công an xã ra mắt mô hình tự quản ANTT.", "Ngày hội Toàn dân bảo vệ ANTQ"),
    ((FIXTURES / "seeds" / sorted(p.name for p in (FIXTURES / "seeds").glob("*.txt"))[0]).read_text(encoding="utf-8"), ""),
    ("Giá lúa tăng, bà con phấn khởi.", "Thời sự"),
])
def test_the_substring_test_skips_only_phrases_that_cannot_match(text: str, title: str) -> None:
    assert TOPIC.score(text, title) == _scanned(text, title)


def test_abbreviations_are_case_sensitive_words() -> None:
    assert TOPIC.score("antt và quantq không phải từ viết tắt")[0] == 0


def test_pipeline_sets_status_and_reason(tmp_path: Path) -> None:
    topic_file = tmp_path / "topic.yaml"
    topic_file.write_text("threshold: 0.3\nphrases: {bóng đá: 3}\n", encoding="utf-8")
    pipe = RelevancePipeline(Topic.load(topic_file))
    item = pipe.process_item(ArticleItem(url="u", canonical_url="u", outlet="t", text="Trận bóng đá hấp dẫn."))
    assert item.status == "kept" and item.relevance > 0.3 and item.relevance_reason == "bóng đá×1"
    item = pipe.process_item(ArticleItem(url="v", canonical_url="v", outlet="t", text="Giá vàng tăng."))
    assert item.status == "offtopic" and item.relevance_reason == "no campaign phrase"
