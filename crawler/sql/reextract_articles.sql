-- Stored kept articles with what re-extraction needs (the text, its date, its outlet's province, and
-- where its page is archived).
SELECT a.article_id, a.url, a.canonical_url, a.outlet, a.title, a.published_at, a.author, a.text, a.content_hash,
       a.fetched_at, a.lang, a.relevance, a.relevance_reason, a.status, a.warc_file, a.warc_offset,
       a.title_source, a.published_source, a.author_source, o.province AS place
FROM articles a
LEFT JOIN outlets o USING (outlet)
WHERE a.status = 'kept'
ORDER BY a.article_id;
