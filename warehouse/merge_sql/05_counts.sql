-- What this shard changed: new articles, replaced articles, articles whose mentions were replaced.
SELECT
    (SELECT count(*) FROM merge_incoming WHERE NOT existing) AS new,
    (SELECT count(*) FROM merge_incoming WHERE existing)     AS updated,
    (SELECT count(*) FROM merge_mentions)                    AS mentions;
