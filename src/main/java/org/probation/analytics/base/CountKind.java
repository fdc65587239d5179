package org.probation.analytics.base;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a count (a yes-count and its denominator) is known: stated in the report, estimated at load
 * from the printed percents, or unknown. A comparison's side that is a comparator figure printed in
 * the report has no count at all, only its percent: {@link #PRINTED}. The code is what the database
 * ({@code result.denominator_kind}, {@code result_count.count_kind}), the API and the CSV hold.
 */
public enum CountKind {
    /** The report states the count. */
    STATED("stated"),
    /** The report states no count; the load estimated it from the printed figures. */
    ESTIMATED("estimated"),
    /** No count: the report states none and none could be estimated. */
    UNKNOWN("unknown"),
    /** A comparator's printed figure: a percent with no count behind it (never stored with a result). */
    PRINTED("printed");

    private final String code;

    CountKind(String code) {
        this.code = code;
    }

    /** The stored code, as the API and CSV write it: {@code stated}, {@code estimated}, {@code unknown}, {@code printed}. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The kind a stored code names.
     *
     * @throws IllegalArgumentException for a code that names none (null included)
     */
    public static CountKind parse(String code) {
        for (CountKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "no count kind '" + code + "': expected stated, estimated, unknown or printed");
    }

    /** The code: what a count's kind reads as wherever it is written out as text. */
    @Override
    public String toString() {
        return code;
    }
}
