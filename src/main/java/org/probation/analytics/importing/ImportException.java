package org.probation.analytics.importing;

/** An import that cannot go ahead, with the reason (nothing was changed). */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }
}
