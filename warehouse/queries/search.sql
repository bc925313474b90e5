-- Articles matching words or a phrase, accent-insensitive, best first (BM25 over folded
-- syllables, plus a bonus when the whole phrase occurs, more when it occurs with its accents).
-- param: q
-- param: limit 20
WITH query AS (
    SELECT fold_keep(trim($q)) AS folded, lower(trim($q)) AS exact
),
query_terms AS (
    SELECT DISTINCT unnest(folded_words($q)) AS term
),
corpus AS (
    SELECT count(*) AS n_docs, avg(n_terms) AS avg_len FROM article_docs
),
term_df AS (
    SELECT t.term, count(*) AS df
    FROM article_terms t JOIN query_terms q USING (term)
    GROUP BY t.term
),
bm25 AS (
    SELECT
        t.article_id,
        sum(ln(1 + (c.n_docs - df.df + 0.5) / (df.df + 0.5))
            * t.tf * 2.2 / (t.tf + 1.2 * (0.25 + 0.75 * d.n_terms / c.avg_len))) AS score,
        count(*) AS matched_terms
    FROM article_terms t
    JOIN term_df df USING (term)
    JOIN article_docs d USING (article_id)
    CROSS JOIN corpus c
    GROUP BY t.article_id
),
phrased AS (
    SELECT
        b.*,
        d.text_folded,
        contains(d.text_folded, q.folded) OR contains(d.title_folded, q.folded) AS folded_phrase,
        q.folded <> q.exact AND contains(lower(a.text), q.exact) AS exact_phrase,
        q.folded
    FROM bm25 b
    JOIN article_docs d USING (article_id)
    JOIN articles a USING (article_id)
    CROSS JOIN query q
)
SELECT
    p.article_id,
    a.title,
    a.outlet,
    a.published_at,
    round(p.score + CASE WHEN p.folded_phrase THEN 2 ELSE 0 END + CASE WHEN p.exact_phrase THEN 1 ELSE 0 END, 4)
        AS score,
    p.matched_terms,
    p.folded_phrase AS phrase,
    substr(a.text, greatest(1, coalesce(nullif(strpos(p.text_folded, p.folded), 0), 1) - 60), 200) AS snippet,
    a.url
FROM phrased p
JOIN articles a USING (article_id)
ORDER BY score DESC, a.published_at DESC, p.article_id
LIMIT CAST($limit AS INTEGER);
