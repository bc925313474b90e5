-- Content hash of a stored article, by canonical URL.
SELECT content_hash FROM articles WHERE canonical_url = $canonical_url LIMIT 1;
