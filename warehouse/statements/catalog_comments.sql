-- The comments on columns (schema 016_comments.sql), to describe a warehouse migrated before they were written.
SELECT table_name, column_name, comment
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main' AND comment IS NOT NULL;
