-- The columns of the warehouse's tables and views, in order, with types and comments (`tinmine tables NAME`).
-- param: relations
SELECT table_name AS relation, column_name AS column, data_type AS type, is_nullable AS nullable, comment
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main'
  AND list_contains(CAST($relations AS VARCHAR[]), table_name)
ORDER BY list_position(CAST($relations AS VARCHAR[]), table_name), column_index;
