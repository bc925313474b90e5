-- When the article behind a URL was last fetched, as its URL or canonical URL or through a recorded
-- duplicate of it (articles.fetched_at is naive Asia/Ho_Chi_Minh time), and the ETag / Last-Modified
-- validators of the response it was stored from (not of a duplicate's page: they would not match).
SELECT seen, etag, last_modified FROM (
    SELECT fetched_at AS seen, etag, last_modified FROM articles WHERE url = $url OR canonical_url = $url
    UNION ALL
    SELECT a.fetched_at, NULL, NULL FROM article_urls AS u JOIN articles AS a USING (article_id) WHERE u.url = $url
)
ORDER BY seen DESC
LIMIT 1;
