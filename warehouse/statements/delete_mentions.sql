-- Drop every mention row of the articles in the relation incoming_cleared (before their mentions are
-- replaced, or when their text changed: the offsets point into the old text).
DELETE FROM figures WHERE article_id IN (SELECT article_id FROM incoming_cleared);
DELETE FROM dates WHERE article_id IN (SELECT article_id FROM incoming_cleared);
DELETE FROM models WHERE article_id IN (SELECT article_id FROM incoming_cleared);
DELETE FROM person_pairs WHERE article_id IN (SELECT article_id FROM incoming_cleared);
DELETE FROM officials WHERE article_id IN (SELECT article_id FROM incoming_cleared);
DELETE FROM place_mentions WHERE article_id IN (SELECT article_id FROM incoming_cleared);
DELETE FROM sentences WHERE article_id IN (SELECT article_id FROM incoming_cleared);
DELETE FROM extractions WHERE article_id IN (SELECT article_id FROM incoming_cleared);
