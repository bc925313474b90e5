-- Articles per outlet and month (kept and off-topic), with the mentions found in the kept ones.
-- param: outlet NULL
-- param: since NULL
-- param: until NULL
WITH selected AS (
    SELECT article_id, outlet, status, date_trunc('month', published_at) AS month
    FROM articles
    WHERE published_at IS NOT NULL
      AND ($outlet IS NULL OR outlet = $outlet)
      AND ($since IS NULL OR published_at >= CAST($since AS TIMESTAMP))
      AND ($until IS NULL OR published_at < CAST($until AS TIMESTAMP))
),
mention_counts AS (
    SELECT article_id, count(*) AS n FROM figures WHERE article_id IN (SELECT article_id FROM selected) GROUP BY ALL
),
model_counts AS (
    SELECT article_id, count(*) AS n FROM models WHERE article_id IN (SELECT article_id FROM selected) GROUP BY ALL
),
official_counts AS (
    SELECT article_id, count(*) AS n FROM officials WHERE article_id IN (SELECT article_id FROM selected) GROUP BY ALL
)
SELECT
    s.outlet,
    CAST(s.month AS DATE) AS month,
    count(*) FILTER (WHERE s.status = 'kept') AS kept,
    count(*) FILTER (WHERE s.status = 'offtopic') AS offtopic,
    coalesce(sum(f.n), 0) AS figures,
    coalesce(sum(m.n), 0) AS models,
    coalesce(sum(o.n), 0) AS officials
FROM selected s
LEFT JOIN mention_counts f USING (article_id)
LEFT JOIN model_counts m USING (article_id)
LEFT JOIN official_counts o USING (article_id)
GROUP BY s.outlet, s.month
ORDER BY s.outlet, month;
