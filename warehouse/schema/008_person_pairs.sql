-- Pairs of officials named in the same article, kept at load time (insert_officials.sql refreshes
-- the pairs of the articles it loads, delete_mentions.sql drops them with the officials) so that
-- co_occurrence counts precomputed pairs instead of joining officials with itself.

CREATE TABLE person_pairs (
    article_id VARCHAR NOT NULL REFERENCES articles (article_id),
    person_a   VARCHAR NOT NULL,
    person_b   VARCHAR NOT NULL,
    PRIMARY KEY (article_id, person_a, person_b),
    CHECK (person_a < person_b)
);

INSERT INTO person_pairs
SELECT DISTINCT a.article_id, a.person_key, b.person_key
FROM officials a
JOIN officials b ON a.article_id = b.article_id AND a.person_key < b.person_key;
