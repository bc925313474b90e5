-- Replace the whole search index with the documents of the registered Arrow table incoming_search_docs,
-- postings written in term order so that a query reads only the row groups of its terms.
DELETE FROM article_terms;
DELETE FROM article_docs;
INSERT INTO article_docs BY NAME SELECT article_id, doc_id, n_terms, words FROM incoming_search_docs;
INSERT INTO article_terms
SELECT term, doc_id, count(*) AS tf, any_value(n_terms) AS doc_len
FROM (SELECT doc_id, n_terms, unnest(string_split(words, ' ')) AS term FROM incoming_search_docs)
WHERE term <> '|'
GROUP BY term, doc_id
ORDER BY term, doc_id;
