-- Replace the indicator_synonyms reference table with the registered rows of incoming_reference.
DELETE FROM indicator_synonyms;
INSERT INTO indicator_synonyms BY NAME SELECT * FROM incoming_reference;
