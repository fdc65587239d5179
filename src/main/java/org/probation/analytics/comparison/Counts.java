package org.probation.analytics.comparison;

/**
 * One side of a comparison for one question: its yes-count and denominator (null when unknown),
 * the percent shown, how the count is known (stated, estimated, unknown, printed for a
 * comparator figure) and how many providers are pooled in it.
 */
public record Counts(Integer x, Integer n, Double percent, String countKind, int providers, String label) {

    /** True when the count can be tested: known and at least one case. */
    public boolean known() {
        return x != null && n != null && n > 0;
    }

    public boolean estimated() {
        return "estimated".equals(countKind);
    }
}
