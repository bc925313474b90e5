-- Every article's title and text, to be folded into search documents (warehouse.search.reindex).
SELECT article_id, title, text FROM articles;
