-- An indicator place by place: its figures at one level (national, province, district or commune), per period,
-- with the values stated and where. "How many nhóm liên gia tự quản did each province report, as of when?"
-- param: indicator
-- param: level 'province'
-- param: year_from NULL
-- param: year_to NULL
WITH facts AS (
    SELECT
        *,
        CASE $level WHEN 'national' THEN 'cả nước' WHEN 'province' THEN province WHEN 'district' THEN district
                    ELSE commune END AS at_place,
        CASE $level WHEN 'national' THEN 'VN' WHEN 'province' THEN province_id WHEN 'district' THEN district_id
                    ELSE commune_id END AS at_id
    FROM figure_facts
    WHERE indicator_matches(indicator_key, indicator_label, indicator, $indicator)
      AND scope = $level
      AND ($year_from IS NULL OR period_year >= CAST($year_from AS INTEGER))
      AND ($year_to IS NULL OR period_year <= CAST($year_to AS INTEGER))
)
SELECT
    indicator_key,
    any_value(indicator_label) AS indicator,
    $level AS level,
    coalesce(any_value(p.short_name), at_place) AS place,
    at_id AS place_id,
    any_value(province) AS province,
    period,
    period_kind,
    count(*) AS figures,
    count(DISTINCT article_id) AS articles,
    min(value) AS min_value,
    max(value) AS max_value,
    bool_or(approx) AS any_approx,
    string_agg(DISTINCT outlet, ', ' ORDER BY outlet) AS outlets,
    arg_max(url, value) AS url_of_max
FROM facts f
LEFT JOIN places p ON p.place_id = f.at_id
GROUP BY indicator_key, at_id, at_place, period, period_kind
ORDER BY indicator_key, place, period;
