-- Drop the warehouse rows the shard replaces; changed articles lose their search rows.
DELETE FROM figures WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM dates WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM models WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM person_pairs WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM officials WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM place_mentions WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM sentences WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM extractions WHERE article_id IN (SELECT article_id FROM merge_cleared);
DELETE FROM article_terms WHERE doc_id IN (
    SELECT doc_id FROM article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming WHERE existing));
DELETE FROM article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming WHERE existing);
