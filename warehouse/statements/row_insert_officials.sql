-- One official row (the row-by-row baseline of `tinmine bench warehouse`).
INSERT INTO officials (article_id, sentence, start, "end", text, name, rank, titles, mentions, extractor_version,
                       person_key)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, fold_vi(?));
