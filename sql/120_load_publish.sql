-- Dataset loading, step 3 (only after validation found nothing): replace everything by the
-- staged rows, typed: datasets/ and the imported inspections (files named imports/...) are
-- both staged at every load. Runs in the loader's transaction: all or nothing.

DELETE FROM result WHERE inspection_id IN (SELECT id FROM inspection WHERE origin IN ('dataset', 'import'));
DELETE FROM case_sample WHERE inspection_id IN (SELECT id FROM inspection WHERE origin IN ('dataset', 'import'));
DELETE FROM standard_rating WHERE inspection_id IN (SELECT id FROM inspection WHERE origin IN ('dataset', 'import'));
DELETE FROM comparator WHERE inspection_id IN (SELECT id FROM inspection WHERE origin IN ('dataset', 'import'));
DELETE FROM context_figure WHERE inspection_id IN (SELECT id FROM inspection WHERE origin IN ('dataset', 'import'));
DELETE FROM data_quality_flag WHERE inspection_id IN (SELECT id FROM inspection WHERE origin IN ('dataset', 'import'));
DELETE FROM inspection WHERE origin IN ('dataset', 'import');
DELETE FROM provider WHERE origin = 'dataset';
DELETE FROM region;
DELETE FROM question_mapping;
DELETE FROM framework_item;
DELETE FROM framework;
DELETE FROM subsample;
DELETE FROM standard_sample;
DELETE FROM provider_succession;

INSERT INTO region (id, name, source)
SELECT slug(region), region, min(source) FROM stg_reference GROUP BY region;

INSERT INTO provider (id, name, type, region_id, name_in_source, note, source, origin)
SELECT slug(pdu), pdu, 'pdu', slug(region), name_in_source, note, source, 'dataset' FROM stg_reference
UNION ALL
SELECT slug(region), region, 'probation_region', slug(region), NULL, NULL, min(source), 'dataset' FROM stg_reference GROUP BY region
UNION ALL
SELECT id, name, type, slug(region), NULL, NULL, source, 'dataset' FROM stg_provider;

INSERT INTO subsample (code, label, kind, ordinal)
SELECT code, label, kind, CAST(ordinal AS INTEGER) FROM stg_subsample;

INSERT INTO framework
SELECT code, name, first_used, last_used, CAST(rated_standards AS INTEGER), CAST(max_score AS INTEGER),
       score_bands, score_bands_source, key_question_bands, key_question_bands_source
FROM stg_framework;

INSERT INTO framework_item
SELECT framework, code, parent_code, level, CAST(ordinal AS INTEGER), text, CAST(rated AS BOOLEAN),
       source_file, CAST(source_line AS INTEGER), applies_to, short_title, CAST(short_title_line AS INTEGER)
FROM stg_framework_item;

INSERT INTO standard_sample
SELECT framework, standard_code, sample FROM stg_standard_sample;

INSERT INTO provider_succession
SELECT provider_id, predecessor_id, note, source_file, CAST(source_line AS INTEGER) FROM stg_succession;

INSERT INTO question_mapping
SELECT from_framework, from_code, to_framework, to_code, relation, reason FROM stg_question_mapping;

INSERT INTO inspection
SELECT id, provider_id, framework, title, CAST(fieldwork_start AS DATE), fieldwork_start_precision,
       CAST(published || '-01' AS DATE), CAST(score AS INTEGER), CAST(max_score AS INTEGER), overall_rating,
       source_file, CAST(source_line AS INTEGER), notes,
       CASE WHEN starts_with(file, 'imports/') THEN 'import' ELSE 'dataset' END,
       coalesce(CAST(synthetic AS BOOLEAN), false)
FROM stg_inspection;

INSERT INTO case_sample
SELECT inspection_id, sample, subsample, CAST(cases AS INTEGER), quote, source_file, CAST(source_line AS INTEGER)
FROM stg_sample;

-- A denominator is 'stated' only when the report states it; the others are estimated next.
INSERT INTO result (inspection_id, framework, item_code, subsample, source_section, percent_printed, percent,
                    percent_kind, yes_count, denominator, denominator_kind, marker, marker_meaning,
                    question_as_printed, source_file, source_line)
SELECT r.inspection_id, i.framework, r.item_code, r.subsample, r.source_section, r.percent_printed,
       coalesce(CAST(r.percent AS DECIMAL(5, 2)),
                CAST(round(100.0 * CAST(r.yes_count AS INTEGER) / CAST(r.denominator AS INTEGER), 2) AS DECIMAL(5, 2))),
       CASE WHEN r.percent IS NULL THEN 'from_counts' ELSE 'printed' END,
       CAST(r.yes_count AS INTEGER), CAST(r.denominator AS INTEGER),
       CASE WHEN r.denominator IS NOT NULL THEN 'stated' ELSE 'unknown' END,
       r.marker, r.marker_meaning, r.question_as_printed, r.source_file, CAST(r.source_line AS INTEGER)
FROM stg_result r JOIN stg_inspection i ON i.id = r.inspection_id;

INSERT INTO standard_rating
SELECT inspection_id, standard_code, rating_printed, rating, source_file, CAST(source_line AS INTEGER), note
FROM stg_rating;

INSERT INTO comparator
SELECT inspection_id, series, series_label, item_code, subsample, percent_printed, CAST(percent AS DECIMAL(5, 2)),
       source_section, source_file, CAST(source_line AS INTEGER)
FROM stg_comparator;

INSERT INTO context_figure
SELECT inspection_id, table_name, row_label, column_label, value_printed, CAST(value AS DOUBLE), unit,
       source_file, CAST(source_line AS INTEGER)
FROM stg_context;

INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
SELECT inspection_id, 'source', item, NULL, reason, source_file, CAST(source_line AS INTEGER) FROM stg_flag;
