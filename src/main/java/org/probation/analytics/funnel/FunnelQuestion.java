package org.probation.analytics.funnel;

import org.probation.analytics.base.QuestionLevel;

/**
 * A key question or prompt of a framework with a published all-cases result, and for how many
 * inspections its count is known (stated or estimated), that is how many points it can plot.
 */
public record FunnelQuestion(String code, String text, QuestionLevel level, int known, int inspections) {

    public String label() {
        return code + " " + text + " (" + level.words() + "; " + known + " of " + inspections + " with a count)";
    }
}
