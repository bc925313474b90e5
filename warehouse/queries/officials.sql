-- Officials merged across articles: how often and when they appear, their latest rank and titles.
-- param: name NULL
-- param: limit 50
WITH observed AS (
    SELECT o.person_key, o.name, o.rank, o.titles, o.article_id, a.published_at
    FROM officials o
    JOIN articles a USING (article_id)
    WHERE a.status = 'kept'
      AND ($name IS NULL OR contains(o.person_key, fold_vi($name)))
)
SELECT
    person_key,
    mode(name) AS name,
    count(DISTINCT article_id) AS articles,
    CAST(min(published_at) AS DATE) AS first_seen,
    CAST(max(published_at) AS DATE) AS last_seen,
    arg_max(rank, published_at) AS latest_rank,
    arg_max(titles, published_at) AS latest_titles
FROM observed
GROUP BY person_key
ORDER BY articles DESC, person_key
LIMIT CAST($limit AS INTEGER);
