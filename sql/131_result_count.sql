-- Dataset loading, after the counts are estimated (same transaction): the comparison counts of
-- result_count (sql/002_views.sql), rewritten whole, sorted by inspection.
DELETE FROM result_count;
INSERT INTO result_count
SELECT inspection_id, framework, item_code, subsample, percent, x, n, count_kind
FROM (
    SELECT inspection_id, framework, item_code, subsample, percent,
           CASE WHEN yes_count IS NOT NULL THEN yes_count ELSE yes_estimate END AS x,
           CASE WHEN yes_count IS NOT NULL THEN denominator ELSE coalesce(denominator, denominator_estimate) END AS n,
           CASE WHEN yes_count IS NOT NULL THEN 'stated'
                WHEN yes_estimate IS NOT NULL THEN 'estimated'
                ELSE 'unknown' END AS count_kind,
           -- a question printed in two places counts once, from its first line
           row_number() OVER (PARTITION BY inspection_id, item_code, subsample ORDER BY source_line) AS nth
    FROM result
)
WHERE nth = 1
ORDER BY inspection_id, item_code, subsample;
