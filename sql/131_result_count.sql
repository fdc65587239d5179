-- Dataset loading, after the counts are estimated (same transaction): the comparison counts of
-- result_count (sql/002_views.sql), rewritten whole, sorted by inspection. A stated count is its
-- own only reading; an estimate carries every count consistent with the printed figures.
DELETE FROM result_count;
INSERT INTO result_count
SELECT inspection_id, framework, item_code, subsample, percent, x, n, count_kind, readings, reading_list, reading_group,
       x_low, n_low, x_high, n_high
FROM (
    SELECT inspection_id, framework, item_code, subsample, percent,
           CASE WHEN yes_count IS NOT NULL THEN yes_count ELSE yes_estimate END AS x,
           CASE WHEN yes_count IS NOT NULL THEN denominator ELSE coalesce(denominator, denominator_estimate) END AS n,
           CASE WHEN yes_count IS NOT NULL THEN 'stated'
                WHEN yes_estimate IS NOT NULL THEN 'estimated'
                ELSE 'unknown' END AS count_kind,
           CASE WHEN yes_count IS NOT NULL THEN 1
                WHEN yes_estimate IS NOT NULL THEN coalesce(estimate_solutions, 1) END AS readings,
           CASE WHEN yes_count IS NULL THEN estimate_readings END AS reading_list,
           CASE WHEN yes_count IS NULL AND estimate_joint THEN inspection_id || '|' || item_code || '|' || source_section END AS reading_group,
           CASE WHEN yes_count IS NOT NULL THEN yes_count ELSE coalesce(yes_low, yes_estimate) END AS x_low,
           CASE WHEN yes_count IS NOT NULL THEN denominator ELSE coalesce(n_low, denominator_estimate) END AS n_low,
           CASE WHEN yes_count IS NOT NULL THEN yes_count ELSE coalesce(yes_high, yes_estimate) END AS x_high,
           CASE WHEN yes_count IS NOT NULL THEN denominator ELSE coalesce(n_high, denominator_estimate) END AS n_high,
           -- a question printed in two places counts once, from its first line
           row_number() OVER (PARTITION BY inspection_id, item_code, subsample ORDER BY source_line) AS nth
    FROM result
)
WHERE nth = 1
ORDER BY inspection_id, item_code, subsample;
