package org.probation.analytics.comparison;

/** A comparison that cannot be made: an unknown id or code (404) or a bad parameter (400). */
public sealed class ComparisonException extends RuntimeException {

    ComparisonException(String message) {
        super(message);
    }

    /** An id or code that names nothing loaded. */
    public static final class NotFound extends ComparisonException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A parameter outside what the comparison accepts. */
    public static final class BadRequest extends ComparisonException {
        public BadRequest(String message) {
            super(message);
        }
    }
}
