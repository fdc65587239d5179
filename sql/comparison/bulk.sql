-- Comparisons over every provider at once (one query each instead of one per inspection):
-- the Changes view's successive inspections and every inspection against the national pool.
-- Counts come from result_count (all cases); the statistics are computed in Java (stats).
--
-- Tens of thousands of rows come back, and the DuckDB driver turns every VARCHAR value into a
-- Java string (about a microsecond each, more than the rest of the row): so these queries return
-- numbers only. Inspections and questions are named by their rowid, read in the same transaction
-- with the two small lookups below; count kinds by their number (0 stated, 1 estimated, 2 unknown).

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
       CASE rb.count_kind WHEN 'stated' THEN 0 WHEN 'estimated' THEN 1 ELSE 2 END AS kb
FROM matched m
JOIN result_count ra ON ra.inspection_id = m.a_id AND ra.subsample = 'all' AND ra.item_code = m.a_code
JOIN result_count rb ON rb.inspection_id = m.b_id AND rb.subsample = 'all' AND rb.item_code = m.b_code
JOIN inspection ia ON ia.id = m.a_id
JOIN inspection ib ON ib.id = m.b_id
JOIN framework_item fa ON fa.framework = m.a_fw AND fa.code = m.a_code
JOIN framework_item fb ON fb.framework = m.b_fw AND fb.code = m.b_code
ORDER BY m.b_id, m.a_id, m.b_code, m.a_code;

-- Every inspection's all-cases results against the pool of the other providers' inspections of
-- its framework (the provider's own inspections left out), as ComparisonRepository.againstPool
-- computes it for one inspection: the pool is the framework's total less the provider's own.
-- name: all-national
WITH known AS (
    SELECT i.provider_id, rc.framework, rc.item_code, rc.x, rc.n, rc.count_kind
    FROM result_count rc JOIN inspection i ON i.id = rc.inspection_id
    WHERE rc.subsample = 'all' AND rc.x IS NOT NULL AND rc.n IS NOT NULL
),
own AS (
    SELECT provider_id, framework, item_code, sum(x) AS x, sum(n) AS n,
           count(*) FILTER (WHERE count_kind = 'estimated') AS estimated
    FROM known GROUP BY ALL
),
total AS (
    SELECT framework, item_code, sum(x) AS x, sum(n) AS n, count(*) AS providers, sum(estimated) AS estimated
    FROM own GROUP BY ALL
)
SELECT i.rowid AS inspection_row, fi.rowid AS item, rc.x, rc.n, rc.percent::DOUBLE AS percent,
       CASE rc.count_kind WHEN 'stated' THEN 0 WHEN 'estimated' THEN 1 ELSE 2 END AS kind,
       (t.x - coalesce(o.x, 0))::INTEGER AS pool_x, (t.n - coalesce(o.n, 0))::INTEGER AS pool_n,
       coalesce(t.providers - CASE WHEN o.provider_id IS NULL THEN 0 ELSE 1 END, 0)::INTEGER AS pool_providers,
       t.estimated - coalesce(o.estimated, 0) > 0 AS pool_estimated
FROM result_count rc
JOIN inspection i ON i.id = rc.inspection_id
JOIN framework_item fi ON fi.framework = rc.framework AND fi.code = rc.item_code
LEFT JOIN own o ON o.provider_id = i.provider_id AND o.framework = rc.framework AND o.item_code = rc.item_code
LEFT JOIN total t ON t.framework = rc.framework AND t.item_code = rc.item_code
WHERE rc.subsample = 'all'
ORDER BY rc.inspection_id, rc.item_code;
