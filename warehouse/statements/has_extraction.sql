-- Whether an article's mentions were stored (a crash between store_article and store_extraction leaves none).
SELECT count(*) AS n FROM extractions WHERE article_id = $article_id;
