-- A figure's period may be read from the article body as a whole: a seizure or search sentence with no date of
-- its own ('thu giữ', 'khám xét', 'bắt quả tang') happens on the last day the text named before it (the
-- extractor's period source 'body', weaker than 'paragraph'). The figures table's CHECK did not know 'body' for
-- the period, so such a figure would fail its whole batch. As in 017, DuckDB cannot alter a CHECK: the table is
-- rebuilt with its rows and its comments written again.

CREATE TEMP TABLE figures_before_018 AS SELECT * FROM figures;
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
    place_source      VARCHAR  CHECK (place_source IN ('sentence', 'paragraph', 'body', 'title', 'actor', 'outlet', 'none')),
    period            VARCHAR  CHECK (regexp_full_match(period, '\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?')),
    period_kind       VARCHAR  CHECK (period_kind IN ('during', 'as_of')),
    period_start      DATE,
    period_end        DATE,
    period_source     VARCHAR  CHECK (period_source IN ('sentence', 'paragraph', 'body', 'title', 'published', 'none')),
    model_key         VARCHAR,                     -- models.key of the named model the sentence is about
    extractor_version VARCHAR  NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);
INSERT INTO figures BY NAME SELECT * FROM figures_before_018;
DROP TABLE figures_before_018;

COMMENT ON TABLE figures IS 'numbers stated in kept articles (counts, percentages, measures, money) with what, where and when they count';
COMMENT ON COLUMN figures.sentence IS 'index of the sentence stating it (sentences holds its span)';
COMMENT ON COLUMN figures.start IS 'first character of the figure in articles.text';
COMMENT ON COLUMN figures."end" IS 'character after the figure in articles.text';
COMMENT ON COLUMN figures.text IS 'the figure as written';
COMMENT ON COLUMN figures.value IS 'the number; NULL for vague amounts (hàng triệu)';
COMMENT ON COLUMN figures.unit IS 'what the number counts, as written (head noun phrase)';
COMMENT ON COLUMN figures.kind IS 'count, percent, measure or money';
COMMENT ON COLUMN figures.approx IS 'hedged: hơn, khoảng, gần...';
COMMENT ON COLUMN figures.indicator IS 'what is counted, in the article''s words';
COMMENT ON COLUMN figures.indicator_key IS 'taxonomy key (extract/data/indicators.tsv), or the phrase''s own key when unmapped';
COMMENT ON COLUMN figures.scope IS 'national, province, district, commune, foreign or unknown';
COMMENT ON COLUMN figures.place_source IS 'where the place was read: sentence, paragraph, body (the province the paragraphs name most), title, actor, outlet or none';
COMMENT ON COLUMN figures.period IS 'ISO date or span the figure counts for: 2023, 2023-06, 2013/2023';
COMMENT ON COLUMN figures.period_kind IS 'during (a flow over the period) or as_of (a stock at its end)';
COMMENT ON COLUMN figures.period_source IS 'where the period was read: sentence, paragraph, body (the last day the text named before a scene sentence), title, published or none';
