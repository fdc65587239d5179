package org.probation.analytics.stats;

/**
 * Fisher's exact test for a 2×2 table, following R's {@code fisher.test}: the same support, the
 * same normalised hypergeometric probabilities and the same 1e-7 relative tolerance for ties.
 */
final class FisherExact {

    /** R's relative tolerance when comparing table probabilities. */
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private FisherExact() {
    }

    /**
     * The two-sided p-value of the table {@code [[x1, n1 - x1], [x2, n2 - x2]]}; arguments already checked.
     *
     * <p>Given the margins, x1 is hypergeometric (n1 draws from yes + no cases of which yes are
     * "yes"). R takes {@code dhyper(support, log = TRUE)}, subtracts the maximum and normalises;
     * here the same relative probabilities come from the ratio of successive terms,
     * P(k + 1) / P(k) = (yes − k)(n1 − k) / ((k + 1)(no − n1 + k + 1)), walked outwards from the
     * mode, where the relative probability is 1: no logarithms, and no term exceeds 1. A benchmark
     * pool of thousands of cases has a support of up to min(n1, n2) + 1 terms.
     */
    static double twoSided(int x1, int n1, int x2, int n2) {
        int yes = x1 + x2;
        int no = (n1 - x1) + (n2 - x2);
        int lo = Math.max(0, n1 - no);
        int hi = Math.min(n1, yes);
        if (lo == hi) {
            return 1; // a margin of 0 (every case answered alike): the observed table is the only one
        }
        int mode = (int) Math.clamp((long) ((double) (n1 + 1) * (yes + 1) / (yes + no + 2)), lo, hi);
        double[] d = new double[hi - lo + 1];
        d[mode - lo] = 1;
        for (int k = mode; k < hi; k++) {
            d[k + 1 - lo] = d[k - lo] * ((double) (yes - k) * (n1 - k)) / ((double) (k + 1) * (no - n1 + k + 1));
        }
        for (int k = mode; k > lo; k--) {
            d[k - 1 - lo] = d[k - lo] * ((double) k * (no - n1 + k)) / ((double) (yes - k + 1) * (n1 - k + 1));
        }
        double sum = 0;
        for (double di : d) {
            sum += di;
        }
        double threshold = d[x1 - lo] * RELATIVE_ERROR;
        double p = 0;
        for (double di : d) {
            if (di <= threshold) {
                p += di;
            }
        }
        return Math.min(1, p / sum);
    }
}
