package org.probation.analytics.comparison;

import org.probation.analytics.base.CountKind;

/**
 * One side of a comparison for one question: its yes-count and denominator (null when unknown),
 * the percent shown, how the count is known (stated, estimated, unknown, printed for a
 * comparator figure), how many providers are pooled in it, and every count consistent with the
 * printed figures when there is more than the one shown ({@code readings}, else null).
 */
public record Counts(
        Integer x, Integer n, Double percent, CountKind kind, int providers, String label, Readings readings) {

    public Counts(Integer x, Integer n, Double percent, CountKind kind, int providers, String label) {
        this(x, n, percent, kind, providers, label, null);
    }

    /** True when the count can be tested: known and at least one case. */
    public boolean known() {
        return x != null && n != null && n > 0;
    }

    public boolean estimated() {
        return kind == CountKind.ESTIMATED;
    }

    /** How the count is known as a comparison row's count column writes it: {@link CountKind#code()}. */
    public String countKind() {
        return kind.code();
    }

    /** Every consistent count: the readings, or the one shown. */
    Readings all() {
        return readings != null ? readings : new Readings(new int[] {x}, new int[] {n}, null);
    }
}
