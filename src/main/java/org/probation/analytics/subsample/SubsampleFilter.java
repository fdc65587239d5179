package org.probation.analytics.subsample;

import org.probation.analytics.base.QuestionLevel;

/**
 * What the sub-samples view shows: an inspection, the two sub-samples contrasted (A − B), the
 * question level ({@code key_question} or {@code prompt}) and a standard (null for every one).
 * Null fields take the defaults when the service resolves the filter.
 */
public record SubsampleFilter(String inspection, String a, String b, String level, String standard) {

    public static final String DEFAULT_INSPECTION = "swansea-neath-port-talbot-2022";
    public static final String KEY_QUESTIONS = QuestionLevel.KEY_QUESTION.code();
    public static final String PROMPTS = QuestionLevel.PROMPT.code();

    public SubsampleFilter {
        level = PROMPTS.equals(level) ? PROMPTS : KEY_QUESTIONS;
        standard = standard == null || standard.isBlank() ? null : standard;
    }

    /** Community against licence on the default inspection's key questions. */
    public static SubsampleFilter withDefaults() {
        return new SubsampleFilter(DEFAULT_INSPECTION, "community", "licence", KEY_QUESTIONS, null);
    }

    public SubsampleFilter withInspection(String inspection) {
        return new SubsampleFilter(inspection, a, b, level, standard);
    }

    public SubsampleFilter withPair(String a, String b) {
        return new SubsampleFilter(inspection, a, b, level, standard);
    }

    public SubsampleFilter withLevel(String level) {
        return new SubsampleFilter(inspection, a, b, level, standard);
    }

    public SubsampleFilter withStandard(String standard) {
        return new SubsampleFilter(inspection, a, b, level, standard);
    }
}
