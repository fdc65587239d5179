package org.probation.analytics.accuracy;

/** The four kinds of question the accuracy run draws: whether the true base is the whole sample, and how the report marks it. */
enum QuestionKind {
    T1("whole sample, unmarked", 0.60, false, null, null),
    T2(
            "whole sample, marked **",
            0.15,
            false,
            "**",
            "Questions marked ** do not apply in every case, and only positive answers are reported here."),
    T3("relevant only, marked *", 0.15, true, "*", "Prompts marked * do not apply in unpaid work only cases."),
    T4("relevant only, unmarked", 0.10, true, null, null);

    final String words;
    final double share;
    /** The true n is a binomial share of the sample size, not the size itself. */
    final boolean relevantOnly;

    final String marker;
    final String markerMeaning;

    QuestionKind(String words, double share, boolean relevantOnly, String marker, String markerMeaning) {
        this.words = words;
        this.share = share;
        this.relevantOnly = relevantOnly;
        this.marker = marker;
        this.markerMeaning = markerMeaning;
    }

    /** The kind a uniform draw u in [0, 1) falls in, by the kinds' shares. */
    static QuestionKind draw(double u) {
        double cumulative = 0;
        for (QuestionKind k : values()) {
            cumulative += k.share;
            if (u < cumulative) {
                return k;
            }
        }
        return T4;
    }
}
