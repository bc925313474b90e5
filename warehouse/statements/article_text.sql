-- The stored text of one article (mention offsets point into it).
SELECT text FROM articles WHERE article_id = $article_id;
