"""The indicator tagger scores its windows in Python (extract.crf_weights) exactly as python-crfsuite scores
token_features, the attributes it is trained on (tools/train_indicator.py)."""
from __future__ import annotations

import re

import pycrfsuite
import pytest

from extract import indicator_tagger as it
from extract.crf_weights import marginals, pair, read_weights
from extract.indicator_tagger import MODEL_PATH, sentence_words, taken, token_features, window_tokens
from extract.lexicon import DATA_DIR
from tests.conftest import FIXTURES, seed_texts

FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _windows(limit: int = 600):
    """(tokens, kind) of windows around the numbers of the seed and dev articles, each kind of figure in turn."""
    out = []
    kinds = ("count", "money", "percent", "area")
    texts = [*seed_texts().values(), *seed_texts(FIXTURES / "corpus" / "dev" / "texts").values()]
    for text in texts:
        for lo, hi in ((m.start(), m.end()) for m in re.finditer(r"[^.\n]+", text)):
            words = sentence_words(text, lo, hi)
            for m in FIGURE_RE.finditer(text, lo, hi):
                end = min(hi, m.end() + 10)  # the figure and its unit's first word, or part of it
                tokens = window_tokens(text, lo, hi, m.start(), end, words)
                if tokens:
                    out.append((tokens, kinds[len(out) % len(kinds)]))
                if len(out) >= limit:
                    return out
    return out


@pytest.fixture(scope="module")
def crfsuite() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


def test_the_marginals_are_crfsuites_to_the_bit(crfsuite: pycrfsuite.Tagger) -> None:
    windows = _windows()
    assert len(windows) >= 300
    inside = it._model().labels.index("I")
    for tokens, kind in windows:
        crfsuite.set(token_features(tokens, kind))
        expected = [crfsuite.marginal("I", i) for i in range(len(tokens))]
        assert marginals(it._model(), it._state_scores(tokens, kind), inside) == expected


def test_the_cached_scores_are_those_of_each_windows_own_attributes() -> None:
    # a word's head score is cached by its place: the same word at the same place in two windows scores the same,
    # and each window's scores are the sums of its own token_features attributes in their order
    weights = it._model()
    for tokens, kind in _windows(200):
        sums = []
        for attrs in token_features(tokens, kind):
            score = 0j
            for attr in attrs:
                score += pair(weights.weights(attr))
            sums.append(score)
        assert it._state_scores(tokens, kind) == sums


def test_the_tagger_takes_the_words_crfsuite_takes(crfsuite: pycrfsuite.Tagger) -> None:
    text = "Qua đợt cao điểm, lực lượng chức năng đã thu giữ 12,8 kg heroin và bắt 209 đối tượng ra đầu thú."
    for figure in ("12,8 kg", "209 đối tượng"):
        start = text.index(figure)
        tokens = window_tokens(text, 0, len(text), start, start + len(figure))
        crfsuite.set(token_features(tokens, "count"))
        expected = taken(tokens, [crfsuite.marginal("I", i) for i in range(len(tokens))])
        assert it.tag_indicator(text, 0, len(text), start, start + len(figure), "count") == expected
        assert expected  # the model takes some words of each


@pytest.mark.parametrize("name", ["indicator", "period_kind"])
def test_the_weights_read_are_the_models(name: str) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DATA_DIR / f"{name}.crfsuite"))
    info = tagger.info()  # crfsuite's own dump, weights printed to six places
    model = read_weights(DATA_DIR / f"{name}.crfsuite")
    assert list(model.labels) == tagger.labels()
    assert len(model.state) == len({attr for attr, _ in info.state_features})
    for (attr, label), weight in info.state_features.items():
        assert model.weights(attr)[model.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (src, dst), weight in info.transitions.items():
        assert model.transitions[model.labels.index(src)][model.labels.index(dst)] == pytest.approx(weight, abs=1e-6)


def test_an_attribute_is_read_up_to_a_nul_as_crfsuite_reads_it() -> None:
    model = it._model()
    known = next(iter(model.state))
    assert model.weights(known + "\x00tail") == model.weights(known) != model.zero
    assert model.weights("w=\x00") == model.weights("w=")
    assert model.weights("no such attribute") == model.zero


def test_a_window_with_a_nul_scores_as_in_crfsuite(crfsuite: pycrfsuite.Tagger) -> None:
    text = "Lực lượng chức\x00năng đã bắt 209 đối\x00 tượng ra đầu thú, thu giữ 3 \x00 kg ma túy."
    inside = it._model().labels.index("I")
    for figure in ("209", "3"):
        start = text.index(figure)
        tokens = window_tokens(text, 0, len(text), start, start + len(figure))
        crfsuite.set(token_features(tokens, "count"))
        expected = [crfsuite.marginal("I", i) for i in range(len(tokens))]
        assert marginals(it._model(), it._state_scores(tokens, "count"), inside) == expected


def test_at_most_max_words_besides_the_figures_are_taken_the_likeliest() -> None:
    text = "Đoàn kiểm tra phát hiện 7 cơ sở kinh doanh hàng hóa không rõ nguồn gốc xuất xứ bày bán công khai tại chợ"
    start = text.index("7 cơ sở")
    tokens = window_tokens(text, 0, len(text), start, start + len("7 cơ sở"))
    probs = [0.9 if t.side == "F" else 0.3 + 0.01 * t.distance for t in tokens]
    got = taken(tokens, probs)
    around = [t for t in got if t.side != "F"]
    assert len(around) == it.MAX_WORDS and {"cơ", "sở"} <= {t.text for t in got}
    assert got == sorted(got, key=lambda t: t.start)  # text order
    dropped = [p for t, p in zip(tokens, probs, strict=True) if p >= it.THRESHOLD and t.text[0].isalpha() and t not in got]
    assert dropped and max(dropped) <= min(p for t, p in zip(tokens, probs, strict=True) if t in around)
    assert [t.text for t in taken(tokens, [0.5 if t.side == "F" else 0.0 for t in tokens])] == ["cơ", "sở"]



def test_a_percentage_takes_the_words_a_count_takes() -> None:
    """Every kind of figure keeps the words down to THRESHOLD (KIND_THRESHOLD holds no other at present): a word the
    model is doubtful about joins a percentage's phrase as it joins a count's, one below it joins neither."""
    text = "Tỷ lệ hộ dùng nước sạch của huyện miền núi đạt 97,5%"
    start = text.index("97,5%")
    tokens = window_tokens(text, 0, len(text), start, start + len("97,5%"))
    probs = [0.9 if t.text in ("Tỷ", "lệ") else it.THRESHOLD if t.text in ("nước", "sạch")
             else it.THRESHOLD / 2 if t.text == "hộ" else 0.0 for t in tokens]
    for kind in ("percent", "count"):
        assert [t.text for t in taken(tokens, probs, kind)] == ["Tỷ", "lệ", "nước", "sạch"]


@pytest.mark.parametrize(("text", "figure", "kind", "half", "whole"), [
    ("Khối lượng hàng lậu mỗi chuyến khoảng 300 kg", "300 kg", "measure", "lượng", ["Khối", "lượng", "hàng"]),
    ("Sản lượng cà phê cả vụ ước đạt 12.000 tấn", "12.000 tấn", "measure", "Sản", ["Sản", "lượng", "cà"]),
    ("Bị can chiếm đoạt số tiền hơn 2 tỷ đồng", "2 tỷ đồng", "money", "tiền", ["chiếm", "số", "tiền"]),
])
def test_an_amounts_quantity_noun_half_taken_is_taken_whole(text: str, figure: str, kind: str, half: str,
                                                            whole: list[str]) -> None:
    """'Sản' of 'Sản lượng', 'tiền' of 'số tiền': a quantity noun of data/quantity_nouns.txt one syllable of which the
    model takes is said whole for an amount or a measure; a count keeps what the model takes."""
    start = text.index(figure)
    tokens = window_tokens(text, 0, len(text), start, start + len(figure))
    others = {w for w in whole if w.lower() not in {"khối", "lượng", "sản", "số", "tiền"}}
    probs = [0.9 if t.text == half or t.text in others else 0.0 for t in tokens]
    assert [t.text for t in taken(tokens, probs, kind) if t.side != "F"] == whole
    assert [t.text for t in taken(tokens, probs, "count") if t.side != "F"] == [w for w in whole if w == half or w in others]
