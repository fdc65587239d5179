package org.probation.analytics.stats;

/** Solves the power equation of {@link Proportions#minimumDetectableDifference} for d. */
final class DetectableDifference {

    private static final int GRID = 1024;

    private DetectableDifference() {}

    /** The smallest d in (0, 1 − p1] with f(d) ≥ 0, or NaN; arguments already checked. */
    static double solve(int n1, int n2, double p1, double alpha, double power) {
        double zAlpha = Normal.quantile(1 - alpha / 2);
        double zPower = Normal.quantile(power);
        double room = 1 - p1;
        double lo = Double.MIN_NORMAL;
        double hi = Double.NaN;
        // The margin f is not monotone near 0 for a baseline near 0 or 1, so find its first sign change.
        for (int k = 1; k <= GRID; k++) {
            double d = room * k / GRID;
            if (margin(d, n1, n2, p1, zAlpha, zPower) >= 0) {
                hi = d;
                break;
            }
            lo = d;
        }
        if (Double.isNaN(hi)) {
            return Double.NaN;
        }
        while (true) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                return hi;
            }
            if (margin(mid, n1, n2, p1, zAlpha, zPower) >= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    /** f(d) = d − z(1−α/2) · SE under the null − z(power) · SE under the alternative. */
    private static double margin(double d, int n1, int n2, double p1, double zAlpha, double zPower) {
        double p2 = p1 + d;
        double pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
        double nullSe = Math.sqrt(Math.max(0, pooled * (1 - pooled)) * (1.0 / n1 + 1.0 / n2));
        double alternativeSe = Math.sqrt(Math.max(0, p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2));
        return d - zAlpha * nullSe - zPower * alternativeSe;
    }
}
