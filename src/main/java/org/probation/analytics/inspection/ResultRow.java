package org.probation.analytics.inspection;

import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.base.export.Unit;

/**
 * One printed result: a key question or prompt in one sub-sample, with its count as stated,
 * estimated (with the basis) or unknown, and where it is printed.
 *
 * @param yes          the stated yes-count, or null
 * @param n            the stated denominator, or null
 * @param denominator  how the count is known: stated, estimated or unknown
 * @param yesEstimate  an estimated yes-count (never a stated one), or null
 * @param nEstimate    an estimated denominator (never a stated one), or null
 * @param estimateSolutions how many counts are consistent with the printed figures (null when not estimated)
 * @param estimateReadings  those counts, 'x/n x/n ...', when there are several (else null)
 */
public record ResultRow(
        String standardCode,
        String questionCode,
        QuestionLevel level,
        String question,
        String questionAsPrinted,
        String subsample,
        String percentPrinted,
        @Unit(Unit.Kind.PERCENT) double percent,
        String percentKind,
        Integer yes,
        Integer n,
        CountKind denominator,
        Integer yesEstimate,
        Integer nEstimate,
        String estimateBasis,
        Boolean estimateUnique,
        Integer estimateSolutions,
        String estimateReadings,
        String marker,
        String markerMeaning,
        String section,
        String source) {

    /** How the count reads in a table: x/n stated, ≈x/n estimated, or "n unknown". */
    public String countLabel() {
        if (yes != null) {
            return yes + "/" + n;
        }
        if (yesEstimate != null) {
            return (n != null ? "≈" + yesEstimate + "/" + n : "≈" + yesEstimate + "/" + nEstimate);
        }
        return n != null ? "?/" + n : "n unknown";
    }
}
