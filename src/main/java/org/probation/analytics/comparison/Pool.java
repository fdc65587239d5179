package org.probation.analytics.comparison;

import java.util.List;

/**
 * Who is pooled into one side of a comparison: the providers whose inspections of the framework
 * are summed, in name order. A question's own pool may be smaller (a provider without a count of
 * it is left out; the row's {@code providersA}/{@code providersB} say how many were used).
 *
 * @param side      what the pool is ("all other providers of the framework", "region Wales")
 * @param providers the providers' display names
 */
public record Pool(String side, List<String> providers) {

    /** Fewer providers than this and a pooled figure is flagged as unstable, as Fingertips flags small numbers. */
    public static final int SMALL = 5;

    public Pool {
        providers = List.copyOf(providers);
    }

    public boolean small() {
        return providers.size() < SMALL;
    }

    /** "all other providers of the framework: pooled from 3 providers: Devon and Torbay, Somerset, Swansea". */
    public String describe() {
        int n = providers.size();
        return side + ": pooled from " + n + (n == 1 ? " provider: " : " providers: ") + String.join(", ", providers);
    }
}
