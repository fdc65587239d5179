package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.stats.Interval;
import org.probation.analytics.stats.MultipleComparisons;
import org.probation.analytics.stats.Proportions;
import org.probation.analytics.stats.ReadingRange;
import org.probation.analytics.stats.TwoProportionResult;
import org.probation.analytics.stats.TwoProportionTest;
import org.probation.analytics.stats.Verdict;

/**
 * Turns counts into comparison rows: the two-proportion test, intervals and q-values of the
 * {@code stats} package, on the point counts and over every consistent reading of them.
 */
final class ComparisonStatistics {

    /** How many of a side's consistent counts a row lists. */
    static final int LISTED = 12;

    private ComparisonStatistics() {}

    static List<ComparisonRow> withStatistics(List<PairedCounts> pairs, double alpha, String method, Direction direction) {
        TwoProportionTest test = TwoProportionTest.withDefaults().withAlpha(alpha);
        List<ComparisonRow> rows = new ArrayList<>();
        for (PairedCounts pc : pairs) {
            Counts a = pc.a();
            Counts b = pc.b();
            Double diff = a.percent() == null || b.percent() == null ? null
                    : direction.bFirst() ? b.percent() - a.percent() : a.percent() - b.percent();
            if (pc.notComparable() != null) {
                rows.add(row(pc, diff, null, null, null, "NONE", null, null, false, method, pc.notComparable(),
                        ReadingRange.notTested(pc.notComparable()), direction));
                continue;
            }
            if (!a.known() || !b.known()) {
                String reason = "count unknown on side " + (!a.known() ? "A" : "B")
                        + ": the report states no denominator and none could be estimated";
                rows.add(row(pc, diff, null, null, null, "NONE", null, null, false, method, reason, ReadingRange.notTested(reason),
                        direction));
                continue;
            }
            boolean approximate = a.estimated() || b.estimated();
            // the side the difference starts from is the test's first sample, so its difference, interval, z and h read that way
            Counts first = direction.bFirst() ? b : a;
            Counts second = direction.bFirst() ? a : b;
            TwoProportionResult r = test.test(first.x(), first.n(), second.x(), second.n(), approximate);
            Interval ciA = direction.bFirst() ? r.ciB() : r.ciA();
            Interval ciB = direction.bFirst() ? r.ciA() : r.ciB();
            ReadingRange range = ReadingVerdicts.twoSample(a, b, alpha, r.p(), r.test(), r.notTestedReason());
            rows.add(new ComparisonRow(pc.questionCode(), pc.question(), pc.level(), a.label(), a.x(), a.n(), a.percent(),
                    a.countKind(), a.providers(), b.label(), b.x(), b.n(), b.percent(), b.countKind(), b.providers(),
                    100 * r.diff(), r.diffCi() == null ? null : 100 * r.diffCi().low(),
                    r.diffCi() == null ? null : 100 * r.diffCi().high(), r.z(), r.p(), r.test().name(),
                    range.verdict() == Verdict.SIGNIFICANT, null, r.h(), r.fisherP(), approximate,
                    method + (r.flagReason() == null ? "" : "; " + r.flagReason()), r.notTestedReason(),
                    100 * ciA.low(), 100 * ciA.high(), 100 * ciB.low(), 100 * ciB.high(),
                    range.pMin(), range.pMax(), range.verdict().code(), range.combinations(), listed(a), listed(b), null,
                    direction.label()));
        }
        return withQValues(rows, alpha);
    }

    /** A row built from its parts: a comparator row or one that was not tested; {@code range} gives its verdict. */
    static ComparisonRow row(PairedCounts pc, Double diff, Double ciLow, Double ciHigh, Double z, String test, Double p,
            Double h, boolean approximate, String method, String notTested, ReadingRange range, Direction direction) {
        Counts a = pc.a();
        Counts b = pc.b();
        Interval wa = wilson(a);
        Interval wb = wilson(b);
        return new ComparisonRow(pc.questionCode(), pc.question(), pc.level(), a.label(), a.x(), a.n(), a.percent(),
                a.countKind(), a.providers(), b.label(), b.x(), b.n(), b.percent(), b.countKind(), b.providers(), diff,
                ciLow, ciHigh, z, p, test, range.verdict() == Verdict.SIGNIFICANT, null, h, null, approximate, method, notTested,
                wa == null ? null : 100 * wa.low(), wa == null ? null : 100 * wa.high(),
                wb == null ? null : 100 * wb.low(), wb == null ? null : 100 * wb.high(),
                range.pMin(), range.pMax(), range.verdict().code(), range.combinations(), listed(a), listed(b), null,
                direction.label());
    }

    /** A side's consistent counts when there are several, as a row lists them. */
    private static String listed(Counts c) {
        return c.known() && c.readings() != null ? c.readings().summary(LISTED) : null;
    }

    /** The 90% Wilson interval of a side whose count is known. */
    static Interval wilson(Counts c) {
        return c.known() ? Proportions.wilson(c.x(), c.n(), 0.9) : null;
    }

    /**
     * Benjamini–Hochberg q-values over the rows that were tested, within this comparison, from
     * the point p; and the adjusted verdict from every row's range. The step-up procedure is
     * monotone in each p, so a row rejected with every row at its largest p is rejected under every
     * reading ({@code significant}), and one not rejected with every row at its smallest p is
     * rejected under none ({@code not_significant}); anything else {@code depends}. A reading
     * that could not be tested counts as p = 1.
     */
    static List<ComparisonRow> withQValues(List<ComparisonRow> rows, double alpha) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).p() != null || rows.get(i).pMax() != null) {
                tested.add(i);
            }
        }
        double[] point = new double[tested.size()];
        double[] high = new double[tested.size()];
        double[] low = new double[tested.size()];
        for (int k = 0; k < tested.size(); k++) {
            ComparisonRow r = rows.get(tested.get(k));
            point[k] = r.p() != null ? r.p() : 1.0;
            boolean untestedReadings = r.depends() && r.pMax() < alpha;
            high[k] = untestedReadings ? 1.0 : r.pMax();
            low[k] = r.pMin();
        }
        double[] q = MultipleComparisons.benjaminiHochberg(point);
        // where every row has one reading (all its counts stated or unique), both ranges are the point
        boolean ranged = !java.util.Arrays.equals(point, high) || !java.util.Arrays.equals(point, low);
        double[] qHigh = ranged ? MultipleComparisons.benjaminiHochberg(high) : q;
        double[] qLow = ranged ? MultipleComparisons.benjaminiHochberg(low) : q;
        List<ComparisonRow> out = new ArrayList<>(rows.size());
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow r = rows.get(i);
            if (k < tested.size() && tested.get(k) == i) {
                Verdict bh = qHigh[k] < alpha ? Verdict.SIGNIFICANT : qLow[k] < alpha ? Verdict.DEPENDS : Verdict.NOT_SIGNIFICANT;
                out.add(r.withQ(r.p() == null ? null : q[k], bh));
                k++;
            } else {
                out.add(r.withQ(null, Verdict.NOT_TESTED));
            }
        }
        return out;
    }
}
