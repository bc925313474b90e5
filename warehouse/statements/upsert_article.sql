-- Insert an article or replace the stored version of it (called only when the content hash changed).
INSERT INTO articles (
    article_id, url, canonical_url, outlet, title, published_at, author, text, content_hash,
    fetched_at, lang, relevance, relevance_reason, status, warc_file, warc_offset,
    title_source, published_source, author_source
) VALUES (
    $article_id, $url, $canonical_url, $outlet, $title, $published_at, $author, $text, $content_hash,
    $fetched_at, $lang, $relevance, $relevance_reason, $status, $warc_file, $warc_offset,
    $title_source, $published_source, $author_source
)
ON CONFLICT (article_id) DO UPDATE SET
    url = excluded.url,
    canonical_url = excluded.canonical_url,
    outlet = excluded.outlet,
    title = excluded.title,
    published_at = excluded.published_at,
    author = excluded.author,
    text = excluded.text,
    content_hash = excluded.content_hash,
    fetched_at = excluded.fetched_at,
    lang = excluded.lang,
    relevance = excluded.relevance,
    relevance_reason = excluded.relevance_reason,
    status = excluded.status,
    warc_file = excluded.warc_file,
    warc_offset = excluded.warc_offset,
    title_source = excluded.title_source,
    published_source = excluded.published_source,
    author_source = excluded.author_source;
