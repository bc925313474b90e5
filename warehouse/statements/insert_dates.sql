-- Bulk insert of dates rows from the registered Arrow table incoming_dates.
INSERT INTO dates BY NAME SELECT * FROM incoming_dates;
