package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.stats.Interval;
import org.probation.analytics.stats.MultipleComparisons;
import org.probation.analytics.stats.Proportions;
import org.probation.analytics.stats.TwoProportionResult;
import org.probation.analytics.stats.TwoProportionTest;

/** Turns counts into comparison rows: the two-proportion test, intervals and q-values of the {@code stats} package. */
final class ComparisonStatistics {

    private ComparisonStatistics() {}

    static List<ComparisonRow> withStatistics(List<PairedCounts> pairs, double alpha, String method) {
        TwoProportionTest test = TwoProportionTest.withDefaults().withAlpha(alpha);
        List<ComparisonRow> rows = new ArrayList<>();
        for (PairedCounts pc : pairs) {
            Counts a = pc.a();
            Counts b = pc.b();
            Double diff = a.percent() == null || b.percent() == null ? null : b.percent() - a.percent();
            if (!a.known() || !b.known()) {
                rows.add(row(pc, diff, null, null, null, "NONE", false, null, null, false, method,
                        "count unknown on side " + (!a.known() ? "A" : "B")
                                + ": the report states no denominator and none could be estimated"));
                continue;
            }
            boolean approximate = a.estimated() || b.estimated();
            // B is the test's first sample, so its difference, interval, z and h all read B − A
            TwoProportionResult r = test.test(b.x(), b.n(), a.x(), a.n(), approximate);
            rows.add(new ComparisonRow(pc.questionCode(), pc.question(), pc.level(), a.label(), a.x(), a.n(), a.percent(),
                    a.countKind(), a.providers(), b.label(), b.x(), b.n(), b.percent(), b.countKind(), b.providers(),
                    100 * r.diff(), r.diffCi() == null ? null : 100 * r.diffCi().low(),
                    r.diffCi() == null ? null : 100 * r.diffCi().high(), r.z(), r.p(), r.test().name(), r.significant(),
                    null, r.h(), r.fisherP(), approximate, method + (r.flagReason() == null ? "" : "; " + r.flagReason()),
                    r.notTestedReason(), 100 * r.ciB().low(), 100 * r.ciB().high(), 100 * r.ciA().low(),
                    100 * r.ciA().high()));
        }
        return withQValues(rows);
    }

    static ComparisonRow row(PairedCounts pc, Double diff, Double ciLow, Double ciHigh, Double z, String test,
            boolean significant, Double p, Double h, boolean approximate, String method, String notTested) {
        Counts a = pc.a();
        Counts b = pc.b();
        Interval wa = wilson(a);
        Interval wb = wilson(b);
        return new ComparisonRow(pc.questionCode(), pc.question(), pc.level(), a.label(), a.x(), a.n(), a.percent(),
                a.countKind(), a.providers(), b.label(), b.x(), b.n(), b.percent(), b.countKind(), b.providers(), diff,
                ciLow, ciHigh, z, p, test, significant, null, h, null, approximate, method, notTested,
                wa == null ? null : 100 * wa.low(), wa == null ? null : 100 * wa.high(),
                wb == null ? null : 100 * wb.low(), wb == null ? null : 100 * wb.high());
    }

    /** The 90% Wilson interval of a side whose count is known. */
    static Interval wilson(Counts c) {
        return c.known() ? Proportions.wilson(c.x(), c.n(), 0.9) : null;
    }

    /** Benjamini–Hochberg q-values over the rows that were tested, within this comparison. */
    static List<ComparisonRow> withQValues(List<ComparisonRow> rows) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).p() != null) {
                tested.add(i);
            }
        }
        double[] q = MultipleComparisons.benjaminiHochberg(tested.stream().mapToDouble(i -> rows.get(i).p()).toArray());
        List<ComparisonRow> out = new ArrayList<>(rows);
        for (int k = 0; k < tested.size(); k++) {
            out.set(tested.get(k), out.get(tested.get(k)).withQ(q[k]));
        }
        return out;
    }

}
