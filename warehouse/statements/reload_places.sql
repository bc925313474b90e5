-- Replace the places reference table with the registered rows of incoming_reference.
DELETE FROM places;
INSERT INTO places BY NAME SELECT * FROM incoming_reference;
