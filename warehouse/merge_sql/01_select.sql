-- What a shard brings (the shard is attached as `shard`; these temp tables drive the later steps).
-- merge_incoming: shard articles new to the warehouse, or changed and fetched later than the stored copy.
CREATE OR REPLACE TEMP TABLE merge_incoming AS
SELECT s.article_id, m.article_id IS NOT NULL AS existing
FROM shard.articles s
LEFT JOIN articles m USING (article_id)
WHERE m.article_id IS NULL
   OR (m.content_hash <> s.content_hash AND s.fetched_at > m.fetched_at);

-- merge_mentions: articles whose mention rows come from the shard: its extraction is of the text the
-- warehouse will hold, and the warehouse has no extraction of it, or an older one.
CREATE OR REPLACE TEMP TABLE merge_mentions AS
SELECT e.article_id
FROM shard.extractions e
JOIN shard.articles s USING (article_id)
LEFT JOIN articles m USING (article_id)
LEFT JOIN extractions me USING (article_id)
WHERE e.article_id IN (SELECT article_id FROM merge_incoming)
   OR (m.content_hash = s.content_hash AND (me.article_id IS NULL OR me.extracted_at < e.extracted_at));

-- incoming_cleared: articles whose warehouse mention rows go (replaced, or pointing into an old text);
-- warehouse.columns.delete_mentions_sql drops them, as it does for the batch writer.
CREATE OR REPLACE TEMP TABLE incoming_cleared AS
SELECT article_id FROM merge_mentions
UNION
SELECT article_id FROM merge_incoming WHERE existing;
