-- Where the crawler took an article's title, publication time and author from, so a wrong field can be
-- traced to the rule that chose it (crawler/metadata.py). Values are candidate sources such as
-- 'selector', 'h1', 'og:title', 'jsonld', 'title', 'dateline', 'meta', 'meta_tz_fixed', 'url', 'htmldate',
-- 'byline_end', 'byline_start'; NULL when the field is NULL or the article was stored before this migration.
ALTER TABLE articles ADD COLUMN title_source VARCHAR;
ALTER TABLE articles ADD COLUMN published_source VARCHAR;
ALTER TABLE articles ADD COLUMN author_source VARCHAR;
