-- Many crawl-log rows at once from the registered Arrow table incoming_events (seq = arrival order).
-- The same result as log_crawl_event.sql row by row: the latest row of a (url, event) sets outlet,
-- status and reason, and `times` grows by how often the pair came.
INSERT INTO crawl_log (url, event, outlet, status_code, reason, times)
SELECT url, event, outlet, status_code, reason, count(*) OVER (PARTITION BY url, event) AS times
FROM incoming_events
QUALIFY row_number() OVER (PARTITION BY url, event ORDER BY seq DESC) = 1
ON CONFLICT (url, event) DO UPDATE SET
    outlet = excluded.outlet,
    status_code = excluded.status_code,
    reason = excluded.reason,
    last_seen = current_localtimestamp(),
    times = crawl_log.times + excluded.times;
