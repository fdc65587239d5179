package org.probation.analytics.stats;

/**
 * The score test of one proportion x/n against a fixed benchmark p0, for a provider against a
 * published comparator figure. Immutable; configure with
 * {@code OneSampleTest.withDefaults().withAlpha(0.05)}.
 *
 * <p>With p̂ = x / n:
 * <pre>  z = (p̂ − p0) / √(p0(1 − p0)/n)</pre>
 * (the standard error under the null, so the test matches the Wilson interval: p0 is rejected
 * two-sided at alpha exactly when it lies outside the Wilson interval at level 1 − alpha). The
 * p-value comes from the standard normal distribution (see {@link Alternative}), as R's
 * {@code prop.test(x, n, p = p0, correct = FALSE)}. The flag is {@code significant = p < alpha}.
 *
 * <p>Guard: a sample of fewer than 5 cases is not tested ("fewer than 5 cases in the sample").
 *
 * <p>Caveats: the benchmark is treated as exact, though a published comparator is itself an
 * estimate from other samples (often much larger, so the error is usually small); and when n · p0
 * or n · (1 − p0) is below 5 the normal approximation is weak.
 *
 * @param alpha       the significance level, in (0, 1); 0.1 by default
 * @param alternative the alternative hypothesis ({@code GREATER}: p̂ &gt; p0); two-sided by default
 * @param level       the confidence level of the Wilson interval, in (0, 1); 0.9 by default
 */
public record OneSampleTest(double alpha, Alternative alternative, double level) {

    /**
     * Checks the configuration.
     *
     * @throws IllegalArgumentException if alpha or level is outside (0, 1) or NaN, or the alternative is null
     */
    public OneSampleTest {
        Arguments.openUnit("alpha", alpha);
        Arguments.openUnit("level", level);
        if (alternative == null) {
            throw new IllegalArgumentException("alternative must not be null");
        }
    }

    /**
     * Alpha 0.1, two-sided, a 90% interval: the inspectorate's conventions.
     *
     * @return the default configuration
     */
    public static OneSampleTest withDefaults() {
        return new OneSampleTest(0.1, Alternative.TWO_SIDED, 0.9);
    }

    /**
     * A copy with another significance level.
     *
     * @param a the significance level, in (0, 1)
     * @return the new configuration
     * @throws IllegalArgumentException if {@code a} is outside (0, 1) or NaN
     */
    public OneSampleTest withAlpha(double a) {
        return new OneSampleTest(a, alternative, level);
    }

    /**
     * A copy with another alternative hypothesis.
     *
     * @param a the alternative, not null
     * @return the new configuration
     * @throws IllegalArgumentException if {@code a} is null
     */
    public OneSampleTest withAlternative(Alternative a) {
        return new OneSampleTest(alpha, a, level);
    }

    /**
     * A copy with another confidence level.
     *
     * @param l the confidence level, in (0, 1)
     * @return the new configuration
     * @throws IllegalArgumentException if {@code l} is outside (0, 1) or NaN
     */
    public OneSampleTest withLevel(double l) {
        return new OneSampleTest(alpha, alternative, l);
    }

    /**
     * Tests x/n against p0. The Wilson interval (two-sided, at {@code level}) is given even when the
     * sample is too small to test.
     *
     * @param x  the "yes" count, 0 ≤ x ≤ n
     * @param n  the number of cases, n ≥ 1
     * @param p0 the benchmark proportion, in (0, 1) (a percentage of 82 is 0.82)
     * @return the result
     * @throws IllegalArgumentException on an invalid count or size, or p0 outside (0, 1) or NaN
     */
    public OneSampleResult test(int x, int n, double p0) {
        Arguments.count("x", x, "n", n);
        Arguments.openUnit("p0", p0);
        double pHat = (double) x / n;
        Interval ci = Proportions.wilson(x, n, level);
        if (notTestedReason(n) != null) {
            return new OneSampleResult(x, n, p0, pHat, null, null, false, TestUsed.NONE, notTestedReason(n), ci, alpha);
        }
        double z = scoreZ(x, n, p0);
        double p = Normal.pValue(z, alternative);
        return new OneSampleResult(x, n, p0, pHat, z, p, p < alpha, TestUsed.SCORE_Z, null, ci, alpha);
    }

    /** The small-sample guard: why a sample of n is not tested (fewer than 5 cases), or null. */
    static String notTestedReason(int n) {
        return n < 5 ? FlagReasons.TOO_FEW_ONE_SAMPLE : null;
    }

    /** The score statistic (x/n − p0) / √(p0(1 − p0)/n). */
    static double scoreZ(int x, int n, double p0) {
        return ((double) x / n - p0) / Math.sqrt(p0 * (1 - p0) / n);
    }
}
