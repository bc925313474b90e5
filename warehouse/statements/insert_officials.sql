-- Bulk insert of officials rows from the registered Arrow table incoming_officials.
INSERT INTO officials BY NAME SELECT * FROM incoming_officials;
