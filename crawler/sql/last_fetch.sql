-- When the article behind a URL was last fetched: as its URL or canonical URL, or through a
-- recorded duplicate of it (articles.fetched_at is naive Asia/Ho_Chi_Minh time).
SELECT max(seen) AS seen FROM (
    SELECT fetched_at AS seen FROM articles WHERE url = $url OR canonical_url = $url
    UNION ALL
    SELECT a.fetched_at AS seen FROM article_urls AS u JOIN articles AS a USING (article_id) WHERE u.url = $url
);
