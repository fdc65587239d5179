package org.probation.analytics.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the whole counts (yes of n) consistent with printed rounded percents. A percent p
 * printed with d decimals fits x of n when |100·x/n − p| ≤ ½·10^−d (either rounding of a half).
 * For a community/licence/all triple the all-cases count is the sum of the two sub-samples'.
 * Sizes are tried first as stated (n equal to the sample size), then as "relevant cases only"
 * (1 ≤ n ≤ the sample size). Pure: no database, no framework.
 */
final class CountEstimator {

    /** One printed figure: its percent and decimals, any stated denominator, and the size bounding n (0 = unknown). */
    record Figure(double percent, int decimals, Integer statedN, int sampleSize) {

        boolean fits(int yes, int n) {
            return Math.abs(100.0 * yes / n - percent) <= 0.5 * Math.pow(10, -decimals) + 1e-9;
        }

        /** The candidate denominators of a tier: exact sizes first, then anything up to them. */
        List<Integer> denominators(boolean relevantOnly) {
            if (statedN != null) {
                return List.of(statedN);
            }
            if (sampleSize <= 0) {
                return List.of();
            }
            if (!relevantOnly) {
                return List.of(sampleSize);
            }
            List<Integer> all = new ArrayList<>();
            for (int n = sampleSize; n >= 1; n--) {
                all.add(n);
            }
            return all;
        }

        List<Integer> yesCounts(int n) {
            List<Integer> fitting = new ArrayList<>();
            int centre = (int) Math.round(percent * n / 100.0);
            for (int x = Math.max(0, centre - 1); x <= Math.min(n, centre + 1); x++) {
                if (fits(x, n)) {
                    fitting.add(x);
                }
            }
            return fitting;
        }
    }

    /** Counts x of n for each figure of one solution, in the order the figures were given. */
    record Solution(List<int[]> counts) {
        int totalN() {
            return counts.stream().mapToInt(c -> c[1]).sum();
        }
    }

    /** The solutions found, and whether they needed denominators below the stated sizes. */
    record Result(List<Solution> solutions, boolean relevantOnly) {
        boolean found() {
            return !solutions.isEmpty();
        }

        boolean unique() {
            return solutions.size() == 1;
        }

        /** The solution with the largest denominators: closest to the stated sizes. */
        Solution best() {
            return solutions.stream().max(Comparator.comparingInt(Solution::totalN)).orElseThrow();
        }
    }

    static final int MAX_SOLUTIONS = 10_000;

    private CountEstimator() {}

    /** One figure on its own, its denominator first taken as the sample size. */
    static Result single(Figure f) {
        return single(f, false);
    }

    /** One figure; {@code relevantOnly}: the question applies to relevant cases only, so n may be below the size. */
    static Result single(Figure f, boolean relevantOnly) {
        for (boolean tier : tiers(relevantOnly)) {
            boolean relevantOnlyTier = tier;
            List<Solution> found = new ArrayList<>();
            for (int n : f.denominators(relevantOnlyTier)) {
                for (int x : f.yesCounts(n)) {
                    found.add(new Solution(List.of(new int[] {x, n})));
                }
            }
            if (!found.isEmpty() || f.statedN() != null) {
                return new Result(found, relevantOnlyTier);
            }
        }
        return new Result(List.of(), true);
    }

    private static boolean[] tiers(boolean relevantOnly) {
        return relevantOnly ? new boolean[] {true} : new boolean[] {false, true};
    }

    /** Community, licence and all cases at once: all = community + licence. */
    static Result split(Figure community, Figure licence, Figure all) {
        return split(community, licence, all, false);
    }

    /** As {@link #split(Figure, Figure, Figure)}, for a question that may apply to relevant cases only. */
    static Result split(Figure community, Figure licence, Figure all, boolean relevantOnlyQuestion) {
        for (boolean relevantOnly : tiers(relevantOnlyQuestion)) {
            List<Solution> found = new ArrayList<>();
            for (int nc : community.denominators(relevantOnly)) {
                for (int nl : licence.denominators(relevantOnly)) {
                    if (all.statedN() != null && all.statedN() != nc + nl) {
                        continue;
                    }
                    for (int xc : community.yesCounts(nc)) {
                        for (int xl : licence.yesCounts(nl)) {
                            if (all.fits(xc + xl, nc + nl) && found.size() < MAX_SOLUTIONS) {
                                found.add(new Solution(List.of(new int[] {xc, nc}, new int[] {xl, nl},
                                        new int[] {xc + xl, nc + nl})));
                            }
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                return new Result(found, relevantOnly);
            }
        }
        return new Result(List.of(), true);
    }
}
