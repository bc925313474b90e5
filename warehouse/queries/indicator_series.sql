-- One indicator over time (for one place, or everywhere): every figure in period order, with its
-- sentence and URL. "How did the number of camera an ninh in Đắk Nông grow?"
-- param: indicator
-- param: place NULL
SELECT
    period_end,
    period,
    period_kind,
    value,
    unit,
    approx,
    scope,
    place,
    indicator_key,
    indicator,
    outlet,
    CAST(published_at AS DATE) AS published,
    sentence_text,
    url
FROM figure_facts
WHERE indicator_matches(indicator_key, indicator_label, indicator, $indicator)
  AND place_matches(province, district, commune, place_2025, $place)
  AND value IS NOT NULL
ORDER BY period_end NULLS LAST, place, value;
