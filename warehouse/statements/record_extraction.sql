-- Which extractor version produced an article's current mention rows.
INSERT OR REPLACE INTO extractions (article_id, extractor_version, extracted_at)
VALUES ($article_id, $version, current_localtimestamp());
