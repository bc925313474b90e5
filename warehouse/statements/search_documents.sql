-- Search documents of the registered Arrow table incoming_search_sources: their id and folded words.
SELECT article_id, doc_id_of(article_id) AS doc_id, len(string_split(words, ' ')) - 1 AS n_terms, words
FROM (SELECT article_id, search_words(title, text) AS words FROM incoming_search_sources);
