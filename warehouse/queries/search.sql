-- Articles matching words or a phrase, accent-insensitive, best first (kept articles unless status says
-- 'offtopic' or 'all'; outlets comma-separated; since and until are dates, both included).
--
-- BM25 over folded syllables, +2 when the query's words occur together as a phrase, +1 more when they
-- occur with its accents. Every posting of the query's terms is scored, but only documents that can still reach the top
-- `limit` are read for the phrase: first the best by upper bound (BM25 + the largest bonus), then
-- every other one whose upper bound reaches the `limit`-th best score known after that.
-- param: q
-- param: limit 20
-- param: status 'kept'
-- param: outlets NULL
-- param: since NULL
-- param: until NULL
WITH query AS (
    SELECT words, ' ' || array_to_string(words, ' ') || ' ' AS phrase, exact, folded <> exact AS accented, folded
    FROM (SELECT folded_words($q) AS words, lower(trim($q)) AS exact, fold_keep(trim($q)) AS folded)
),
query_terms AS (
    SELECT DISTINCT unnest(words) AS term FROM query
),
eligible AS MATERIALIZED (
    SELECT d.doc_id
    FROM article_docs d
    JOIN articles a USING (article_id)
    WHERE ($status = 'all' OR a.status = $status)
      AND ($outlets IS NULL OR list_contains(string_split($outlets, ','), a.outlet))
      AND ($since IS NULL OR a.published_at >= CAST($since AS DATE))
      AND ($until IS NULL OR a.published_at < CAST($until AS DATE) + INTERVAL 1 DAY)
),
postings AS MATERIALIZED (
    SELECT term, doc_id, tf, doc_len
    FROM article_terms
    WHERE term IN (SELECT term FROM query_terms)
),
corpus AS (
    SELECT count(*) AS n_docs, avg(n_terms) AS avg_len FROM article_docs
),
term_weights AS (
    SELECT p.term, ln(1 + (c.n_docs - count(*) + 0.5) / (count(*) + 0.5)) AS idf, any_value(c.avg_len) AS avg_len
    FROM postings p CROSS JOIN corpus c
    GROUP BY p.term, c.n_docs
),
bm25 AS (
    SELECT p.doc_id,
           sum(w.idf * p.tf * 2.2 / (p.tf + 1.2 * (0.25 + 0.75 * p.doc_len / w.avg_len))) AS bm25,
           count(*) AS matched_terms
    FROM postings p JOIN term_weights w USING (term)
    WHERE p.doc_id IN (SELECT doc_id FROM eligible)        -- the filters choose documents, not the weights
    GROUP BY p.doc_id
),
bounded AS MATERIALIZED (
    SELECT b.doc_id, b.matched_terms, b.bm25,
           b.matched_terms = (SELECT count(*) FROM query_terms) AS all_terms,   -- else no phrase
           round(b.bm25 + CASE WHEN q.accented THEN 3 ELSE 2 END, 4) AS upper_bound
    FROM bm25 b CROSS JOIN query q
),
first_set AS MATERIALIZED (
    SELECT doc_id FROM bounded WHERE all_terms ORDER BY upper_bound DESC LIMIT CAST($limit AS INTEGER) + 20
),
first_docs AS (
    SELECT doc_id, article_id, has_phrase(words, (SELECT phrase FROM query)) AS phrase
    FROM article_docs WHERE doc_id IN (SELECT doc_id FROM first_set)
),
first_texts AS (
    SELECT article_id, title, text FROM articles
    WHERE article_id IN (SELECT article_id FROM first_docs WHERE phrase)
),
first_scores AS (
    SELECT round(b.bm25 + search_bonus(d.phrase, t.title, t.text, q.exact, q.accented), 4) AS score
    FROM first_docs d LEFT JOIN first_texts t USING (article_id) JOIN bounded b USING (doc_id) CROSS JOIN query q
),
threshold AS (
    SELECT CASE WHEN count(*) < CAST($limit AS INTEGER) THEN -1e300 ELSE min(score) END - 0.0001 AS score
    FROM (
        SELECT score FROM first_scores
        UNION ALL
        SELECT round(bm25, 4) FROM bounded WHERE NOT all_terms
        ORDER BY score DESC LIMIT CAST($limit AS INTEGER)
    )
),
check_set AS MATERIALIZED (
    SELECT doc_id FROM bounded WHERE all_terms AND upper_bound >= (SELECT score FROM threshold)
),
check_docs AS MATERIALIZED (
    SELECT doc_id, article_id, has_phrase(words, (SELECT phrase FROM query)) AS phrase
    FROM article_docs WHERE doc_id IN (SELECT doc_id FROM check_set)
),
check_texts AS (
    SELECT article_id, title, text FROM articles
    WHERE article_id IN (SELECT article_id FROM check_docs WHERE phrase)
),
scored AS MATERIALIZED (
    SELECT b.doc_id, b.matched_terms, d.phrase,
           round(b.bm25 + search_bonus(d.phrase, t.title, t.text, q.exact, q.accented), 4) AS score
    FROM check_docs d LEFT JOIN check_texts t USING (article_id) JOIN bounded b USING (doc_id) CROSS JOIN query q
    UNION ALL
    SELECT doc_id, matched_terms, false, round(bm25, 4) FROM bounded WHERE NOT all_terms
),
top AS MATERIALIZED (
    SELECT * FROM scored
    WHERE score >= (SELECT min(score) FROM (SELECT score FROM scored ORDER BY score DESC LIMIT CAST($limit AS INTEGER)))
),
top_docs AS (
    SELECT doc_id, article_id FROM article_docs WHERE doc_id IN (SELECT doc_id FROM top)
),
top_articles AS (
    SELECT a.*,
           -- the snippet starts 80 characters before the phrase, else before the query's first word
           greatest(0, coalesce(nullif(strpos(fold_keep(a.text), q.folded), 0),
                                nullif(strpos(fold_keep(a.text), q.words[1]), 0), 1) - 81) AS snippet_start
    FROM articles a CROSS JOIN query q
    WHERE a.article_id IN (SELECT article_id FROM top_docs)
)
SELECT
    a.article_id,
    a.title,
    a.outlet,
    a.published_at,
    a.status,
    t.score,
    t.matched_terms,
    t.phrase,
    substr(a.text, a.snippet_start + 1, 240) AS snippet,
    a.snippet_start,                                    -- offset of the snippet in the article's text
    a.snippet_start + 240 >= length(a.text) AS snippet_ends_text,
    a.url
FROM top t
JOIN top_docs d USING (doc_id)
JOIN top_articles a USING (article_id)
ORDER BY t.score DESC, a.published_at DESC, a.article_id
LIMIT CAST($limit AS INTEGER);
