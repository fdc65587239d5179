package org.probation.analytics.inspection;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats shown to analysts. */
final class Formats {
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {}
}
