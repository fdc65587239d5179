package org.probation.analytics.comparison;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.probation.analytics.base.SqlScripts;
import org.springframework.stereotype.Repository;

/**
 * The counts of the comparisons made over every provider at once (sql/comparison/bulk.sql): one
 * query for all successive-inspection pairs, one for every inspection against the national pool.
 */
@Repository
class BulkComparisonRepository {

    /** One pair of successive inspections and its question-by-question counts. */
    record ChangePair(String before, String after, List<PairedCounts> rows) {}

    private static final String NATIONAL_LABEL = "all other providers (pooled)";

    private final DSLContext dsl;
    private final Map<String, String> sql = SqlScripts.namedStatements("comparison/bulk.sql");

    BulkComparisonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every successive pair, in the order of {@code ComparisonRepository.changePairs}, with its rows. */
    List<ChangePair> allChanges() {
        Map<String, ChangePair> pairs = new LinkedHashMap<>();
        for (Record r : dsl.fetch(sql.get("all-changes"))) {
            String before = r.get("a_id", String.class);
            String after = r.get("b_id", String.class);
            pairs.computeIfAbsent(before + "\n" + after, k -> new ChangePair(before, after, new java.util.ArrayList<>()))
                    .rows().add(new PairedCounts(r.get("code", String.class), r.get("text", String.class), r.get("level", String.class),
                            side(r, "xa", "na", "pa", "ka", before), side(r, "xb", "nb", "pb", "kb", after)));
        }
        return List.copyOf(pairs.values());
    }

    /** Every inspection's all-cases counts against the national pool, by inspection id. */
    Map<String, List<PairedCounts>> allNational() {
        Map<String, List<PairedCounts>> byInspection = new LinkedHashMap<>();
        for (Record r : dsl.fetch(sql.get("all-national"))) {
            byInspection.computeIfAbsent(r.get("inspection_id", String.class), k -> new java.util.ArrayList<>())
                    .add(new PairedCounts(r.get("item_code", String.class), r.get("text", String.class),
                            r.get("level", String.class), side(r, "x", "n", "percent", "count_kind", "all"), pool(r)));
        }
        return byInspection;
    }

    private static Counts side(Record r, String x, String n, String percent, String kind, String label) {
        return new Counts(r.get(x, Integer.class), r.get(n, Integer.class), r.get(percent, BigDecimal.class).doubleValue(),
                r.get(kind, String.class), 1, label);
    }

    private static Counts pool(Record r) {
        Long x = r.get("pool_x", Long.class);
        Long n = r.get("pool_n", Long.class);
        Integer providers = r.get("pool_providers", Integer.class);
        if (x == null || n == null || n == 0) {
            return new Counts(null, null, null, "unknown", providers == null ? 0 : providers, NATIONAL_LABEL);
        }
        boolean estimated = Boolean.TRUE.equals(r.get("pool_estimated", Boolean.class));
        return new Counts(x.intValue(), n.intValue(), 100.0 * x / n, estimated ? "estimated" : "stated", providers,
                NATIONAL_LABEL);
    }
}
