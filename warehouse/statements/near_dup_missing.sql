-- A page of stored articles without an up-to-date near-duplicate signature (new, changed, other LSH layout).
SELECT a.article_id, a.content_hash, a.text
FROM articles a
LEFT JOIN near_dup_signatures s
       ON s.article_id = a.article_id AND s.content_hash = a.content_hash AND s.lsh = $lsh
WHERE s.article_id IS NULL
ORDER BY a.article_id
LIMIT $limit;
