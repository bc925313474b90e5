-- (Re)build the search rows of one article from its stored title and text.
DELETE FROM article_terms WHERE doc_id = doc_id_of($article_id);
DELETE FROM article_docs WHERE article_id = $article_id;
INSERT INTO article_docs (article_id, doc_id, n_terms, words)
SELECT article_id, doc_id_of(article_id), len(string_split(words, ' ')) - 1, words
FROM (SELECT article_id, search_words(title, text) AS words FROM articles WHERE article_id = $article_id);
INSERT INTO article_terms
SELECT term, doc_id, count(*) AS tf, any_value(n_terms) AS doc_len
FROM (SELECT doc_id, n_terms, unnest(string_split(words, ' ')) AS term FROM article_docs WHERE article_id = $article_id)
WHERE term <> '|'
GROUP BY term, doc_id
ORDER BY term;
