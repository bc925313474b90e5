-- HTTP validators of the response an article was stored from, so a re-crawl can ask the server
-- whether it changed (If-None-Match / If-Modified-Since) instead of downloading it again.
ALTER TABLE articles ADD COLUMN etag VARCHAR;
ALTER TABLE articles ADD COLUMN last_modified VARCHAR;   -- the Last-Modified header as sent
