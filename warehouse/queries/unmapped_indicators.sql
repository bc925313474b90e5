-- Indicators the taxonomy (extract/data/indicators.tsv) does not know yet, most frequent first, with
-- the phrases and units seen: add rows for them to the taxonomy, then `tinmine reextract`.
-- param: limit 50
SELECT
    indicator_key,
    count(*) AS figures,
    count(DISTINCT article_id) AS articles,
    list_sort(list_distinct(list(unit)))[1:5] AS units,
    list_sort(list_distinct(list(indicator)))[1:5] AS phrases,
    any_value(sentence_text) AS example
FROM figure_facts
WHERE NOT indicator_mapped
GROUP BY indicator_key
ORDER BY figures DESC, indicator_key
LIMIT CAST($limit AS INTEGER);
