-- One time zone for every timestamp: naive local time in Asia/Ho_Chi_Minh.
-- Every connection sets DuckDB's TimeZone to it (warehouse.connect), so the current_localtimestamp()
-- defaults below agree with the crawler's fetched_at and the outlets' published_at. Warehouses written
-- before this migration may hold extracted_at, recorded_at, first_seen, last_seen and loaded_at in the
-- machine's zone (UTC on servers).
COMMENT ON COLUMN articles.published_at IS 'publication time, naive Asia/Ho_Chi_Minh local time';
COMMENT ON COLUMN articles.fetched_at IS 'when the page was fetched, naive Asia/Ho_Chi_Minh local time';
COMMENT ON COLUMN article_urls.recorded_at IS 'when the duplicate was recorded, naive Asia/Ho_Chi_Minh local time';
COMMENT ON COLUMN crawl_log.first_seen IS 'first time of this event for the URL, naive Asia/Ho_Chi_Minh local time';
COMMENT ON COLUMN crawl_log.last_seen IS 'last time of this event for the URL, naive Asia/Ho_Chi_Minh local time';
COMMENT ON COLUMN extractions.extracted_at IS 'when the mentions were extracted, naive Asia/Ho_Chi_Minh local time';
COMMENT ON COLUMN reference_data.loaded_at IS 'when the reference file was loaded, naive Asia/Ho_Chi_Minh local time';
COMMENT ON COLUMN schema_migrations.applied_at IS 'when the migration was applied, naive Asia/Ho_Chi_Minh local time';
