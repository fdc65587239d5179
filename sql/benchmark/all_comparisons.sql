-- Hand-written baseline for the benchmark (not used by the app): every change between successive
-- inspections of a provider (or its predecessor) and every inspection against the national pool
-- of its framework (the provider's own inspections left out), on every question with known
-- counts, with the statistics the app reports: b − a (after − before; provider − pool, so here the
-- provider is side b), pooled two-proportion z, two-sided p, 90% Wilson intervals, Newcombe's
-- hybrid score interval for b − a, Benjamini–Hochberg q within
-- each comparison. p uses the Numerical Recipes erfc approximation (relative error < 1.2e-7):
-- DuckDB has no normal distribution function. Parameter #{z} is the interval's normal quantile.
-- name: all_comparisons
WITH rc AS (
    SELECT * FROM result_count WHERE subsample = 'all' AND x IS NOT NULL AND n > 0
),
pairs AS (
    SELECT before_id AS a_id, after_id AS b_id, before_framework AS a_fw, after_framework AS b_fw FROM change_pair
),
links AS (
    SELECT from_framework AS a_fw, from_code AS a_code, to_framework AS b_fw, to_code AS b_code FROM question_mapping
    UNION
    SELECT to_framework, to_code, from_framework, from_code FROM question_mapping
),
matched AS (
    SELECT p.a_id, p.b_id, ra.item_code AS a_code, ra.item_code AS b_code
    FROM pairs p JOIN rc ra ON ra.inspection_id = p.a_id
    WHERE p.a_fw = p.b_fw
    UNION ALL
    SELECT p.a_id, p.b_id, l.a_code, l.b_code
    FROM pairs p JOIN links l ON l.a_fw = p.a_fw AND l.b_fw = p.b_fw
    WHERE p.a_fw <> p.b_fw
),
changes AS (
    SELECT 'change' AS kind, m.a_id || ' → ' || m.b_id AS comparison,
           CASE WHEN m.a_code = m.b_code THEN m.b_code ELSE m.a_code || ' → ' || m.b_code END AS item_code,
           ra.x AS xa, ra.n AS na, rb.x AS xb, rb.n AS nb
    FROM matched m
    JOIN rc ra ON ra.inspection_id = m.a_id AND ra.item_code = m.a_code
    JOIN rc rb ON rb.inspection_id = m.b_id AND rb.item_code = m.b_code
),
own AS (
    SELECT i.provider_id, rc.framework, rc.item_code, sum(rc.x) AS x, sum(rc.n) AS n
    FROM rc JOIN inspection i ON i.id = rc.inspection_id
    GROUP BY ALL
),
total AS (
    SELECT framework, item_code, sum(x) AS x, sum(n) AS n FROM own GROUP BY ALL
),
benchmarks AS (
    SELECT 'national' AS kind, rc.inspection_id AS comparison, rc.item_code,
           t.x - o.x AS xa, t.n - o.n AS na, rc.x AS xb, rc.n AS nb
    FROM rc
    JOIN inspection i ON i.id = rc.inspection_id
    JOIN own o ON o.provider_id = i.provider_id AND o.framework = rc.framework AND o.item_code = rc.item_code
    JOIN total t ON t.framework = rc.framework AND t.item_code = rc.item_code
    WHERE t.n - o.n > 0
),
counts AS (
    SELECT kind, comparison, item_code, xa, na, xb, nb,
           xa / na AS pa, xb / nb AS pb, (xa + xb) / (na + nb) AS pooled
    FROM (SELECT * FROM changes UNION ALL SELECT * FROM benchmarks)
),
tested AS (
    SELECT *, pb - pa AS diff,
           CASE WHEN pooled > 0 AND pooled < 1
                THEN (pb - pa) / sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb)) END AS z,
           (pa + #{z} ^ 2 / (2 * na)) / (1 + #{z} ^ 2 / na) AS ca,
           #{z} * sqrt(pa * (1 - pa) / na + #{z} ^ 2 / (4 * na * na)) / (1 + #{z} ^ 2 / na) AS ha,
           (pb + #{z} ^ 2 / (2 * nb)) / (1 + #{z} ^ 2 / nb) AS cb,
           #{z} * sqrt(pb * (1 - pb) / nb + #{z} ^ 2 / (4 * nb * nb)) / (1 + #{z} ^ 2 / nb) AS hb
    FROM counts
),
with_p AS (
    SELECT *, ca - ha AS la, ca + ha AS ua, cb - hb AS lb, cb + hb AS ub,
           CASE WHEN z IS NOT NULL THEN
               (1 / (1 + 0.5 * abs(z) / sqrt(2))) * exp(-(z * z / 2) - 1.26551223 + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (1.00002368
               + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (0.37409196 + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (0.09678418
               + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (-0.18628806 + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (0.27886807
               + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (-1.13520398 + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (1.48851587
               + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * (-0.82215223 + (1 / (1 + 0.5 * abs(z) / sqrt(2))) * 0.17087277)))))))))
           END AS p
    FROM tested
),
ranked AS (
    SELECT *, p * count(p) OVER w / rank() OVER (PARTITION BY kind, comparison ORDER BY p) AS bh_raw
    FROM with_p WINDOW w AS (PARTITION BY kind, comparison)
)
SELECT kind, comparison, item_code, xa, na, xb, nb, diff, z, p,
       diff - sqrt((pb - lb) ^ 2 + (ua - pa) ^ 2) AS newcombe_low,
       diff + sqrt((ub - pb) ^ 2 + (pa - la) ^ 2) AS newcombe_high,
       least(1, min(bh_raw) OVER (PARTITION BY kind, comparison ORDER BY p DESC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS q
FROM ranked
ORDER BY kind, comparison, item_code;
