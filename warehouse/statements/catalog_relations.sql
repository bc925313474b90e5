-- The warehouse's tables and views with their comments (schema 016_comments.sql), for `tinmine tables`.
-- Internal ones (search index, near-duplicate index, bookkeeping) have comments starting "internal:".
SELECT name, kind, columns, comment, starts_with(coalesce(comment, ''), 'internal:') AS internal
FROM (
    SELECT table_name AS name, 'table' AS kind, column_count AS columns, comment
    FROM duckdb_tables()
    WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
    UNION ALL
    SELECT view_name, 'view', column_count, comment
    FROM duckdb_views()
    WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal AND NOT temporary
)
ORDER BY internal, name;
