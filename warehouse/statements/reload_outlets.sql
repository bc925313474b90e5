-- Replace the outlets reference table with the registered rows of incoming_reference.
DELETE FROM outlets;
INSERT INTO outlets BY NAME SELECT * FROM incoming_reference;
