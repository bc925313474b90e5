-- Changed articles lose their search rows (the mention rows go by warehouse.columns.delete_mentions_sql).
DELETE FROM article_terms WHERE doc_id IN (
    SELECT doc_id FROM article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming WHERE existing));
DELETE FROM article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming WHERE existing);
