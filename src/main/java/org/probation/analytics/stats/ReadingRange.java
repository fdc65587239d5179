package org.probation.analytics.stats;

/**
 * A test run over every reading of the counts that the printed figures allow, and its verdict.
 * Where a report prints only rounded percents, several whole counts x/n may fit each figure; the
 * test is run on each consistent combination, and
 * <ul>
 * <li>{@link Verdict#SIGNIFICANT} when every combination is tested and p &lt; alpha,</li>
 * <li>{@link Verdict#NOT_SIGNIFICANT} when none is significant (an untested combination, with
 * fewer than 5 cases or no variation, is never significant),</li>
 * <li>{@link Verdict#DEPENDS} when some are and some are not,</li>
 * <li>{@link Verdict#NOT_TESTED} when none could be tested.</li>
 * </ul>
 * {@code pMin} and {@code pMax} are the smallest and largest p over the tested combinations.
 *
 * @param verdict         the verdict over every combination
 * @param pMin            the smallest p-value of a tested combination, or null when none was tested
 * @param pMax            the largest p-value of a tested combination, or null when none was tested
 * @param combinations    how many combinations of counts were tried
 * @param tested          how many of them could be tested
 * @param significant     how many of them were significant
 * @param notTestedReason why nothing was tested, or null
 */
public record ReadingRange(
        Verdict verdict,
        Double pMin,
        Double pMax,
        int combinations,
        int tested,
        int significant,
        String notTestedReason) {

    /** Nothing could be tested, for the reason given. */
    public static ReadingRange notTested(String reason) {
        return new ReadingRange(Verdict.NOT_TESTED, null, null, 0, 0, 0, reason);
    }

    /** Accumulates the p-values of the combinations tried, in any order. */
    public static final class Builder {
        private final double alpha;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private int combinations;
        private int tested;
        private int significant;
        private String firstReason;

        /** @param alpha the significance level, in (0, 1) */
        public Builder(double alpha) {
            Arguments.openUnit("alpha", alpha);
            this.alpha = alpha;
        }

        /** One combination: its p-value, or null with the reason it was not tested. */
        public Builder add(Double p, String notTestedReason) {
            combinations++;
            if (p == null) {
                if (firstReason == null) {
                    firstReason = notTestedReason;
                }
                return this;
            }
            tested++;
            min = Math.min(min, p);
            max = Math.max(max, p);
            if (p < alpha) {
                significant++;
            }
            return this;
        }

        public ReadingRange build() {
            if (tested == 0) {
                return new ReadingRange(
                        Verdict.NOT_TESTED,
                        null,
                        null,
                        combinations,
                        0,
                        0,
                        firstReason == null ? "no count to test" : firstReason);
            }
            Verdict v = significant == combinations
                    ? Verdict.SIGNIFICANT
                    : significant == 0 ? Verdict.NOT_SIGNIFICANT : Verdict.DEPENDS;
            return new ReadingRange(v, min, max, combinations, tested, significant, null);
        }
    }

    /**
     * The p-value of the pooled two-proportion z-test of x1/n1 against x2/n2, with the guards of
     * {@link TwoProportionTest#test(int, int, int, int, boolean)}: null when a sample has fewer
     * than 5 cases or every case answered the same way. Cheap: no intervals, no Fisher p.
     *
     * @return the p-value under {@code alternative}, or null when not tested
     */
    public static Double twoSampleP(int x1, int n1, int x2, int n2, Alternative alternative) {
        Arguments.count("x1", x1, "n1", n1);
        Arguments.count("x2", x2, "n2", n2);
        if (TwoProportionTest.notTestedReason(x1, n1, x2, n2) != null) {
            return null;
        }
        return Normal.pValue(TwoProportionTest.pooledZ(x1, n1, x2, n2), alternative);
    }

    /** Why a pair would not be tested ({@link TwoProportionTest}'s guard), or null when it would. */
    public static String twoSampleGuard(int x1, int n1, int x2, int n2) {
        return TwoProportionTest.notTestedReason(x1, n1, x2, n2);
    }

    /**
     * The p-value of the one-sample score test of x/n against p0 ({@link OneSampleTest}), null
     * when the sample has fewer than 5 cases.
     */
    public static Double oneSampleP(int x, int n, double p0, Alternative alternative) {
        Arguments.count("x", x, "n", n);
        Arguments.openUnit("p0", p0);
        return OneSampleTest.notTestedReason(n) != null
                ? null
                : Normal.pValue(OneSampleTest.scoreZ(x, n, p0), alternative);
    }

    /** Why a one-sample test would not be run ({@link OneSampleTest}'s guard), or null. */
    public static String oneSampleGuard(int n) {
        return OneSampleTest.notTestedReason(n);
    }
}
