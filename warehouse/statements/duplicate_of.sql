-- The article a URL was recorded as duplicating, if any.
SELECT article_id FROM article_urls WHERE url = $url LIMIT 1;
