-- Every article the report's filters work on: outlet, day of publication, status, and the provinces
-- it concerns (its outlet's province and every province its figures name), newest first.
WITH figure_provinces AS (
    SELECT article_id, list_sort(list_distinct(list(province))) AS provinces
    FROM figure_facts
    WHERE province IS NOT NULL
    GROUP BY article_id
)
SELECT
    a.article_id,
    a.outlet,
    CAST(a.published_at AS DATE) AS published,
    a.status,
    coalesce(a.title, a.url) AS title,
    a.url,
    list_sort(list_distinct(list_filter(coalesce(fp.provinces, []) || [o.province], lambda p: p IS NOT NULL))) AS provinces
FROM articles a
LEFT JOIN outlet o USING (outlet)
LEFT JOIN figure_provinces fp USING (article_id)
ORDER BY a.published_at DESC NULLS LAST, a.article_id;
