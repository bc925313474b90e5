-- Index the articles in incoming_near_dup (article_id, content_hash, lsh, signature, band_keys) that are stored
-- with that content hash, replacing their previous rows; lsh names the LSH layout of the band keys.
DELETE FROM near_dup_bands WHERE article_id IN (SELECT article_id FROM incoming_near_dup);
DELETE FROM near_dup_signatures WHERE article_id IN (SELECT article_id FROM incoming_near_dup);
INSERT INTO near_dup_signatures
SELECT i.article_id, i.content_hash, i.lsh, i.signature
FROM incoming_near_dup i JOIN articles a ON a.article_id = i.article_id AND a.content_hash = i.content_hash;
INSERT INTO near_dup_bands
SELECT unnest(i.band_keys), i.article_id
FROM incoming_near_dup i JOIN articles a ON a.article_id = i.article_id AND a.content_hash = i.content_hash;
