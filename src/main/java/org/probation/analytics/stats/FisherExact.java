package org.probation.analytics.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/** Fisher's exact test for a 2×2 table, following R's {@code fisher.test} step by step. */
final class FisherExact {

    /** R's relative tolerance when comparing table probabilities. */
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private FisherExact() {
    }

    /** The two-sided p-value of the table {@code [[x1, n1 - x1], [x2, n2 - x2]]}; arguments already checked. */
    static double twoSided(int x1, int n1, int x2, int n2) {
        int yes = x1 + x2;
        int no = (n1 - x1) + (n2 - x2);
        // Given the margins, x1 is hypergeometric: n1 draws from yes + no cases of which yes are "yes".
        int lo = Math.max(0, n1 - no);
        int hi = Math.min(n1, yes);
        if (lo == hi) {
            return 1; // a margin of 0 (every case answered alike): the observed table is the only one
        }
        var hypergeometric = new HypergeometricDistribution(null, yes + no, yes, n1);
        double[] d = new double[hi - lo + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = lo; k <= hi; k++) {
            d[k - lo] = hypergeometric.logProbability(k);
            max = Math.max(max, d[k - lo]);
        }
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.exp(d[i] - max);
            sum += d[i];
        }
        for (int i = 0; i < d.length; i++) {
            d[i] /= sum;
        }
        double threshold = d[x1 - lo] * RELATIVE_ERROR;
        double p = 0;
        for (double di : d) {
            if (di <= threshold) {
                p += di;
            }
        }
        return Math.min(1, p);
    }
}
