-- Dataset loading, step 3b (after publish, in the same transaction): the counts estimated by
-- DenominatorEstimation and the flags it raises are appended to these tables, then written to
-- result and data_quality_flag by one statement each.

-- name: create
CREATE OR REPLACE TEMP TABLE stg_estimate (inspection_id VARCHAR, item_code VARCHAR, subsample VARCHAR, source_section VARCHAR,
    denominator_kind VARCHAR, yes_estimate INTEGER, denominator_estimate INTEGER, estimate_basis VARCHAR, estimate_unique BOOLEAN,
    estimate_solutions INTEGER, estimate_readings VARCHAR, estimate_joint BOOLEAN, yes_low INTEGER, n_low INTEGER, yes_high INTEGER,
    n_high INTEGER);
CREATE OR REPLACE TEMP TABLE stg_estimate_flag (inspection_id VARCHAR, rule VARCHAR, item VARCHAR, subsample VARCHAR,
    reason VARCHAR, source_file VARCHAR, source_line INTEGER);

-- name: apply
UPDATE result
SET denominator_kind = e.denominator_kind, yes_estimate = e.yes_estimate, denominator_estimate = e.denominator_estimate,
    estimate_basis = e.estimate_basis, estimate_unique = e.estimate_unique, estimate_solutions = e.estimate_solutions,
    estimate_readings = e.estimate_readings, estimate_joint = e.estimate_joint, yes_low = e.yes_low, n_low = e.n_low,
    yes_high = e.yes_high, n_high = e.n_high
FROM stg_estimate e
WHERE result.inspection_id = e.inspection_id AND result.item_code = e.item_code AND result.subsample = e.subsample
  AND result.source_section = e.source_section;
INSERT INTO data_quality_flag (inspection_id, rule, item, subsample, reason, source_file, source_line)
SELECT inspection_id, rule, item, subsample, reason, source_file, source_line FROM stg_estimate_flag;

-- name: drop
DROP TABLE IF EXISTS stg_estimate;
DROP TABLE IF EXISTS stg_estimate_flag;
