-- Drop the search rows of the articles in the registered Arrow table incoming_indexed (article_id), before
-- index_articles.sql builds them again. Only stored articles can have any (article_docs references articles,
-- and article_terms rows come and go with their document): the batch writer skips this for new articles.
DELETE FROM article_terms WHERE doc_id IN (SELECT doc_id_of(article_id) FROM incoming_indexed);
DELETE FROM article_docs WHERE article_id IN (SELECT article_id FROM incoming_indexed);
