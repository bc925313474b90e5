-- Bulk insert of officials rows from the registered Arrow table incoming_officials (person keys made by
-- extract/keys.py); then the person pairs of those articles are worked out again from all of their officials.
INSERT INTO officials BY NAME SELECT * FROM incoming_officials;
DELETE FROM person_pairs WHERE article_id IN (SELECT article_id FROM incoming_officials);
INSERT INTO person_pairs
SELECT DISTINCT a.article_id, a.person_key, b.person_key
FROM officials a
JOIN officials b ON a.article_id = b.article_id AND a.person_key < b.person_key
WHERE a.article_id IN (SELECT DISTINCT article_id FROM incoming_officials);
