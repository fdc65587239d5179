package org.probation.analytics.stats;

/**
 * The result of a {@link TwoProportionTest}: the official flag, how it was reached, and the figures
 * an analyst reads beside it. Built by {@link TwoProportionTest#test(int, int, int, int, boolean)}.
 *
 * @param x1              the "yes" count of the first sample
 * @param n1              the size of the first sample
 * @param x2              the "yes" count of the second sample
 * @param n2              the size of the second sample
 * @param p1              x1 / n1
 * @param p2              x2 / n2
 * @param diff            p1 − p2
 * @param z               the pooled z statistic (p1 − p2) / √(p(1 − p)(1/n1 + 1/n2)), or null when not tested
 * @param p               the z-test's p-value under the test's alternative, or null when not tested
 * @param significant     the official flag: tested and p &lt; alpha (strictly)
 * @param test            the test that produced the flag: {@link TestUsed#POOLED_Z}, or {@link TestUsed#NONE} when not tested
 * @param notTestedReason why the pair was not tested ("fewer than 5 cases in a sample", "every case
 *                        answered the same way: no variation to test"), or null when tested
 * @param uncertain       tested, but the smallest expected count min(n1, n2) · min(p, 1 − p) is below 5,
 *                        so the normal approximation is weak: read fisherP beside p
 * @param fisherP         Fisher's exact two-sided p-value (R's {@code fisher.test}), or null when not tested
 * @param ciA             the Wilson interval of p1 at the test's level
 * @param ciB             the Wilson interval of p2 at the test's level
 * @param diffCi          Newcombe's hybrid score interval (method 10) of p1 − p2 at the test's level
 * @param h               Cohen's h = 2 asin √p1 − 2 asin √p2
 * @param approximate     the counts are estimated rather than stated, so every figure is approximate
 * @param alpha           the significance level the flag used
 * @param flagReason      a sentence or three saying which test produced the flag, why, and how far to trust it
 */
public record TwoProportionResult(
        int x1,
        int n1,
        int x2,
        int n2,
        double p1,
        double p2,
        double diff,
        Double z,
        Double p,
        boolean significant,
        TestUsed test,
        String notTestedReason,
        boolean uncertain,
        Double fisherP,
        Interval ciA,
        Interval ciB,
        Interval diffCi,
        double h,
        boolean approximate,
        double alpha,
        String flagReason) {

    /**
     * The minimum detectable difference: the smallest change from the pooled proportion towards 50
     * per cent that the two-sided test at {@link #alpha()} detects with 80% power (see
     * {@link TwoProportionTest#test(int, int, int, int, boolean)} and
     * {@link Proportions#minimumDetectableDifference}). Solved when asked, not with the test: the
     * all-providers comparisons test tens of thousands of pairs and show no MDD.
     *
     * @return the difference as a proportion, or null when not tested or when no change is detectable
     */
    public Double mdd() {
        if (test != TestUsed.POOLED_Z) {
            return null;
        }
        double pooled = ((double) x1 + x2) / ((double) n1 + n2);
        double d = DetectableDifference.solve(n1, n2, Math.min(pooled, 1 - pooled), alpha, TwoProportionTest.MDD_POWER);
        return Double.isNaN(d) ? null : d;
    }

    /**
     * Whether the z-test rejects the null hypothesis p1 = p2 at another significance level:
     * tested and p &lt; alpha (strictly). A pair that was not tested is never rejected.
     *
     * @param alpha the significance level, in (0, 1)
     * @return true when the difference is significant at {@code alpha}
     * @throws IllegalArgumentException if {@code alpha} is outside (0, 1) or NaN
     */
    public boolean reject(double alpha) {
        Arguments.openUnit("alpha", alpha);
        return p != null && p < alpha;
    }
}
