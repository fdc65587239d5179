package org.probation.analytics.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.jooq.Result;
import org.probation.analytics.changes.ChangeReport;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;

/**
 * The all-providers comparisons through the app's own services: every change between successive
 * inspections (the Changes view's report) and every inspection against the national pool of its
 * framework, on every question, at α = 0.1.
 */
final class AllComparisons {

    static final double ALPHA = 0.1;

    record Summary(
            int changePairs,
            int changeRows,
            int changesTested,
            int significantChanges,
            int inspections,
            int benchmarkRows,
            int benchmarkTested,
            int benchmarkSignificant) {}

    /** How the SQL baseline's figures agree with the app's. */
    record Agreement(
            int nationalMatched,
            int nationalOnlyInApp,
            int nationalOnlyInSql,
            double maxZDifference,
            double maxPDifference,
            long sqlSignificantChanges,
            int appSignificantChanges) {}

    private final ComparisonService comparisons;
    private final ChangesService changeService;
    private ChangeReport lastChanges;
    private Map<String, List<ComparisonRow>> lastBenchmarks;

    AllComparisons(ComparisonService comparisons, ChangesService changeService) {
        this.comparisons = comparisons;
        this.changeService = changeService;
    }

    private int runs;

    /**
     * Both comparisons, computed afresh: the service keeps its all-providers answers per load and
     * α, so each run asks with an α a hair different (a new key; the same significance calls).
     */
    Summary run() {
        double alpha = ALPHA + 1e-12 * ++runs;
        ChangeReport changes = changeService.changeReport(alpha);
        Map<String, List<ComparisonRow>> benchmarks = comparisons.nationalBenchmarks(alpha);
        lastChanges = changes;
        lastBenchmarks = benchmarks;
        List<ComparisonRow> rows =
                benchmarks.values().stream().flatMap(List::stream).toList();
        return new Summary(
                changes.pairs().size(),
                changes.compared(),
                changes.tested(),
                changes.changes().size(),
                benchmarks.size(),
                rows.size(),
                (int) rows.stream().filter(r -> r.p() != null).count(),
                (int) rows.stream().filter(ComparisonRow::significant).count());
    }

    Agreement agreement(Result<Record> sql) {
        Map<String, ComparisonRow> app = new HashMap<>();
        lastBenchmarks.forEach((id, rows) ->
                rows.stream().filter(r -> r.z() != null).forEach(r -> app.put(id + "|" + r.questionCode(), r)));
        int matched = 0;
        int onlySql = 0;
        double maxZ = 0;
        double maxP = 0;
        long sqlSignificant = 0;
        for (Record r : sql) {
            Double z = r.get("z", Double.class);
            if (z == null) {
                continue;
            }
            if ("change".equals(r.get("kind"))) {
                sqlSignificant += r.get("p", Double.class) < ALPHA ? 1 : 0;
                continue;
            }
            ComparisonRow row = app.remove(r.get("comparison") + "|" + r.get("item_code"));
            if (row == null) {
                onlySql++;
                continue;
            }
            matched++;
            maxZ = Math.max(maxZ, Math.abs(row.z() - z));
            maxP = Math.max(maxP, Math.abs(row.p() - r.get("p", Double.class)));
        }
        return new Agreement(
                matched,
                app.size(),
                onlySql,
                maxZ,
                maxP,
                sqlSignificant,
                lastChanges.changes().size());
    }
}
