package org.probation.analytics.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one display name of an inspection, wherever a view, a summary, a chart's title or a link
 * names it: the provider, when its fieldwork started and when the report was published —
 * "Somerset (fieldwork Mar 2023, published Jul 2023)".
 */
public final class InspectionName {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private InspectionName() {}

    public static String of(String provider, LocalDate fieldworkStart, LocalDate published) {
        return provider + " (fieldwork " + fieldworkStart.format(MONTH)
                + (published == null ? "" : ", published " + published.format(MONTH)) + ")";
    }
}
