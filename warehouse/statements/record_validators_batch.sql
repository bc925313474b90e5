-- The HTTP validators (ETag, Last-Modified) of the responses unchanged articles were re-fetched with, from the
-- registered Arrow table incoming_validators (article_id, etag, last_modified).
UPDATE articles SET etag = v.etag, last_modified = v.last_modified
FROM incoming_validators AS v
WHERE articles.article_id = v.article_id;
