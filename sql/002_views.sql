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
-- A table written by every load after the counts are estimated (sql/131_result_count.sql), in
-- inspection order, so that a comparison reads only the inspections it names; it was a view,
-- recomputed (sorted) by every query, which at national scale cost seconds a query (a database
-- built when it was a view is rebuilt: Schema drops the views too).
CREATE TABLE IF NOT EXISTS result_count (
    inspection_id VARCHAR NOT NULL,
    framework     VARCHAR NOT NULL,
    item_code     VARCHAR NOT NULL,
    subsample     VARCHAR NOT NULL,
    percent       DECIMAL(5, 2) NOT NULL,
    x             INTEGER,
    n             INTEGER,
    count_kind    VARCHAR NOT NULL
);

-- The inspection each inspection is compared with to show change: the provider's own latest
-- earlier inspection, else (a provider's first inspection) the latest earlier inspection of a
-- predecessor that covered its area (provider_succession). One pair per later inspection.
CREATE OR REPLACE VIEW change_pair AS
SELECT before_id, after_id, before_framework, after_framework
FROM (
    SELECT b.id AS before_id, a.id AS after_id, b.framework AS before_framework, a.framework AS after_framework,
           row_number() OVER (PARTITION BY a.id
                              ORDER BY CASE WHEN b.provider_id = a.provider_id THEN 0 ELSE 1 END,
                                       b.fieldwork_start DESC, b.id) AS nearest
    FROM inspection b
    JOIN inspection a
      ON a.fieldwork_start > b.fieldwork_start
     AND (a.provider_id = b.provider_id
          OR EXISTS (SELECT 1 FROM provider_succession s
                     WHERE s.provider_id = a.provider_id AND s.predecessor_id = b.provider_id))
)
WHERE nearest = 1;
