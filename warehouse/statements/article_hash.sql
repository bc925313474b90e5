-- Content hash of a stored article, by id.
SELECT content_hash FROM articles WHERE article_id = $article_id;
