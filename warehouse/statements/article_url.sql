-- The URL an article is stored under (names the original in a duplicate's crawl-log row).
SELECT url FROM articles WHERE article_id = $article_id LIMIT 1;
