-- Bulk insert of articles from the registered Arrow table incoming_articles (new articles only).
INSERT INTO articles BY NAME
SELECT * FROM incoming_articles
ON CONFLICT (article_id) DO NOTHING;
