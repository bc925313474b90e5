-- Bulk insert of officials rows from the registered Arrow table incoming_officials (person keys made by
-- extract/keys.py), with the person pairs of those articles. The rows are all of their officials: the batch
-- writer cleared the mention rows (person pairs included) of a stored article before (delete_mentions_sql),
-- and a new article has none, so the pairs are worked out from the incoming rows, not from the whole table.
INSERT INTO officials BY NAME SELECT * FROM incoming_officials;
INSERT INTO person_pairs
SELECT DISTINCT a.article_id, a.person_key, b.person_key
FROM incoming_officials a
JOIN incoming_officials b ON a.article_id = b.article_id AND a.person_key < b.person_key;
