-- What was extracted from one stored article, for `tinmine show`: every mention with its offsets into the
-- text and the values read (details, as JSON), officials' later name mentions included.
-- param: article_id
WITH official_mentions AS (
    SELECT o.name, o.rank, o.titles, o.start AS o_start, o."end" AS o_end, unnest(o.mentions) AS m
    FROM officials o
    WHERE o.article_id = $article_id
)
SELECT 'date' AS kind, start, "end", to_json({'value': value, 'precision': precision}) AS details
FROM dates WHERE article_id = $article_id
UNION ALL
SELECT 'figure', start, "end",
       to_json({'value': value, 'unit': unit, 'kind': kind, 'approx': approx, 'indicator': indicator_label,
                'indicator_key': indicator_key, 'place': place, 'scope': scope, 'place_source': place_source,
                'period': period, 'period_kind': period_kind, 'period_source': period_source})
FROM figure_facts WHERE article_id = $article_id
UNION ALL
SELECT 'model', start, "end", to_json({'name': name, 'key': canonical_key})
FROM models WHERE article_id = $article_id
UNION ALL
SELECT 'official', start, "end", to_json({'name': name, 'rank': rank, 'titles': titles})
FROM officials WHERE article_id = $article_id
UNION ALL
SELECT 'official', m.start, m."end", to_json({'name': name, 'rank': rank, 'titles': titles, 'mention': 'again'})
FROM official_mentions WHERE m.start >= o_end OR m."end" <= o_start
UNION ALL
SELECT 'place', start, "end", to_json({'name': name, 'level': level, 'role': role, 'place_id': place_id})
FROM place_mentions WHERE article_id = $article_id
ORDER BY start, "end" DESC, kind;
