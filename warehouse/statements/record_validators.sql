-- The HTTP validators (ETag, Last-Modified) of the response an article was stored from.
UPDATE articles SET etag = $etag, last_modified = $last_modified WHERE article_id = $article_id;
