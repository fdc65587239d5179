package org.probation.analytics.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution: tail probabilities, p-values and quantiles. */
final class Normal {

    // No random generator: only the (stateless, thread-safe) distribution functions are used.
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {}

    /** Φ(z), the lower-tail probability; accurate far into the lower tail (erfc, not 1 − erf). */
    static double cdf(double z) {
        return STANDARD.cumulativeProbability(z);
    }

    /** The quantile Φ⁻¹(q) for q in (0, 1). */
    static double quantile(double q) {
        return STANDARD.inverseCumulativeProbability(q);
    }

    /** The two-sided critical value Φ⁻¹((1 + level) / 2) of a confidence level. */
    static double critical(double level) {
        Critical last = lastCritical;
        if (last.level() != level) {
            last = new Critical(level, quantile((1 + level) / 2));
            lastCritical = last;
        }
        return last.value();
    }

    /** The last level asked for and its critical value: every interval of a comparison table uses the same level. */
    private record Critical(double level, double value) {}

    private static volatile Critical lastCritical = new Critical(Double.NaN, Double.NaN);

    /**
     * The p-value of a z statistic: 2 Φ(−|z|) two-sided, Φ(−z) for GREATER, Φ(z) for LESS. Each
     * tail is computed directly, so a very large |z| gives a tiny p-value, not a rounded 0.
     */
    static double pValue(double z, Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> Math.min(1, 2 * cdf(-Math.abs(z)));
            case GREATER -> cdf(-z);
            case LESS -> cdf(z);
        };
    }
}
