-- Bulk insert of figures rows from the registered Arrow table incoming_figures.
INSERT INTO figures BY NAME SELECT * FROM incoming_figures;
