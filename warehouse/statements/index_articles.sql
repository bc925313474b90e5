-- Build the search rows of every article in the registered Arrow table incoming_indexed (article_id),
-- from their stored title and text, in one pass: the batch writer's search index (one per batch, not per row).
-- Articles that were stored before lose their old rows first (unindex_articles.sql).
INSERT INTO article_docs (article_id, doc_id, n_terms, words)
SELECT article_id, doc_id_of(article_id), len(string_split(words, ' ')) - 1, words
FROM (SELECT article_id, search_words(title, text) AS words FROM articles
      WHERE article_id IN (SELECT article_id FROM incoming_indexed));
INSERT INTO article_terms
SELECT term, doc_id, count(*) AS tf, any_value(n_terms) AS doc_len
FROM (SELECT doc_id, n_terms, unnest(string_split(words, ' ')) AS term FROM article_docs
      WHERE article_id IN (SELECT article_id FROM incoming_indexed))
WHERE term <> '|'
GROUP BY term, doc_id
ORDER BY term, doc_id;
