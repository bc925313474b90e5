-- Copy the shard's rows as they are (figure facts, canonical keys and search rows were computed
-- by the same code when the worker stored them). The articles themselves went first, by an upsert
-- generated from the schema's columns (warehouse.columns.upsert_sql): not delete + insert, since DuckDB
-- refuses to delete a row whose children went in the same transaction.
INSERT INTO article_docs BY NAME
SELECT * FROM shard.article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming);
INSERT INTO article_terms BY NAME
SELECT * FROM shard.article_terms WHERE doc_id IN (
    SELECT doc_id FROM shard.article_docs WHERE article_id IN (SELECT article_id FROM merge_incoming));
INSERT INTO place_mentions BY NAME
SELECT * FROM shard.place_mentions WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO dates BY NAME
SELECT * FROM shard.dates WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO figures BY NAME
SELECT * FROM shard.figures WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO models BY NAME
SELECT * FROM shard.models WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO officials BY NAME
SELECT * FROM shard.officials WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO person_pairs BY NAME
SELECT * FROM shard.person_pairs WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO extractions BY NAME
SELECT * FROM shard.extractions WHERE article_id IN (SELECT article_id FROM merge_mentions);
INSERT INTO sentences BY NAME
SELECT * FROM shard.sentences WHERE article_id IN (SELECT article_id FROM merge_mentions);
