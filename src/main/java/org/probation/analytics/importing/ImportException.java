package org.probation.analytics.importing;

/** An import that cannot go ahead, with the reason (nothing was changed). */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    /** A provider id the parser does not know (the analyst's or an API client's choice). */
    public static final class UnknownProvider extends ImportException {
        public UnknownProvider(String id) {
            super("no provider '" + id
                    + "': choose one of the providers the parser knows (GET /api/providers lists them)");
        }
    }
}
