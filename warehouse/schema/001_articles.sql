-- Articles as crawled, the URLs that duplicate them, and the crawl log.

CREATE TABLE articles (
    article_id       VARCHAR   PRIMARY KEY CHECK (length(article_id) > 0),
    url              VARCHAR   NOT NULL,
    canonical_url    VARCHAR   NOT NULL,
    outlet           VARCHAR   NOT NULL CHECK (length(outlet) > 0),
    title            VARCHAR,
    published_at     TIMESTAMP,              -- naive = Asia/Ho_Chi_Minh local time
    author           VARCHAR,
    text             VARCHAR   NOT NULL,     -- NFC; every mention offset points into it
    content_hash     VARCHAR   NOT NULL,
    fetched_at       TIMESTAMP NOT NULL,
    lang             VARCHAR   NOT NULL DEFAULT 'vi',
    relevance        DOUBLE    CHECK (relevance BETWEEN 0 AND 1),
    relevance_reason VARCHAR,
    status           VARCHAR   NOT NULL DEFAULT 'kept' CHECK (status IN ('kept', 'offtopic')),
    warc_file        VARCHAR,
    warc_offset      BIGINT    CHECK (warc_offset >= 0)
);

-- A URL seen during a crawl that duplicates a stored article.
CREATE TABLE article_urls (
    url          VARCHAR   PRIMARY KEY,
    article_id   VARCHAR   NOT NULL,
    reason       VARCHAR   NOT NULL CHECK (reason IN ('canonical', 'content_hash', 'near_duplicate')),
    similarity   DOUBLE    CHECK (similarity BETWEEN 0 AND 1),
    recorded_at  TIMESTAMP NOT NULL DEFAULT current_localtimestamp()
);

-- One row per (url, event): re-running a crawl bumps `times`, never adds rows.
CREATE TABLE crawl_log (
    url          VARCHAR   NOT NULL,
    event        VARCHAR   NOT NULL CHECK (regexp_full_match(event, '[a-z][a-z0-9_]*')),
    outlet       VARCHAR   NOT NULL,
    status_code  INTEGER   CHECK (status_code BETWEEN 100 AND 599),
    reason       VARCHAR,
    first_seen   TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    last_seen    TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    times        INTEGER   NOT NULL DEFAULT 1 CHECK (times >= 1),
    PRIMARY KEY (url, event)
);
