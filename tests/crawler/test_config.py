"""One settings object: defaults, pyproject.toml, environment, profile, command line, in that order."""
from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.settings import Settings as ScrapySettings

from crawler.config import DEFAULTS, Settings, settings_of
from crawler.profiles import load_profile
from crawler.run import build_settings, spider_class
from extract.errors import ConfigError
from pipelines.relevance import RelevancePipeline, Topic


class Crawler:
    def __init__(self, **settings) -> None:
        self.settings = ScrapySettings(settings)


def test_sources_in_order(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[tool.tinmine]\nmin_chars = 300\nnear_dup_threshold = 0.9\ndb = 'p.duckdb'\n")
    settings = Settings.load({"near_dup_threshold": 0.7}, pyproject=pyproject,
                             environ={"TINMINE_MIN_CHARS": "400", "TINMINE_DB": "e.duckdb", "HOME": "/"})
    assert (settings.min_chars, settings.near_dup_threshold, settings.db) == (400, 0.7, "e.duckdb")
    assert Settings.load(pyproject=None, environ={}) == DEFAULTS


@pytest.mark.parametrize("text, named", [
    ("[tool.tinmine]\nmin_char = 3\n", "unknown setting 'min_char'"),
    ("[tool.tinmine]\nmin_chars = 'many'\n", "setting 'min_chars'"),
    ("[tool.tinmine]\ndb_checkpoint = \"64MB'; DROP TABLE articles; --\"\n", "'db_checkpoint'.*not a memory size"),
    ("[tool.tinmine]\ndb_memory_limit = 'lots'\n", "'db_memory_limit'.*not a memory size"),
])
def test_a_wrong_setting_names_the_file_and_the_key(tmp_path: Path, text: str, named: str) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(text)
    with pytest.raises(ConfigError, match=named) as info:
        Settings.load(pyproject=pyproject, environ={})
    assert str(pyproject) in str(info.value)


def test_a_crawl_reads_back_the_settings_it_was_given() -> None:
    built = build_settings("w.duckdb", 7, {"TINMINE_MIN_CHARS": "50"}, progress=False)
    config = settings_of(built)
    assert (config.db, config.max_pages, config.min_chars) == ("w.duckdb", 7, 50)
    assert settings_of(ScrapySettings()) == DEFAULTS  # a component built without them gets the defaults


def test_the_profile_sits_between_the_environment_and_the_command_line() -> None:
    profile = load_profile("generic")
    spider = spider_class(type(profile)(**{**profile.__dict__, "settings": {"TINMINE_MIN_CHARS": 120}}))
    built = build_settings("w.duckdb", None, {}, progress=False)
    built.setdict(spider.custom_settings, priority="spider")
    assert settings_of(built).min_chars == 120
    built.set("TINMINE_MIN_CHARS", 60, priority="cmdline")
    built.setdict(spider.custom_settings, priority="spider")
    assert settings_of(built).min_chars == 60


def test_the_topic_files_threshold_counts_unless_a_setting_names_one(tmp_path: Path) -> None:
    """Regression (issue 12): topic.yaml says 'edit this file to change the campaign', but its threshold never
    counted: the Scrapy setting always won."""
    topic = tmp_path / "topic.yaml"
    topic.write_text("threshold: 0.9\nphrases:\n  an ninh: 1\n", encoding="utf-8")
    pipe = RelevancePipeline.from_crawler(Crawler(TINMINE_TOPIC_FILE=str(topic)))
    assert pipe.threshold == 0.9 == Topic.load(topic).threshold
    pipe = RelevancePipeline.from_crawler(Crawler(TINMINE_TOPIC_FILE=str(topic), TINMINE_RELEVANCE_THRESHOLD=0.3))
    assert pipe.threshold == 0.3
    built = build_settings("w.duckdb", None, {"TINMINE_TOPIC_FILE": str(topic)}, progress=False)
    assert RelevancePipeline.from_crawler(Crawler(**dict(built))).threshold == 0.9


def test_a_crawl_commits_every_5_seconds_at_most_by_default() -> None:
    """A batch costs the writer ~70 ms whatever its size: at 2 s a loaded crawl's 16-page batches cost its process
    a quarter of its CPU; 5 s is what a SIGKILL loses (and the resumed crawl fetches again)."""
    assert DEFAULTS.store_batch_seconds == 5.0
