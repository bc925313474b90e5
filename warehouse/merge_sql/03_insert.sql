-- Copy the shard's rows as they are (figure facts, canonical keys and search rows were computed
-- by the same code when the worker stored them). The articles themselves went first, by an upsert
-- generated from the schema's columns (warehouse.columns.upsert_sql): not delete + insert, since DuckDB
-- refuses to delete a row whose children went in the same transaction.
INSERT INTO article_docs BY NAME
SELECT * FROM shard.article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming);
INSERT INTO article_terms BY NAME
SELECT * FROM shard.article_terms WHERE doc_id IN (
    SELECT doc_id FROM shard.article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming));
-- The mention rows follow (warehouse.columns.copy_mentions_sql: every mention table of the schema).
