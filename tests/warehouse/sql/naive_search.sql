-- Search without the index: BM25 over every article's folded words, +2 for the phrase, +1 more with
-- its accents, every article scored.  The reference the indexed, pruned search must reproduce.
WITH query AS (
    SELECT ' ' || array_to_string(folded_words($q), ' ') || ' ' AS phrase, lower(trim($q)) AS exact,
           fold_keep(trim($q)) <> lower(trim($q)) AS accented
),
query_terms AS (SELECT DISTINCT unnest(folded_words($q)) AS term),
docs AS (
    SELECT article_id, folded_words(coalesce(title, '')) || folded_words(text) AS words,
           ' ' || array_to_string(folded_words(coalesce(title, '')) || ['|'] || folded_words(text), ' ') || ' ' AS joined
    FROM articles
),
tf AS (
    SELECT article_id, term, count(*) AS tf
    FROM (SELECT article_id, unnest(words) AS term FROM docs)
    GROUP BY ALL
),
corpus AS (SELECT count(*) AS n_docs, avg(len(words)) AS avg_len FROM docs),
idf AS (
    SELECT term, ln(1 + (c.n_docs - count(*) + 0.5) / (count(*) + 0.5)) AS idf
    FROM tf JOIN query_terms USING (term) CROSS JOIN corpus c
    GROUP BY term, c.n_docs
),
bm25 AS (
    SELECT t.article_id,
           sum(i.idf * t.tf * 2.2 / (t.tf + 1.2 * (0.25 + 0.75 * len(d.words) / c.avg_len))) AS bm25,
           count(*) AS matched_terms
    FROM tf t JOIN idf i USING (term) JOIN docs d USING (article_id) CROSS JOIN corpus c
    GROUP BY t.article_id
)
SELECT
    b.article_id,
    round(b.bm25 + CASE
        WHEN NOT contains(d.joined, q.phrase) THEN 0
        WHEN q.accented AND (contains(lower(a.text), q.exact) OR contains(lower(coalesce(a.title, '')), q.exact)) THEN 3
        ELSE 2 END, 4) AS score,
    b.matched_terms,
    contains(d.joined, q.phrase) AS phrase
FROM bm25 b
JOIN docs d USING (article_id)
JOIN articles a USING (article_id)
CROSS JOIN query q
ORDER BY score DESC, a.published_at DESC, b.article_id
LIMIT CAST($limit AS INTEGER);
