"""Synthetic warehouse contents for `python -m benchmarks warehouse`: articles composed from sentence templates.

Each article is a campaign, security or off-topic piece of 6-27 sentences (about 2 KB, shorter than
the seed articles) drawn from data/bench_sentences.txt with places, people, models and numbers
filled in.  Campaign phrases ("bảo vệ an ninh Tổ quốc") occur in a large minority of the articles,
security words ("an ninh", "Công an") in most of them, as in a crawl filtered for public-security
news.  Mention rows are drawn at random per article, independently of its text, with unique spans.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from extract.keys import canonical_model_key, person_key
from extract.places import gazetteer
from extract.taxonomy import indicator_key
from warehouse.columns import arrow_schema
from warehouse.frames import MENTION_SCHEMAS, PLACE_SCHEMA

__all__ = ["synthetic", "article_table", "describe_text", "SENTENCES_PATH"]


@cache
def _provinces() -> list[tuple[str, str]]:
    """(place_id, name) of the provinces before the 2025 merger."""
    return [(u.place_id, u.short) for u in gazetteer().units.values() if u.level == "province" and u.era == "2023"]

SENTENCES_PATH = Path(__file__).resolve().parent / "data" / "bench_sentences.txt"
OUTLETS = ["cand", "nhandan", "qdnd", "vnexpress", "tuoitre", "thanhnien", "hanoimoi", "sggp", "baoquangninh",
           "baobacninh", "baothanhhoa", "baonghean", "baocantho", "baodongnai", "baobackan"]
UNITS = ["nhóm liên gia tự quản", "nhóm liên gia", "tổ liên gia tự quản", "tổ tự quản", "mô hình", "loại mô hình",
         "lượt người", "lượt đoàn viên", "khu dân cư", "hộ gia đình", "tập thể", "cá nhân", "đối tượng", "vụ",
         "vụ án", "%", "ha", "đồng", "camera", "tin báo", "buổi tuyên truyền", "cuộc vận động", "tổ hòa giải",
         "người nghiện ma túy", "điểm mô hình", "tổ an ninh nhân dân", "xã, phường, thị trấn", "khẩu súng"]
KINDS = {"%": "percent", "ha": "measure", "đồng": "money"}
MODELS = ["Xã phường không có ma túy", "Khu dân cư an toàn", "Camera an ninh", "Tổ tự quản", "Hàng rào an ninh",
          "Dòng họ không có tội phạm", "Phụ nữ xa quê", "Ngõ phố văn minh", "Bến thuyền an toàn", "Zalo an ninh"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["Văn Chiến", "Quốc Hùng", "Thị Liên", "Minh Tuấn", "Văn Thành", "Hữu Nghĩa", "Thanh Hà", "Công Thủy"]
PEOPLE = [f"{f} {g}" for f in FAMILY for g in GIVEN] + ["Tô Lâm"]
RANKS = [None, None, "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng"]
TITLES = ["Bộ trưởng Bộ Công an", "Giám đốc Công an tỉnh", "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy", "Thứ trưởng"]
SENTENCE_KINDS = ("campaign", "security", "offtopic")
# Article topic -> (share of articles, probability of each sentence kind in SENTENCE_KINDS order).
TOPICS = {
    "campaign": (0.35, (0.30, 0.65, 0.05)),
    "security": (0.55, (0.03, 0.92, 0.05)),
    "offtopic": (0.10, (0.00, 0.05, 0.95)),
}
POOL_SIZE = 20_000  # filled-in sentences per kind


def _choice(rng: np.random.Generator, values: list, n: int) -> list:
    return [values[i] for i in rng.integers(0, len(values), n)]


@cache
def templates() -> dict[str, tuple[str, ...]]:
    """Sentence templates by kind (title, campaign, security, offtopic) from data/bench_sentences.txt."""
    found: dict[str, list[str]] = {}
    for line in SENTENCES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, template = line.split("\t")
            found.setdefault(kind, []).append(template)
    return {k: tuple(v) for k, v in found.items()}


def _fill(rng: np.random.Generator, kind: str, n: int, provinces: list[str]) -> list[str]:
    slots = {
        "place": _choice(rng, provinces, n), "person": _choice(rng, PEOPLE, n),
        "rank": [r or "ông" for r in _choice(rng, RANKS, n)], "title": _choice(rng, TITLES, n),
        "model": _choice(rng, MODELS, n), "unit": _choice(rng, UNITS, n),
        "n": rng.integers(2, 100_000, n), "m": rng.integers(2, 100, n), "year": rng.integers(2015, 2026, n),
        "month": rng.integers(1, 13, n), "day": rng.integers(1, 29, n),
    }
    return [t.format(**{k: v[i] for k, v in slots.items()}) for i, t in enumerate(_choice(rng, templates()[kind], n))]


def _texts(rng: np.random.Generator, topics: np.ndarray, provinces: list[str]) -> list[str]:
    """One text per article: its topic's mix of sentence kinds, paragraphs broken at random."""
    pools = [_fill(rng, kind, POOL_SIZE, provinces) for kind in SENTENCE_KINDS]
    counts = rng.integers(6, 28, len(topics))
    owner = np.repeat(np.arange(len(topics)), counts)
    cumulative = np.cumsum([TOPICS[t][1] for t in TOPICS], axis=1)[topics[owner]]
    kinds = (rng.random(len(owner))[:, None] > cumulative[:, :-1]).sum(axis=1)
    picks = rng.integers(0, POOL_SIZE, len(owner))
    breaks = np.where(rng.random(len(owner)) < 0.4, "\n", " ")
    flat = [pools[k][i] + b for k, i, b in zip(kinds.tolist(), picks.tolist(), breaks.tolist(), strict=True)]
    ends = np.cumsum(counts).tolist()
    return ["".join(flat[a:b]).strip() for a, b in zip([0] + ends[:-1], ends, strict=True)]


def article_table(rng: np.random.Generator, n: int, provinces: list[str]) -> pa.Table:
    """``n`` synthetic articles (topics in TOPICS proportions; off-topic ones have status 'offtopic')."""
    topics = rng.choice(len(TOPICS), n, p=[share for share, _ in TOPICS.values()])
    texts = _texts(rng, topics, provinces)
    ids = [hashlib.sha1(str(i).encode()).hexdigest()[:16] for i in range(n)]
    published = [datetime(2019, 1, 1) + timedelta(minutes=int(m)) for m in rng.integers(0, 6 * 365 * 24 * 60, n)]
    urls = [f"https://x.vn/{i}.html" for i in ids]
    columns = {
        "article_id": ids, "url": urls, "canonical_url": urls, "outlet": _choice(rng, OUTLETS, n),
        "title": _fill(rng, "title", n, provinces), "published_at": published, "author": ["PV"] * n,
        "text": texts, "content_hash": [hashlib.sha1(t.encode()).hexdigest() for t in texts],
        "fetched_at": published, "lang": ["vi"] * n, "relevance": rng.random(n).round(3).tolist(),
        "relevance_reason": ["an ninh"] * n,
        "status": np.where(topics == list(TOPICS).index("offtopic"), "offtopic", "kept").tolist(),
    }
    schema = arrow_schema("articles")  # the columns not drawn here (warc_file, etag, sources...) stay NULL
    return pa.table({c: columns.get(c, [None] * n) for c in schema.names}, schema=schema)


def _spans(rng: np.random.Generator, ids: list[str], n: int) -> dict[str, list]:
    starts = np.arange(n)  # unique, so (article_id, start, end) keys never collide
    return {"article_id": _choice(rng, ids, n), "sentence": rng.integers(0, 12, n).tolist(),
            "start": starts.tolist(), "end": (starts + rng.integers(3, 40, n)).tolist(), "text": ["…"] * n}


def _mention_columns(rng: np.random.Generator, ids: list[str], n_figures: int) -> dict[str, dict]:
    n_dates, n_models, n_officials = n_figures // 3, n_figures // 4, n_figures // 5
    units = _choice(rng, UNITS, n_figures)
    people = _choice(rng, PEOPLE, n_officials)
    names = _choice(rng, MODELS + [m.lower() for m in MODELS] + [m.replace("túy", "tuý") for m in MODELS], n_models)
    keys = {u: indicator_key(u, u) for u in UNITS}
    places = [_provinces()[k] for k in rng.integers(0, len(_provinces()), n_figures)]
    years = [str(y) for y in rng.integers(2012, 2026, n_figures)]
    return {
        "figures": {**_spans(rng, ids, n_figures), "value": rng.integers(1, 100_000, n_figures).astype(float).tolist(),
                    "unit": units, "kind": [KINDS.get(u, "count") for u in units],
                    "approx": (rng.random(n_figures) < 0.2).tolist(),
                    "indicator": units, "indicator_key": [keys[u][0] for u in units],
                    "indicator_mapped": [keys[u][1] for u in units], "scope": ["province"] * n_figures,
                    "province": [n for _, n in places], "district": [None] * n_figures,
                    "commune": [None] * n_figures, "province_id": [i for i, _ in places],
                    "district_id": [None] * n_figures, "commune_id": [None] * n_figures,
                    "place_source": ["sentence"] * n_figures, "period": years,
                    "period_kind": ["during"] * n_figures, "period_source": ["sentence"] * n_figures,
                    "model_key": [None] * n_figures},
        "dates": {**_spans(rng, ids, n_dates), "value": [str(y) for y in rng.integers(2010, 2026, n_dates)],
                  "precision": ["year"] * n_dates},
        "models": {**_spans(rng, ids, n_models), "name": names, "key": [m.casefold() for m in names],
                   "canonical_key": [canonical_model_key(m.casefold()) for m in names]},
        "officials": {**_spans(rng, ids, n_officials), "name": people, "rank": _choice(rng, RANKS, n_officials),
                      "titles": [[t] for t in _choice(rng, TITLES, n_officials)],
                      "mentions": [[{"start": 0, "end": 5}]] * n_officials,
                      "person_key": [person_key(p) for p in people]},
    }


def _mentions(rng: np.random.Generator, ids: list[str], n_figures: int) -> dict[str, pa.Table]:
    n_places = n_figures // 5
    places = [_provinces()[k] for k in rng.integers(0, len(_provinces()), n_places)]
    out = {"place_mentions": pa.Table.from_pydict(
        {**_spans(rng, ids, n_places), "level": ["province"] * n_places, "name": [n for _, n in places],
         "role": ["named"] * n_places, "place_id": [i for i, _ in places], "province_id": [i for i, _ in places],
         "district_id": [None] * n_places}, schema=PLACE_SCHEMA)}
    for kind, cols in _mention_columns(rng, ids, n_figures).items():
        count = len(cols["article_id"])
        out[kind] = pa.Table.from_pydict({**cols, "extractor_version": ["bench"] * count},
                                         schema=MENTION_SCHEMAS[kind])
    return out


def synthetic(n_articles: int, n_figures: int, seed: int = 7) -> dict[str, pa.Table]:
    """Synthetic articles and mention tables shaped like the real ones."""
    rng = np.random.default_rng(seed)
    provinces = [name for _, name in _provinces()]
    articles = article_table(rng, n_articles, provinces)
    return {"articles": articles, **_mentions(rng, articles.column("article_id").to_pylist(), n_figures)}


def describe_text(articles: pa.Table, phrase: str) -> str:
    """One line on the synthetic texts: mean length and the share of articles holding ``phrase``."""
    text = pc.utf8_lower(articles.column("text"))
    holding = pc.mean(pc.match_substring(text, phrase.lower()).cast(pa.float64())).as_py()
    mean = pc.mean(pc.utf8_length(text)).as_py()
    return f"synthetic texts: mean {mean:,.0f} chars; {holding:.0%} of the articles contain {phrase!r}"
