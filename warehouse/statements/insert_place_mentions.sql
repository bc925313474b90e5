-- Places named in article text, each resolved to the unit of the map in force when it was published
-- (a 2023 province named after the 2025 merger keeps its 2023 row, which says what it merged into).
INSERT INTO place_mentions BY NAME
WITH incoming AS (
    SELECT m.*, era_of(a.published_at) AS era
    FROM incoming_place_mentions m JOIN articles a USING (article_id)
)
SELECT
    i.article_id, i.sentence, i.start, i."end", i.text, i.place_key,
    coalesce(same_era.place_id, older.place_id) AS place_id
FROM incoming i
LEFT JOIN places same_era ON same_era.key = i.place_key AND same_era.era = i.era
LEFT JOIN places older ON older.key = i.place_key AND older.era <> '2025';
