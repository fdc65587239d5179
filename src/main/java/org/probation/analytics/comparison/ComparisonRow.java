package org.probation.analytics.comparison;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.export.Unit;
import org.probation.analytics.stats.TestUsed;
import org.probation.analytics.stats.TwoProportionTest;
import org.probation.analytics.stats.Verdict;

/**
 * One question of a comparison with its statistics, in five groups: the question ({@link Item}),
 * each side's figures ({@link Side}: counts, null where unknown, how they are known, the printed
 * percent and its 90% Wilson interval), the test at the point counts ({@link Outcome}: the
 * difference in percentage points read as {@code direction} says, Newcombe's interval, the test
 * used, z and p, the official flag, Cohen's h, Fisher's p, whether any input is an estimate) and
 * the verdicts over every count consistent with the printed figures ({@link Verdicts}).
 *
 * <p>The API and CSV write the groups inline, with the names of their columns: {@code questionCode},
 * {@code labelA}, {@code xA}, ... {@code ciLowB}, {@code readingsB}, {@code diff}, ... {@code holmVerdict}.
 * {@link ComparisonColumns} reads a column by that name ({@code xA()}), so a view reads a row as a table does.
 */
public record ComparisonRow(
        @JsonUnwrapped Item item,
        @JsonUnwrapped(suffix = "A") Side a,
        @JsonUnwrapped(suffix = "B") Side b,
        @JsonUnwrapped Outcome outcome,
        @JsonUnwrapped Verdicts verdicts,
        String direction)
        implements ComparisonColumns {

    /** The question compared: its code ("2.1.3 → 2.2.3" across a mapping), its text and level. */
    public record Item(String questionCode, String question, String level) {}

    /**
     * One side: its label, count x of n (null when unknown), printed percent, how the count is known
     * ({@code stated}, {@code estimated}, {@code unknown}), the providers pooled, its 90% Wilson
     * interval in percent (null when the count is unknown) and its consistent counts when there are
     * several (else null).
     */
    public record Side(
            String label,
            Integer x,
            Integer n,
            @Unit(Unit.Kind.PERCENT) Double pct,
            CountKind count,
            int providers,
            @Unit(Unit.Kind.PERCENT) Double ciLow,
            @Unit(Unit.Kind.PERCENT) Double ciHigh,
            String readings) {}

    /**
     * The test at the point counts: the difference and its interval (percentage points), z and p,
     * the test used, the official flag (significant under every reading), Cohen's h, Fisher's exact
     * p, whether a count is estimated, the method in words, and why it was not tested (words and
     * {@link NotTestedKind} code; null when tested).
     */
    public record Outcome(
            @Unit(Unit.Kind.POINTS) Double diff,
            @Unit(Unit.Kind.POINTS) Double ciLow,
            @Unit(Unit.Kind.POINTS) Double ciHigh,
            Double z,
            Double p,
            TestUsed test,
            boolean significant,
            Double h,
            Double fisherP,
            boolean approximate,
            String method,
            String notTestedReason,
            String notTestedKind) {}

    /**
     * Over every consistent reading of the counts ({@code readings} of them): the range of p and the
     * verdict ({@code significant} under every reading, {@code not_significant} under none,
     * {@code depends}, {@code not_tested}); Benjamini–Hochberg's q and verdict and Holm's adjusted p
     * and verdict within the comparison, each taken at every row's largest and smallest p.
     */
    public record Verdicts(
            Double pMin,
            Double pMax,
            String verdict,
            Integer readings,
            Double q,
            String bhVerdict,
            Double holmP,
            String holmVerdict) {

        /** Before the comparison's adjustments are known. */
        static Verdicts unadjusted(Double pMin, Double pMax, Verdict verdict, Integer readings) {
            return new Verdicts(pMin, pMax, verdict.code(), readings, null, null, null, null);
        }
    }

    /** The same row with its Benjamini–Hochberg q-value and verdict and its Holm-adjusted p and verdict. */
    ComparisonRow withAdjusted(Double q, Verdict bh, Double holmP, Verdict holm) {
        return new ComparisonRow(
                item,
                a,
                b,
                outcome,
                new Verdicts(
                        verdicts.pMin(),
                        verdicts.pMax(),
                        verdicts.verdict(),
                        verdicts.readings(),
                        q,
                        bh == null ? null : bh.code(),
                        holmP,
                        holm == null ? null : holm.code()),
                direction);
    }

    /** The verdict over every consistent count. */
    public Verdict verdictKind() {
        return Verdict.of(verdicts.verdict());
    }

    /** Why the row was not tested, or null when it was. */
    public NotTestedKind notTested() {
        return NotTestedKind.of(outcome.notTestedKind());
    }

    /**
     * Whether the z-test's normal approximation is weak here: tested by the pooled z with a smallest
     * expected count below 5 (Fisher's exact p is shown beside it).
     */
    public boolean uncertain() {
        return outcome.test() == TestUsed.POOLED_Z
                && a.x() != null
                && a.n() != null
                && b.x() != null
                && b.n() != null
                && TwoProportionTest.uncertain(a.x(), a.n(), b.x(), b.n());
    }

    /** Which way the difference reads. */
    public Direction directionKind() {
        return Direction.of(direction);
    }

    /** Whether the verdict depends on which consistent count is the true one. */
    public boolean depends() {
        return verdictKind() == Verdict.DEPENDS;
    }
}
