-- Bulk insert of officials rows from the registered Arrow table incoming_officials, with their person key.
INSERT INTO officials BY NAME
SELECT *, fold_vi(name) AS person_key FROM incoming_officials;
