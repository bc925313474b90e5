-- One article row (the row-by-row baseline of `tinmine bench warehouse`).
INSERT INTO articles (article_id, url, canonical_url, outlet, title, published_at, author, text, content_hash,
                      fetched_at, lang, relevance, relevance_reason, status, warc_file, warc_offset)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
