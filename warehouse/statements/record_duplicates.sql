-- Many duplicate URLs at once from the registered Arrow table incoming_duplicates (one row per url),
-- as record_duplicate.sql row by row: the latest verdict for a URL wins.
INSERT INTO article_urls (url, article_id, reason, similarity)
SELECT url, article_id, reason, similarity FROM incoming_duplicates
ON CONFLICT (url) DO UPDATE SET
    article_id = excluded.article_id,
    reason = excluded.reason,
    similarity = excluded.similarity;
