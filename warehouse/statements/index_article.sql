-- (Re)build the search rows of one article from its stored title and text.
DELETE FROM article_terms WHERE article_id = $article_id;
DELETE FROM article_docs WHERE article_id = $article_id;
INSERT INTO article_docs
SELECT article_id, fold_keep(coalesce(title, '')), fold_keep(text),
       len(folded_words(coalesce(title, '') || ' ' || text))
FROM articles WHERE article_id = $article_id;
INSERT INTO article_terms
SELECT article_id, term, count(*) AS tf
FROM (
    SELECT article_id, unnest(folded_words(coalesce(title, '') || ' ' || text)) AS term
    FROM articles WHERE article_id = $article_id
)
GROUP BY article_id, term;
