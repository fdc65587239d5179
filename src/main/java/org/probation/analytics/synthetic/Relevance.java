package org.probation.analytics.synthetic;

import org.probation.analytics.synthetic.Reference.Item;

/**
 * Which cases a question applies to, so that its denominator can be smaller than the sample
 * (as the reports mark with '**'); decided from the framework's own wording.
 */
enum Relevance {
    ALL(null),
    RISK_OF_HARM("Relevant cases only: cases with factors related to risk of harm"),
    POST_CUSTODY("Relevant cases only: post-custody (licence) cases"),
    PRE_RELEASE("Relevant cases only: cases with pre-release victim contact");

    final String markerMeaning;

    Relevance(String markerMeaning) {
        this.markerMeaning = markerMeaning;
    }

    String marker() {
        return this == ALL ? null : "**";
    }

    boolean applies(SyntheticCase c) {
        return switch (this) {
            case ALL -> true;
            case RISK_OF_HARM -> c.riskRelevant();
            case POST_CUSTODY -> c.licence();
            case PRE_RELEASE -> c.preRelease();
        };
    }

    /** A prompt marked 'Post-custody cases only', else its key question's relevance. */
    static Relevance of(Item item, Item keyQuestion, String sample) {
        if (item.text().startsWith("Post-custody cases only")) {
            return POST_CUSTODY;
        }
        if (sample.equals("victim_work") && keyQuestion.text().contains("pre-release")) {
            return PRE_RELEASE;
        }
        if (sample.equals("case_supervision") && keyQuestion.text().contains("safe")) {
            return RISK_OF_HARM;
        }
        return ALL;
    }
}
