-- One figure row (the row-by-row baseline of `tinmine bench warehouse`).
INSERT INTO figures (article_id, sentence, start, "end", text, value, unit, kind, approx, extractor_version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
