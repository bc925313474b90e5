-- Replace the unit -> indicator map with the registered rows of incoming_units.
DELETE FROM unit_indicator;
INSERT INTO unit_indicator BY NAME SELECT * FROM incoming_units;
