package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.stats.OneSampleResult;
import org.probation.analytics.stats.OneSampleTest;
import org.probation.analytics.stats.ReadingRange;

/**
 * An inspection's counts against figures its report prints beside them ("All NPS regions"): the
 * one-sample score test of each count, over every count consistent with the printed figures.
 */
final class ComparatorTests {

    private ComparatorTests() {}

    /** One row per question; side B is the printed figure, so it has no count. */
    static List<ComparisonRow> of(List<PairedCounts> pairs, double alpha) {
        OneSampleTest test = OneSampleTest.withDefaults().withAlpha(alpha);
        List<ComparisonRow> rows = new ArrayList<>();
        for (PairedCounts pc : pairs) {
            Counts a = pc.a();
            Counts b = pc.b();
            double p0 = b.percent() / 100.0;
            String method = "one-sample score test of the inspection's count against the printed '" + b.label() + "' figure";
            if (!a.known()) {
                String reason = "count unknown: the report states no denominator and none could be estimated";
                rows.add(ComparisonStatistics.row(pc, null, null, null, null, "NONE", null, null, false, method, reason,
                        ReadingRange.notTested(reason)));
            } else if (p0 <= 0 || p0 >= 1) {
                String reason = "the comparator figure is " + b.percent() + "%: no variation to test against";
                rows.add(ComparisonStatistics.row(pc, a.percent() == null ? null : b.percent() - a.percent(), null, null, null, "NONE",
                        null, null, a.estimated(), method, reason, ReadingRange.notTested(reason)));
            } else {
                OneSampleResult r = test.test(a.x(), a.n(), p0);
                ReadingRange range = ReadingVerdicts.oneSample(a, p0, alpha, r.p(), r.test(), r.notTestedReason());
                // z is negated to read B − A like every other row; the printed figure is fixed, so the difference's interval is the Wilson interval of A, reflected
                rows.add(ComparisonStatistics.row(pc, b.percent() - 100.0 * a.x() / a.n(), r.ci() == null ? null : b.percent() - 100 * r.ci().high(),
                        r.ci() == null ? null : b.percent() - 100 * r.ci().low(), r.z() == null ? null : -r.z(), r.test().name(), r.p(),
                        null, a.estimated(), method + "; interval: the printed figure minus the 90% Wilson interval of the "
                                + "inspection's own percent", r.notTestedReason(), range));
            }
        }
        return ComparisonStatistics.withQValues(rows, alpha);
    }
}
