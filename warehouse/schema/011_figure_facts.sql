-- Figure facts from the extractor: what each figure counts (indicator phrase and taxonomy key),
-- where (scope and the place at every level, from the gazetteer), when (period value, kind,
-- start and end dates), with where each fact was read (its source), and the model it is about.
-- The warehouse stores them as the extractor computed them; it no longer guesses place and period
-- in SQL (006) nor re-splits sentences: figures carry their sentence index, and `sentences` keeps
-- the span of each sentence that states a figure.
-- Figures stored before this migration have no facts until `tinmine reextract` runs.
-- All place ids are gazetteer ids (extract/data/gazetteer.tsv): P23-67 (province, map before
-- 1 July 2025), D23-665 (district), C23-24724 (commune), P25-.. / C25-.. (map from 1 July 2025).

DROP VIEW figure_facts;
DROP VIEW indicator;
DROP VIEW place;
DROP VIEW outlet;
DROP TABLE unit_indicator;
DROP TABLE indicator_synonyms;

-- An ISO date value ('2013', '2013-08', '2013-08-01', 'A/B') -> its first and last day.
CREATE MACRO period_start_of(v) AS CASE
    WHEN v IS NULL THEN NULL
    WHEN length(split_part(v, '/', 1)) = 4 THEN make_date(CAST(split_part(v, '/', 1) AS INTEGER), 1, 1)
    WHEN length(split_part(v, '/', 1)) = 7 THEN CAST(split_part(v, '/', 1) || '-01' AS DATE)
    ELSE CAST(split_part(v, '/', 1) AS DATE) END;
CREATE MACRO period_end_of(v) AS CASE
    WHEN v IS NULL THEN NULL
    WHEN length(split_part(v, '/', -1)) = 4 THEN make_date(CAST(split_part(v, '/', -1) AS INTEGER), 12, 31)
    WHEN length(split_part(v, '/', -1)) = 7 THEN last_day(CAST(split_part(v, '/', -1) || '-01' AS DATE))
    ELSE CAST(split_part(v, '/', -1) AS DATE) END;

-- Does a figure's indicator answer a query: its taxonomy key, its label, or words of its phrase?
CREATE MACRO indicator_matches(key, label, phrase, q) AS
    q IS NULL OR key = q OR fold_vi(label) = fold_vi(q) OR contains(fold_vi(phrase), fold_vi(q));
-- Is a figure's place the one asked for, at any level or as its post-2025 unit?
CREATE MACRO place_matches(province, district, commune, place_2025, q) AS
    q IS NULL OR fold_vi(q) IN (fold_vi(province), fold_vi(district), fold_vi(commune), fold_vi(place_2025));

CREATE TEMP TABLE figures_before_011 AS
SELECT article_id, sentence, start, "end", text, value, unit, kind, approx, extractor_version FROM figures;
DROP TABLE figures;
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
    indicator         VARCHAR,                     -- what it counts, in the article's words
    indicator_key     VARCHAR,                     -- taxonomy key (extract/data/indicators.tsv) or the unit's own
    indicator_mapped  BOOLEAN,                     -- false: the taxonomy has no row for it yet
    scope             VARCHAR  CHECK (scope IN ('national', 'province', 'district', 'commune', 'foreign', 'unknown')),
    province          VARCHAR,                     -- names as the article writes them (implied levels: the gazetteer's)
    district          VARCHAR,
    commune           VARCHAR,
    province_id       VARCHAR,                     -- gazetteer ids, where certain
    district_id       VARCHAR,
    commune_id        VARCHAR,
    place_source      VARCHAR  CHECK (place_source IN ('sentence', 'paragraph', 'title', 'actor', 'outlet', 'none')),
    period            VARCHAR  CHECK (regexp_full_match(period, '\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?')),
    period_kind       VARCHAR  CHECK (period_kind IN ('during', 'as_of')),
    period_start      DATE,
    period_end        DATE,
    period_source     VARCHAR  CHECK (period_source IN ('sentence', 'paragraph', 'title', 'published', 'none')),
    model_key         VARCHAR,                     -- models.key of the named model the sentence is about
    extractor_version VARCHAR  NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);
INSERT INTO figures BY NAME SELECT * FROM figures_before_011;
DROP TABLE figures_before_011;

-- Places named in article text, as the extractor found and resolved them.
CREATE TEMP TABLE place_mentions_before_011 AS SELECT * FROM place_mentions;
DROP TABLE place_mentions;
CREATE TABLE place_mentions (
    article_id  VARCHAR NOT NULL REFERENCES articles (article_id),
    sentence    INTEGER CHECK (sentence >= 0),
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" > start),
    text        VARCHAR NOT NULL,
    level       VARCHAR NOT NULL CHECK (level IN ('national', 'province', 'district', 'commune', 'village', 'foreign')),
    name        VARCHAR,                -- NULL for a scope phrase ('toàn tỉnh')
    role        VARCHAR NOT NULL CHECK (role IN ('named', 'actor', 'residence', 'list', 'example', 'scope', 'object')),
    place_id    VARCHAR,                -- NULL when the name is shared by several units the text does not settle
    province_id VARCHAR,
    district_id VARCHAR,
    PRIMARY KEY (article_id, start, "end")
);
INSERT INTO place_mentions
SELECT article_id, sentence, start, "end", text, 'province', NULL, 'named', place_id,
       CASE WHEN place_id LIKE 'P%' THEN place_id END, NULL
FROM place_mentions_before_011;
DROP TABLE place_mentions_before_011;

-- Spans of the sentences that state a figure (offsets into articles.text).
CREATE TABLE sentences (
    article_id VARCHAR NOT NULL REFERENCES articles (article_id),
    sentence   INTEGER NOT NULL CHECK (sentence >= 0),
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" > start),
    PRIMARY KEY (article_id, sentence)
);

-- Every administrative unit of both maps (reference data: extract/data/gazetteer.tsv).
DROP TABLE places;
CREATE TABLE places (
    place_id    VARCHAR PRIMARY KEY,
    era         VARCHAR NOT NULL CHECK (era IN ('2023', '2025', '')),   -- '' = the national row
    level       VARCHAR NOT NULL CHECK (level IN ('national', 'province', 'district', 'commune')),
    type        VARCHAR NOT NULL,                                      -- Tỉnh, Huyện, Xã, ...
    short_name  VARCHAR NOT NULL,                                      -- without the type word
    name        VARCHAR NOT NULL,                                      -- with it
    parent_id   VARCHAR,
    province_id VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    merged_into VARCHAR                                                -- 2023 unit -> its 2025 unit
);

-- The indicator taxonomy (reference data: extract/data/indicators.tsv).
CREATE TABLE indicator_taxonomy (
    key     VARCHAR PRIMARY KEY,
    label   VARCHAR NOT NULL,
    period  VARCHAR NOT NULL CHECK (period IN ('stock', 'flow')),
    generic BOOLEAN NOT NULL,           -- lumps unlike things ("người", "vụ"): never compared across figures
    phrases VARCHAR[] NOT NULL
);

-- Outlets name their province; the extractor uses it as the place of articles that name none.
CREATE TEMP TABLE outlets_before_011 AS SELECT outlet, name, domain, scope FROM outlets;
DROP TABLE outlets;
CREATE TABLE outlets (
    outlet      VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    domain      VARCHAR,
    scope       VARCHAR NOT NULL CHECK (scope IN ('national', 'provincial')),
    province    VARCHAR,
    province_id VARCHAR,
    CHECK ((scope = 'provincial') = (province IS NOT NULL))
);
INSERT INTO outlets BY NAME SELECT * FROM outlets_before_011;
DROP TABLE outlets_before_011;
DELETE FROM reference_data;   -- reload every reference table from its new file

CREATE VIEW place AS
SELECT p.*, n.short_name AS merged_into_name
FROM places p LEFT JOIN places n ON n.place_id = p.merged_into;

CREATE VIEW outlet AS
WITH seen AS (
    SELECT outlet, count(*) AS n_articles, min(published_at) AS first_published, max(published_at) AS last_published
    FROM articles GROUP BY outlet
)
SELECT
    coalesce(o.outlet, s.outlet) AS outlet,
    o.name, o.domain, coalesce(o.scope, 'national') AS scope, o.province, o.province_id,
    coalesce(s.n_articles, 0) AS n_articles, s.first_published, s.last_published
FROM outlets o
FULL JOIN seen s USING (outlet);

CREATE VIEW indicator AS
SELECT
    f.indicator_key,
    any_value(t.label) AS label,
    bool_or(f.indicator_mapped) AS mapped,
    count(*) AS n_figures,
    count(DISTINCT f.article_id) AS n_articles,
    list_sort(list_distinct(list(f.unit))) AS units,
    list_sort(list_distinct(list(f.indicator)))[1:10] AS phrases
FROM figures f LEFT JOIN indicator_taxonomy t ON t.key = f.indicator_key
WHERE f.indicator_key IS NOT NULL
GROUP BY f.indicator_key;

-- The figures database in one relation: every figure of a kept article with its facts, the
-- sentence that states it and the article it came from.
CREATE VIEW figure_facts AS
SELECT
    f.indicator,
    f.indicator_key,
    coalesce(t.label, f.indicator) AS indicator_label,
    f.indicator_mapped,
    f.value,
    f.unit,
    f.kind,
    f.approx,
    f.scope,
    f.province,
    f.district,
    f.commune,
    coalesce(f.commune, f.district, f.province,
             CASE f.scope WHEN 'national' THEN 'cả nước' END) AS place,
    f.province_id,
    f.district_id,
    f.commune_id,
    coalesce(pc.merged_into, pp.merged_into) AS place_2025_id,   -- the unit after 1 July 2025, to join series
    coalesce(nc.short_name, np.short_name) AS place_2025,
    f.place_source,
    f.period,
    f.period_kind,
    f.period_start,
    f.period_end,
    year(f.period_end) AS period_year,                          -- a span counts for its end year
    f.period_source,
    f.model_key,
    f.article_id,
    a.url,
    a.title,
    a.outlet,
    a.published_at,
    f.sentence,
    substring(a.text, s.start + 1, s.end - s.start) AS sentence_text,
    f.start,
    f."end",
    f.text,
    f.extractor_version
FROM figures f
JOIN articles a USING (article_id)
LEFT JOIN sentences s ON s.article_id = f.article_id AND s.sentence = f.sentence
LEFT JOIN indicator_taxonomy t ON t.key = f.indicator_key
LEFT JOIN places pp ON pp.place_id = f.province_id
LEFT JOIN places pc ON pc.place_id = f.commune_id
LEFT JOIN places np ON np.place_id = pp.merged_into
LEFT JOIN places nc ON nc.place_id = pc.merged_into
WHERE a.status = 'kept';
