-- Texts of the articles whose figures the report shows (offsets point into them).
-- param: article_ids
SELECT article_id, outlet, title, url, CAST(published_at AS DATE) AS published, text
FROM articles
WHERE list_contains(CAST($article_ids AS VARCHAR[]), article_id)
ORDER BY published_at DESC NULLS LAST, article_id;
