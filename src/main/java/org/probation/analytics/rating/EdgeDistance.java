package org.probation.analytics.rating;

/**
 * How far a key question's result is from changing its rating band: in percentage points to the
 * nearest band edge, and in cases (answers that would have to change) where the count is known.
 */
record EdgeDistance(double points, Integer cases, String direction) {

    static EdgeDistance of(double percent, Integer yes, Integer n) {
        Rating band = Rating.ofPercent(percent);
        Integer upper = band.upperEdge();
        boolean hasLower = band != Rating.INADEQUATE;
        double up = upper == null ? Double.MAX_VALUE : upper - percent;
        double down = hasLower ? percent - band.lowerEdge() : Double.MAX_VALUE;
        double points = Math.min(up, down);
        if (yes == null || n == null || n == 0) {
            return new EdgeDistance(points, null, up <= down ? "up" : "down");
        }
        // smallest k with 100(yes+k)/n >= upper; smallest k with 100(yes-k)/n < lower
        Integer casesUp = upper == null ? null : Math.max(0, (int) Math.ceil(upper * n / 100.0 - 1e-9) - yes);
        Integer casesDown = hasLower ? yes - (int) Math.ceil(band.lowerEdge() * n / 100.0 - 1e-9) + 1 : null;
        if (casesUp != null && casesUp > n - yes) {
            casesUp = null;
        }
        if (casesUp == null && casesDown == null) {
            return new EdgeDistance(points, null, "none");
        }
        if (casesDown == null || (casesUp != null && casesUp <= casesDown)) {
            return new EdgeDistance(points, casesUp, "up");
        }
        return new EdgeDistance(points, casesDown, "down");
    }
}
