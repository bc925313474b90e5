-- Every table to files, the article-bound ones partitioned by publication year (year=YYYY/ folders).
-- Each statement's $parameter is that table's output path; $format is parquet or csv. The mention tables
-- follow, partitioned by their article's publication year (warehouse.export.mentions_sql).
COPY (SELECT *, year(published_at) AS year FROM articles)
    TO $articles (FORMAT $format, PARTITION_BY (year), OVERWRITE);
COPY (SELECT *, year(recorded_at) AS year FROM article_urls)
    TO $article_urls (FORMAT $format, PARTITION_BY (year), OVERWRITE);
COPY (SELECT *, year(first_seen) AS year FROM crawl_log)
    TO $crawl_log (FORMAT $format, PARTITION_BY (year), OVERWRITE);
COPY (SELECT *, year(published_at) AS year FROM figure_facts)
    TO $figure_facts (FORMAT $format, PARTITION_BY (year), OVERWRITE);
-- Reference tables: small, one file each.
COPY places TO $places (FORMAT $format);
COPY outlets TO $outlets (FORMAT $format);
COPY indicator_taxonomy TO $indicator_taxonomy (FORMAT $format);
