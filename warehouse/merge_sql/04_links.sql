-- Duplicate URLs: the latest verdict for a URL wins (as in record_duplicate).
INSERT INTO article_urls BY NAME
SELECT * FROM shard.article_urls
ON CONFLICT (url) DO UPDATE SET
    article_id = excluded.article_id,
    reason = excluded.reason,
    similarity = excluded.similarity,
    recorded_at = excluded.recorded_at
WHERE excluded.recorded_at > article_urls.recorded_at;

-- Crawl log: one row per (url, event) across shards, spanning their first and last sightings.
-- `times` takes the larger count rather than the sum, so loading a shard twice changes nothing.
INSERT INTO crawl_log BY NAME
SELECT * FROM shard.crawl_log
ON CONFLICT (url, event) DO UPDATE SET
    outlet = CASE WHEN excluded.last_seen > crawl_log.last_seen THEN excluded.outlet ELSE crawl_log.outlet END,
    status_code = CASE WHEN excluded.last_seen > crawl_log.last_seen THEN excluded.status_code ELSE crawl_log.status_code END,
    reason = CASE WHEN excluded.last_seen > crawl_log.last_seen THEN excluded.reason ELSE crawl_log.reason END,
    first_seen = least(crawl_log.first_seen, excluded.first_seen),
    last_seen = greatest(crawl_log.last_seen, excluded.last_seen),
    times = greatest(crawl_log.times, excluded.times);
