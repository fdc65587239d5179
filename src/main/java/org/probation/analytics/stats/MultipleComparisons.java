package org.probation.analytics.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Adjustments for a family of tests read together, such as every key question of two inspections:
 * with m tests at level alpha, about m · alpha are flagged by chance even when nothing changed.
 *
 * <p>The p-values must each be in [0, 1] (NaN is rejected: {@code "p[2] must be in [0, 1], was NaN"});
 * an empty family gives an empty result. The adjusted values are in the order of the input.
 */
public final class MultipleComparisons {

    private MultipleComparisons() {}

    /**
     * Benjamini–Hochberg q-values, as R's {@code p.adjust(p, method = "BH")}. With the m p-values
     * sorted increasingly, p(1) ≤ … ≤ p(m):
     * <pre>  q(i) = min(1, min over j ≥ i of m/j · p(j))</pre>
     * Flagging every test with q &lt; alpha keeps the expected share of false flags among the flagged
     * (the false discovery rate) at or below alpha.
     *
     * <p>Caveats: the guarantee holds for independent or positively dependent tests (questions
     * answered on the same cases are usually positively dependent); it controls a proportion of the
     * flags, not the chance of any false flag at all (for that, see {@link #holm}).
     *
     * @param p the p-values of the family, each in [0, 1]
     * @return the q-values, in the order of {@code p}
     * @throws IllegalArgumentException if {@code p} is null or a value is outside [0, 1] or NaN
     */
    public static double[] benjaminiHochberg(double[] p) {
        int m = checked(p);
        Integer[] decreasing = order(p, Comparator.reverseOrder());
        double[] q = new double[m];
        double running = Double.POSITIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            int rank = m - k;
            // (m / rank) * p, in R's order of operations
            running = Math.min(running, ((double) m / rank) * p[decreasing[k]]);
            q[decreasing[k]] = Math.min(1, running);
        }
        return q;
    }

    /**
     * Holm's step-down adjusted p-values, as R's {@code p.adjust(p, method = "holm")}. With the m
     * p-values sorted increasingly:
     * <pre>  adjusted(i) = min(1, max over j ≤ i of (m − j + 1) · p(j))</pre>
     * Flagging every test with an adjusted p &lt; alpha keeps the chance of even one false flag in
     * the family (the family-wise error rate) at or below alpha, under any dependence.
     *
     * <p>Caveats: with a family of dozens of questions and samples of 7–40 cases it rarely flags
     * anything; it is strict by design.
     *
     * @param p the p-values of the family, each in [0, 1]
     * @return the adjusted p-values, in the order of {@code p}
     * @throws IllegalArgumentException if {@code p} is null or a value is outside [0, 1] or NaN
     */
    public static double[] holm(double[] p) {
        int m = checked(p);
        Integer[] increasing = order(p, Comparator.naturalOrder());
        double[] adjusted = new double[m];
        double running = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, (m - k) * p[increasing[k]]);
            adjusted[increasing[k]] = Math.min(1, running);
        }
        return adjusted;
    }

    /**
     * The expected number of tests flagged by chance when nothing changed: tests · alpha.
     *
     * <p>Caveats: an expectation, not a count; it assumes every null hypothesis is true and says
     * nothing about which flags are the false ones.
     *
     * @param tests the number of tests in the family, at least 0
     * @param alpha the significance level of each test, in (0, 1)
     * @return tests · alpha
     * @throws IllegalArgumentException if {@code tests} is negative or alpha is outside (0, 1) or NaN
     */
    public static double expectedFalseFlags(int tests, double alpha) {
        if (tests < 0) {
            throw new IllegalArgumentException("tests must not be negative, was " + tests);
        }
        Arguments.openUnit("alpha", alpha);
        return tests * alpha;
    }

    private static int checked(double[] p) {
        if (p == null) {
            throw new IllegalArgumentException("p must not be null");
        }
        for (int i = 0; i < p.length; i++) {
            Arguments.closedUnit("p[" + i + "]", p[i]);
        }
        return p.length;
    }

    /** The indices of {@code p} sorted by value, ties in input order (a stable sort, as R's order). */
    private static Integer[] order(double[] p, Comparator<Double> direction) {
        Integer[] indices = new Integer[p.length];
        Arrays.setAll(indices, i -> i);
        Arrays.sort(indices, Comparator.comparing(i -> p[i], direction));
        return indices;
    }
}
