-- One crawl-log row per (url, event); seeing it again bumps `times` and `last_seen`.
INSERT INTO crawl_log (url, event, outlet, status_code, reason)
VALUES ($url, $event, $outlet, $status_code, $reason)
ON CONFLICT (url, event) DO UPDATE SET
    outlet = excluded.outlet,
    status_code = excluded.status_code,
    reason = excluded.reason,
    last_seen = current_localtimestamp(),
    times = crawl_log.times + 1;
