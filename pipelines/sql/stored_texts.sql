-- A page of stored article texts, to rebuild the near-duplicate index when a crawl (re)starts.
SELECT article_id, text FROM articles ORDER BY article_id LIMIT $limit OFFSET $offset;
