-- The indicators stated most often, with how many articles and places state them.
-- param: limit
SELECT
    indicator,
    count(*) AS figures,
    count(DISTINCT article_id) AS articles,
    count(DISTINCT place) AS places
FROM figure_facts
GROUP BY indicator
ORDER BY figures DESC, indicator
LIMIT CAST($limit AS INTEGER);
