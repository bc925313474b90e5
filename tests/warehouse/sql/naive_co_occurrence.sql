-- The co_occurrence query as it was before person_pairs (officials joined with themselves), counting
-- each article once per pair: the reference the precomputed pairs must reproduce.
WITH people AS (
    SELECT DISTINCT o.article_id, o.person_key, o.name
    FROM officials o
    JOIN articles a USING (article_id)
    WHERE a.status = 'kept'
),
pairs AS (
    SELECT DISTINCT a.person_key AS person_a, b.person_key AS person_b, a.article_id
    FROM people a
    JOIN people b ON a.article_id = b.article_id AND a.person_key < b.person_key
    WHERE $person IS NULL OR fold_vi($person) IN (a.person_key, b.person_key)
),
names AS (
    SELECT person_key, mode(name) AS name FROM people GROUP BY person_key
)
SELECT na.name AS official_a, nb.name AS official_b, count(*) AS articles, p.person_a, p.person_b
FROM pairs p
JOIN names na ON na.person_key = p.person_a
JOIN names nb ON nb.person_key = p.person_b
GROUP BY ALL
ORDER BY articles DESC, p.person_a, p.person_b
LIMIT CAST($limit AS INTEGER);
