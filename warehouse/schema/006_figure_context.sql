-- Each figure's sentence context is worked out once, at load time (insert_figures.sql), so that
-- figure_facts is plain joins: sentence_place_id / sentence_period are the place and the date
-- named nearest the figure in its sentence (before it, else after it), NULL when there is none.

ALTER TABLE figures ADD COLUMN sentence_place_id VARCHAR;
ALTER TABLE figures ADD COLUMN sentence_period VARCHAR;

UPDATE figures SET sentence_place_id = c.place_id, sentence_period = c.period
FROM (
    SELECT f.article_id, f.start, f."end",
           arg_min(p.place_id, abs(p.start - f.start)) AS place_id,
           NULL::VARCHAR AS period
    FROM figures f JOIN place_mentions p ON p.article_id = f.article_id AND p.sentence = f.sentence
    GROUP BY ALL
) c
WHERE figures.article_id = c.article_id AND figures.start = c.start AND figures."end" = c."end";
UPDATE figures SET sentence_period = c.period
FROM (
    SELECT f.article_id, f.start, f."end", arg_min(d.value, abs(d.start - f.start)) AS period
    FROM figures f JOIN dates d ON d.article_id = f.article_id AND d.sentence = f.sentence AND d.value IS NOT NULL
    GROUP BY ALL
) c
WHERE figures.article_id = c.article_id AND figures.start = c.start AND figures."end" = c."end";

CREATE OR REPLACE VIEW figure_facts AS
WITH fig AS (
    SELECT
        u.indicator,
        f.*,
        a.outlet,
        a.published_at,
        era_of(a.published_at) AS era
    FROM figures f
    JOIN articles a USING (article_id)
    JOIN unit_indicator u ON u.unit = f.unit     -- every stored unit has a row (store_extraction)
    WHERE a.status = 'kept'
),
outlet_place AS (
    SELECT o.outlet, p.era, p.place_id
    FROM outlets o
    JOIN places p ON p.key = o.province_key
),
located AS (
    SELECT
        f.*,
        coalesce(f.sentence_place_id, op.place_id, op_old.place_id, 'VN') AS place_id,
        CASE WHEN f.sentence_place_id IS NOT NULL THEN 'sentence'
             WHEN coalesce(op.place_id, op_old.place_id) IS NOT NULL THEN 'outlet'
             ELSE 'national' END AS place_source,
        coalesce(f.sentence_period, strftime(f.published_at, '%Y')) AS period,
        CASE WHEN f.sentence_period IS NOT NULL THEN 'sentence'
             WHEN f.published_at IS NOT NULL THEN 'published' END AS period_source
    FROM fig f
    LEFT JOIN outlet_place op ON op.outlet = f.outlet AND op.era = f.era
    LEFT JOIN outlet_place op_old ON op_old.outlet = f.outlet AND op_old.era = '2023'
)
SELECT
    l.indicator,
    l.value,
    l.unit,
    l.kind,
    l.approx,
    p.short_name AS place,
    l.place_id,
    coalesce(merged.short_name, p.short_name) AS place_2025,   -- the post-merger unit, to join series
    l.place_source,
    l.period,
    CAST(left(CASE WHEN contains(l.period, '/') THEN split_part(l.period, '/', 2) ELSE l.period END, 4) AS INTEGER)
        AS period_year,                                              -- a range counts for its end year
    l.period_source,
    l.article_id,
    l.outlet,
    l.published_at,
    l.sentence,
    l.start,
    l."end",
    l.text,
    l.extractor_version
FROM located l
LEFT JOIN places p ON p.place_id = l.place_id
LEFT JOIN places merged ON merged.place_id = p.merged_into;
