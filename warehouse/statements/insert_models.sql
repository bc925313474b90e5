-- Bulk insert of models rows from the registered Arrow table incoming_models (keys made by extract/keys.py).
INSERT INTO models BY NAME SELECT * FROM incoming_models;
