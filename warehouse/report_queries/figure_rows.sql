-- The figures table of the report: one row per figure fact, newest articles first, with what it
-- counts (the taxonomy's label and the article's own phrase), where (with the unit's coordinates for
-- the map, from the gazetteer: the unit above it where the text leaves the unit itself ambiguous),
-- when, and the sentence it was read from.
-- param: limit
WITH placed AS (
    SELECT
        f.*,
        CASE f.scope WHEN 'commune' THEN coalesce(f.commune_id, f.district_id, f.province_id)
                     WHEN 'district' THEN coalesce(f.district_id, f.province_id)
                     WHEN 'province' THEN f.province_id END AS unit_id
    FROM figure_facts f
)
SELECT
    coalesce(f.indicator_label, f.indicator, f.unit) AS indicator,
    f.indicator AS phrase,
    f.indicator_key,
    f.value,
    f.unit,
    f.kind,
    f.approx,
    f.place,
    f.scope,
    f.province,
    f.place_source,
    f.period,
    f.period_end,
    f.outlet,
    CAST(f.published_at AS DATE) AS published,
    f.article_id,
    f.sentence,
    f.start,
    f."end",
    f.text,
    f.sentence_text,
    f.title,
    f.url,
    p.lat,
    p.lon
FROM placed f
LEFT JOIN places p ON p.place_id = f.unit_id
ORDER BY f.published_at DESC NULLS LAST, f.article_id, f.start
LIMIT CAST($limit AS INTEGER);
