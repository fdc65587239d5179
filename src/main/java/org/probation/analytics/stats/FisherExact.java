package org.probation.analytics.stats;

/**
 * Fisher's exact test for a 2×2 table, following R's {@code fisher.test}: the same support, the
 * same normalised hypergeometric probabilities and the same 1e-7 relative tolerance for ties.
 */
final class FisherExact {

    /** R's relative tolerance when comparing table probabilities. */
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private FisherExact() {}

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
        long yes = (long) x1 + x2;
        long no = ((long) n1 - x1) + ((long) n2 - x2);
        long lo = Math.max(0, n1 - no);
        long hi = Math.min(n1, yes);
        if (lo == hi) {
            return 1; // a margin of 0 (every case answered alike): the observed table is the only one
        }
        long mode = Math.clamp((long) ((double) (n1 + 1L) * (yes + 1) / (yes + no + 2)), lo, hi);
        // two walks outwards from the mode, in constant memory: the first finds the observed table's
        // relative probability and the total, the second sums the tables no more probable than it
        double[] observed = new double[1];
        double sum = walk(mode, lo, hi, x1, n1, yes, no, Double.NaN, observed);
        double threshold = observed[0] * RELATIVE_ERROR;
        double p = walk(mode, lo, hi, x1, n1, yes, no, threshold, observed);
        return Math.min(1, p / sum);
    }

    /**
     * Walks the support from the mode (relative probability 1) up to {@code hi} and down to
     * {@code lo}; returns the sum of the terms, or with a {@code threshold} the sum of those not
     * above it. {@code observed[0]} receives the term of {@code x1}.
     */
    private static double walk(
            long mode, long lo, long hi, int x1, int n1, long yes, long no, double threshold, double[] observed) {
        boolean all = Double.isNaN(threshold);
        double total = 0;
        double d = 1;
        for (long k = mode; ; k++) {
            total += all || d <= threshold ? d : 0;
            if (k == x1) {
                observed[0] = d;
            }
            if (k == hi) {
                break;
            }
            d = d * ((double) (yes - k) * (n1 - k)) / ((double) (k + 1) * (no - n1 + k + 1));
        }
        d = 1;
        for (long k = mode; k > lo; k--) {
            d = d * ((double) k * (no - n1 + k)) / ((double) (yes - k + 1) * (n1 - k + 1));
            total += all || d <= threshold ? d : 0;
            if (k - 1 == x1) {
                observed[0] = d;
            }
        }
        return total;
    }
}
