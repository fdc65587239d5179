-- Dataset loading, after result_count (same transaction): the pairs of change_pair
-- (sql/002_views.sql), rewritten whole. The inspection each inspection is compared with to show
-- change: the provider's own latest earlier inspection, else (a provider's first inspection) the
-- latest earlier inspection of a predecessor that covered its area (provider_succession).
DELETE FROM change_pair;
INSERT INTO change_pair
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
