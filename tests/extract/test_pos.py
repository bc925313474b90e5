"""extract.pos gives exactly underthesea's POS tags, from features built in one pass."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from underthesea import pos_tag as library_pos_tag
from underthesea import word_tokenize

from extract.document import prepare
from extract.pos import pos_features, pos_tag

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "dev" / "texts"


def _library_features(words: list[str]) -> list[list[str]]:
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return CRFPOSTagPredictor.Instance().transformer.transform([[(w, "X") for w in words]])[0][0]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.txt"))[::6]:
        out.extend(s.text for s in prepare(path.read_text(encoding="utf-8")).sentences if len(s.text) < 600)
    return out[:150]


@pytest.mark.parametrize("words", [[], ["Hà Nội"], ["ông", "Nguyễn Văn A"], ["a", "b", "c"],
                                   ["Công an", "tỉnh", "Đắk Nông", "bắt", "2", "đối tượng", "."],
                                   ["UBND", "xã", " ", "", "x  y"]])
def test_features_match_the_library_at_the_edges(words: list[str]) -> None:
    assert pos_features(words) == _library_features(words)


def test_features_and_tags_match_the_library_on_real_sentences(sentences: list[str]) -> None:
    assert len(sentences) >= 100
    for sentence in sentences:
        words = word_tokenize(sentence)
        assert pos_features(words) == _library_features(words), sentence
        assert pos_tag(sentence) == library_pos_tag(sentence), sentence


def test_loading_underthesea_leaves_logging_alone():
    """underthesea's import calls logging.basicConfig(): its root handler would print every DEBUG record of an
    application (a crawl's per-page Scrapy lines) whatever level it set. Loading it through extract.pos does not."""
    code = ("import logging; from extract.pos import pos_tag; from extract.spans import UndertheseaTokenizer; "
            "pos_tag('Công an tỉnh kiểm tra 12 cơ sở.'); assert not logging.root.handlers, logging.root.handlers")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
