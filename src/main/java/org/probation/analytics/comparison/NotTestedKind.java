package org.probation.analytics.comparison;

import java.util.Arrays;

/**
 * Why a comparison row was not tested, as a kind a view can decide on (the row's
 * {@code notTestedReason} says it in words): the question is not comparable between the two
 * samples, a count is unknown, a sample has fewer than 5 cases, or every case answered alike.
 */
public enum NotTestedKind {
    NOT_COMPARABLE("not_comparable"),
    COUNT_UNKNOWN("count_unknown"),
    TOO_FEW_CASES("too_few_cases"),
    NO_VARIATION("no_variation");

    private final String code;

    NotTestedKind(String code) {
        this.code = code;
    }

    /** The API's and CSV's name. */
    public String code() {
        return code;
    }

    /** The kind of an API or CSV name; null for null (a tested row). */
    public static NotTestedKind of(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(k -> k.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no not-tested kind '" + code + "'"));
    }

    /** The small-sample guard's kind for counts the test declined: fewer than 5 cases, else no variation. */
    static NotTestedKind ofGuard(Counts a, Counts b) {
        return a.n() < 5 || b.n() < 5 ? TOO_FEW_CASES : NO_VARIATION;
    }
}
