package org.probation.analytics.comparison;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the questions shown of one comparison come to, counted by the comparison service for the
 * view's headline and summary: how many were tested, how many are significant under every count
 * consistent with the printed figures (the inspectorate's rule, p &lt; α, rising and falling) or
 * depend on the reading, and the same under the chosen {@link Adjustment} (computed over every
 * tested question of the comparison, not only those shown).
 *
 * @param shown             questions shown (after the level and standard filters)
 * @param total             questions in the comparison
 * @param tested            of those shown, tested at the point counts (with a p)
 * @param testedAnyReading  of those shown, tested under at least one reading
 * @param testedInFamily    of the whole comparison, tested: the family the adjustment is taken over
 * @param rises             significant (p &lt; α) under every reading, difference above 0
 * @param falls             the same, difference 0 or below
 * @param depends           significant under some readings, not under others (p &lt; α)
 * @param adjusted          significant under every reading by the family adjustment ({@link #familyAdjustment()})
 * @param adjustedDepends   depending on the reading by the family adjustment
 * @param survive           of rises + falls, those also significant by the family adjustment
 * @param dependsAny        not significant under every reading, but depending on it by either rule
 * @param approximate       of the tested questions shown, those resting on an estimated count
 */
public record ComparisonSummary(
        Adjustment adjustment,
        double alpha,
        int shown,
        int total,
        int tested,
        int testedAnyReading,
        int testedInFamily,
        int rises,
        int falls,
        int depends,
        int adjusted,
        int adjustedDepends,
        int survive,
        int dependsAny,
        int approximate) {

    /** The summary of {@code shown} (a selection of {@code all}) under an adjustment at α. */
    public static ComparisonSummary of(
            List<ComparisonRow> all, List<ComparisonRow> shown, Adjustment adjustment, double alpha) {
        Adjustment family = familyAdjustment(adjustment);
        Predicate<ComparisonRow> significant = ComparisonRow::significant;
        return new ComparisonSummary(
                adjustment,
                alpha,
                shown.size(),
                all.size(),
                count(shown, r -> r.p() != null),
                count(shown, r -> r.pMax() != null),
                count(all, r -> r.p() != null),
                count(shown, significant.and(r -> r.diff() != null && r.diff() > 0)),
                count(shown, significant.and(r -> r.diff() != null && r.diff() <= 0)),
                count(shown, ComparisonRow::depends),
                count(shown, family::significant),
                count(shown, family::depends),
                count(shown, significant.and(family::significant)),
                count(shown, r -> !r.significant() && (r.depends() || family.depends(r))),
                count(shown, r -> r.p() != null && r.approximate()));
    }

    /** Tests · α: how many of the tests shown chance alone would flag if nothing differed. */
    public double expectedByChance() {
        return tested * alpha;
    }

    /**
     * The adjustment the headline and summary report beside the inspectorate's rule: the chosen
     * one, Benjamini–Hochberg when none is chosen (how many of the flags survive it).
     */
    public Adjustment familyAdjustment() {
        return familyAdjustment(adjustment);
    }

    private static Adjustment familyAdjustment(Adjustment chosen) {
        return chosen == Adjustment.NONE ? Adjustment.BENJAMINI_HOCHBERG : chosen;
    }

    private static int count(List<ComparisonRow> rows, Predicate<ComparisonRow> test) {
        return (int) rows.stream().filter(test).count();
    }
}
