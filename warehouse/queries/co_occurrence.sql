-- Pairs of officials named in the same articles (kept ones), most frequent first.
-- param: person NULL
-- param: limit 50
WITH kept_pairs AS (
    SELECT p.person_a, p.person_b, count(*) AS articles
    FROM person_pairs p
    WHERE p.article_id IN (SELECT article_id FROM articles WHERE status = 'kept')
      AND ($person IS NULL OR fold_vi($person) IN (p.person_a, p.person_b))
    GROUP BY p.person_a, p.person_b
),
top AS (
    SELECT * FROM kept_pairs
    ORDER BY articles DESC, person_a, person_b
    LIMIT CAST($limit AS INTEGER)
),
people AS (
    SELECT DISTINCT o.article_id, o.person_key, o.name
    FROM officials o
    JOIN articles a USING (article_id)
    WHERE a.status = 'kept'
      AND o.person_key IN (SELECT person_a FROM top UNION SELECT person_b FROM top)
),
names AS (
    SELECT person_key, mode(name) AS name FROM people GROUP BY person_key
)
SELECT
    na.name AS official_a,
    nb.name AS official_b,
    t.articles,
    t.person_a,
    t.person_b
FROM top t
JOIN names na ON na.person_key = t.person_a
JOIN names nb ON nb.person_key = t.person_b
ORDER BY t.articles DESC, t.person_a, t.person_b;
