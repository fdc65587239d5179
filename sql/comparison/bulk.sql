-- The changes over every provider at once (one query instead of one per pair): the Changes
-- view's successive inspections. (Every inspection against the national pool comes from the
-- per-load pools of ProviderPools, as one inspection's benchmark does.)
-- Counts come from result_count (all cases); the statistics are computed in Java (stats).
--
-- Tens of thousands of rows come back and the DuckDB driver turns every VARCHAR value into a
-- Java string (about a microsecond each, more than the rest of the row): so these queries return
-- numbers only. Inspections and questions are named by their rowid, read in the same transaction
-- with the two small lookups below; count kinds by their number (0 stated, 1 estimated, 2 unknown). The one
-- string per side is the list of consistent counts, null unless a count has several.

-- name: inspection-ids
SELECT rowid, id FROM inspection;

-- name: item-ids
SELECT rowid, code, text, level FROM framework_item;

-- Every pair of successive inspections of a provider or of its predecessor (earlier first),
-- question by question: the same code within a framework, else linked by question_mapping in
-- either direction. Ordered as the per-pair comparison orders its rows.
-- name: all-changes
WITH pairs AS (
    SELECT before_id AS a_id, after_id AS b_id, before_framework AS a_fw, after_framework AS b_fw FROM change_pair
),
links AS (
    SELECT from_framework AS a_fw, from_code AS a_code, to_framework AS b_fw, to_code AS b_code FROM question_mapping
    UNION
    SELECT to_framework, to_code, from_framework, from_code FROM question_mapping
),
matched AS (
    SELECT p.a_id, p.b_id, ra.item_code AS a_code, ra.item_code AS b_code, p.a_fw, p.b_fw
    FROM pairs p
    JOIN result_count ra ON ra.inspection_id = p.a_id AND ra.subsample = 'all'
    WHERE p.a_fw = p.b_fw
    UNION ALL
    SELECT p.a_id, p.b_id, l.a_code, l.b_code, p.a_fw, p.b_fw
    FROM pairs p
    JOIN links l ON l.a_fw = p.a_fw AND l.b_fw = p.b_fw
    WHERE p.a_fw <> p.b_fw
)
SELECT ia.rowid AS a_row, ib.rowid AS b_row, fa.rowid AS a_item, fb.rowid AS b_item,
       ra.x AS xa, ra.n AS na, ra.percent::DOUBLE AS pa,
       CASE ra.count_kind WHEN 'stated' THEN 0 WHEN 'estimated' THEN 1 ELSE 2 END AS ka,
       rb.x AS xb, rb.n AS nb, rb.percent::DOUBLE AS pb,
       CASE rb.count_kind WHEN 'stated' THEN 0 WHEN 'estimated' THEN 1 ELSE 2 END AS kb,
       -- every consistent count where there are several (null, so cheap to read, almost always)
       ra.reading_list AS la, rb.reading_list AS lb
FROM matched m
JOIN result_count ra ON ra.inspection_id = m.a_id AND ra.subsample = 'all' AND ra.item_code = m.a_code
JOIN result_count rb ON rb.inspection_id = m.b_id AND rb.subsample = 'all' AND rb.item_code = m.b_code
JOIN inspection ia ON ia.id = m.a_id
JOIN inspection ib ON ib.id = m.b_id
JOIN framework_item fa ON fa.framework = m.a_fw AND fa.code = m.a_code
JOIN framework_item fb ON fb.framework = m.b_fw AND fb.code = m.b_code
ORDER BY m.b_id, m.a_id, m.b_code, m.a_code;
