package org.probation.analytics.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * One inspected case: its sentence type and risk-of-serious-harm level (the sub-samples it
 * counts in), whether it has risk-of-harm factors or pre-release victim contact (the questions it
 * is relevant to), and its case effect e_c.
 */
record SyntheticCase(boolean licence, Rosh rosh, boolean riskRelevant, boolean preRelease, double effect) {

    /** RoSH levels as published (high and very high together), with their shares of cases. */
    enum Rosh {
        LOW("low", 0.15),
        MEDIUM("medium", 0.55),
        HIGH_VERY_HIGH("high_very_high", 0.30);

        final String code;
        final double share;

        Rosh(String code, double share) {
            this.code = code;
            this.share = share;
        }
    }

    /** The sub-samples every split case supervision sample is published in, in order. */
    static final List<String> SPLIT_SUBSAMPLES =
            List.of("all", "community", "licence", "low", "medium", "high_very_high");

    /** Low-RoSH cases have risk-of-harm factors only sometimes; the others always. */
    static final double LOW_RISK_RELEVANT = 0.5;

    static final double PRE_RELEASE = 0.55;

    /**
     * {@code n} cases; a split sample (case supervision) draws sentence type and RoSH level, the
     * others (court reports, victim work) are published for all cases only.
     */
    static List<SyntheticCase> draw(Rng rng, int n, boolean split, double licenceShare) {
        List<SyntheticCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean licence = split && rng.bernoulli(licenceShare);
            Rosh rosh = split ? rosh(rng.uniform()) : Rosh.MEDIUM;
            boolean riskRelevant = rosh != Rosh.LOW || rng.bernoulli(LOW_RISK_RELEVANT);
            boolean preRelease = rng.bernoulli(PRE_RELEASE);
            cases.add(new SyntheticCase(licence, rosh, riskRelevant, preRelease, rng.normal(Model.CASE_SD)));
        }
        return cases;
    }

    private static Rosh rosh(double u) {
        double cumulative = 0;
        for (Rosh r : Rosh.values()) {
            cumulative += r.share;
            if (u < cumulative) {
                return r;
            }
        }
        return Rosh.HIGH_VERY_HIGH;
    }

    /** The sub-samples this case counts in: all, then (when split) its sentence type and RoSH level. */
    List<String> subsamples(boolean split) {
        return split ? List.of("all", licence ? "licence" : "community", rosh.code) : List.of("all");
    }
}
