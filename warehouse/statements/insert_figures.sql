-- Bulk insert of figures, with the facts the extractor worked out, from the registered Arrow table
-- incoming_figures; each figure's period becomes its first and last day.
INSERT INTO figures BY NAME
SELECT *, period_start_of(period) AS period_start, period_end_of(period) AS period_end
FROM incoming_figures;
