package org.probation.analytics.subsample;

import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.base.export.Unit;

/**
 * One question's published result in one sub-sample of an inspection, as comparisons count it
 * (the first printing): the percent, the count as stated, estimated or unknown (x and n null),
 * and its 90% Wilson interval in percent where the count is known.
 */
public record SubsampleFigure(
        String questionCode,
        String question,
        QuestionLevel level,
        String standardCode,
        String subsample,
        String subsampleLabel,
        @Unit(Unit.Kind.PERCENT) double percent,
        Integer x,
        Integer n,
        CountKind countKind,
        @Unit(Unit.Kind.PERCENT) Double ciLow,
        @Unit(Unit.Kind.PERCENT) Double ciHigh) {

    /** The count as a table shows it: x/n stated, ≈x/n estimated, ?/n or "n unknown". */
    public String countLabel() {
        if (x != null && n != null) {
            return (countKind == CountKind.ESTIMATED ? "≈" : "") + x + "/" + n;
        }
        return n != null ? "?/" + n : "n unknown";
    }
}
