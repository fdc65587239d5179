package org.probation.analytics.importing.batch;

import org.probation.analytics.importing.ImportService;

/** How much one batch reads: enough for a region's reports, bounded against zip bombs. */
public final class BatchLimits {

    /** The largest zip accepted, as sent. */
    public static final long MAX_ZIP_BYTES = 50L * 1024 * 1024;
    /** The most files read from one zip. */
    public static final int MAX_ENTRIES = 100;
    /** The largest file, uploaded or unzipped (counted while inflating, whatever the zip's header says). */
    public static final long MAX_FILE_BYTES = ImportService.MAX_BYTES;
    /** The most bytes all of a zip's files inflate to together. */
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

    private BatchLimits() {}
}
