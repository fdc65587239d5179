package org.probation.analytics.synthetic;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of the generator wrote.
 *
 * @param out         the datasets folder written
 * @param seed        the seed it was generated from
 * @param inspections generated inspections (folders under {@code inspections/})
 * @param files       files written, the copied reference files included
 * @param rows        data rows (header lines excluded) of the generated CSV files, by file name
 *                    ({@code results.csv} summed over every inspection)
 * @param millis      wall-clock time of the run
 */
public record GenerationReport(Path out, long seed, int inspections, int files, Map<String, Long> rows, long millis) {

    /** Data rows of every generated CSV file. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return "Wrote " + inspections + " synthetic inspections (" + files + " files, " + totalRows()
                + " generated rows: " + rows + ") to " + out + " in " + millis + " ms (seed " + seed + ")";
    }
}
