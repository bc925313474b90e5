-- Outlets the warehouse holds articles of, most articles first.
SELECT outlet, count(*) AS articles
FROM articles
GROUP BY outlet
ORDER BY articles DESC, outlet;
