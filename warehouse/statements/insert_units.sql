-- Record the indicator of raw units not seen before (registered Arrow table incoming_units).
INSERT INTO unit_indicator BY NAME
SELECT * FROM incoming_units
ON CONFLICT (unit) DO NOTHING;
