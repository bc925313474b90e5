-- The "figures by place" view: for each indicator and each place a figure covers (province, district or
-- commune), its latest figure, with the unit's coordinates from the gazetteer (the unit above it where
-- the text leaves the unit itself ambiguous).
-- param: limit
WITH placed AS (
    SELECT
        f.*,
        CASE f.scope WHEN 'commune' THEN coalesce(f.commune_id, f.district_id, f.province_id)
                     WHEN 'district' THEN coalesce(f.district_id, f.province_id)
                     ELSE f.province_id END AS unit_id
    FROM figure_facts f
    WHERE f.scope IN ('province', 'district', 'commune') AND f.value IS NOT NULL
),
latest AS (
    SELECT *
    FROM placed
    WHERE unit_id IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY indicator_key, scope, place
                               ORDER BY period_end DESC NULLS LAST, published_at DESC, start) = 1
)
SELECT
    l.indicator_key,
    l.indicator_label,
    l.scope,
    l.place,
    coalesce(l.province, '') AS province,
    l.value,
    l.unit,
    l.approx,
    l.period,
    l.period_kind,
    l.outlet,
    l.title,
    l.url,
    p.lat,
    p.lon,
    count(*) OVER (PARTITION BY l.indicator_key) AS places
FROM latest l
JOIN places p ON p.place_id = l.unit_id
WHERE p.lat IS NOT NULL
ORDER BY places DESC, l.indicator_key, l.value DESC
LIMIT CAST($limit AS INTEGER);
