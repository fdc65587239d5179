package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.stats.OneSampleResult;
import org.probation.analytics.stats.OneSampleTest;
import org.probation.analytics.stats.ReadingRange;
import org.probation.analytics.stats.TestUsed;

/**
 * An inspection's counts against figures its report prints beside them ("All NPS regions"): the
 * one-sample score test of each count, over every count consistent with the printed figures.
 */
final class ComparatorTests {

    private static final Direction PROVIDER = Direction.PROVIDER_MINUS_BENCHMARK;

    private ComparatorTests() {}

    /** One row per question; side B is the printed figure, so it has no count. */
    static List<ComparisonRow> of(List<PairedCounts> pairs, double alpha) {
        OneSampleTest test = OneSampleTest.withDefaults().withAlpha(alpha);
        List<ComparisonRow> rows = new ArrayList<>();
        for (PairedCounts pc : pairs) {
            Counts a = pc.a();
            Counts b = pc.b();
            double p0 = b.percent() / 100.0;
            String method =
                    "one-sample score test of the inspection's count against the printed '" + b.label() + "' figure";
            if (!a.known()) {
                String reason = "count unknown: the report states no denominator and none could be estimated";
                rows.add(ComparisonStatistics.row(
                        pc,
                        null,
                        null,
                        null,
                        null,
                        TestUsed.NONE,
                        null,
                        null,
                        false,
                        method,
                        reason,
                        ReadingRange.notTested(reason),
                        PROVIDER,
                        NotTestedKind.COUNT_UNKNOWN));
            } else if (p0 <= 0 || p0 >= 1) {
                String reason = "the comparator figure is " + b.percent() + "%: no variation to test against";
                rows.add(ComparisonStatistics.row(
                        pc,
                        a.percent() == null ? null : a.percent() - b.percent(),
                        null,
                        null,
                        null,
                        TestUsed.NONE,
                        null,
                        null,
                        a.estimated(),
                        method,
                        reason,
                        ReadingRange.notTested(reason),
                        PROVIDER,
                        NotTestedKind.NO_VARIATION));
            } else {
                OneSampleResult r = test.test(a.x(), a.n(), p0);
                ReadingRange range = ReadingVerdicts.oneSample(a, p0, alpha, r.p(), r.test(), r.notTestedReason());
                // the difference reads provider − printed figure, as every benchmark does; the printed figure is fixed,
                // so the difference's interval is the Wilson interval of A, shifted
                rows.add(ComparisonStatistics.row(
                        pc,
                        100.0 * a.x() / a.n() - b.percent(),
                        r.ci() == null ? null : 100 * r.ci().low() - b.percent(),
                        r.ci() == null ? null : 100 * r.ci().high() - b.percent(),
                        r.z(),
                        r.test(),
                        r.p(),
                        null,
                        a.estimated(),
                        method + "; interval: the 90% Wilson interval of the inspection's own percent "
                                + "minus the printed figure",
                        r.notTestedReason(),
                        range,
                        PROVIDER,
                        r.notTestedReason() == null
                                ? null
                                : a.n() < 5 ? NotTestedKind.TOO_FEW_CASES : NotTestedKind.NO_VARIATION));
            }
        }
        return ComparisonStatistics.withQValues(rows, alpha);
    }
}
