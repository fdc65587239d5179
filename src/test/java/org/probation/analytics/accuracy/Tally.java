package org.probation.analytics.accuracy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.probation.analytics.stats.Verdict;

/** Counts of question outcomes, as shares of the questions counted. */
final class Tally {

    /** What is counted, each a share of all questions counted. */
    enum Measure {
        RECOVERED("recovered", QuestionOutcome::recovered),
        ALL_RECOVERED("all_recovered", QuestionOutcome::allRecovered),
        CLAIMS_UNIQUE("claims_unique", QuestionOutcome::claimsUnique),
        UNIQUE_BUT_WRONG("unique_but_wrong", QuestionOutcome::uniqueButWrong),
        GAVE_UP("gave_up", QuestionOutcome::gaveUp),
        TRUTH_IN_SET("truth_in_set", QuestionOutcome::truthInSet),
        TRULY_SIGNIFICANT("truly_significant", QuestionOutcome::trulySignificant),
        SIGNIFICANT_EVERY("verdict_significant", o -> o.verdict() == Verdict.SIGNIFICANT),
        NOT_SIGNIFICANT_ANY("verdict_not_significant", o -> o.verdict() == Verdict.NOT_SIGNIFICANT),
        DEPENDS("depends", o -> o.verdict() == Verdict.DEPENDS),
        NOT_TESTED("verdict_not_tested", o -> o.verdict() == Verdict.NOT_TESTED),
        CONTRADICTED("contradicted", QuestionOutcome::contradicted),
        POINT_FLAG_DIFFERS("point_flag_differs", QuestionOutcome::pointFlagDiffers);

        final String code;
        final Predicate<QuestionOutcome> test;

        Measure(String code, Predicate<QuestionOutcome> test) {
            this.code = code;
            this.test = test;
        }
    }

    private final EnumMap<Measure, Integer> counts = new EnumMap<>(Measure.class);
    private int questions;

    void add(QuestionOutcome o) {
        questions++;
        for (Measure m : Measure.values()) {
            if (m.test.test(o)) {
                counts.merge(m, 1, Integer::sum);
            }
        }
    }

    int questions() {
        return questions;
    }

    double share(Measure m) {
        return questions == 0 ? 0 : (double) counts.getOrDefault(m, 0) / questions;
    }

    /** Every measure's share (4 decimals) and the number of questions, for the JSON report. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", questions);
        for (Measure m : Measure.values()) {
            out.put(m.code, Math.round(share(m) * 10_000) / 10_000.0);
        }
        return out;
    }
}
