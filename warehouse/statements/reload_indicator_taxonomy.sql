-- Replace the indicator taxonomy with the registered rows of incoming_reference.
DELETE FROM indicator_taxonomy;
INSERT INTO indicator_taxonomy BY NAME SELECT * FROM incoming_reference;
