-- Spans of the sentences that state a figure (incoming_sentences).
INSERT INTO sentences BY NAME
SELECT * FROM incoming_sentences;
