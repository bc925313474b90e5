-- The newest crawl and what it brought: crawls are runs of fetches with no gap of an hour or more.
-- One row: when the newest crawl began, when the one before it ended (NULL for the first crawl), and
-- the articles, figures, models and officials that first appeared in it.
WITH fetches AS (
    SELECT fetched_at, lag(fetched_at) OVER (ORDER BY fetched_at) AS previous FROM articles
),
newest AS (
    SELECT max(fetched_at) AS started
    FROM fetches
    WHERE previous IS NULL OR fetched_at - previous >= INTERVAL 1 HOUR
),
fresh AS (
    SELECT a.* FROM articles a, newest n WHERE a.fetched_at >= n.started
),
old AS (
    SELECT a.* FROM articles a, newest n WHERE a.fetched_at < n.started
)
SELECT
    (SELECT started FROM newest) AS started,
    (SELECT max(fetched_at) FROM old) AS previous_ended,
    (SELECT count(*) FROM fresh WHERE status = 'kept') AS kept,
    (SELECT count(*) FROM fresh WHERE status = 'offtopic') AS offtopic,
    (SELECT count(*) FROM figures WHERE article_id IN (SELECT article_id FROM fresh)) AS figures,
    coalesce((SELECT list_sort(list(DISTINCT name)) FROM (
        SELECT mode(m.name) AS name FROM models m
        WHERE m.article_id IN (SELECT article_id FROM fresh)
          AND m.canonical_key NOT IN (SELECT canonical_key FROM models WHERE article_id IN (SELECT article_id FROM old))
        GROUP BY m.canonical_key)), []) AS new_models,
    coalesce((SELECT list_sort(list(DISTINCT name)) FROM (
        SELECT mode(o.name) AS name FROM officials o
        WHERE o.article_id IN (SELECT article_id FROM fresh)
          AND o.person_key NOT IN (SELECT person_key FROM officials WHERE article_id IN (SELECT article_id FROM old))
        GROUP BY o.person_key)), []) AS new_officials;
