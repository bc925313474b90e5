-- Drop every mention row of one article (before its mentions are replaced).
DELETE FROM figures WHERE article_id = $article_id;
DELETE FROM dates WHERE article_id = $article_id;
DELETE FROM models WHERE article_id = $article_id;
DELETE FROM person_pairs WHERE article_id = $article_id;
DELETE FROM officials WHERE article_id = $article_id;
DELETE FROM place_mentions WHERE article_id = $article_id;
DELETE FROM sentences WHERE article_id = $article_id;
DELETE FROM extractions WHERE article_id = $article_id;
