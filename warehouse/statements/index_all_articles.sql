-- Rebuild the search rows of every article (after a bulk load).
DELETE FROM article_terms;
DELETE FROM article_docs;
INSERT INTO article_docs
SELECT article_id, fold_keep(coalesce(title, '')), fold_keep(text),
       len(folded_words(coalesce(title, '') || ' ' || text))
FROM articles;
INSERT INTO article_terms
SELECT article_id, term, count(*) AS tf
FROM (SELECT article_id, unnest(folded_words(coalesce(title, '') || ' ' || text)) AS term FROM articles)
GROUP BY article_id, term;
