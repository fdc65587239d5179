package org.probation.analytics.benchmark;

import java.util.Map;
import org.jooq.DSLContext;
import org.probation.analytics.base.SqlScripts;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.comparison.ComparisonService;
import org.springframework.context.ApplicationContext;

/** Where a view's time goes: single statements timed apart (-Dbenchmark.parts=probe). */
final class Probe {

    private Probe() {}

    static void run(ApplicationContext context) {
        DSLContext dsl = context.getBean(DSLContext.class);
        Map<String, String> bulk = SqlScripts.namedStatements("comparison/bulk.sql");
        ComparisonService comparisons = context.getBean(ComparisonService.class);
        report("select 1", Timings.of(20, 100, () -> dsl.fetch("select 1")));
        report("inspection list", Timings.of(20, 100, () -> dsl.fetch("select * from inspection")));
        report(
                "result of one inspection",
                Timings.of(20, 100, () -> dsl.fetch("select * from result where inspection_id = 'exeter-2024'")));
        report("all-changes SQL", Timings.of(2, 10, () -> dsl.fetch(bulk.get("all-changes"))));
        report(
                "changeReport",
                Timings.of(2, 10, () -> context.getBean(ChangesService.class).changeReport(0.1)));
        report("nationalBenchmarks", Timings.of(2, 10, () -> comparisons.nationalBenchmarks(0.1)));
    }

    private static void report(String what, Timings t) {
        Benchmark.log("probe %-26s p50 %8.2f ms  p95 %8.2f ms", what, t.p50(), t.p95());
    }
}
