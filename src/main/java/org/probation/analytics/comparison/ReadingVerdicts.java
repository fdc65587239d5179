package org.probation.analytics.comparison;

import org.probation.analytics.stats.Alternative;
import org.probation.analytics.stats.ReadingRange;
import org.probation.analytics.stats.TestUsed;
import org.probation.analytics.stats.Verdict;

/**
 * The test of a comparison row run over every count consistent with the printed figures: two
 * sides of one printed split pair up by position, any others combine freely. A row whose counts
 * are all stated or unique has one combination, its point.
 */
final class ReadingVerdicts {

    /** Combinations tried at most: beyond this the row gets no verdict rather than a partial one. */
    static final int MAX_COMBINATIONS = 250_000;

    private ReadingVerdicts() {}

    /** The two-sample test's range; {@code pointP} and {@code pointTest} are the point's result, reused when there is only it. */
    static ReadingRange twoSample(
            Counts a, Counts b, double alpha, Double pointP, TestUsed pointTest, String pointReason) {
        if (a.readings() == null && b.readings() == null) {
            return point(alpha, pointP, pointTest, pointReason);
        }
        Readings ra = a.all();
        Readings rb = b.all();
        ReadingRange.Builder range = new ReadingRange.Builder(alpha);
        if (ra.pairsWith(rb)) {
            for (int k = 0; k < ra.size(); k++) {
                add(range, rb.x()[k], rb.n()[k], ra.x()[k], ra.n()[k]);
            }
            return range.build();
        }
        Readings da = ra.distinct();
        Readings db = rb.distinct();
        if ((long) da.size() * db.size() > MAX_COMBINATIONS) {
            return ReadingRange.notTested(
                    "the printed figures allow " + da.size() + " × " + db.size() + " combinations of counts, more than "
                            + MAX_COMBINATIONS + ": too many readings to give a verdict");
        }
        for (int i = 0; i < da.size(); i++) {
            for (int j = 0; j < db.size(); j++) {
                add(range, db.x()[j], db.n()[j], da.x()[i], da.n()[i]);
            }
        }
        return range.build();
    }

    /** The one-sample test of A's counts against a fixed proportion p0, over A's readings. */
    static ReadingRange oneSample(
            Counts a, double p0, double alpha, Double pointP, TestUsed pointTest, String pointReason) {
        if (a.readings() == null) {
            return point(alpha, pointP, pointTest, pointReason);
        }
        Readings d = a.readings().distinct();
        ReadingRange.Builder range = new ReadingRange.Builder(alpha);
        for (int i = 0; i < d.size(); i++) {
            range.add(
                    ReadingRange.oneSampleP(d.x()[i], d.n()[i], p0, Alternative.TWO_SIDED),
                    ReadingRange.oneSampleGuard(d.n()[i]));
        }
        return range.build();
    }

    private static void add(ReadingRange.Builder range, int x1, int n1, int x2, int n2) {
        range.add(
                ReadingRange.twoSampleP(x1, n1, x2, n2, Alternative.TWO_SIDED),
                ReadingRange.twoSampleGuard(x1, n1, x2, n2));
    }

    private static ReadingRange point(double alpha, Double p, TestUsed test, String reason) {
        if (p == null || test == TestUsed.NONE) {
            return ReadingRange.notTested(reason);
        }
        Verdict v = p < alpha ? Verdict.SIGNIFICANT : Verdict.NOT_SIGNIFICANT;
        return new ReadingRange(v, p, p, 1, 1, v == Verdict.SIGNIFICANT ? 1 : 0, null);
    }
}
