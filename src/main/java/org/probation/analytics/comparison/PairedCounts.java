package org.probation.analytics.comparison;

/**
 * The two sides of one question in a comparison, before any statistics; {@code notComparable}
 * says why the two are not contrasted at all (a question the report asks of one sub-sample only),
 * else null.
 */
public record PairedCounts(
        String questionCode, String question, String level, Counts a, Counts b, String notComparable) {

    public PairedCounts(String questionCode, String question, String level, Counts a, Counts b) {
        this(questionCode, question, level, a, b, null);
    }

    /** The same pair, not to be contrasted, for the reason given. */
    PairedCounts notComparable(String reason) {
        return new PairedCounts(questionCode, question, level, a, b, reason);
    }
}
