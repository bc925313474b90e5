-- The figures database in one relation: what was counted, how many, where, when, and where it was said.
--   place:  the place named nearest the figure in its sentence; else the province of a
--           provincial outlet; else 'cả nước' (national).  place_source says which.
--   period: the date mentioned nearest the figure in its sentence; else the article's
--           publication year.  period_year is its (end) year.

CREATE VIEW figure_facts AS
WITH fig AS (
    SELECT f.*, a.outlet, a.published_at, era_of(a.published_at) AS era
    FROM figures f
    JOIN articles a USING (article_id)
    WHERE a.status = 'kept'
),
sentence_place AS (
    SELECT f.article_id, f.start, arg_min(pm.place_id, abs(pm.start - f.start)) AS place_id
    FROM fig f
    JOIN place_mentions pm ON pm.article_id = f.article_id AND pm.sentence = f.sentence
    GROUP BY f.article_id, f.start
),
sentence_date AS (
    SELECT f.article_id, f.start, arg_min(d.value, abs(d.start - f.start)) AS period
    FROM fig f
    JOIN dates d ON d.article_id = f.article_id AND d.sentence = f.sentence AND d.value IS NOT NULL
    GROUP BY f.article_id, f.start
),
outlet_place AS (
    SELECT o.outlet, p.era, p.place_id
    FROM outlets o
    JOIN places p ON p.key = o.province_key
),
located AS (
    SELECT
        f.*,
        coalesce(sp.place_id, op.place_id, op_old.place_id, 'VN') AS place_id,
        CASE WHEN sp.place_id IS NOT NULL THEN 'sentence'
             WHEN coalesce(op.place_id, op_old.place_id) IS NOT NULL THEN 'outlet'
             ELSE 'national' END AS place_source,
        coalesce(sd.period, strftime(f.published_at, '%Y')) AS period,
        CASE WHEN sd.period IS NOT NULL THEN 'sentence'
             WHEN f.published_at IS NOT NULL THEN 'published' END AS period_source
    FROM fig f
    LEFT JOIN sentence_place sp ON sp.article_id = f.article_id AND sp.start = f.start
    LEFT JOIN sentence_date sd ON sd.article_id = f.article_id AND sd.start = f.start
    LEFT JOIN outlet_place op ON op.outlet = f.outlet AND op.era = f.era
    LEFT JOIN outlet_place op_old ON op_old.outlet = f.outlet AND op_old.era = '2023'
)
SELECT
    coalesce(u.indicator, lower(l.unit)) AS indicator,
    l.value,
    l.unit,
    l.kind,
    l.approx,
    p.short_name AS place,
    l.place_id,
    coalesce(merged.short_name, p.short_name) AS place_2025,   -- the post-merger unit, to join series
    l.place_source,
    l.period,
    CAST(regexp_extract(l.period, '(\d{4})[^/]*$', 1) AS INTEGER) AS period_year,
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
LEFT JOIN unit_indicator u ON u.unit = l.unit
LEFT JOIN places p ON p.place_id = l.place_id
LEFT JOIN places merged ON merged.place_id = p.merged_into;
