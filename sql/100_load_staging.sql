-- Dataset loading, step 1: every CSV file is read by DuckDB's own reader into a staging
-- table of text columns, with the file and line each row came from, so that validation can
-- name file, line and column. Column names and order are the files' header contract
-- (datasets/README.md); the loader checks each file's header against them first.

-- name: create-staging
CREATE OR REPLACE TEMP TABLE stg_reference (file VARCHAR, line BIGINT, region VARCHAR, pdu VARCHAR, name_in_source VARCHAR, note VARCHAR, source VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_subsample (file VARCHAR, line BIGINT, code VARCHAR, label VARCHAR, kind VARCHAR, ordinal VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_provider (file VARCHAR, line BIGINT, id VARCHAR, name VARCHAR, type VARCHAR, region VARCHAR, source VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_framework (file VARCHAR, line BIGINT, code VARCHAR, name VARCHAR, first_used VARCHAR, last_used VARCHAR, rated_standards VARCHAR, max_score VARCHAR, score_bands VARCHAR, score_bands_source VARCHAR, key_question_bands VARCHAR, key_question_bands_source VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_framework_item (file VARCHAR, line BIGINT, framework VARCHAR, code VARCHAR, parent_code VARCHAR, level VARCHAR, ordinal VARCHAR, text VARCHAR, rated VARCHAR, source_file VARCHAR, source_line VARCHAR, applies_to VARCHAR, short_title VARCHAR, short_title_line VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_question_mapping (file VARCHAR, line BIGINT, from_framework VARCHAR, from_code VARCHAR, to_framework VARCHAR, to_code VARCHAR, relation VARCHAR, reason VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_inspection (file VARCHAR, line BIGINT, id VARCHAR, provider_id VARCHAR, framework VARCHAR, title VARCHAR, fieldwork_start VARCHAR, fieldwork_start_precision VARCHAR, published VARCHAR, score VARCHAR, max_score VARCHAR, overall_rating VARCHAR, source_file VARCHAR, source_line VARCHAR, notes VARCHAR, synthetic VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_sample (file VARCHAR, line BIGINT, inspection_id VARCHAR, sample VARCHAR, subsample VARCHAR, cases VARCHAR, quote VARCHAR, source_file VARCHAR, source_line VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_result (file VARCHAR, line BIGINT, inspection_id VARCHAR, item_code VARCHAR, subsample VARCHAR, percent_printed VARCHAR, percent VARCHAR, yes_count VARCHAR, denominator VARCHAR, marker VARCHAR, marker_meaning VARCHAR, question_as_printed VARCHAR, source_section VARCHAR, source_file VARCHAR, source_line VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_rating (file VARCHAR, line BIGINT, inspection_id VARCHAR, standard_code VARCHAR, rating_printed VARCHAR, rating VARCHAR, source_file VARCHAR, source_line VARCHAR, note VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_comparator (file VARCHAR, line BIGINT, inspection_id VARCHAR, series VARCHAR, series_label VARCHAR, item_code VARCHAR, subsample VARCHAR, percent_printed VARCHAR, percent VARCHAR, source_section VARCHAR, source_file VARCHAR, source_line VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_context (file VARCHAR, line BIGINT, inspection_id VARCHAR, table_name VARCHAR, row_label VARCHAR, column_label VARCHAR, value_printed VARCHAR, value VARCHAR, unit VARCHAR, source_file VARCHAR, source_line VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_standard_sample (file VARCHAR, line BIGINT, framework VARCHAR, standard_code VARCHAR, sample VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_flag (file VARCHAR, line BIGINT, inspection_id VARCHAR, item VARCHAR, reason VARCHAR, source_file VARCHAR, source_line VARCHAR);
CREATE OR REPLACE TEMP TABLE stg_succession (file VARCHAR, line BIGINT, provider_id VARCHAR, predecessor_id VARCHAR, note VARCHAR, source_file VARCHAR, source_line VARCHAR);
CREATE OR REPLACE TEMP MACRO slug(s) AS trim(regexp_replace(lower(s), '[^a-z0-9]+', '-', 'g'), '-');
-- Every provider a dataset may name: the reference PDUs and regions, and providers.csv.
CREATE OR REPLACE TEMP VIEW stg_all_provider AS
    SELECT slug(pdu) AS id, pdu AS name, 'pdu' AS type, slug(region) AS region_id, file, line FROM stg_reference
    UNION ALL
    SELECT DISTINCT slug(region), region, 'probation_region', slug(region), file, min(line) OVER (PARTITION BY region) FROM stg_reference
    UNION ALL
    SELECT id, name, type, slug(region), file, line FROM stg_provider;

-- name: drop-staging
DROP VIEW IF EXISTS stg_all_provider;
DROP TABLE IF EXISTS stg_reference;
DROP TABLE IF EXISTS stg_subsample;
DROP TABLE IF EXISTS stg_provider;
DROP TABLE IF EXISTS stg_framework;
DROP TABLE IF EXISTS stg_framework_item;
DROP TABLE IF EXISTS stg_question_mapping;
DROP TABLE IF EXISTS stg_inspection;
DROP TABLE IF EXISTS stg_sample;
DROP TABLE IF EXISTS stg_result;
DROP TABLE IF EXISTS stg_rating;
DROP TABLE IF EXISTS stg_comparator;
DROP TABLE IF EXISTS stg_context;
DROP TABLE IF EXISTS stg_standard_sample;
DROP TABLE IF EXISTS stg_flag;
DROP TABLE IF EXISTS stg_succession;

-- name: staging-columns
SELECT column_name FROM duckdb_columns()
WHERE table_name = '${table}' AND column_name NOT IN ('file', 'line')
ORDER BY column_index;

-- The header is read as a data row against the expected columns plus one more, so that a
-- missing, extra or misnamed column is reported as such (DuckDB's sniffer is not used: it
-- gives up on a ragged file without naming the line).
-- name: header
SELECT * FROM read_csv('${path}', header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
                       columns = #{columnsPlusExtra}, null_padding = true, strict_mode = false) LIMIT 1;

-- The files of one kind (with the same columns) are read at once: paths and names are two lists
-- of equal length, each file's path and the name it is reported under.
-- Rows keep the order of the list and of each file (DuckDB preserves insertion order), so a row's
-- number less the first number of its file, plus the header line, is its line in the file (for
-- files without line breaks inside quoted fields); file_index is the file's place in the list.
-- By name: files that leave out their kind's optional trailing columns stage them as NULL.
-- name: stage
INSERT INTO ${table} BY NAME
SELECT (#{names})[CAST(file_index AS BIGINT) + 1] AS file,
       row_in_read - min(row_in_read) OVER (PARTITION BY file_index) + 2 AS line,
       * EXCLUDE (file_index, row_in_read)
FROM (SELECT file_index, row_number() OVER () AS row_in_read, *
      FROM read_csv(#{paths}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                    columns = #{columns}, strict_mode = true));

-- The plain files of one kind joined into one file (CsvBundle), rows in file order, so that rows
-- first_row to first_row + row_count - 1 of the bundle are those of one file (three lists in
-- step, one element per file) and a row's place in its file plus the header line is its line.
-- A row the files do not account for is staged without a file: the loader sees the count differ.
-- name: stage-bundle
INSERT INTO ${table} BY NAME
SELECT f.file_name AS file, r.row_in_read - f.first_row + 2 AS line, r.* EXCLUDE (row_in_read)
FROM (SELECT row_number() OVER () AS row_in_read, *
      FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                    columns = #{columns}, strict_mode = true)) r
LEFT JOIN (SELECT file_name, first_row, unnest(range(first_row, first_row + row_count)) AS row_in_read
           FROM (SELECT unnest(#{names}) AS file_name, unnest(#{firstRows}) AS first_row, unnest(#{rowCounts}) AS row_count)) f
       USING (row_in_read);

-- name: unstage
DELETE FROM ${table} WHERE file IS NULL OR file IN (SELECT unnest(#{names}));
