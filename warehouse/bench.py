"""`tinmine bench warehouse`: a synthetic warehouse loaded in bulk vs row by row, and named-query latency."""
from __future__ import annotations

import hashlib
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import duckdb
import numpy as np
import pyarrow as pa

from warehouse.db import connect, query, query_names, run_sql, statement_sql, transaction
from warehouse.frames import MENTION_SCHEMAS, PLACE_SCHEMA, unit_table
from warehouse.places import place_rows
from warehouse.store import ARTICLE_KEYS, registered

__all__ = ["synthetic", "bulk_load", "rowwise_load", "time_queries", "run_bench", "QUERY_PARAMS"]

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
RANKS = [None, None, "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng"]
TITLES = ["Bộ trưởng Bộ Công an", "Giám đốc Công an tỉnh", "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy", "Thứ trưởng"]
FILLER = ["Phong trào Toàn dân bảo vệ an ninh Tổ quốc được triển khai sâu rộng.",
          "Lực lượng Công an phối hợp với Mặt trận Tổ quốc tuyên truyền pháp luật.",
          "Nhiều mô hình tự quản về an ninh trật tự phát huy hiệu quả.",
          "Thời tiết thuận lợi cho vụ mùa năm nay.", "Giá lúa tăng nhẹ so với tháng trước."]
# Parameters each named query runs with in the bench (realistic, selective where the query allows).
QUERY_PARAMS: dict[str, dict] = {
    "coverage_by_month": {"outlet": "cand"},
    "top_models": {"limit": 10},
    "officials": {"limit": 50},
    "co_occurrence": {"limit": 50},
    "indicator_figures": {"indicator": "nhóm liên gia tự quản"},
    "articles_mentioning": {"person": "Tô Lâm"},
    "search": {"q": "bảo vệ an ninh"},
}


def _choice(rng: np.random.Generator, values: list, n: int) -> list:
    return [values[i] for i in rng.integers(0, len(values), n)]


def _articles(rng: np.random.Generator, n: int, provinces: list[str]) -> pa.Table:
    ids = [hashlib.sha1(str(i).encode()).hexdigest()[:16] for i in range(n)]
    start = datetime(2019, 1, 1)
    published = [start + timedelta(minutes=int(m)) for m in rng.integers(0, 6 * 365 * 24 * 60, n)]
    places, fillers = _choice(rng, provinces, n), _choice(rng, FILLER, n)
    texts = [f"Tại tỉnh {p}, Đại tướng Tô Lâm dự hội nghị. {f}\nMô hình “{m}” được nhân rộng."
             for p, f, m in zip(places, fillers, _choice(rng, MODELS, n), strict=True)]
    columns = {
        "article_id": ids, "url": [f"https://x.vn/{i}.html" for i in ids],
        "canonical_url": [f"https://x.vn/{i}.html" for i in ids], "outlet": _choice(rng, OUTLETS, n),
        "title": [f"Hội nghị bảo vệ an ninh tại {p}" for p in places], "published_at": published,
        "author": ["PV"] * n, "text": texts, "content_hash": [hashlib.sha1(t.encode()).hexdigest() for t in texts],
        "fetched_at": published, "lang": ["vi"] * n, "relevance": rng.random(n).round(3).tolist(),
        "relevance_reason": ["an ninh"] * n,
        "status": np.where(rng.random(n) < 0.9, "kept", "offtopic").tolist(),
        "warc_file": [None] * n, "warc_offset": [None] * n,
    }
    return pa.table({k: columns[k] for k in ARTICLE_KEYS})


def _spans(rng: np.random.Generator, ids: list[str], n: int) -> dict[str, list]:
    starts = np.arange(n)  # unique, so (article_id, start, end) keys never collide
    return {"article_id": _choice(rng, ids, n), "sentence": rng.integers(0, 12, n).tolist(),
            "start": starts.tolist(), "end": (starts + rng.integers(3, 40, n)).tolist(), "text": ["…"] * n}


def _mentions(rng: np.random.Generator, ids: list[str], n_figures: int) -> dict[str, pa.Table]:
    n_dates, n_models, n_officials = n_figures // 3, n_figures // 4, n_figures // 5
    units = _choice(rng, UNITS, n_figures)
    figures = {**_spans(rng, ids, n_figures), "value": rng.integers(1, 100_000, n_figures).astype(float).tolist(),
               "unit": units, "kind": [KINDS.get(u, "count") for u in units],
               "approx": (rng.random(n_figures) < 0.2).tolist()}
    years = rng.integers(2010, 2026, n_dates)
    dates = {**_spans(rng, ids, n_dates), "value": [str(y) for y in years], "precision": ["year"] * n_dates}
    names = _choice(rng, MODELS + [m.lower() for m in MODELS] + [m.replace("túy", "tuý") for m in MODELS], n_models)
    models = {**_spans(rng, ids, n_models), "name": names, "key": [m.casefold() for m in names]}
    people = [f"{f} {g}" for f in FAMILY for g in GIVEN] + ["Tô Lâm"]
    officials = {**_spans(rng, ids, n_officials), "name": _choice(rng, people, n_officials),
                 "rank": _choice(rng, RANKS, n_officials),
                 "titles": [[t] for t in _choice(rng, TITLES, n_officials)],
                 "mentions": [[{"start": 0, "end": 5}]] * n_officials}
    n_places = n_figures // 5
    keys = [r["key"] for r in place_rows() if r["era"] == "2023"] + ["canuoc"]
    out = {"place_mentions": pa.Table.from_pydict(
        {**_spans(rng, ids, n_places), "place_key": _choice(rng, keys, n_places)}, schema=PLACE_SCHEMA)}
    for kind, cols in (("figures", figures), ("dates", dates), ("models", models), ("officials", officials)):
        count = len(cols["article_id"])
        out[kind] = pa.Table.from_pydict({**cols, "extractor_version": ["bench"] * count},
                                         schema=MENTION_SCHEMAS[kind])
    return out


def synthetic(n_articles: int, n_figures: int, seed: int = 7) -> dict[str, pa.Table]:
    """Synthetic articles and mention tables shaped like the real ones."""
    rng = np.random.default_rng(seed)
    provinces = [r["short_name"] for r in place_rows() if r["era"] == "2023"]
    articles = _articles(rng, n_articles, provinces)
    return {"articles": articles, **_mentions(rng, articles.column("article_id").to_pylist(), n_figures)}


def bulk_load(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> int:
    """Load the tables in one transaction through registered Arrow tables; return rows loaded."""
    units = unit_table(tables["figures"].column("unit").unique().to_pylist())
    with registered(con, {**tables, "units": units}), transaction(con):
        for kind in ("articles", "place_mentions", "dates", "models", "officials", "figures", "units"):
            run_sql(con, statement_sql(f"insert_{kind}"))
    return sum(t.num_rows for t in tables.values())


def _row_params(kind: str, table: pa.Table) -> list[tuple]:
    rows = [tuple(r.values()) for r in table.to_pylist()]
    if kind == "models":  # the canonical key is computed from the key column again
        return [r + (r[6],) for r in rows]
    if kind == "officials":  # the person key is computed from the name again
        return [r + (r[5],) for r in rows]
    return rows


def rowwise_load(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> int:
    """The same load done with executemany, one INSERT per row; return rows loaded."""
    con.execute("BEGIN TRANSACTION")
    for kind in ("articles", "dates", "models", "officials", "figures"):
        con.executemany(statement_sql(f"row_insert_{kind}"), _row_params(kind, tables[kind]))
    con.execute("COMMIT")
    return sum(tables[k].num_rows for k in ("articles", "figures", "dates", "models", "officials"))


def subset(tables: dict[str, pa.Table], n_articles: int) -> dict[str, pa.Table]:
    """The first ``n_articles`` articles and their mention rows."""
    import pyarrow.compute as pc

    articles = tables["articles"].slice(0, n_articles)
    keep = articles.column("article_id")
    out = {"articles": articles}
    for kind in ("figures", "dates", "models", "officials"):
        out[kind] = tables[kind].filter(pc.is_in(tables[kind].column("article_id"), value_set=keep))
    return out


def _median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def time_queries(con: duckdb.DuckDBPyConnection, repeats: int = 5) -> dict[str, float]:
    """Median latency (ms) of every named query, with QUERY_PARAMS."""
    return {name: _median_ms(lambda n=name: query(n, con, **QUERY_PARAMS.get(n, {})), repeats)
            for name in query_names()}


def run_bench(n_articles: int = 100_000, n_figures: int = 1_000_000, rowwise_articles: int = 2_000,
              repeats: int = 5, log: Callable[[str], None] = print) -> dict:
    """Generate, bulk-load, time the named queries, then the row-wise baseline on a subset."""
    t0 = time.perf_counter()
    tables = synthetic(n_articles, n_figures)
    log(f"generated {n_articles:,} articles, {tables['figures'].num_rows:,} figures, "
        f"{sum(t.num_rows for t in tables.values()):,} rows in {time.perf_counter() - t0:.1f} s")
    con = connect(":memory:")
    con.execute("SET enable_progress_bar = false")
    t0 = time.perf_counter()
    rows = bulk_load(con, tables)
    bulk_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    run_sql(con, statement_sql("index_all_articles"))
    index_s = time.perf_counter() - t0
    latencies = time_queries(con, repeats)
    con.close()
    small = subset(tables, rowwise_articles)
    base = connect(":memory:")
    base.execute("SET enable_progress_bar = false")
    t0 = time.perf_counter()
    row_rows = rowwise_load(base, small)
    row_s = time.perf_counter() - t0
    base.close()
    return {"rows": rows, "bulk_s": bulk_s, "bulk_rows_per_s": rows / bulk_s, "search_index_s": index_s,
            "rowwise_rows": row_rows, "rowwise_s": row_s, "rowwise_rows_per_s": row_rows / row_s,
            "query_ms": latencies, "bulk_vs_rowwise": (rows / bulk_s) / (row_rows / row_s)}
