package org.probation.analytics.stats;

/**
 * What a test says once every count consistent with the printed figures has been tried: a
 * verdict never claims more than the figures allow.
 */
public enum Verdict {
    /** Tested and p &lt; alpha under every consistent reading of the counts. */
    SIGNIFICANT("significant", "significant"),
    /** p ≥ alpha (or not testable) under every consistent reading. */
    NOT_SIGNIFICANT("not_significant", "not significant"),
    /** Significant under some consistent readings and not under others: the printed figures allow both. */
    DEPENDS("depends", "depends on the reading"),
    /** Not tested under any reading (unknown count, too few cases, no variation, too many readings). */
    NOT_TESTED("not_tested", "not tested");

    private final String code;
    private final String words;

    Verdict(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The API's and CSV's name: {@code significant}, {@code not_significant}, {@code depends}, {@code not_tested}. */
    public String code() {
        return code;
    }

    /** The verdict of an API or CSV name. */
    public static Verdict of(String code) {
        for (Verdict v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no verdict '" + code + "'");
    }

    /** How a table says it. */
    public String words() {
        return words;
    }

    @Override
    public String toString() {
        return code;
    }
}
