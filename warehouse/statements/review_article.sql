-- A stored article for `tinmine show`: by its id, its URL, its canonical URL, or a URL that duplicated it.
-- param: key
SELECT a.article_id, a.url, a.outlet, coalesce(o.name, a.outlet) AS outlet_name, a.title, a.published_at,
       a.status, a.relevance, a.text
FROM articles a
LEFT JOIN outlets o USING (outlet)
WHERE a.article_id = $key
   OR a.url IN ($key, rtrim($key, '/'), $key || '/')
   OR a.canonical_url IN ($key, rtrim($key, '/'), $key || '/')
   OR a.article_id = (SELECT any_value(article_id) FROM article_urls WHERE url IN ($key, rtrim($key, '/'), $key || '/'))
ORDER BY a.article_id = $key DESC
LIMIT 1;
