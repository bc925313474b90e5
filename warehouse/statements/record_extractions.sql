-- Which extractor version produced the mention rows of each article in the registered Arrow table
-- incoming_extractions (article_id, version); record_extraction.sql for many articles at once.
INSERT OR REPLACE INTO extractions (article_id, extractor_version, extracted_at)
SELECT article_id, version, current_localtimestamp() FROM incoming_extractions;
