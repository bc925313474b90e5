-- Stored articles sharing at least one LSH band key with a new text (pipelines/neardup.py).
SELECT DISTINCT article_id FROM near_dup_bands WHERE band_key IN (SELECT unnest($keys::BIGINT[]));
