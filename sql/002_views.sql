-- Which provider covered a provider's area before it (for changes across a reorganisation).
CREATE TABLE IF NOT EXISTS provider_succession (
    provider_id    VARCHAR NOT NULL,
    predecessor_id VARCHAR NOT NULL,
    note           VARCHAR NOT NULL,
    source_file    VARCHAR,
    source_line    INTEGER,
    PRIMARY KEY (provider_id, predecessor_id)
);

-- One count per inspection, question and sub-sample for comparisons: the first printing
-- (body tables come before annexes), its count as stated, else as estimated at load, else
-- unknown (x and n null). count_kind says which; estimates are never presented as stated.
CREATE OR REPLACE VIEW result_count AS
SELECT DISTINCT ON (inspection_id, item_code, subsample)
       inspection_id, framework, item_code, subsample, percent,
       CASE WHEN yes_count IS NOT NULL THEN yes_count ELSE yes_estimate END AS x,
       CASE WHEN yes_count IS NOT NULL THEN denominator ELSE coalesce(denominator, denominator_estimate) END AS n,
       CASE WHEN yes_count IS NOT NULL THEN 'stated'
            WHEN yes_estimate IS NOT NULL THEN 'estimated'
            ELSE 'unknown' END AS count_kind
FROM result
ORDER BY inspection_id, item_code, subsample, source_line;
