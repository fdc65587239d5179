package org.probation.analytics.importing.batch;

/**
 * Where a file of a batch stands. {@code WARNINGS}: it can be committed, but its reading has limits of its own
 * (an image page of a PDF, say) or its load raises data-quality flags; {@code FAILED}: its commit was refused
 * (the reason is given), nothing of it was loaded.
 */
public enum EntryStatus {
    READY,
    WARNINGS,
    ERRORS,
    COMMITTED,
    FAILED;

    /** Can be committed now. */
    public boolean ready() {
        return this == READY || this == WARNINGS;
    }
}
