-- Stored kept articles with what re-extraction needs: the whole row (it is written back when a re-parse
-- changes the text), and its outlet's province.
SELECT a.*, o.province AS place
FROM articles a
LEFT JOIN outlets o USING (outlet)
WHERE a.status = 'kept'
ORDER BY a.article_id;
