-- Used when a database file was built by an older schema (before the first release the schema
-- files are edited in place): the tables are dropped and rebuilt, and the datasets reloaded.

-- name: stored-hash
SELECT max(schema_hash) FROM schema_info;

-- name: tables
SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary;

-- name: views
SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal AND NOT temporary;

-- name: drop-view
DROP VIEW IF EXISTS "#{view}";

-- name: drop-table
DROP TABLE IF EXISTS "#{table}";

-- name: record-hash
INSERT INTO schema_info VALUES ('${hash}');
