package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every count x/n of one side that is consistent with the printed figures, in solution order.
 * Two sides of the same {@code group} (the community, licence and all-cases rows of one printed
 * split) pair up by position: the k-th count of one goes with the k-th of the other. Any other
 * two sides combine freely.
 *
 * @param x     the yes-counts
 * @param n     the denominators, as many as {@code x}
 * @param group the split the counts belong to, or null
 */
public record Readings(int[] x, int[] n, String group) {

    /** The counts of a list 'x/n x/n ...' as result_count holds it; null when there is none. */
    static Readings parse(String list, String group) {
        if (list == null || list.isBlank()) {
            return null;
        }
        String[] parts = list.trim().split(" ");
        int[] xs = new int[parts.length];
        int[] ns = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int slash = parts[i].indexOf('/');
            xs[i] = Integer.parseInt(parts[i], 0, slash, 10);
            ns[i] = Integer.parseInt(parts[i], slash + 1, parts[i].length(), 10);
        }
        return new Readings(xs, ns, group);
    }

    /** The distinct counts of a pool: its point and its sums at every provider's lowest and highest rate. */
    static Readings ofPool(long[][] counts) {
        Set<String> seen = new LinkedHashSet<>();
        List<long[]> kept = new ArrayList<>();
        for (long[] c : counts) {
            if (c[1] > 0 && seen.add(c[0] + "/" + c[1])) {
                kept.add(c);
            }
        }
        if (kept.size() <= 1) {
            return null;
        }
        int[] xs = new int[kept.size()];
        int[] ns = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            xs[i] = (int) kept.get(i)[0];
            ns[i] = (int) kept.get(i)[1];
        }
        return new Readings(xs, ns, null);
    }

    public int size() {
        return x.length;
    }

    /** Whether the k-th counts of this side and {@code other} go together. */
    boolean pairsWith(Readings other) {
        return other != null && group != null && group.equals(other.group) && size() == other.size();
    }

    /** The distinct counts, in first-seen order. */
    Readings distinct() {
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < x.length; i++) {
            seen.add(((long) x[i] << 32) | n[i]);
        }
        if (seen.size() == x.length) {
            return this;
        }
        int[] xs = new int[seen.size()];
        int[] ns = new int[seen.size()];
        int k = 0;
        for (long v : seen) {
            xs[k] = (int) (v >>> 32);
            ns[k++] = (int) v;
        }
        return new Readings(xs, ns, group);
    }

    /** "10/24, 11/24, 11/25" (distinct), at most {@code max} of them and how many more. */
    public String summary(int max) {
        Readings d = distinct();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(max, d.size()); i++) {
            s.append(i == 0 ? "" : ", ").append(d.x[i]).append('/').append(d.n[i]);
        }
        if (d.size() > max) {
            s.append(" … and ").append(d.size() - max).append(" more");
        }
        return s.toString();
    }
}
