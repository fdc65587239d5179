package org.probation.analytics.comparison;

/**
 * One question of a comparison with its statistics: both sides' counts (null where unknown) and
 * how they are known, both percents, the difference (B − A, percentage points), Newcombe's
 * interval for it, the test used and its z and p, the official flag (pooled z at the requested
 * α), the Benjamini–Hochberg q-value within the comparison, Cohen's h, and whether any input is
 * an estimate. {@code ciLowA..ciHighB} are each side's 90% Wilson interval in percent (null when
 * the count is unknown).
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
        Double ciHighB) {

    /** The same row with its Benjamini–Hochberg q-value. */
    ComparisonRow withQ(Double q) {
        return new ComparisonRow(questionCode, question, level, labelA, xA, nA, pctA, countA, providersA, labelB, xB, nB,
                pctB, countB, providersB, diff, ciLow, ciHigh, z, p, test, significant, q, h, fisherP, approximate, method,
                notTestedReason, ciLowA, ciHighA, ciLowB, ciHighB);
    }
}
