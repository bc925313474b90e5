-- Mentions found by the extractors.  Every row keeps its provenance: the
-- article, the sentence index in the article text, [start, "end") character
-- offsets into articles.text, and the extractor version that produced it.

CREATE TABLE extractions (
    article_id        VARCHAR   PRIMARY KEY REFERENCES articles (article_id),
    extractor_version VARCHAR   NOT NULL,
    extracted_at      TIMESTAMP NOT NULL DEFAULT current_localtimestamp()
);

CREATE TABLE figures (
    article_id        VARCHAR  NOT NULL REFERENCES articles (article_id),
    sentence          INTEGER  CHECK (sentence >= 0),
    start             INTEGER  NOT NULL CHECK (start >= 0),
    "end"             INTEGER  NOT NULL CHECK ("end" > start),
    text              VARCHAR  NOT NULL,
    value             DOUBLE,                      -- NULL for vague amounts ('hàng triệu')
    unit              VARCHAR  NOT NULL,           -- as written, head noun phrase
    kind              VARCHAR  NOT NULL CHECK (kind IN ('count', 'percent', 'measure', 'money')),
    approx            BOOLEAN  NOT NULL,
    extractor_version VARCHAR  NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE dates (
    article_id        VARCHAR  NOT NULL REFERENCES articles (article_id),
    sentence          INTEGER  CHECK (sentence >= 0),
    start             INTEGER  NOT NULL CHECK (start >= 0),
    "end"             INTEGER  NOT NULL CHECK ("end" > start),
    text              VARCHAR  NOT NULL,
    value             VARCHAR  CHECK (regexp_full_match(value, '\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?')),
    precision         VARCHAR  NOT NULL CHECK (precision IN ('day', 'month', 'year', 'range')),
    extractor_version VARCHAR  NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE models (
    article_id        VARCHAR  NOT NULL REFERENCES articles (article_id),
    sentence          INTEGER  CHECK (sentence >= 0),
    start             INTEGER  NOT NULL CHECK (start >= 0),
    "end"             INTEGER  NOT NULL CHECK ("end" > start),
    text              VARCHAR  NOT NULL,
    name              VARCHAR  NOT NULL CHECK (length(name) > 0),
    key               VARCHAR  NOT NULL CHECK (length(key) > 0),   -- the extractor's key
    extractor_version VARCHAR  NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE officials (
    article_id        VARCHAR   NOT NULL REFERENCES articles (article_id),
    sentence          INTEGER   CHECK (sentence >= 0),
    start             INTEGER   NOT NULL CHECK (start >= 0),
    "end"             INTEGER   NOT NULL CHECK ("end" > start),
    text              VARCHAR   NOT NULL,
    name              VARCHAR   NOT NULL CHECK (length(name) > 0),
    rank              VARCHAR,
    titles            VARCHAR[] NOT NULL,
    mentions          STRUCT(start INTEGER, "end" INTEGER)[] NOT NULL,
    extractor_version VARCHAR   NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);
