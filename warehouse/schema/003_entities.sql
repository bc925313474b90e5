-- Canonical entities across articles: model, person, indicator, outlet, place.
-- Reference tables (places, outlets, indicator_synonyms) are filled from
-- warehouse/data/*.csv by warehouse.reference whenever those files change.

-- Accent-free, lower-case form ('Bảo vệ  Đảng' -> 'bao ve dang'); strip_accents keeps đ.
CREATE MACRO fold_vi(s) AS trim(regexp_replace(replace(strip_accents(lower(s)), 'đ', 'd'), '\s+', ' ', 'g'));
-- Canonical model key: folded, quotes and punctuation dropped, so spelling/tone/quote variants meet.
CREATE MACRO model_key_of(s) AS trim(regexp_replace(regexp_replace(fold_vi(s), '[^a-z0-9 ]', ' ', 'g'), '\s+', ' ', 'g'));
-- Which administrative map an article was written under (provinces merged on 1 July 2025).
CREATE MACRO era_of(ts) AS CASE WHEN ts >= TIMESTAMP '2025-07-01' THEN '2025' ELSE '2023' END;

ALTER TABLE models ADD COLUMN canonical_key VARCHAR;
UPDATE models SET canonical_key = model_key_of(key);
ALTER TABLE models ALTER COLUMN canonical_key SET NOT NULL;
ALTER TABLE officials ADD COLUMN person_key VARCHAR;
UPDATE officials SET person_key = fold_vi(name);
ALTER TABLE officials ALTER COLUMN person_key SET NOT NULL;

CREATE TABLE reference_data (
    name   VARCHAR PRIMARY KEY,
    sha1   VARCHAR NOT NULL,
    loaded_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp()
);

CREATE TABLE places (
    place_id    VARCHAR PRIMARY KEY,
    era         VARCHAR NOT NULL CHECK (era IN ('2023', '2025', '')),   -- '' = the national row
    code        VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    short_name  VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('tỉnh', 'thành phố', 'national')),
    key         VARCHAR NOT NULL,
    merged_into VARCHAR,                                              -- 2023 unit -> its 2025 unit
    UNIQUE (key, era)
);

CREATE TABLE outlets (
    outlet       VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    domain       VARCHAR,
    scope        VARCHAR NOT NULL CHECK (scope IN ('national', 'provincial')),
    province_key VARCHAR,
    CHECK ((scope = 'provincial') = (province_key IS NOT NULL))
);

CREATE TABLE indicator_synonyms (
    synonym   VARCHAR PRIMARY KEY,      -- folded
    indicator VARCHAR NOT NULL
);

-- Every raw figure unit seen, with the indicator it belongs to and the rule that decided.
CREATE TABLE unit_indicator (
    unit      VARCHAR PRIMARY KEY,
    indicator VARCHAR NOT NULL CHECK (length(indicator) > 0),
    rule      VARCHAR NOT NULL CHECK (rule IN ('synonym', 'head', 'unit'))
);

-- Places named in article text (recognised by the warehouse, not an extractor).
CREATE TABLE place_mentions (
    article_id VARCHAR NOT NULL REFERENCES articles (article_id),
    sentence   INTEGER CHECK (sentence >= 0),
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" > start),
    text       VARCHAR NOT NULL,
    place_key  VARCHAR NOT NULL,
    place_id   VARCHAR NOT NULL,        -- resolved for the article's era
    PRIMARY KEY (article_id, start, "end")
);

CREATE VIEW model AS
SELECT
    m.canonical_key,
    mode(m.name) AS name,
    list_sort(list_distinct(list(m.name))) AS variants,
    count(*) AS n_mentions,
    count(DISTINCT m.article_id) AS n_articles,
    min(a.published_at) AS first_seen,
    max(a.published_at) AS last_seen
FROM models m JOIN articles a USING (article_id)
GROUP BY m.canonical_key;

CREATE VIEW person_observation AS
SELECT
    o.person_key, o.name, o.article_id, a.published_at, a.outlet, o.rank,
    t.title, t.title_order
FROM officials o
JOIN articles a USING (article_id)
CROSS JOIN LATERAL (
    SELECT unnest(CASE WHEN len(o.titles) = 0 THEN [NULL] ELSE o.titles END) AS title,
           unnest(CASE WHEN len(o.titles) = 0 THEN [1] ELSE range(1, len(o.titles) + 1) END) AS title_order
) t;

CREATE VIEW person AS
SELECT
    o.person_key,
    mode(o.name) AS name,
    count(DISTINCT o.article_id) AS n_articles,
    min(a.published_at) AS first_seen,
    max(a.published_at) AS last_seen,
    arg_max(o.rank, a.published_at) AS latest_rank,
    list_distinct(flatten(list(o.titles))) AS titles
FROM officials o JOIN articles a USING (article_id)
GROUP BY o.person_key;

CREATE VIEW indicator AS
SELECT
    u.indicator,
    count(*) AS n_figures,
    count(DISTINCT f.article_id) AS n_articles,
    list_sort(list_distinct(list(f.unit))) AS units
FROM figures f JOIN unit_indicator u USING (unit)
GROUP BY u.indicator;

CREATE VIEW outlet AS
WITH seen AS (
    SELECT outlet, count(*) AS n_articles, min(published_at) AS first_published, max(published_at) AS last_published
    FROM articles GROUP BY outlet
)
SELECT
    coalesce(o.outlet, s.outlet) AS outlet,
    o.name, o.domain, coalesce(o.scope, 'national') AS scope, o.province_key,
    p.short_name AS province,
    coalesce(s.n_articles, 0) AS n_articles, s.first_published, s.last_published
FROM outlets o
FULL JOIN seen s USING (outlet)
LEFT JOIN places p ON p.key = o.province_key AND p.era = '2023';

CREATE VIEW place AS
SELECT p.*, n.short_name AS merged_into_name
FROM places p LEFT JOIN places n ON n.place_id = p.merged_into;
