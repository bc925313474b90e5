-- Display names of the outlets that have articles.
SELECT outlet, coalesce(name, outlet) AS name, scope, province
FROM outlet
WHERE n_articles > 0
ORDER BY n_articles DESC, outlet;
