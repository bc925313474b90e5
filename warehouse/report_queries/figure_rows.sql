-- The figures table of the report: one row per figure fact, newest articles first, with the
-- article's title and URL so a row can link back to its sentence.
-- param: limit
SELECT
    f.indicator,
    f.value,
    f.unit,
    f.kind,
    f.approx,
    f.place,
    f.place_source,
    f.period,
    f.outlet,
    CAST(f.published_at AS DATE) AS published,
    f.article_id,
    f.sentence,
    f.start,
    f."end",
    f.text,
    a.title,
    a.url
FROM figure_facts f
JOIN articles a USING (article_id)
ORDER BY f.published_at DESC NULLS LAST, f.article_id, f.start
LIMIT CAST($limit AS INTEGER);
