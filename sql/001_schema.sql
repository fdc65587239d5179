-- Core schema: regions, providers, frameworks and their items, inspections and everything
-- an inspection report publishes. Sub-samples are rows, not columns. Integrity (codes that
-- must exist, values in range) is checked by the loader's validation queries, so that a bad
-- dataset is refused with a message naming file, line and column.

CREATE TABLE IF NOT EXISTS region (
    id          VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL UNIQUE,
    source      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS provider (
    id             VARCHAR PRIMARY KEY,
    name           VARCHAR NOT NULL,
    -- pdu | probation_region | nps_division | nps_region | crc
    type           VARCHAR NOT NULL,
    region_id      VARCHAR,
    name_in_source VARCHAR,
    note           VARCHAR,
    source         VARCHAR NOT NULL,
    origin         VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS framework (
    code               VARCHAR PRIMARY KEY,
    name               VARCHAR NOT NULL,
    first_used         VARCHAR NOT NULL,
    last_used          VARCHAR,
    rated_standards    INTEGER NOT NULL,
    max_score          INTEGER NOT NULL,
    score_bands        VARCHAR NOT NULL,
    score_bands_source VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS framework_item (
    framework   VARCHAR NOT NULL,
    code        VARCHAR NOT NULL,
    parent_code VARCHAR,
    -- domain | standard | key_question | prompt
    level       VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    rated       BOOLEAN,
    source_file VARCHAR,
    source_line INTEGER,
    PRIMARY KEY (framework, code)
);

CREATE TABLE IF NOT EXISTS question_mapping (
    from_framework VARCHAR NOT NULL,
    from_code      VARCHAR NOT NULL,
    to_framework   VARCHAR NOT NULL,
    to_code        VARCHAR NOT NULL,
    -- equivalent | similar
    relation       VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    PRIMARY KEY (from_framework, from_code, to_framework, to_code)
);

CREATE TABLE IF NOT EXISTS subsample (
    code    VARCHAR PRIMARY KEY,
    label   VARCHAR NOT NULL,
    -- all | sentence_type | rosh | gender | ethnicity | other
    kind    VARCHAR NOT NULL,
    ordinal INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS inspection (
    id                        VARCHAR PRIMARY KEY,
    provider_id               VARCHAR NOT NULL,
    framework                 VARCHAR NOT NULL,
    title                     VARCHAR NOT NULL,
    fieldwork_start           DATE NOT NULL,
    -- day | month: a month-precision date means "some day in that month"
    fieldwork_start_precision VARCHAR NOT NULL,
    published                 DATE NOT NULL,
    score                     INTEGER,
    max_score                 INTEGER,
    overall_rating            VARCHAR,
    source_file               VARCHAR NOT NULL,
    source_line               INTEGER,
    notes                     VARCHAR,
    origin                    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS case_sample (
    inspection_id VARCHAR NOT NULL,
    sample        VARCHAR NOT NULL,
    subsample     VARCHAR NOT NULL,
    cases         INTEGER NOT NULL,
    quote         VARCHAR,
    source_file   VARCHAR NOT NULL,
    source_line   INTEGER,
    PRIMARY KEY (inspection_id, sample, subsample)
);

CREATE TABLE IF NOT EXISTS result (
    inspection_id       VARCHAR NOT NULL,
    framework           VARCHAR NOT NULL,
    item_code           VARCHAR NOT NULL,
    subsample           VARCHAR NOT NULL,
    source_section      VARCHAR NOT NULL,
    -- as printed; empty when the report states only a count ("20 of 23")
    percent_printed     VARCHAR,
    percent             DECIMAL(5, 2) NOT NULL,
    -- printed | from_counts (100 * yes_count / denominator, when only the count is printed)
    percent_kind        VARCHAR NOT NULL,
    yes_count           INTEGER,
    denominator         INTEGER,
    -- stated | estimated | unknown
    denominator_kind    VARCHAR NOT NULL,
    -- how an estimated count was found, and the estimate of the yes-count beside the denominator
    estimate_basis      VARCHAR,
    estimate_unique     BOOLEAN,
    yes_estimate        INTEGER,
    denominator_estimate INTEGER,
    marker              VARCHAR,
    marker_meaning      VARCHAR,
    question_as_printed VARCHAR,
    source_file         VARCHAR NOT NULL,
    source_line         INTEGER,
    PRIMARY KEY (inspection_id, item_code, subsample, source_section)
);

CREATE TABLE IF NOT EXISTS standard_rating (
    inspection_id  VARCHAR NOT NULL,
    standard_code  VARCHAR NOT NULL,
    rating_printed VARCHAR NOT NULL,
    rating         VARCHAR NOT NULL,
    source_file    VARCHAR NOT NULL,
    source_line    INTEGER,
    note           VARCHAR,
    PRIMARY KEY (inspection_id, standard_code)
);

-- Figures a report prints beside its own for comparison ("All NPS regions"): their own
-- series, never mixed in with inspections.
CREATE TABLE IF NOT EXISTS comparator (
    inspection_id   VARCHAR NOT NULL,
    series          VARCHAR NOT NULL,
    series_label    VARCHAR NOT NULL,
    item_code       VARCHAR NOT NULL,
    subsample       VARCHAR NOT NULL,
    percent_printed VARCHAR NOT NULL,
    percent         DECIMAL(5, 2) NOT NULL,
    source_section  VARCHAR,
    source_file     VARCHAR NOT NULL,
    source_line     INTEGER,
    PRIMARY KEY (inspection_id, series, item_code, subsample)
);

CREATE TABLE IF NOT EXISTS context_figure (
    inspection_id VARCHAR NOT NULL,
    table_name    VARCHAR NOT NULL,
    -- empty where the source prints a row without a label
    row_label     VARCHAR,
    column_label  VARCHAR,
    value_printed VARCHAR NOT NULL,
    value         DOUBLE,
    unit          VARCHAR NOT NULL,
    source_file   VARCHAR NOT NULL,
    source_line   INTEGER
);

-- Problems found in the data, by the checks run at every load (rule = the check) or recorded
-- by the transcriber from the source itself (rule = 'source'). The source's values are kept.
CREATE TABLE IF NOT EXISTS data_quality_flag (
    inspection_id VARCHAR NOT NULL,
    rule          VARCHAR NOT NULL,
    item          VARCHAR NOT NULL,
    subsample     VARCHAR,
    reason        VARCHAR NOT NULL,
    source_file   VARCHAR,
    source_line   INTEGER
);

-- Which case sample a standard's results come from (court work: court reports; case
-- supervision: the case sample; victim work: the victim sample).
CREATE TABLE IF NOT EXISTS standard_sample (
    framework     VARCHAR NOT NULL,
    standard_code VARCHAR NOT NULL,
    sample        VARCHAR NOT NULL,
    PRIMARY KEY (framework, standard_code)
);

-- One row per dataset load that changed the database: a load whose fingerprint is the latest
-- one's is skipped, so restarting loads nothing twice.
CREATE TABLE IF NOT EXISTS dataset_load (
    fingerprint VARCHAR NOT NULL,
    loaded_at   TIMESTAMP NOT NULL,
    files       INTEGER NOT NULL,
    rows_loaded BIGINT NOT NULL
);

-- The hash of the schema files a database file was built with (see Schema.java).
CREATE TABLE IF NOT EXISTS schema_info (
    schema_hash VARCHAR NOT NULL
);
