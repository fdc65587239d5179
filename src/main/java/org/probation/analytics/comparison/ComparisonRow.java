package org.probation.analytics.comparison;

import org.probation.analytics.stats.Verdict;

/**
 * One question of a comparison with its statistics: both sides' counts (null where unknown) and
 * how they are known, both percents, the difference (percentage points, read as {@code direction} says), Newcombe's
 * interval for it, the test used and its z and p, the official flag, the Benjamini–Hochberg
 * q-value within the comparison, Cohen's h, and whether any input is an estimate.
 * {@code ciLowA..ciHighB} are each side's 90% Wilson interval in percent (null when the count is
 * unknown).
 *
 * <p>The counts, z and p shown are the point estimate's. Where the printed figures allow several
 * counts, the test is also run over every consistent combination ({@code readings} of them):
 * {@code pMin}..{@code pMax} is the range of p and {@code verdict} is {@code significant} (under
 * every reading), {@code not_significant} (under none), {@code depends} or {@code not_tested}.
 * {@code significant} is true only for the first. {@code readingsA}/{@code readingsB} list a side's
 * consistent counts when there are several (else null); {@code bhVerdict} is the verdict after the
 * Benjamini–Hochberg adjustment, taken at every row's largest and smallest p. {@code direction}
 * says which way {@code diff}, its interval and z read ({@link Direction#label()}, e.g. "after − before").
 */
public record ComparisonRow(
        String questionCode,
        String question,
        String level,
        String labelA,
        Integer xA,
        Integer nA,
        Double pctA,
        String countA,
        int providersA,
        String labelB,
        Integer xB,
        Integer nB,
        Double pctB,
        String countB,
        int providersB,
        Double diff,
        Double ciLow,
        Double ciHigh,
        Double z,
        Double p,
        String test,
        boolean significant,
        Double q,
        Double h,
        Double fisherP,
        boolean approximate,
        String method,
        String notTestedReason,
        Double ciLowA,
        Double ciHighA,
        Double ciLowB,
        Double ciHighB,
        Double pMin,
        Double pMax,
        String verdict,
        Integer readings,
        String readingsA,
        String readingsB,
        String bhVerdict,
        String direction) {

    /** The same row with its Benjamini–Hochberg q-value and verdict. */
    ComparisonRow withQ(Double q, Verdict bh) {
        return new ComparisonRow(questionCode, question, level, labelA, xA, nA, pctA, countA, providersA, labelB, xB, nB,
                pctB, countB, providersB, diff, ciLow, ciHigh, z, p, test, significant, q, h, fisherP, approximate, method,
                notTestedReason, ciLowA, ciHighA, ciLowB, ciHighB, pMin, pMax, verdict, readings, readingsA, readingsB,
                bh == null ? null : bh.code(), direction);
    }

    /** The verdict over every consistent count. */
    public Verdict verdictKind() {
        return Verdict.of(verdict);
    }

    /** Which way the difference reads. */
    public Direction directionKind() {
        return Direction.of(direction);
    }

    /** Whether the verdict depends on which consistent count is the true one. */
    public boolean depends() {
        return Verdict.DEPENDS.code().equals(verdict);
    }
}
