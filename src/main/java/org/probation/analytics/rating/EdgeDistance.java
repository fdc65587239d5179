package org.probation.analytics.rating;

/**
 * How far a key question's result is from changing its rating band, to one edge: the nearer of
 * the band's two edges in percentage points (the one above on a tie), and, where the count is
 * known, the answers that would have to change to move the printed whole percent across that same
 * edge. A result printed exactly on its band's lower edge is 0 points from the band below, and at
 * least one case from it.
 *
 * @param points    percentage points from the printed percent to the edge: up to the next band's
 *                  lowest value, or down to this band's lowest (any fall below it crosses)
 * @param cases     answers to change, or null when the count is unknown
 * @param direction "up" or "down"
 * @param across    the band on the other side of the edge
 */
record EdgeDistance(double points, Integer cases, String direction, String across) {

    static EdgeDistance of(KeyQuestionBands bands, double percent, Integer yes, Integer n) {
        Rating band = bands.ratingOf(percent);
        Integer upper = bands.upperEdge(band);
        int lower = bands.lowerEdge(band);
        boolean hasLower = band != Rating.INADEQUATE;
        double up = upper == null ? Double.POSITIVE_INFINITY : upper - percent;
        double down = hasLower ? percent - lower : Double.POSITIVE_INFINITY;
        boolean goUp = up <= down;
        Rating other = bands.ratingOf(goUp ? upper : lower - 1);
        if (yes == null || n == null || n == 0) {
            return new EdgeDistance(goUp ? up : down, null, goUp ? "up" : "down", other.word());
        }
        // a whole percent prints 100·x/n rounded: it reaches the edge above from upper − ½, falls below the
        // edge below under lower − ½
        Integer cases = null;
        if (goUp) {
            int needed = (int) Math.ceil((upper - 0.5) * n / 100.0 - 1e-9);
            cases = needed <= n ? Math.max(0, needed - yes) : null;
        } else {
            int highestBelow = (int) Math.ceil((lower - 0.5) * n / 100.0 - 1e-9) - 1;
            cases = highestBelow >= 0 ? Math.max(1, yes - highestBelow) : null;
        }
        return new EdgeDistance(goUp ? up : down, cases, goUp ? "up" : "down", other.word());
    }
}
