-- What `tinmine export` writes: one block per table, "-- table: NAME" then its SELECT. "-- year: COLUMN"
-- names the timestamp whose year partitions the table when the export is asked to split by year
-- (--by-year); tables without one are always one file. The mention tables follow, generated from the
-- schema (warehouse.export.mention_select): each row with its article's URL, title, outlet and
-- publication time, and a figure's row with the sentence that states it.

-- table: articles
-- year: published_at
SELECT * FROM articles;

-- table: article_urls
-- year: recorded_at
SELECT * FROM article_urls;

-- table: crawl_log
-- year: first_seen
SELECT * FROM crawl_log;

-- table: figure_facts
-- year: published_at
SELECT * FROM figure_facts;

-- table: places
SELECT * FROM places;

-- table: outlets
SELECT * FROM outlets;

-- table: indicator_taxonomy
SELECT * FROM indicator_taxonomy;
