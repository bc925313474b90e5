-- Figures for an indicator across places and years: how many, and the values stated.
-- param: indicator NULL
-- param: place NULL
-- param: year_from NULL
-- param: year_to NULL
WITH facts AS (
    SELECT *
    FROM figure_facts
    WHERE value IS NOT NULL
      AND indicator_matches(indicator_key, indicator_label, indicator, $indicator)
      AND place_matches(province, district, commune, place_2025, $place)
      AND ($year_from IS NULL OR period_year >= CAST($year_from AS INTEGER))
      AND ($year_to IS NULL OR period_year <= CAST($year_to AS INTEGER))
)
SELECT
    indicator_key,
    any_value(indicator_label) AS indicator,
    place,
    period_year AS year,
    count(*) AS figures,
    count(DISTINCT article_id) AS articles,
    min(value) AS min_value,
    median(value) AS median_value,
    max(value) AS max_value,
    bool_or(approx) AS any_approx,
    arg_max(article_id, value) AS article_of_max
FROM facts
GROUP BY indicator_key, place, period_year
ORDER BY indicator_key, place, year;
