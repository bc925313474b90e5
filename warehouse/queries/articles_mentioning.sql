-- Articles that mention a model (any spelling) or a person (accents optional).
-- param: model NULL
-- param: person NULL
-- param: limit 100
WITH by_model AS (
    SELECT article_id, 'model' AS matched, any_value(name) AS what
    FROM models
    WHERE $model IS NOT NULL AND canonical_key = model_key_of($model)
    GROUP BY article_id
),
by_person AS (
    SELECT article_id, 'person' AS matched, any_value(name) AS what
    FROM officials
    WHERE $person IS NOT NULL AND person_key = fold_vi($person)
    GROUP BY article_id
),
matches AS (
    SELECT * FROM by_model
    UNION ALL
    SELECT * FROM by_person
)
SELECT a.article_id, a.published_at, a.outlet, a.title, m.matched, m.what, a.url
FROM matches m
JOIN articles a USING (article_id)
ORDER BY a.published_at DESC NULLS LAST, a.article_id
LIMIT CAST($limit AS INTEGER);
