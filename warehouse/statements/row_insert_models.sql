-- One model row (the row-by-row baseline of `tinmine bench warehouse`).
INSERT INTO models (article_id, sentence, start, "end", text, name, key, extractor_version, canonical_key)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, model_key_of(?));
