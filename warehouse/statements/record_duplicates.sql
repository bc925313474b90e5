-- Many duplicate URLs at once from the registered Arrow table incoming_duplicates (one row per url),
-- as record_duplicate.sql row by row: the latest verdict for a URL wins. A URL is recorded only with
-- its article: a verdict pointing at an article that is not stored (its batch lost it) is left out.
INSERT INTO article_urls (url, article_id, reason, similarity)
SELECT url, article_id, reason, similarity FROM incoming_duplicates
WHERE article_id IN (SELECT article_id FROM articles)
ON CONFLICT (url) DO UPDATE SET
    article_id = excluded.article_id,
    reason = excluded.reason,
    similarity = excluded.similarity;
