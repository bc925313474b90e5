-- Stored kept articles with what re-extraction needs (the text, its date, and where its page is archived).
SELECT article_id, url, canonical_url, outlet, title, published_at, author, text, content_hash, fetched_at,
       lang, relevance, relevance_reason, status, warc_file, warc_offset, title_source, published_source,
       author_source
FROM articles
WHERE status = 'kept'
ORDER BY article_id;
