package org.probation.analytics.stats;

/**
 * The inspectorate's comparison of two results: the pooled two-proportion z-test, with the
 * intervals, effect size and checks an analyst needs beside it. Immutable; configure with
 * {@code TwoProportionTest.withDefaults().withAlpha(0.05).withAlternative(Alternative.GREATER)}.
 *
 * <p>For p1 = x1/n1, p2 = x2/n2 and the pooled p = (x1 + x2)/(n1 + n2):
 * <pre>  z = (p1 − p2) / √(p(1 − p)(1/n1 + 1/n2))</pre>
 * and the p-value comes from the standard normal distribution (see {@link Alternative}); this is
 * R's {@code prop.test(c(x1, x2), c(n1, n2), correct = FALSE)}, whose statistic is z². The
 * official flag is {@code significant = p < alpha}, strictly.
 *
 * <p>Small-sample guard: a pair is <em>not tested</em> (test {@link TestUsed#NONE}, no z, p or
 * Fisher p, never significant) when n1 &lt; 5 or n2 &lt; 5 ("fewer than 5 cases in a sample") or
 * when p is 0 or 1 ("every case answered the same way: no variation to test"). A tested pair is
 * <em>uncertain</em> when the smallest expected count min(n1, n2) · min(p, 1 − p) is below 5: the
 * normal approximation is then weak, and Fisher's exact p-value (computed for every tested pair)
 * should be read beside it. The official flag stays the z-test's.
 *
 * <p>Caveats: the z-test assumes two independent random samples; with the 7–40 cases of an
 * inspection sample its p-value is approximate, and with many questions compared at once some
 * differences are flagged by chance (see {@link MultipleComparisons}).
 *
 * @param alpha       the significance level, in (0, 1); the inspectorate uses 0.1
 * @param alternative the alternative hypothesis; the inspectorate's is two-sided
 * @param level       the confidence level of the intervals, in (0, 1); 0.9 matches alpha 0.1
 */
public record TwoProportionTest(double alpha, Alternative alternative, double level) {

    /** The power at which {@link TwoProportionResult#mdd()} is computed. */
    static final double MDD_POWER = 0.8;

    /**
     * Checks the configuration.
     *
     * @throws IllegalArgumentException if alpha or level is outside (0, 1) or NaN, or the alternative is null
     */
    public TwoProportionTest {
        Arguments.openUnit("alpha", alpha);
        Arguments.openUnit("level", level);
        if (alternative == null) {
            throw new IllegalArgumentException("alternative must not be null");
        }
    }

    /**
     * The inspectorate's test: alpha 0.1, two-sided, 90% intervals.
     *
     * @return the default configuration
     */
    public static TwoProportionTest withDefaults() {
        return new TwoProportionTest(0.1, Alternative.TWO_SIDED, 0.9);
    }

    /**
     * A copy with another significance level.
     *
     * @param a the significance level, in (0, 1)
     * @return the new configuration
     * @throws IllegalArgumentException if {@code a} is outside (0, 1) or NaN
     */
    public TwoProportionTest withAlpha(double a) {
        return new TwoProportionTest(a, alternative, level);
    }

    /**
     * A copy with another alternative hypothesis.
     *
     * @param a the alternative, not null
     * @return the new configuration
     * @throws IllegalArgumentException if {@code a} is null
     */
    public TwoProportionTest withAlternative(Alternative a) {
        return new TwoProportionTest(alpha, a, level);
    }

    /**
     * A copy with another confidence level for the intervals.
     *
     * @param l the confidence level, in (0, 1)
     * @return the new configuration
     * @throws IllegalArgumentException if {@code l} is outside (0, 1) or NaN
     */
    public TwoProportionTest withLevel(double l) {
        return new TwoProportionTest(alpha, alternative, l);
    }

    /**
     * Tests x1/n1 against x2/n2, both counts stated in the source.
     *
     * @param x1 the "yes" count of the first sample, 0 ≤ x1 ≤ n1
     * @param n1 the size of the first sample, n1 ≥ 1
     * @param x2 the "yes" count of the second sample, 0 ≤ x2 ≤ n2
     * @param n2 the size of the second sample, n2 ≥ 1
     * @return the result
     * @throws IllegalArgumentException on an invalid count or size, for example {@code "x1 = 7 exceeds n1 = 5"}
     */
    public TwoProportionResult test(int x1, int n1, int x2, int n2) {
        return test(x1, n1, x2, n2, false);
    }

    /**
     * Tests x1/n1 against x2/n2. See the class description for the formula and the guards.
     *
     * <p>The result carries the Wilson intervals of each proportion and Newcombe's interval of
     * p1 − p2 at {@code level} (always two-sided, whatever the alternative), Cohen's h, Fisher's
     * two-sided p-value, and the minimum detectable difference: the smallest change from the pooled
     * proportion p towards 50 per cent that the two-sided test at {@code alpha} detects with 80%
     * power ({@link Proportions#minimumDetectableDifference} from the baseline min(p, 1 − p), which
     * by symmetry is the same as a decrease from p when p &gt; 1/2). Of the two directions it is the
     * larger, so the safer figure to quote, and it always has room to move. It is null when the pair
     * is not tested or no change is detectable.
     *
     * @param x1          the "yes" count of the first sample, 0 ≤ x1 ≤ n1
     * @param n1          the size of the first sample, n1 ≥ 1
     * @param x2          the "yes" count of the second sample, 0 ≤ x2 ≤ n2
     * @param n2          the size of the second sample, n2 ≥ 1
     * @param approximate true when a count or denominator is estimated (for example from a printed
     *                    percentage) rather than stated: the result is marked approximate and its
     *                    flag reason says so. Unknown denominators must not be tested at all.
     * @return the result
     * @throws IllegalArgumentException on an invalid count or size
     */
    public TwoProportionResult test(int x1, int n1, int x2, int n2, boolean approximate) {
        Arguments.count("x1", x1, "n1", n1);
        Arguments.count("x2", x2, "n2", n2);
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval ciA = Proportions.wilson(x1, n1, level);
        Interval ciB = Proportions.wilson(x2, n2, level);
        Interval diffCi = Proportions.newcombe(x1, n1, x2, n2, level);
        double h = Proportions.cohensH(x1, n1, x2, n2);
        String notTested = notTestedReason(x1, n1, x2, n2);
        if (notTested != null) {
            return new TwoProportionResult(
                    x1,
                    n1,
                    x2,
                    n2,
                    p1,
                    p2,
                    p1 - p2,
                    null,
                    null,
                    false,
                    TestUsed.NONE,
                    notTested,
                    false,
                    null,
                    ciA,
                    ciB,
                    diffCi,
                    h,
                    approximate,
                    alpha,
                    FlagReasons.notTested(notTested, approximate));
        }
        double z = pooledZ(x1, n1, x2, n2);
        double p = Normal.pValue(z, alternative);
        boolean uncertain = uncertain(x1, n1, x2, n2);
        double fisherP = FisherExact.twoSided(x1, n1, x2, n2);
        boolean significant = p < alpha;
        return new TwoProportionResult(
                x1,
                n1,
                x2,
                n2,
                p1,
                p2,
                p1 - p2,
                z,
                p,
                significant,
                TestUsed.POOLED_Z,
                null,
                uncertain,
                fisherP,
                ciA,
                ciB,
                diffCi,
                h,
                approximate,
                alpha,
                FlagReasons.tested(alternative, p, alpha, significant, uncertain, fisherP, approximate));
    }

    /**
     * Whether the z-test's normal approximation is weak for these counts: the smallest expected
     * count min(n1, n2) · min(p, 1 − p), p pooled, is below 5.
     */
    public static boolean uncertain(int x1, int n1, int x2, int n2) {
        double pooled = ((double) x1 + x2) / ((double) n1 + n2);
        return Math.min(n1, n2) * Math.min(pooled, 1 - pooled) < 5;
    }

    /** The small-sample guard: why a pair is not tested (fewer than 5 cases in a sample, no variation), or null. */
    static String notTestedReason(int x1, int n1, int x2, int n2) {
        return n1 < 5 || n2 < 5
                ? FlagReasons.TOO_FEW
                : (long) x1 + x2 == 0 || (long) x1 + x2 == (long) n1 + n2 ? FlagReasons.NO_VARIATION : null;
    }

    /** The pooled z statistic; the pooled proportion must be strictly between 0 and 1. */
    static double pooledZ(int x1, int n1, int x2, int n2) {
        double pooled = ((double) x1 + x2) / ((double) n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return ((double) x1 / n1 - (double) x2 / n2) / se;
    }
}
