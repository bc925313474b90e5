-- Content hash of each stored article among the ids of the registered Arrow table incoming_article_ids.
SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT article_id FROM incoming_article_ids);
