package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.stats.Interval;
import org.probation.analytics.stats.Proportions;
import org.probation.analytics.stats.ReadingRange;
import org.probation.analytics.stats.TestUsed;
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

    static List<ComparisonRow> withStatistics(
            List<PairedCounts> pairs, double alpha, String method, Direction direction) {
        TwoProportionTest test = TwoProportionTest.withDefaults().withAlpha(alpha);
        List<ComparisonRow> rows = new ArrayList<>();
        for (PairedCounts pc : pairs) {
            Counts a = pc.a();
            Counts b = pc.b();
            Double diff = a.percent() == null || b.percent() == null
                    ? null
                    : direction.bFirst() ? b.percent() - a.percent() : a.percent() - b.percent();
            if (pc.notComparable() != null) {
                rows.add(row(
                        pc,
                        diff,
                        null,
                        null,
                        null,
                        TestUsed.NONE,
                        null,
                        null,
                        false,
                        method,
                        pc.notComparable(),
                        ReadingRange.notTested(pc.notComparable()),
                        direction,
                        NotTestedKind.NOT_COMPARABLE));
                continue;
            }
            if (!a.known() || !b.known()) {
                String reason = "count unknown on side " + (!a.known() ? "A" : "B")
                        + ": the report states no denominator and none could be estimated";
                rows.add(row(
                        pc,
                        diff,
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
                        direction,
                        NotTestedKind.COUNT_UNKNOWN));
                continue;
            }
            boolean approximate = a.estimated() || b.estimated();
            // the side the difference starts from is the test's first sample, so its difference, interval, z and h read
            // that way
            Counts first = direction.bFirst() ? b : a;
            Counts second = direction.bFirst() ? a : b;
            // the row's approximate column says whether a count is estimated, and views say it once from there:
            // the test's own reason, kept in the method, is asked for without that sentence
            TwoProportionResult r = test.test(first.x(), first.n(), second.x(), second.n(), false);
            Interval ciA = direction.bFirst() ? r.ciB() : r.ciA();
            Interval ciB = direction.bFirst() ? r.ciA() : r.ciB();
            ReadingRange range = ReadingVerdicts.twoSample(a, b, alpha, r.p(), r.test(), r.notTestedReason());
            rows.add(new ComparisonRow(
                    item(pc),
                    side(a, ciA),
                    side(b, ciB),
                    new ComparisonRow.Outcome(
                            100 * r.diff(),
                            r.diffCi() == null ? null : 100 * r.diffCi().low(),
                            r.diffCi() == null ? null : 100 * r.diffCi().high(),
                            r.z(),
                            r.p(),
                            r.test(),
                            range.verdict() == Verdict.SIGNIFICANT,
                            r.h(),
                            r.fisherP(),
                            approximate,
                            method + (r.flagReason() == null ? "" : "; " + r.flagReason()),
                            r.notTestedReason(),
                            r.notTestedReason() == null
                                    ? null
                                    : NotTestedKind.ofGuard(a, b).code()),
                    ComparisonRow.Verdicts.unadjusted(
                            range.pMin(), range.pMax(), range.verdict(), range.combinations()),
                    direction.label()));
        }
        return withQValues(rows, alpha);
    }

    /** A row built from its parts: a comparator row or one that was not tested; {@code range} gives its verdict. */
    static ComparisonRow row(
            PairedCounts pc,
            Double diff,
            Double ciLow,
            Double ciHigh,
            Double z,
            TestUsed test,
            Double p,
            Double h,
            boolean approximate,
            String method,
            String notTested,
            ReadingRange range,
            Direction direction,
            NotTestedKind kind) {
        return new ComparisonRow(
                item(pc),
                side(pc.a(), wilson(pc.a())),
                side(pc.b(), wilson(pc.b())),
                new ComparisonRow.Outcome(
                        diff,
                        ciLow,
                        ciHigh,
                        z,
                        p,
                        test,
                        range.verdict() == Verdict.SIGNIFICANT,
                        h,
                        null,
                        approximate,
                        method,
                        notTested,
                        kind == null ? null : kind.code()),
                ComparisonRow.Verdicts.unadjusted(range.pMin(), range.pMax(), range.verdict(), range.combinations()),
                direction.label());
    }

    private static ComparisonRow.Item item(PairedCounts pc) {
        return new ComparisonRow.Item(pc.questionCode(), pc.question(), pc.level());
    }

    /** A side's figures, with its 90% Wilson interval in percent (null when its count is unknown). */
    private static ComparisonRow.Side side(Counts c, Interval wilson) {
        return new ComparisonRow.Side(
                c.label(),
                c.x(),
                c.n(),
                c.percent(),
                c.kind(),
                c.providers(),
                wilson == null ? null : 100 * wilson.low(),
                wilson == null ? null : 100 * wilson.high(),
                listed(c));
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
     * The adjusted p-values of every {@link Adjustment} over the rows that were tested, within this
     * comparison, from the point p; and each adjusted verdict from every row's range. Both
     * Benjamini–Hochberg's step-up and Holm's step-down adjusted p are monotone in each p, so a row
     * significant with every row at its largest p is significant under every reading
     * ({@code significant}), and one not significant with every row at its smallest p is significant
     * under none ({@code not_significant}); anything else {@code depends}. A reading that could not
     * be tested counts as p = 1.
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
        Adjusted bh = Adjusted.of(Adjustment.BENJAMINI_HOCHBERG, point, high, low, alpha);
        Adjusted holm = Adjusted.of(Adjustment.HOLM, point, high, low, alpha);
        List<ComparisonRow> out = new ArrayList<>(rows.size());
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow r = rows.get(i);
            if (k < tested.size() && tested.get(k) == i) {
                out.add(r.withAdjusted(
                        r.p() == null ? null : bh.point[k],
                        bh.verdicts[k],
                        r.p() == null ? null : holm.point[k],
                        holm.verdicts[k]));
                k++;
            } else {
                out.add(r.withAdjusted(null, Verdict.NOT_TESTED, null, Verdict.NOT_TESTED));
            }
        }
        return out;
    }

    /** One adjustment over a family: the adjusted point p and each row's verdict over its range. */
    private record Adjusted(double[] point, Verdict[] verdicts) {

        static Adjusted of(Adjustment adjustment, double[] point, double[] high, double[] low, double alpha) {
            double[] adjusted = adjustment.adjust(point);
            // where every row has one reading (all its counts stated or unique), both ranges are the point
            boolean ranged = !java.util.Arrays.equals(point, high) || !java.util.Arrays.equals(point, low);
            double[] atHigh = ranged ? adjustment.adjust(high) : adjusted;
            double[] atLow = ranged ? adjustment.adjust(low) : adjusted;
            Verdict[] verdicts = new Verdict[point.length];
            for (int k = 0; k < point.length; k++) {
                verdicts[k] = atHigh[k] < alpha
                        ? Verdict.SIGNIFICANT
                        : atLow[k] < alpha ? Verdict.DEPENDS : Verdict.NOT_SIGNIFICANT;
            }
            return new Adjusted(adjusted, verdicts);
        }
    }
}
