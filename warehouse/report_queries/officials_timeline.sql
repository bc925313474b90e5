-- Appearances of the most-named officials: one row per (person, dated article), with the rank and
-- titles the article gave them, for the report's officials timeline (the page keeps the top of the
-- filtered rows).
-- param: limit
WITH appearances AS (
    SELECT o.person_key, o.name, o.rank, o.titles, o.article_id, a.published_at
    FROM officials o
    JOIN articles a USING (article_id)
    WHERE a.published_at IS NOT NULL
),
top AS (
    SELECT person_key, mode(name) AS name, count(DISTINCT article_id) AS n_articles, min(published_at) AS first_seen
    FROM appearances
    GROUP BY person_key
    ORDER BY n_articles DESC, first_seen, person_key
    LIMIT CAST($limit AS INTEGER)
)
SELECT
    t.name,
    t.person_key,
    any_value(a.rank) AS rank,
    array_to_string(any_value(a.titles), '; ') AS titles,
    a.article_id
FROM top t
JOIN appearances a USING (person_key)
GROUP BY t.name, t.person_key, t.first_seen, a.article_id, a.published_at
ORDER BY t.first_seen, t.person_key, a.published_at;
