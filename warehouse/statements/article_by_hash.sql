-- The article stored with a given content hash (exact-duplicate check across canonical URLs).
SELECT article_id FROM articles WHERE content_hash = $content_hash ORDER BY fetched_at LIMIT 1;
