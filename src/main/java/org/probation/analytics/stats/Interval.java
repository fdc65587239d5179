package org.probation.analytics.stats;

/**
 * A closed interval {@code [low, high]} on the real line: a confidence interval for a proportion
 * (within {@code [0, 1]}) or for a difference of two proportions (within {@code [-1, 1]}).
 *
 * @param low  the lower limit, never NaN
 * @param high the upper limit, never NaN and never below {@code low}
 */
public record Interval(double low, double high) {

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is NaN or {@code low > high}
     */
    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("an interval needs low <= high, was [" + Arguments.format(low) + ", "
                    + Arguments.format(high) + "]");
        }
    }
}
