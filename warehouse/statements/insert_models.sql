-- Bulk insert of models rows from the registered Arrow table incoming_models, with their canonical key.
INSERT INTO models BY NAME
SELECT *, model_key_of(key) AS canonical_key FROM incoming_models;
