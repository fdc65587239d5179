package org.probation.analytics.stats;

/**
 * Intervals, exact tests and effect sizes for one or two binomial proportions p = x / n.
 *
 * <p>Every method checks its arguments: a sample size must be positive ({@code "n2 must be positive,
 * was 0"}), a count must be within {@code [0, n]} ({@code "x1 must not be negative, was -1"},
 * {@code "x1 = 7 exceeds n1 = 5"}), and a level, alpha or power must be in (0, 1) and not NaN
 * ({@code "level must be in (0, 1), was NaN"}). All throw {@link IllegalArgumentException}.
 */
public final class Proportions {

    private Proportions() {}

    /**
     * The Wilson score interval for one proportion, as R's
     * {@code prop.test(x, n, correct = FALSE, conf.level = level)$conf.int}.
     *
     * <p>With p̂ = x / n and z = Φ⁻¹((1 + level) / 2):
     * <pre>  (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)</pre>
     * The limits are clipped to [0, 1], the lower one is exactly 0 when x = 0 and the upper one
     * exactly 1 when x = n.
     *
     * <p>Caveats: it is the interval of the score test, so it never collapses to a point at x = 0 or
     * x = n (as the Wald interval does) and its coverage stays close to the level even with a few
     * cases, but the coverage oscillates with n and p and is a little below the level for p near 0
     * or 1. It is not centred on p̂ but pulled towards 1/2. It assumes the cases are an independent
     * random sample; an inspection sample drawn to set quotas is not quite that.
     *
     * @param x     the number of "yes" cases, 0 ≤ x ≤ n
     * @param n     the number of cases, n ≥ 1
     * @param level the two-sided confidence level, in (0, 1), for example 0.9
     * @return the interval, within [0, 1]
     * @throws IllegalArgumentException on an invalid count, size or level
     */
    public static Interval wilson(int x, int n, double level) {
        Arguments.count("x", x, "n", n);
        Arguments.openUnit("level", level);
        double z = Normal.critical(level);
        double p = (double) x / n;
        // The arrangement of R's prop.test, so the two agree to the last bits.
        double z22n = z * z / (2.0 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z22n / (2.0 * n));
        double low = x == 0 ? 0 : (p + z22n - spread) / (1 + 2 * z22n);
        double high = x == n ? 1 : (p + z22n + spread) / (1 + 2 * z22n);
        return new Interval(Math.max(low, 0), Math.min(high, 1));
    }

    /**
     * Newcombe's hybrid score interval (method 10 of Newcombe, Statistics in Medicine 1998) for the
     * difference d = p1 − p2 of two independent proportions, built from the two Wilson intervals
     * [l1, u1] and [l2, u2] at the same level:
     * <pre>  low  = d − √((p1 − l1)² + (u2 − p2)²)
     *  high = d + √((u1 − p1)² + (p2 − l2)²)</pre>
     *
     * <p>Caveats: the samples must be independent (two inspections, or two sub-samples with no case
     * in both); it is not the interval of the pooled z-test, so near the edge of significance the
     * interval may include 0 while the z-test calls the difference significant, or the reverse. It
     * is never empty and stays within [−1, 1].
     *
     * @param x1    the "yes" count of the first sample, 0 ≤ x1 ≤ n1
     * @param n1    the size of the first sample, n1 ≥ 1
     * @param x2    the "yes" count of the second sample, 0 ≤ x2 ≤ n2
     * @param n2    the size of the second sample, n2 ≥ 1
     * @param level the two-sided confidence level, in (0, 1)
     * @return the interval for p1 − p2
     * @throws IllegalArgumentException on an invalid count, size or level
     */
    public static Interval newcombe(int x1, int n1, int x2, int n2, double level) {
        Arguments.count("x1", x1, "n1", n1);
        Arguments.count("x2", x2, "n2", n2);
        Interval a = wilson(x1, n1, level);
        Interval b = wilson(x2, n2, level);
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - a.low()) + square(b.high() - p2));
        double high = d + Math.sqrt(square(a.high() - p1) + square(p2 - b.low()));
        return new Interval(low, high);
    }

    /**
     * Fisher's exact test, two-sided, exactly as R's
     * {@code fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2, byrow = TRUE))$p.value}.
     *
     * <p>Given both margins of the 2×2 table, the count of the first cell follows the
     * hypergeometric distribution; the p-value is the sum of the probabilities of all tables whose
     * probability is at most the observed table's times 1 + 10⁻⁷ (R's relative tolerance, so that
     * tables equally likely up to rounding are counted). It is not twice the one-sided p-value.
     *
     * <p>Caveats: it conditions on both margins, which makes it conservative (its real type I error
     * is below the nominal alpha, more so with few cases), so it is shown beside the z-test as a
     * check, never as the official flag. It is symmetric in the two samples.
     *
     * @param x1 the "yes" count of the first sample, 0 ≤ x1 ≤ n1
     * @param n1 the size of the first sample, n1 ≥ 1
     * @param x2 the "yes" count of the second sample, 0 ≤ x2 ≤ n2
     * @param n2 the size of the second sample, n2 ≥ 1
     * @return the two-sided p-value, in (0, 1]
     * @throws IllegalArgumentException on an invalid count or size
     */
    public static double fisherTwoSided(int x1, int n1, int x2, int n2) {
        Arguments.count("x1", x1, "n1", n1);
        Arguments.count("x2", x2, "n2", n2);
        return FisherExact.twoSided(x1, n1, x2, n2);
    }

    /**
     * Cohen's h, the effect size of two proportions on the arcsine (variance-stabilising) scale:
     * <pre>  h = 2 asin √p1 − 2 asin √p2</pre>
     * Positive when p1 &gt; p2, between −π and π.
     *
     * <p>Caveats: Cohen's rule of thumb (0.2 small, 0.5 medium, 0.8 large) is a convention, not a
     * finding; h has no sampling uncertainty attached, and the same difference in percentage
     * points is a larger h near 0 or 100 per cent than near 50.
     *
     * @param x1 the "yes" count of the first sample, 0 ≤ x1 ≤ n1
     * @param n1 the size of the first sample, n1 ≥ 1
     * @param x2 the "yes" count of the second sample, 0 ≤ x2 ≤ n2
     * @param n2 the size of the second sample, n2 ≥ 1
     * @return h
     * @throws IllegalArgumentException on an invalid count or size
     */
    public static double cohensH(int x1, int n1, int x2, int n2) {
        Arguments.count("x1", x1, "n1", n1);
        Arguments.count("x2", x2, "n2", n2);
        return 2 * Math.asin(Math.sqrt((double) x1 / n1)) - 2 * Math.asin(Math.sqrt((double) x2 / n2));
    }

    /**
     * The minimum detectable difference: the smallest increase d = p2 − p1 &gt; 0 from the baseline
     * p1 that the two-sided pooled z-test at {@code alpha} detects with probability {@code power},
     * by the normal approximation. It is the smallest root of
     * <pre>  d = z(1−α/2) √(p̄(1 − p̄)(1/n1 + 1/n2)) + z(power) √(p1(1 − p1)/n1 + p2(1 − p2)/n2)</pre>
     * with p2 = p1 + d, p̄ = (n1 p1 + n2 p2) / (n1 + n2) and z(q) = Φ⁻¹(q): the first term is the
     * critical difference under the null (pooled standard error), the second the margin for the
     * power under the alternative (unpooled). When n1 = n2 it is what R's
     * {@code power.prop.test(n, p1 = baseline, power = power, sig.level = alpha)$p2 - baseline}
     * solves (with {@code strict = FALSE}: the far tail is ignored).
     *
     * <p>The root is found on a 1024-step grid over (0, 1 − p1] and refined by bisection to machine
     * precision. Returns NaN when no increase up to p2 = 1 reaches the power (tiny samples, or a
     * baseline near 1).
     *
     * <p>Caveats: it is a normal approximation, optimistic for samples of a few dozen cases; it is
     * for an increase (a decrease from the same baseline is detectable at a slightly different
     * size unless p1 = 1/2); and it describes the test before the data, not the chance that an
     * observed difference is real.
     *
     * @param n1       the size of the baseline sample, n1 ≥ 1
     * @param n2       the size of the other sample, n2 ≥ 1
     * @param baseline the baseline proportion p1, in [0, 1)
     * @param alpha    the two-sided significance level, in (0, 1)
     * @param power    the probability of detection, in (0, 1), usually 0.8
     * @return d in (0, 1 − baseline], or NaN when no such d exists
     * @throws IllegalArgumentException on an invalid size, baseline, alpha or power
     */
    public static double minimumDetectableDifference(int n1, int n2, double baseline, double alpha, double power) {
        Arguments.size("n1", n1);
        Arguments.size("n2", n2);
        if (!(baseline >= 0 && baseline < 1)) {
            throw new IllegalArgumentException("baseline must be in [0, 1), was " + Arguments.format(baseline));
        }
        Arguments.openUnit("alpha", alpha);
        Arguments.openUnit("power", power);
        return DetectableDifference.solve(n1, n2, baseline, alpha, power);
    }

    private static double square(double v) {
        return v * v;
    }
}
