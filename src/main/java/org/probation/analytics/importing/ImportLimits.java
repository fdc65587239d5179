package org.probation.analytics.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What the report parser cannot read, stated with every report's preview: the limits of any report
 * ({@link #GENERAL}, the one source of these words: the README lists them too), after those of the
 * report itself (a PDF's image pages, say).
 */
public final class ImportLimits {

    /** What is never read from any report. */
    public static final List<String> GENERAL = List.of(
            "counts stated only in prose (such as '11 of the 20 cases') are not read as results: only the "
                    + "percents printed in the report's tables are",
            "charts and images are not read: a figure shown only in a chart is not imported",
            "tables printed as images (a scanned page, a pasted picture of a table) are not read");

    private ImportLimits() {}

    /** A report's limits: its own, then the general ones. */
    public static List<String> forReport(List<String> own) {
        List<String> all = new ArrayList<>(own);
        all.addAll(GENERAL);
        return List.copyOf(all);
    }

    /** The limits of the report itself, without the general ones. */
    public static List<String> own(List<String> limits) {
        return limits.stream().filter(l -> !GENERAL.contains(l)).toList();
    }
}
