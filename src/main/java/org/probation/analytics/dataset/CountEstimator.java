package org.probation.analytics.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every whole count (yes of n) consistent with printed rounded percents. A percent p
 * printed with d decimals fits x of n when |100·x/n − p| ≤ ½·10^−d (either rounding of a half).
 * For a community/licence/all triple the all-cases count is the sum of the two sub-samples'.
 *
 * <p>Every question is first read at the sample sizes (n equal to the size). A question the
 * report marks as applying to relevant cases only may have any n from 1 to the size, so its
 * solution set is all of those (the exact-size solutions among them). Any other question falls
 * back to that set only when nothing fits at the sizes, and the result says it fell back. The
 * whole set is returned (uniqueness is counted over it); the point shown is the exact-size
 * solution when there is one, else the one with the largest denominators.
 *
 * <p>Bounded: the relevant-cases search tries at most {@link #MAX_PAIRS} pairs of sub-sample
 * sizes and keeps at most {@link #MAX_SOLUTIONS} solutions; beyond either the figures do not
 * pin the count down and the result is {@link Result#tooMany()}. Pure: no database, no framework.
 */
final class CountEstimator {

    /** Solutions kept: beyond this many the printed figures say too little to estimate the count. */
    static final int MAX_SOLUTIONS = 10_000;
    /** Pairs of community and licence denominators a relevant-cases split may try. */
    static final int MAX_PAIRS = 250_000;

    /** What a question's base is, as the report marks it. */
    enum Base {
        /** Not marked: asked of every case in the sample. */
        WHOLE_SAMPLE,
        /** Marked, but the report's legend keeps every case as the base ("only positive answers are reported"). */
        ALL_CASES_MARKED,
        /** Marked as applying to relevant cases only: n may be anything up to the sample size. */
        RELEVANT_ONLY
    }

    /** How the solutions were reached. */
    enum Tier {
        /** At the sample sizes (or the stated denominator). */
        EXACT,
        /** Marked relevant-cases-only: every n up to the sizes (the exact solutions included). */
        RELEVANT,
        /** Not marked as relevant-only, but nothing fits at the sizes: read as relevant cases only. */
        FALLBACK
    }

    /** One printed figure: its percent and decimals, any stated denominator, and the size bounding n (0 = unknown). */
    record Figure(double percent, int decimals, Integer statedN, int sampleSize) {

        boolean fits(int yes, int n) {
            double half = decimals == 0 ? 0.5 : decimals == 1 ? 0.05 : 0.5 * Math.pow(10, -decimals);
            return Math.abs(100.0 * yes / n - percent) <= half + 1e-9;
        }

        /** The yes-counts of n that fit: at most three around the rounded share. */
        int[] yesCounts(int n) {
            int centre = (int) Math.round(percent * n / 100.0);
            int[] found = new int[3];
            int k = 0;
            for (int x = Math.max(0, centre - 1); x <= Math.min(n, centre + 1); x++) {
                if (fits(x, n)) {
                    found[k++] = x;
                }
            }
            return java.util.Arrays.copyOf(found, k);
        }

        /** The size n is read at: the stated denominator, else the sample size (0 = none). */
        int exactN() {
            return statedN != null ? statedN : Math.max(sampleSize, 0);
        }
    }

    /** Counts x of n for each figure of one solution, in the order the figures were given. */
    record Solution(List<int[]> counts) {
        int totalN() {
            return counts.stream().mapToInt(c -> c[1]).sum();
        }
    }

    /**
     * Every solution, how they were reached, and the point shown.
     *
     * @param solutions every consistent solution (empty when none, or when there were too many)
     * @param tier      how they were reached
     * @param point     the solution shown: at the sample sizes when one fits, else the largest denominators
     * @param tooMany   more than {@link #MAX_SOLUTIONS} solutions, or a search larger than {@link #MAX_PAIRS}
     * @param pointAtSizes the point is at the sample sizes (else it has the largest denominators below them)
     */
    record Result(List<Solution> solutions, Tier tier, Solution point, boolean tooMany, boolean pointAtSizes) {
        static final Result NONE = new Result(List.of(), Tier.EXACT, null, false, false);

        boolean found() {
            return point != null;
        }

        boolean unique() {
            return solutions.size() == 1;
        }

        /** The point shown (kept for callers that read the best solution). */
        Solution best() {
            if (point == null) {
                throw new java.util.NoSuchElementException("no solution");
            }
            return point;
        }
    }

    private CountEstimator() {}

    /** One figure on its own, asked of every case. */
    static Result single(Figure f) {
        return single(f, Base.WHOLE_SAMPLE);
    }

    /** One figure; a stated denominator is the only n tried. */
    static Result single(Figure f, Base base) {
        int size = f.exactN();
        if (size <= 0) {
            return Result.NONE;
        }
        List<Solution> exact = singles(f, size, size);
        if (f.statedN() != null || (base != Base.RELEVANT_ONLY && !exact.isEmpty())) {
            return exact.isEmpty() ? Result.NONE : new Result(exact, Tier.EXACT, largest(exact), false, true);
        }
        List<Solution> all = new ArrayList<>(exact);
        List<Solution> below = singles(f, size - 1, 1);
        if (all.size() + below.size() > MAX_SOLUTIONS) {
            return new Result(List.of(), base == Base.RELEVANT_ONLY ? Tier.RELEVANT : Tier.FALLBACK, null, true, false);
        }
        all.addAll(below);
        if (all.isEmpty()) {
            return Result.NONE;
        }
        Solution point = exact.isEmpty() ? largest(all) : largest(exact);
        return new Result(
                List.copyOf(all),
                base == Base.RELEVANT_ONLY ? Tier.RELEVANT : Tier.FALLBACK,
                point,
                false,
                !exact.isEmpty());
    }

    private static List<Solution> singles(Figure f, int from, int to) {
        List<Solution> found = new ArrayList<>();
        for (int n = from; n >= to; n--) {
            for (int x : f.yesCounts(n)) {
                found.add(new Solution(List.of(new int[] {x, n})));
            }
        }
        return found;
    }

    /** Community, licence and all cases at once, asked of every case: all = community + licence. */
    static Result split(Figure community, Figure licence, Figure all) {
        return split(community, licence, all, Base.WHOLE_SAMPLE);
    }

    /** Whether the triple fits exactly at community size {@code nc} and licence size {@code nl}. */
    static boolean fitsAt(Figure community, Figure licence, Figure all, int nc, int nl) {
        List<Solution> found = new ArrayList<>();
        collect(all, nc, community.yesCounts(nc), nl, licence.yesCounts(nl), found, 1);
        return !found.isEmpty();
    }

    /** As {@link #split(Figure, Figure, Figure)}, for a question with the given base. */
    static Result split(Figure community, Figure licence, Figure all, Base base) {
        int sc = community.exactN();
        int sl = licence.exactN();
        if (sc <= 0 || sl <= 0) {
            return Result.NONE;
        }
        List<Solution> exact = new ArrayList<>();
        collect(all, sc, community.yesCounts(sc), sl, licence.yesCounts(sl), exact, MAX_SOLUTIONS + 1);
        boolean fixed = community.statedN() != null && licence.statedN() != null;
        if (fixed || (base != Base.RELEVANT_ONLY && !exact.isEmpty())) {
            return exact.isEmpty()
                    ? Result.NONE
                    : new Result(List.copyOf(exact), Tier.EXACT, largest(exact), false, true);
        }
        Tier tier = base == Base.RELEVANT_ONLY ? Tier.RELEVANT : Tier.FALLBACK;
        int minC = community.statedN() != null ? sc : 1;
        int minL = licence.statedN() != null ? sl : 1;
        if ((long) (sc - minC + 1) * (sl - minL + 1) > MAX_PAIRS) {
            return new Result(List.of(), tier, null, true, false);
        }
        List<Solution> found = new ArrayList<>(exact);
        int[][] licenceYes =
                new int[sl + 1][]; // each licence n's fitting counts, found once rather than once per community n
        for (int nl = minL; nl <= sl; nl++) {
            licenceYes[nl] = licence.yesCounts(nl);
        }
        for (int nc = sc; nc >= minC; nc--) {
            int[] communityYes = community.yesCounts(nc);
            if (communityYes.length == 0) {
                continue;
            }
            for (int nl = sl; nl >= minL; nl--) {
                if (nc != sc || nl != sl) { // the exact solutions are already found
                    collect(all, nc, communityYes, nl, licenceYes[nl], found, MAX_SOLUTIONS + 1);
                }
                if (found.size() > MAX_SOLUTIONS) {
                    return new Result(List.of(), tier, null, true, false);
                }
            }
        }
        if (found.isEmpty()) {
            return Result.NONE;
        }
        return new Result(
                List.copyOf(found), tier, exact.isEmpty() ? largest(found) : largest(exact), false, !exact.isEmpty());
    }

    /** The solutions at community n {@code nc} and licence n {@code nl} from their fitting yes-counts, up to {@code limit} in all. */
    private static void collect(
            Figure all, int nc, int[] communityYes, int nl, int[] licenceYes, List<Solution> found, int limit) {
        if (all.statedN() != null && all.statedN() != nc + nl) {
            return;
        }
        for (int xc : communityYes) {
            for (int xl : licenceYes) {
                if (found.size() < limit && all.fits(xc + xl, nc + nl)) {
                    found.add(new Solution(
                            List.of(new int[] {xc, nc}, new int[] {xl, nl}, new int[] {xc + xl, nc + nl})));
                }
            }
        }
    }

    /** The solution with the largest denominators; ties go to the first found. */
    private static Solution largest(List<Solution> solutions) {
        Solution best = null;
        for (Solution s : solutions) {
            if (best == null || s.totalN() > best.totalN()) {
                best = s;
            }
        }
        return best;
    }
}
