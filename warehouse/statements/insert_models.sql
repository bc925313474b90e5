-- Bulk insert of models rows from the registered Arrow table incoming_models.
INSERT INTO models BY NAME SELECT * FROM incoming_models;
