-- Every URL a crawl may ask about: articles' URLs and canonical URLs, and recorded duplicate URLs
-- (warehouse.known keeps their hashes, so a URL not among them needs no look-up).
SELECT url FROM articles
UNION ALL SELECT canonical_url FROM articles
UNION ALL SELECT url FROM article_urls;
