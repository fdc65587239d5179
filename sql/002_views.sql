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
    count_kind    VARCHAR NOT NULL,
    -- how many counts are consistent with the printed figures (1 when stated or unique, null when
    -- unknown); their list 'x/n ...' when more than one; the printing they belong to when they pair
    -- up by position with the other members of a community / licence / all split (else null)
    readings      INTEGER,
    reading_list  VARCHAR,
    reading_group VARCHAR,
    -- the consistent counts of lowest and highest rate (x, n when there is one)
    x_low         INTEGER,
    n_low         INTEGER,
    x_high        INTEGER,
    n_high        INTEGER
);

-- The inspection each inspection is compared with to show change (one pair per later
-- inspection), written by every load (sql/132_change_pair.sql, which says how it is chosen): it
-- was a view, and its self-join of every inspection was a large part of every changes query.
CREATE TABLE IF NOT EXISTS change_pair (
    before_id        VARCHAR NOT NULL,
    after_id         VARCHAR NOT NULL,
    before_framework VARCHAR NOT NULL,
    after_framework  VARCHAR NOT NULL
);
