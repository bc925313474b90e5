-- Figures that disagree: the same indicator, place and period stated with different values by two
-- articles, with both sentences and URLs.
--
-- The same indicator (a taxonomy key that is not generic), the same place at the same level, the
-- same period (stocks at moments at most a month apart; flows over spans whose start and end are
-- each at most a month apart), with values that differ by more than rounding (1 %, or 10 % when
-- either is hedged: "hơn", "khoảng").
-- param: indicator NULL
-- param: limit 100
WITH facts AS (
    SELECT f.*, CASE scope WHEN 'national' THEN 'VN'
                         WHEN 'province' THEN coalesce(province_id, 'name:' || fold_vi(province))
                         WHEN 'district' THEN coalesce(district_id, 'name:' || fold_vi(province || '/' || district))
                         WHEN 'commune' THEN coalesce(commune_id, 'name:' || fold_vi(district || '/' || commune))
              END AS place_key          -- NULL when the level's name is unknown: nothing to compare
    FROM figure_facts f
    JOIN indicator_taxonomy t ON t.key = f.indicator_key AND NOT t.generic
    WHERE value IS NOT NULL AND period_start IS NOT NULL
      AND indicator_matches(indicator_key, indicator_label, indicator, $indicator)
)
SELECT
    a.indicator_key,
    a.indicator_label AS indicator,
    a.scope,
    a.place,
    a.period_kind,
    a.period AS period_a,
    a.value AS value_a,
    b.period AS period_b,
    b.value AS value_b,
    round(abs(a.value - b.value) / greatest(abs(a.value), abs(b.value)), 3) AS rel_diff,
    a.outlet AS outlet_a,
    b.outlet AS outlet_b,
    a.sentence_text AS sentence_a,
    b.sentence_text AS sentence_b,
    a.url AS url_a,
    b.url AS url_b
FROM facts a
JOIN facts b
  ON a.indicator_key = b.indicator_key
 AND a.scope = b.scope
 AND a.place_key = b.place_key
 AND a.period_kind = b.period_kind
 AND a.article_id < b.article_id
 AND abs(date_diff('day', a.period_end, b.period_end)) <= 31
 AND (a.period_kind = 'as_of' OR abs(date_diff('day', a.period_start, b.period_start)) <= 31)
WHERE a.place_key IS NOT NULL
  AND abs(a.value - b.value) > CASE WHEN a.approx OR b.approx THEN 0.10 ELSE 0.01 END
                               * greatest(abs(a.value), abs(b.value))
ORDER BY rel_diff DESC, a.indicator_key, a.place
LIMIT CAST($limit AS INTEGER);
