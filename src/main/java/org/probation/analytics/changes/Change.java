package org.probation.analytics.changes;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.probation.analytics.comparison.ComparisonRow;

/**
 * A significant change between two successive inspections: the pair (earlier first, with their
 * providers) and the question's comparison row, side A the earlier inspection. The row's columns
 * are written inline in JSON and CSV.
 */
public record Change(
        String before,
        String beforeProvider,
        String after,
        String afterProvider,
        @JsonUnwrapped ComparisonRow row) {

    /** "nps-south-west-2021 → somerset-2023". */
    public String pair() {
        return before + " → " + after;
    }
}
