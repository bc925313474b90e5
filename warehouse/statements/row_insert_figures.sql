-- One figure row (the row-by-row baseline of `tinmine bench warehouse`).
INSERT INTO figures BY NAME
SELECT *, period_start_of(period) AS period_start, period_end_of(period) AS period_end
FROM (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
    AS t(article_id, sentence, start, "end", text, value, unit, kind, approx, indicator, indicator_key, indicator_mapped, scope, province, district, commune, province_id, district_id, commune_id, place_source, period, period_kind, period_source, model_key, extractor_version);
