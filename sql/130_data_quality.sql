-- Data-quality checks run at every load, after publishing and estimating: each adds flags,
-- never changes a value. (Flags from count estimation are added by DenominatorEstimation.)

-- An all-cases figure outside the range of its community and licence figures (same table).
INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
SELECT a.inspection_id, 'all_outside_subsamples', a.item_code, 'all',
       'All cases ' || a.percent_printed || ' lies outside its sub-samples (community ' || c.percent_printed
           || ', licence ' || l.percent_printed || '), which it should combine.',
       a.source_file, a.source_line
FROM result a
JOIN result c ON c.inspection_id = a.inspection_id AND c.item_code = a.item_code
             AND c.source_section = a.source_section AND c.subsample = 'community'
JOIN result l ON l.inspection_id = a.inspection_id AND l.item_code = a.item_code
             AND l.source_section = a.source_section AND l.subsample = 'licence'
WHERE a.subsample = 'all'
  AND (a.percent < least(c.percent, l.percent) - 0.5 OR a.percent > greatest(c.percent, l.percent) + 0.5);

-- The same figure printed more than once (body and annexe, table and text) with different values:
-- one flag per question and sub-sample, however often it is printed (a self-join of the printings
-- grew with the square of their number), giving the range, the count and the first few printings.
INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
SELECT inspection_id, 'printed_twice_differently', item_code, subsample,
       'Printed ' || count(*) || ' times with ' || count(DISTINCT percent) || ' different values, from '
           || arg_min(percent_printed, percent) || ' to ' || arg_max(percent_printed, percent) || ': '
           || array_to_string(list_slice(list(percent_printed || ' in ''' || source_section || ''' (line '
               || source_line || ')' ORDER BY source_line), 1, 5), '; ')
           || CASE WHEN count(*) > 5 THEN '; and ' || (count(*) - 5) || ' more' ELSE '' END || '.',
       min(source_file), min(source_line)
FROM result
WHERE percent_kind = 'printed'
GROUP BY inspection_id, item_code, subsample
HAVING max(percent) - min(percent) > 0.5;

-- A figure printed in more than one place (body and annexe, table and text): every view (the
-- inspection page, comparisons, sub-samples, changes, funnel) uses its first printing, the
-- earliest line of the report, as result_count does (sql/131_result_count.sql). One flag per
-- question and sub-sample says which printing that is and lists the others.
INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
WITH printing AS (
    SELECT inspection_id, item_code, subsample, source_file, source_line,
           coalesce(yes_count || '/' || denominator, percent_printed, '(' || percent || '%)') AS figure,
           row_number() OVER (PARTITION BY inspection_id, item_code, subsample ORDER BY source_line) AS nth,
           count(*) OVER (PARTITION BY inspection_id, item_code, subsample) AS times
    FROM result
), others AS (
    -- the next few printings, and how many more (a question printed thousands of times stays one short flag)
    SELECT inspection_id, item_code, subsample,
           array_to_string(list_slice(list('line ' || source_line || ': ' || figure ORDER BY source_line), 1, 5), '; ')
               || CASE WHEN count(*) > 5 THEN '; and ' || (count(*) - 5) || ' more' ELSE '' END AS listed
    FROM printing WHERE nth > 1
    GROUP BY inspection_id, item_code, subsample
)
SELECT p.inspection_id, 'printed_more_than_once', p.item_code, p.subsample,
       'Printed ' || p.times || ' times: every view uses the first printing (line ' || p.source_line || ': ' || p.figure
           || '), not ' || o.listed || '.',
       p.source_file, p.source_line
FROM printing p
JOIN others o ON o.inspection_id = p.inspection_id AND o.item_code = p.item_code AND o.subsample = p.subsample
WHERE p.nth = 1;

-- Key questions the framework defines for a standard the report rates from cases, with no
-- all-cases result in the inspection.
INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
SELECT i.id, 'missing_result', k.code, 'all',
       'The framework defines key question ' || k.code || ' (' || k.text || ') but the report prints no all-cases result for it.',
       i.source_file, NULL
FROM inspection i
JOIN framework_item k ON k.framework = i.framework AND k.level = 'key_question'
JOIN standard_sample ss ON ss.framework = i.framework AND ss.standard_code = k.parent_code
WHERE NOT EXISTS (SELECT 1 FROM result r WHERE r.inspection_id = i.id AND r.item_code = k.code AND r.subsample = 'all');

-- Stated sub-sample sizes that do not add up to the stated total.
INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
SELECT a.inspection_id, 'sample_split_sum', 'sample sizes', 'all',
       'The stated ' || c.cases || ' community and ' || l.cases || ' licence cases do not add up to the stated '
           || a.cases || ' ' || replace(a.sample, '_', ' ') || ' cases.',
       a.source_file, a.source_line
FROM case_sample a
JOIN case_sample c ON c.inspection_id = a.inspection_id AND c.sample = a.sample AND c.subsample = 'community'
JOIN case_sample l ON l.inspection_id = a.inspection_id AND l.sample = a.sample AND l.subsample = 'licence'
WHERE a.subsample = 'all' AND c.cases + l.cases <> a.cases;

-- A row of a contextual table printed without a label.
INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
SELECT inspection_id, 'unlabelled_row', 'context: ' || table_name, NULL,
       'A row of ''' || table_name || ''' is printed without a label (value ' || value_printed
           || coalesce(' in column ' || column_label, '') || ').',
       source_file, source_line
FROM context_figure WHERE row_label IS NULL;
