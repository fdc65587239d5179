-- Dataset loading, step 2: every check a dataset must pass, as one query of problems
-- (file, line, column, reason). Any row refuses the whole load.
WITH
rating_word(word) AS (VALUES ('Outstanding'), ('Good'), ('Requires improvement'), ('Inadequate')),
problems AS (
    -- required fields
    SELECT file, line, 'pdu' AS col, 'is empty' AS reason FROM stg_reference WHERE pdu IS NULL
    UNION ALL SELECT file, line, 'region', 'is empty' FROM stg_reference WHERE region IS NULL
    UNION ALL SELECT file, line, 'source', 'is empty' FROM stg_reference WHERE source IS NULL
    UNION ALL SELECT file, line, 'pdu', 'duplicate PDU ''' || pdu || ''' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY pdu) AS first FROM stg_reference) WHERE line > first

    -- sub-samples
    UNION ALL SELECT file, line, 'code', 'is empty or not a lower-case code: ''' || coalesce(code, '') || ''''
        FROM stg_subsample WHERE code IS NULL OR NOT regexp_full_match(code, '[a-z0-9_]+')
    UNION ALL SELECT file, line, 'kind', 'must be one of all, sentence_type, rosh, gender, ethnicity, other, not ''' || coalesce(kind, '') || ''''
        FROM stg_subsample WHERE coalesce(kind, '') NOT IN ('all', 'sentence_type', 'rosh', 'gender', 'ethnicity', 'other')
    UNION ALL SELECT file, line, 'ordinal', 'is not a whole number: ''' || coalesce(ordinal, '') || ''''
        FROM stg_subsample WHERE TRY_CAST(ordinal AS INTEGER) IS NULL
    UNION ALL SELECT file, line, 'code', 'duplicate sub-sample ''' || code || ''' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY code) AS first FROM stg_subsample) WHERE line > first

    -- providers
    UNION ALL SELECT file, line, 'id', 'is empty or not a lower-case slug: ''' || coalesce(id, '') || ''''
        FROM stg_provider WHERE id IS NULL OR NOT regexp_full_match(id, '[a-z0-9-]+')
    UNION ALL SELECT file, line, 'name', 'is empty' FROM stg_provider WHERE name IS NULL
    UNION ALL SELECT file, line, 'source', 'is empty' FROM stg_provider WHERE source IS NULL
    UNION ALL SELECT file, line, 'type', 'must be one of nps_division, nps_region, crc, not ''' || coalesce(type, '') || ''''
        FROM stg_provider WHERE coalesce(type, '') NOT IN ('nps_division', 'nps_region', 'crc')
    UNION ALL SELECT p.file, p.line, 'region', 'unknown region ''' || p.region || ''''
        FROM stg_provider p WHERE p.region IS NOT NULL AND p.region NOT IN (SELECT region FROM stg_reference)
    UNION ALL SELECT file, line, 'id', 'duplicate provider id ''' || id || ''' (also ' || first_file || ' line ' || first_line || ')'
        FROM (SELECT *, first_value(file) OVER w AS first_file, first_value(line) OVER w AS first_line,
                     row_number() OVER w AS nth
              FROM stg_all_provider WINDOW w AS (PARTITION BY id ORDER BY file, line))
        WHERE nth > 1

    -- frameworks
    UNION ALL SELECT file, line, 'code', 'is empty or not a lower-case slug: ''' || coalesce(code, '') || ''''
        FROM stg_framework WHERE code IS NULL OR NOT regexp_full_match(code, '[a-z0-9-]+')
    UNION ALL SELECT file, line, 'name', 'is empty' FROM stg_framework WHERE name IS NULL
    UNION ALL SELECT file, line, 'first_used', 'must be YYYY-MM, not ''' || coalesce(first_used, '') || ''''
        FROM stg_framework WHERE NOT regexp_full_match(coalesce(first_used, ''), '\d{4}-(0[1-9]|1[0-2])')
    UNION ALL SELECT file, line, 'last_used', 'must be YYYY-MM or empty, not ''' || last_used || ''''
        FROM stg_framework WHERE last_used IS NOT NULL AND NOT regexp_full_match(last_used, '\d{4}-(0[1-9]|1[0-2])')
    UNION ALL SELECT file, line, 'rated_standards', 'is not a positive whole number: ''' || coalesce(rated_standards, '') || ''''
        FROM stg_framework WHERE coalesce(TRY_CAST(rated_standards AS INTEGER), 0) <= 0
    UNION ALL SELECT file, line, 'max_score', 'must be 3 x rated_standards or empty (no overall score), not ''' || max_score || ''''
        FROM stg_framework WHERE max_score IS NOT NULL
         AND TRY_CAST(max_score AS INTEGER) IS DISTINCT FROM 3 * TRY_CAST(rated_standards AS INTEGER)
    UNION ALL SELECT file, line, 'score_bands', 'must read ''Inadequate:a-b;Requires improvement:c-d;Good:e-f;Outstanding:g-h'', not ''' || coalesce(score_bands, '') || ''''
        FROM stg_framework WHERE max_score IS NOT NULL AND NOT regexp_full_match(coalesce(score_bands, ''),
            'Inadequate:\d{1,4}-\d{1,4};Requires improvement:\d{1,4}-\d{1,4};Good:\d{1,4}-\d{1,4};Outstanding:\d{1,4}-\d{1,4}')
    UNION ALL SELECT file, line, 'score_bands', 'must be empty when max_score is empty (no overall score), not ''' || score_bands || ''''
        FROM stg_framework WHERE max_score IS NULL AND score_bands IS NOT NULL
    UNION ALL SELECT file, line, 'score_bands_source', 'is empty' FROM stg_framework WHERE max_score IS NOT NULL AND score_bands_source IS NULL
    UNION ALL SELECT file, line, 'key_question_bands', 'must read ''Requires improvement:a;Good:b;Outstanding:c'' (lower percent edges, rising), not ''' || coalesce(key_question_bands, '') || ''''
        FROM stg_framework WHERE NOT regexp_full_match(coalesce(key_question_bands, ''),
            'Requires improvement:(\d+);Good:(\d+);Outstanding:(\d+)')
         -- an edge that is no whole number within 1-100 casts to NULL: counted as a failed check, not let through
         OR NOT coalesce(TRY_CAST(regexp_extract(key_question_bands, 'Requires improvement:(\d+)', 1) AS INTEGER)
                 < TRY_CAST(regexp_extract(key_question_bands, 'Good:(\d+)', 1) AS INTEGER)
             AND TRY_CAST(regexp_extract(key_question_bands, 'Good:(\d+)', 1) AS INTEGER)
                 < TRY_CAST(regexp_extract(key_question_bands, 'Outstanding:(\d+)', 1) AS INTEGER)
             AND TRY_CAST(regexp_extract(key_question_bands, 'Requires improvement:(\d+)', 1) AS INTEGER) > 0
             AND TRY_CAST(regexp_extract(key_question_bands, 'Outstanding:(\d+)', 1) AS INTEGER) <= 100, false)
    UNION ALL SELECT file, line, 'key_question_bands_source', 'is empty' FROM stg_framework WHERE key_question_bands_source IS NULL
    UNION ALL SELECT file, line, 'code', 'duplicate framework ''' || code || ''' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY code) AS first FROM stg_framework) WHERE line > first

    -- framework items
    UNION ALL SELECT i.file, i.line, 'framework', 'unknown framework ''' || coalesce(i.framework, '') || ''''
        FROM stg_framework_item i WHERE i.framework IS NULL OR i.framework NOT IN (SELECT code FROM stg_framework)
    UNION ALL SELECT file, line, 'code', 'must look like 2, 2.1, 2.1.1 or 2.1.1.a, not ''' || coalesce(code, '') || ''''
        FROM stg_framework_item WHERE NOT regexp_full_match(coalesce(code, ''), '\d+(\.\d+(\.\d+(\.[a-z]+)?)?)?')
    UNION ALL SELECT file, line, 'level', 'must be ' || expected || ' for code ''' || code || ''', not ''' || coalesce(level, '') || ''''
        FROM (SELECT *, CASE len(string_split(code, '.')) WHEN 1 THEN 'domain' WHEN 2 THEN 'standard'
                             WHEN 3 THEN 'key_question' ELSE 'prompt' END AS expected
              FROM stg_framework_item WHERE code IS NOT NULL)
        WHERE level IS DISTINCT FROM expected
    UNION ALL SELECT i.file, i.line, 'parent_code', 'must be the code''s parent '''
                 || coalesce(regexp_extract(i.code, '^(.*)\.[^.]+$', 1), '') || ''', not ''' || coalesce(i.parent_code, '') || ''''
        FROM stg_framework_item i WHERE i.code IS NOT NULL
         AND i.parent_code IS DISTINCT FROM nullif(regexp_extract(i.code, '^(.*)\.[^.]+$', 1), '')
    UNION ALL SELECT i.file, i.line, 'parent_code', 'parent ''' || i.parent_code || ''' is not an item of ' || i.framework
        FROM stg_framework_item i WHERE i.parent_code IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM stg_framework_item p WHERE p.framework = i.framework AND p.code = i.parent_code)
    UNION ALL SELECT file, line, 'ordinal', 'is not a whole number: ''' || coalesce(ordinal, '') || ''''
        FROM stg_framework_item WHERE TRY_CAST(ordinal AS INTEGER) IS NULL
    UNION ALL SELECT file, line, 'applies_to', 'unknown sub-sample ''' || applies_to || ''''
        FROM stg_framework_item i WHERE i.applies_to IS NOT NULL AND i.applies_to NOT IN (SELECT code FROM stg_subsample)
    UNION ALL SELECT file, line, 'text', 'is empty' FROM stg_framework_item WHERE text IS NULL
    UNION ALL SELECT file, line, 'short_title', 'is given for a ' || level || '; only a standard has one'
        FROM stg_framework_item WHERE short_title IS NOT NULL AND level IS DISTINCT FROM 'standard'
    UNION ALL SELECT file, line, 'short_title_line', 'is not a positive whole number: ''' || short_title_line || ''''
        FROM stg_framework_item WHERE short_title_line IS NOT NULL AND coalesce(TRY_CAST(short_title_line AS INTEGER), 0) <= 0
    UNION ALL SELECT file, line, 'short_title_line', 'is empty while short_title is given: say where it is printed'
        FROM stg_framework_item WHERE short_title IS NOT NULL AND short_title_line IS NULL
    UNION ALL SELECT file, line, 'rated', 'must be true or false for a standard, empty otherwise, not ''' || coalesce(rated, '') || ''''
        FROM stg_framework_item WHERE (level = 'standard' AND coalesce(rated, '') NOT IN ('true', 'false'))
                                   OR (level <> 'standard' AND rated IS NOT NULL)
    UNION ALL SELECT file, line, 'source_line', 'is not a positive whole number: ''' || source_line || ''''
        FROM stg_framework_item WHERE source_line IS NOT NULL AND coalesce(TRY_CAST(source_line AS INTEGER), 0) <= 0
    UNION ALL SELECT file, line, 'code', 'duplicate item ''' || code || ''' of ' || framework || ' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY framework, code) AS first FROM stg_framework_item) WHERE line > first

    -- question mapping
    UNION ALL SELECT m.file, m.line, 'from_code', 'unknown question ''' || coalesce(m.from_code, '') || ''' of framework ''' || coalesce(m.from_framework, '') || ''''
        FROM stg_question_mapping m WHERE NOT EXISTS
            (SELECT 1 FROM stg_framework_item i WHERE i.framework = m.from_framework AND i.code = m.from_code)
    UNION ALL SELECT m.file, m.line, 'to_code', 'unknown question ''' || coalesce(m.to_code, '') || ''' of framework ''' || coalesce(m.to_framework, '') || ''''
        FROM stg_question_mapping m WHERE NOT EXISTS
            (SELECT 1 FROM stg_framework_item i WHERE i.framework = m.to_framework AND i.code = m.to_code)
    UNION ALL SELECT file, line, 'relation', 'must be equivalent or similar, not ''' || coalesce(relation, '') || ''''
        FROM stg_question_mapping WHERE coalesce(relation, '') NOT IN ('equivalent', 'similar')
    UNION ALL SELECT file, line, 'reason', 'is empty' FROM stg_question_mapping WHERE reason IS NULL
    UNION ALL SELECT file, line, 'to_code', 'duplicate mapping (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY from_framework, from_code, to_framework, to_code) AS first
              FROM stg_question_mapping) WHERE line > first

    -- inspections
    UNION ALL SELECT file, line, 'id', 'must equal its folder name ''' || regexp_extract(file, 'inspections/([^/]+)/', 1) || ''', not ''' || coalesce(id, '') || ''''
        FROM stg_inspection WHERE id IS DISTINCT FROM regexp_extract(file, 'inspections/([^/]+)/', 1)
    UNION ALL SELECT file, line, 'id', 'is not a lower-case slug: ''' || id || ''''
        FROM stg_inspection WHERE NOT regexp_full_match(id, '[a-z0-9-]+')
    UNION ALL SELECT file, line, 'id', 'duplicate inspection ''' || id || ''' (also ' || first_file || ')'
        FROM (SELECT *, first_value(file) OVER w AS first_file, row_number() OVER w AS nth
              FROM stg_inspection WINDOW w AS (PARTITION BY id ORDER BY starts_with(file, 'imports/'), file)) WHERE nth > 1
    UNION ALL SELECT i.file, i.line, 'provider_id', 'unknown provider ''' || coalesce(i.provider_id, '') || ''''
        FROM stg_inspection i WHERE i.provider_id IS NULL OR i.provider_id NOT IN (SELECT id FROM stg_all_provider)
    UNION ALL SELECT i.file, i.line, 'framework', 'unknown framework ''' || coalesce(i.framework, '') || ''''
        FROM stg_inspection i WHERE i.framework IS NULL OR i.framework NOT IN (SELECT code FROM stg_framework)
    UNION ALL SELECT file, line, 'title', 'is empty' FROM stg_inspection WHERE title IS NULL
    -- names are shown in the UI and exported: no markup, no control characters, no SQL statements
    UNION ALL SELECT file, line, 'title', 'contains markup: ''' || title || ''''
        FROM stg_inspection WHERE regexp_matches(title, '<\s*[a-zA-Z/!]')
    UNION ALL SELECT file, line, 'title', 'contains control characters'
        FROM stg_inspection WHERE regexp_matches(title, '[\x00-\x08\x0B\x0C\x0E-\x1F]')
    UNION ALL SELECT file, line, 'title', 'looks like a SQL statement: ''' || title || ''''
        FROM stg_inspection WHERE regexp_matches(lower(title), ';\s*(drop|delete|insert|update|alter|create|attach|copy)\s')
    UNION ALL SELECT file, line, 'fieldwork_start', 'is not a date YYYY-MM-DD: ''' || coalesce(fieldwork_start, '') || ''''
        FROM stg_inspection WHERE NOT regexp_full_match(coalesce(fieldwork_start, ''), '\d{4}-\d{2}-\d{2}')
                               OR TRY_CAST(fieldwork_start AS DATE) IS NULL
    UNION ALL SELECT file, line, 'fieldwork_start_precision', 'must be day or month, not ''' || coalesce(fieldwork_start_precision, '') || ''''
        FROM stg_inspection WHERE coalesce(fieldwork_start_precision, '') NOT IN ('day', 'month')
    UNION ALL SELECT file, line, 'fieldwork_start', 'has month precision, so its day must be 01'
        FROM stg_inspection WHERE fieldwork_start_precision = 'month' AND NOT ends_with(coalesce(fieldwork_start, ''), '-01')
    UNION ALL SELECT file, line, 'published', 'must be YYYY-MM, not ''' || coalesce(published, '') || ''''
        FROM stg_inspection WHERE NOT regexp_full_match(coalesce(published, ''), '\d{4}-(0[1-9]|1[0-2])')
    UNION ALL SELECT file, line, 'score', 'is not a whole number from 0: ''' || score || ''''
        FROM stg_inspection WHERE score IS NOT NULL AND coalesce(TRY_CAST(score AS INTEGER), -1) < 0
    UNION ALL SELECT file, line, 'max_score', 'is not a positive whole number: ''' || max_score || ''''
        FROM stg_inspection WHERE max_score IS NOT NULL AND coalesce(TRY_CAST(max_score AS INTEGER), 0) <= 0
    UNION ALL SELECT file, line, 'score', 'score ' || score || ' is above max_score ' || max_score
        FROM stg_inspection WHERE TRY_CAST(score AS INTEGER) > TRY_CAST(max_score AS INTEGER)
    UNION ALL SELECT file, line, 'max_score', 'is empty while score is given' FROM stg_inspection WHERE score IS NOT NULL AND max_score IS NULL
    UNION ALL SELECT i.file, i.line, 'score', 'framework ''' || i.framework || ''' publishes no overall score (its max_score is empty), but score is ''' || coalesce(i.score, '') || ''' and max_score ''' || coalesce(i.max_score, '') || ''''
        FROM stg_inspection i JOIN stg_framework f ON f.code = i.framework
        WHERE f.max_score IS NULL AND (i.score IS NOT NULL OR i.max_score IS NOT NULL)
    UNION ALL SELECT file, line, 'synthetic', 'must be true, false or empty, not ''' || synthetic || ''''
        FROM stg_inspection WHERE synthetic IS NOT NULL AND synthetic NOT IN ('true', 'false')
    UNION ALL SELECT file, line, 'title', 'of a synthetic inspection must start with ''SYNTHETIC — '', not ''' || coalesce(title, '') || ''''
        FROM stg_inspection WHERE synthetic = 'true' AND NOT starts_with(coalesce(title, ''), 'SYNTHETIC — ')
    -- synthetic data never sits beside real data: a load is all synthetic or all real
    UNION ALL SELECT s.file, s.line, 'synthetic', 'is true, but ' || r.n || ' inspection(s) of this load are real (first: '
                 || r.first_file || '): synthetic and real inspections are never loaded together; '
                 || 'load a synthetic datasets folder on its own (inspections.datasets-dir) with no imports'
        FROM (SELECT file, line FROM stg_inspection WHERE synthetic = 'true' ORDER BY file LIMIT 1) s,
             (SELECT count(*) AS n, min(file) AS first_file FROM stg_inspection WHERE coalesce(synthetic, 'false') <> 'true') r
        WHERE r.n > 0
    UNION ALL SELECT file, line, 'overall_rating', 'must be Outstanding, Good, Requires improvement or Inadequate, not ''' || overall_rating || ''''
        FROM stg_inspection WHERE overall_rating IS NOT NULL AND overall_rating NOT IN (SELECT word FROM rating_word)
    UNION ALL SELECT file, line, 'source_file', 'is empty' FROM stg_inspection WHERE source_file IS NULL
    UNION ALL SELECT file, line, 'source_line', 'is not a positive whole number: ''' || source_line || ''''
        FROM stg_inspection WHERE source_line IS NOT NULL AND coalesce(TRY_CAST(source_line AS INTEGER), 0) <= 0

    -- rows that belong to an inspection: in its folder, for an inspection that exists
    UNION ALL SELECT file, line, 'inspection_id', problem FROM (
        SELECT file, line, inspection_id, CASE
                WHEN inspection_id IS NULL THEN 'is empty'
                WHEN inspection_id NOT IN (SELECT id FROM stg_inspection WHERE id IS NOT NULL)
                    THEN 'result for unknown inspection ''' || inspection_id || ''''
                WHEN inspection_id <> regexp_extract(file, 'inspections/([^/]+)/', 1)
                    THEN 'must equal its folder name ''' || regexp_extract(file, 'inspections/([^/]+)/', 1) || ''', not ''' || inspection_id || ''''
            END AS problem
        FROM (SELECT file, line, inspection_id FROM stg_sample
              UNION ALL SELECT file, line, inspection_id FROM stg_result
              UNION ALL SELECT file, line, inspection_id FROM stg_rating
              UNION ALL SELECT file, line, inspection_id FROM stg_comparator
              UNION ALL SELECT file, line, inspection_id FROM stg_context
              UNION ALL SELECT file, line, inspection_id FROM stg_flag)) WHERE problem IS NOT NULL
    UNION ALL SELECT file, line, 'subsample', 'unknown sub-sample ''' || coalesce(subsample, '') || ''''
        FROM (SELECT file, line, subsample FROM stg_sample UNION ALL SELECT file, line, subsample FROM stg_result
              UNION ALL SELECT file, line, subsample FROM stg_comparator)
        WHERE subsample IS NULL OR subsample NOT IN (SELECT code FROM stg_subsample WHERE code IS NOT NULL)
    UNION ALL SELECT file, line, 'source_line', 'is not a positive whole number: ''' || source_line || ''''
        FROM (SELECT file, line, source_line FROM stg_sample UNION ALL SELECT file, line, source_line FROM stg_result
              UNION ALL SELECT file, line, source_line FROM stg_rating UNION ALL SELECT file, line, source_line FROM stg_comparator
              UNION ALL SELECT file, line, source_line FROM stg_context)
        WHERE source_line IS NOT NULL AND coalesce(TRY_CAST(source_line AS INTEGER), 0) <= 0
    UNION ALL SELECT file, line, 'source_file', 'is empty'
        FROM (SELECT file, line, source_file FROM stg_sample UNION ALL SELECT file, line, source_file FROM stg_result
              UNION ALL SELECT file, line, source_file FROM stg_rating UNION ALL SELECT file, line, source_file FROM stg_comparator
              UNION ALL SELECT file, line, source_file FROM stg_context)
        WHERE source_file IS NULL

    -- samples
    UNION ALL SELECT file, line, 'sample', 'is empty or not a lower-case code: ''' || coalesce(sample, '') || ''''
        FROM stg_sample WHERE sample IS NULL OR NOT regexp_full_match(sample, '[a-z0-9_]+')
    UNION ALL SELECT file, line, 'cases', 'is not a positive whole number: ''' || coalesce(cases, '') || ''''
        FROM stg_sample WHERE coalesce(TRY_CAST(cases AS INTEGER), 0) <= 0
    -- a realistic bound: no inspection samples more cases, and the count estimation's search grows with it
    UNION ALL SELECT file, line, 'cases', 'is ' || cases || ': more than 1000 cases, larger than any inspection sample '
            || '(a sample this large is refused rather than estimated from)'
        FROM stg_sample WHERE TRY_CAST(cases AS INTEGER) > 1000
    UNION ALL SELECT file, line, 'subsample', 'duplicate sample ' || sample || '/' || subsample || ' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY inspection_id, sample, subsample) AS first FROM stg_sample) WHERE line > first

    -- results and comparators: a key question or prompt of the inspection's framework, a percent in 0..100
    UNION ALL SELECT r.file, r.line, 'item_code', 'unknown question code ''' || coalesce(r.item_code, '') || ''' for framework ''' || i.framework || ''''
        FROM (SELECT file, line, inspection_id, item_code FROM stg_result
              UNION ALL SELECT file, line, inspection_id, item_code FROM stg_comparator) r
        JOIN stg_inspection i ON i.id = r.inspection_id
        WHERE NOT EXISTS (SELECT 1 FROM stg_framework_item f WHERE f.framework = i.framework AND f.code = r.item_code
                            AND f.level IN ('key_question', 'prompt'))
    -- a result may print only a count ("20 of 23"): then its percent is left empty and derived at publish
    UNION ALL SELECT file, line, 'percent', CASE WHEN percent IS NULL THEN 'is empty (and no yes_count of a denominator is stated)'
                                                 WHEN TRY_CAST(percent AS DECIMAL(9, 2)) IS NULL THEN 'is not a number: ''' || percent || ''''
                                                 ELSE 'percent ' || percent || ' is outside 0-100' END
        FROM (SELECT file, line, percent, yes_count IS NOT NULL AND denominator IS NOT NULL AS counted FROM stg_result
              UNION ALL SELECT file, line, percent, false FROM stg_comparator)
        WHERE NOT coalesce(TRY_CAST(percent AS DECIMAL(9, 2)) BETWEEN 0 AND 100, percent IS NULL AND counted)
    UNION ALL SELECT file, line, 'percent_printed', 'is empty while percent is given'
        FROM (SELECT file, line, percent_printed, percent FROM stg_result UNION ALL SELECT file, line, percent_printed, percent FROM stg_comparator)
        WHERE percent_printed IS NULL AND percent IS NOT NULL
    UNION ALL SELECT file, line, 'percent', 'is given while percent_printed is empty'
        FROM stg_result WHERE percent_printed IS NOT NULL AND percent IS NULL
    UNION ALL SELECT file, line, 'yes_count', 'is not a whole number from 0: ''' || yes_count || ''''
        FROM stg_result WHERE yes_count IS NOT NULL AND coalesce(TRY_CAST(yes_count AS INTEGER), -1) < 0
    UNION ALL SELECT file, line, 'denominator', 'is not a positive whole number: ''' || denominator || ''''
        FROM stg_result WHERE denominator IS NOT NULL AND coalesce(TRY_CAST(denominator AS INTEGER), 0) <= 0
    UNION ALL SELECT file, line, 'denominator', 'is empty while yes_count is given (a count needs its denominator)'
        FROM stg_result WHERE yes_count IS NOT NULL AND denominator IS NULL
    UNION ALL SELECT file, line, 'yes_count', 'yes_count ' || yes_count || ' is above denominator ' || denominator
        FROM stg_result WHERE TRY_CAST(yes_count AS INTEGER) > TRY_CAST(denominator AS INTEGER)
    UNION ALL SELECT file, line, 'source_section', 'is empty' FROM stg_result WHERE source_section IS NULL
    UNION ALL SELECT file, line, 'item_code', 'duplicate result ' || item_code || '/' || subsample || ' in section ''' || source_section || ''' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY inspection_id, item_code, subsample, source_section) AS first FROM stg_result)
        WHERE line > first
    UNION ALL SELECT file, line, 'series', 'is empty or not a lower-case slug: ''' || coalesce(series, '') || ''''
        FROM stg_comparator WHERE series IS NULL OR NOT regexp_full_match(series, '[a-z0-9-]+')
    UNION ALL SELECT file, line, 'series_label', 'is empty' FROM stg_comparator WHERE series_label IS NULL
    UNION ALL SELECT file, line, 'item_code', 'duplicate comparator ' || series || '/' || item_code || '/' || subsample || ' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY inspection_id, series, item_code, subsample) AS first FROM stg_comparator)
        WHERE line > first

    -- ratings: a standard of the inspection's framework, one of the four words
    UNION ALL SELECT r.file, r.line, 'standard_code', 'unknown standard ''' || coalesce(r.standard_code, '') || ''' for framework ''' || i.framework || ''''
        FROM stg_rating r JOIN stg_inspection i ON i.id = r.inspection_id
        WHERE NOT EXISTS (SELECT 1 FROM stg_framework_item f WHERE f.framework = i.framework AND f.code = r.standard_code
                            AND f.level = 'standard')
    UNION ALL SELECT file, line, 'rating', 'must be Outstanding, Good, Requires improvement or Inadequate, not ''' || coalesce(rating, '') || ''''
        FROM stg_rating WHERE rating IS NULL OR rating NOT IN (SELECT word FROM rating_word)
    UNION ALL SELECT file, line, 'rating_printed', 'is empty' FROM stg_rating WHERE rating_printed IS NULL
    UNION ALL SELECT file, line, 'standard_code', 'duplicate rating of ' || standard_code || ' (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY inspection_id, standard_code) AS first FROM stg_rating) WHERE line > first

    -- standards' samples
    UNION ALL SELECT s.file, s.line, 'standard_code', 'unknown standard ''' || coalesce(s.standard_code, '') || ''' of framework ''' || coalesce(s.framework, '') || ''''
        FROM stg_standard_sample s WHERE NOT EXISTS (SELECT 1 FROM stg_framework_item f
            WHERE f.framework = s.framework AND f.code = s.standard_code AND f.level = 'standard')
    UNION ALL SELECT file, line, 'sample', 'is empty or not a lower-case code: ''' || coalesce(sample, '') || ''''
        FROM stg_standard_sample WHERE sample IS NULL OR NOT regexp_full_match(sample, '[a-z0-9_]+')
    UNION ALL SELECT file, line, 'standard_code', 'duplicate standard (first on line ' || first || ')'
        FROM (SELECT *, min(line) OVER (PARTITION BY framework, standard_code) AS first FROM stg_standard_sample) WHERE line > first

    -- provider succession
    UNION ALL SELECT s.file, s.line, 'provider_id', 'unknown provider ''' || coalesce(s.provider_id, '') || ''''
        FROM stg_succession s WHERE s.provider_id IS NULL OR s.provider_id NOT IN (SELECT id FROM stg_all_provider)
    UNION ALL SELECT s.file, s.line, 'predecessor_id', 'unknown provider ''' || coalesce(s.predecessor_id, '') || ''''
        FROM stg_succession s WHERE s.predecessor_id IS NULL OR s.predecessor_id NOT IN (SELECT id FROM stg_all_provider)
    UNION ALL SELECT file, line, 'note', 'is empty' FROM stg_succession WHERE note IS NULL

    -- flags recorded from the source
    UNION ALL SELECT file, line, 'item', 'is empty' FROM stg_flag WHERE item IS NULL
    UNION ALL SELECT file, line, 'reason', 'is empty' FROM stg_flag WHERE reason IS NULL
    UNION ALL SELECT file, line, 'source_line', 'is not a positive whole number: ''' || source_line || ''''
        FROM stg_flag WHERE source_line IS NOT NULL AND coalesce(TRY_CAST(source_line AS INTEGER), 0) <= 0

    -- context figures
    UNION ALL SELECT file, line, 'table_name', 'is empty' FROM stg_context WHERE table_name IS NULL
    UNION ALL SELECT file, line, 'value_printed', 'is empty' FROM stg_context WHERE value_printed IS NULL
    UNION ALL SELECT file, line, 'value', 'is not a number: ''' || value || ''''
        FROM stg_context WHERE value IS NOT NULL AND TRY_CAST(value AS DOUBLE) IS NULL
    UNION ALL SELECT file, line, 'unit', 'must be count, percent, fte, days, weeks, months, ratio, currency or text, not ''' || coalesce(unit, '') || ''''
        FROM stg_context WHERE coalesce(unit, '') NOT IN ('count', 'percent', 'fte', 'days', 'weeks', 'months', 'ratio', 'currency', 'text')
)
SELECT file, line, col, reason FROM problems ORDER BY file, line, col, reason;
