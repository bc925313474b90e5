-- A URL that duplicates a stored article; the latest verdict for a URL wins.
INSERT INTO article_urls (url, article_id, reason, similarity)
VALUES ($url, $article_id, $reason, $similarity)
ON CONFLICT (url) DO UPDATE SET
    article_id = excluded.article_id,
    reason = excluded.reason,
    similarity = excluded.similarity;
