-- The most-mentioned community models (by articles), with their article counts per year.
-- param: limit 10
-- param: outlet NULL
-- param: since NULL
WITH mentions AS (
    SELECT DISTINCT m.canonical_key, m.article_id, year(a.published_at) AS year
    FROM models m
    JOIN articles a USING (article_id)
    WHERE a.status = 'kept'
      AND ($outlet IS NULL OR a.outlet = $outlet)
      AND ($since IS NULL OR a.published_at >= CAST($since AS TIMESTAMP))
),
top AS (
    SELECT
        canonical_key,
        count(*) AS total_articles,
        row_number() OVER (ORDER BY count(*) DESC, canonical_key) AS rank
    FROM mentions
    GROUP BY canonical_key
    ORDER BY rank
    LIMIT CAST($limit AS INTEGER)
),
names AS (
    SELECT canonical_key, mode(name) AS name
    FROM models
    WHERE canonical_key IN (SELECT canonical_key FROM top)
    GROUP BY canonical_key
)
SELECT
    t.rank,
    n.name,
    t.canonical_key,
    t.total_articles,
    m.year,
    count(*) AS articles
FROM top t
JOIN mentions m USING (canonical_key)
JOIN names n USING (canonical_key)
GROUP BY t.rank, n.name, t.canonical_key, t.total_articles, m.year
ORDER BY t.rank, m.year;
