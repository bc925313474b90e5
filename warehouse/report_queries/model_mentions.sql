-- Which articles name which community model (spelling variants merged under their key), with the
-- model's most common spelling.
SELECT DISTINCT m.article_id, m.canonical_key, n.name
FROM models m
JOIN (SELECT canonical_key, mode(name) AS name FROM models GROUP BY canonical_key) n USING (canonical_key)
ORDER BY n.name, m.article_id;
