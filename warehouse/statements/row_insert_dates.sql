-- One date row (the row-by-row baseline of `tinmine bench warehouse`).
INSERT INTO dates (article_id, sentence, start, "end", text, value, precision, extractor_version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);
