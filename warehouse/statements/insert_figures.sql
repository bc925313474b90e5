-- Bulk insert of figures from the registered Arrow table incoming_figures, with their sentence
-- context: the place and the date named nearest in the same sentence (before the figure, else after).
-- The article's place_mentions and dates must be inserted first.
INSERT INTO figures BY NAME
WITH dated AS (
    SELECT article_id, sentence, start, value FROM dates
    WHERE value IS NOT NULL AND sentence IS NOT NULL
      AND article_id IN (SELECT article_id FROM incoming_figures)
),
placed AS (
    SELECT article_id, sentence, start, place_id FROM place_mentions
    WHERE sentence IS NOT NULL AND article_id IN (SELECT article_id FROM incoming_figures)
)
SELECT
    i.*,
    coalesce(pb.place_id, pa.place_id) AS sentence_place_id,
    coalesce(db.value, da.value) AS sentence_period
FROM incoming_figures i
ASOF LEFT JOIN placed pb
    ON pb.article_id = i.article_id AND pb.sentence = i.sentence AND pb.start <= i.start
ASOF LEFT JOIN (SELECT article_id, sentence, -start AS neg_start, place_id FROM placed) pa
    ON pa.article_id = i.article_id AND pa.sentence = i.sentence AND pa.neg_start <= -i."end"
ASOF LEFT JOIN dated db
    ON db.article_id = i.article_id AND db.sentence = i.sentence AND db.start <= i.start
ASOF LEFT JOIN (SELECT article_id, sentence, -start AS neg_start, value FROM dated) da
    ON da.article_id = i.article_id AND da.sentence = i.sentence AND da.neg_start <= -i."end";
